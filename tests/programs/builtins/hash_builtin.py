# hash() on ints, bools, floats, tuples of numbers, frozensets of ints; equality implies equal hash.
for v in [0, 1, -1, 2, 10 ** 18, 2 ** 61 - 1, 2 ** 61, -(2 ** 61), 2 ** 100, True, False, 0.0, 1.0, 1.5, -2.25, 1e100]:
    print(repr(v), hash(v))
print(hash((1, 2)) == hash((1.0, 2.0)), hash(frozenset({1, 2})) == hash(frozenset({2, 1})))
print(hash(3) == hash(3.0) == hash(3 + 0j), hash(-1) == hash(-2))
try:
    hash([])
except TypeError as e:
    print("TypeError", e)
try:
    hash({})
except TypeError as e:
    print("TypeError", e)
try:
    hash({1})
except TypeError as e:
    print("TypeError", e)
class H:
    def __hash__(self):
        return 12345
print(hash(H()))
class BigHash:
    def __hash__(self):
        return 2 ** 70
print(hash(BigHash()) == hash(2 ** 70))
