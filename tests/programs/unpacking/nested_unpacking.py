# Nested unpacking in assignments and for loops.
(a, b), (c, d) = [(1, 2), (3, 4)]
print(a, b, c, d)
((x, y), z) = ((5, 6), 7)
print(x, y, z)
[p, (q, [r, s])] = [1, (2, [3, 4])]
print(p, q, r, s)
points = [((0, 0), "origin"), ((1, 2), "p1"), ((-3, 4), "p2")]
for (px, py), label in points:
    print(label, px * px + py * py)
for i, (k, v) in enumerate({"a": 1, "b": 2}.items()):
    print(i, k, v)
data = {"alice": (30, ("NYC", "USA")), "bob": (25, ("Paris", "FR"))}
for name, (age, (city, country)) in data.items():
    print(f"{name}: {age}, {city} / {country}")
try:
    (a, b), c = (1, 2), 3, 4
except ValueError as e:
    print("ValueError", e)
try:
    a, b = 1
except TypeError as e:
    print("TypeError", e)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("ValueError", e)
try:
    a, b, c = "ab"
except ValueError as e:
    print("ValueError", e)
k, v = "kv"
print(k, v)
(m, n), = [(8, 9)]
print(m, n)
