# Comparisons between floats, ints and big ints.
big = 2 ** 53
print(big == float(big), big + 1 == float(big + 1), big + 1 > float(big), float(big) < big + 1)
print(10 ** 400 > 1e308, -(10 ** 400) < -1e308, 10 ** 400 < float("inf"))
print(0.5 < 1 < 1.5, 1 == 1.0, hash(1) == hash(1.0), {1: "a", 1.0: "b"})
print(sorted([1, 0.5, 2 ** 60, -1e20, True, 1.0]))
print(1 / 3 == 0.3333333333333333, round(1 / 3, 4) == 0.3333)
print([x for x in [0.1, 0.25, 0.5, 0.75] if 0.2 < x <= 0.75])
print(max([1.0, 1]), max([1, 1.0]), min([0, -0.0]), min([-0.0, 0]))
d = {}
d[2] = "int"
d[2.0] = "float"
print(d, len(d))
