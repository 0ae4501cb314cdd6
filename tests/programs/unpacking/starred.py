# Starred assignment targets and starred expressions in displays.
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "hello"
print(init, last)
a, *mid, z = range(6)
print(a, mid, z)
a, *mid, z = [1, 2]
print(a, mid, z)
(*everything,) = (1, 2)
print(everything)
head, *tail = "x"
print(head, tail)
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError", e)
print([*range(3), *"ab", *[None]], (*[1, 2], 3), {*[1, 2], *(2, 3)}, {**{"a": 1}, "b": 2})
def f(*args):
    return args
print(f(*[1, 2], *(), *"xy"), f(*range(2), 9))
nested = [1, [2, 3, 4], 5]
x, [y, *ys], w = nested
print(x, y, ys, w)
for a, *b in [(1, 2, 3), (4,), (5, 6)]:
    print(a, b)
merged = [*{"k1": 1, "k2": 2}, *{"k3": 3}]
print(merged)
print(*[1, 2, 3], sep=" | ")
