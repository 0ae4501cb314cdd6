# frozensets: hashable, as dict keys and set members, mixing with set.
f = frozenset([3, 1, 2])
g = frozenset(range(2, 6))
print(f, g, f | g, f & g, f - g, type(f | {9}).__name__, type({9} | f).__name__)
print(frozenset(), frozenset([1]) == {1}, hash(frozenset()) == hash(frozenset()), f == frozenset({1, 2, 3}))
d = {frozenset({1, 2}): "pair", frozenset(): "empty"}
print(d[frozenset([2, 1])], d[frozenset()])
nested = {frozenset({1}), frozenset({1, 2}), frozenset({1})}
print(len(nested), sorted(sorted(x) for x in nested))
try:
    f.add(4)
except AttributeError as e:
    print("AttributeError", e)
print(f.union([7]), f.isdisjoint({9}), f.issubset({1, 2, 3, 4}), f.copy() == f)
def powerset(items):
    out = [frozenset()]
    for x in items:
        out += [s | {x} for s in out]
    return out
ps = powerset([1, 2, 3])
print(len(ps), sorted(sorted(s) for s in ps))
