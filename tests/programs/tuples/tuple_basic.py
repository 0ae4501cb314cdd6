# Tuples: creation, indexing, immutability, methods, comparisons.
t = (1, "two", 3.0, [4], (5, 6))
print(t, len(t), t[1], t[-1][0], t[1:3], t[::-1], type(t).__name__)
print((), (1,), 1, (1), tuple("abc"), tuple([1, 2]), tuple(range(3)), tuple())
print(t.count(1), t.index(3.0), (1, 2, 1, 1).count(1), (0, 1, 0).index(0, 1))
t[3].append(44)
print(t)
try:
    t[0] = 9
except TypeError as e:
    print("TypeError", e)
try:
    (1, 2).index(3)
except ValueError as e:
    print("ValueError", e)
print((1, 2) + (3,), (0,) * 3, (1, 2) == (1, 2), (1, 2) < (1, 3), (2,) > (1, 9), (1, 2) < (1, 2, 3))
print(hash((1, 2)) == hash((1, 2)), {(1, 2): "a", (3, 4): "b"}[(3, 4)], (1, [2]) != (1, [3]))
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError", e)
x, y, z = (7, 8, 9)
print(x, y, z)
pt = 3, 4
print(pt, type(pt).__name__, pt[0] ** 2 + pt[1] ** 2)
print(sorted([(2, "b"), (1, "z"), (2, "a"), (1, "a")]), max([(1, 2), (1, 3), (0, 9)]))
print(1 in t, "two" in t, (5, 6) in t, sum((1, 2, 3)), min((4, 2, 8)), len(((),)))
print(repr((1,)), repr(()), str((None, True)), repr(("a", 'b"')))
