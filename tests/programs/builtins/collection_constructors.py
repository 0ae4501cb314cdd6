# list/tuple/dict/set/frozenset/str/bytes constructors from various iterables.
src = "hello"
print(list(src), tuple(src), sorted(set(src)), dict.fromkeys(src), str(list(src)), "".join(list(src)))
print(list(range(3)), tuple(range(3)), set(range(3)), frozenset(range(3)), dict(enumerate(range(3))))
print(list({"a": 1, "b": 2}), list({"a": 1}.items()), dict([("a", 1), ["b", 2]]), dict(zip("ab", "xy")))
print(list(x * 2 for x in range(3)), tuple(), list(), dict(), set(), frozenset(), str(), bytes(), bytearray())
print(bytes([1, 2, 255]), bytes("abc", "ascii"), bytes(3), list(b"abc"), bytearray(b"hi"))
try:
    dict([("a", 1, 2)])
except ValueError as e:
    print("ValueError", e)
try:
    dict([1, 2])
except TypeError as e:
    print("TypeError", e)
try:
    list(5)
except TypeError as e:
    print("TypeError", e)
print(list(map(list, ["ab", "cd"])), [tuple(p) for p in [[1, 2], [3]]])
