# len, range, enumerate, zip, map, filter, reversed, sorted, iter/next.
seq = ["a", "b", "c", "d"]
print(len(seq), len("hello"), len({1: 2}), len(range(0, 10, 3)), len(()), len(set()))
print(list(enumerate(seq)), list(enumerate(seq, 10)), list(enumerate("xy", start=-1)))
print(list(zip(seq, range(10))), list(zip()), list(zip("ab", "cd", "ef")), list(zip([1, 2, 3], "ab")))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print("ValueError", e)
print(list(zip(*[(1, "a"), (2, "b"), (3, "c")])))
print(list(map(str.upper, seq)), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(map(abs, [-1, 2])))
print(list(filter(lambda s: s > "b", seq)), list(filter(None, [0, 1, "", "x", [], [0]])))
print(list(reversed(seq)), list(reversed(range(5))), list(reversed("abc")), list(reversed((1, 2))))
print(sorted([3, 1, 2], reverse=True), sorted("banana"), sorted({3: "a", 1: "b"}), sorted([(2, 1), (1, 2)]))
it = iter(seq)
print(next(it), next(it), list(it), next(it, "default"))
m = map(int, "123")
print(next(m), list(m))
z = zip(iter([1, 2, 3]), iter("ab"))
print(list(z))
e = enumerate(iter("xyz"))
print(next(e), list(e))
print(type(zip()).__name__, type(map(str, [])).__name__, type(filter(None, [])).__name__, type(enumerate([])).__name__)
try:
    next(iter([]))
except StopIteration:
    print("StopIteration")
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError", e)
