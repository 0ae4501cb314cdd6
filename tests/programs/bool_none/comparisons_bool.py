# Comparisons produce bools; identity vs equality on containers.
a = [1, 2, 3]
b = [1, 2, 3]
c = a
print(a == b, a is b, a is c, a != b, a is not b)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), [3] > [2, 9], "abc" < "abd", "Z" < "a", "" < "a")
print((1, "a") == (1, "a"), [1, [2]] == [1, [2]], {"k": [1]} == {"k": [1]})
print({1, 2} == {2, 1}, {1, 2} <= {1, 2, 3}, {1, 2} < {1, 2}, frozenset([1]) == {1})
res = [x < y for x, y in [(1, 2), (2, 1), (2, 2)]]
print(res, type(res[0]).__name__)
try:
    print([1] < (1,))
except TypeError as e:
    print("TypeError", e)
try:
    print({} < {})
except TypeError as e:
    print("TypeError", e)
print(1 == "1", "1" != 1, [] == (), None == False)
