# Dict views: dynamic, set operations on keys/items, iteration.
d = {"a": 1, "b": 2, "c": 3}
k = d.keys()
v = d.values()
it = d.items()
print(k, v, it, len(k), "a" in k, 2 in v, ("c", 3) in it, ("c", 4) in it)
d["d"] = 4
print(list(k), list(v), list(it))
del d["a"]
print(list(k), sorted(k & {"b", "x"}), sorted(k | {"z"}), sorted(k - {"b"}), sorted(k ^ {"b", "q"}))
print(sorted(it & {("b", 2), ("c", 9)}), k == {"b", "c", "d"}, k <= {"b", "c", "d", "e"})
print(list(reversed(d)), list(reversed(d.values())), list(reversed(d.items())))
for key, value in d.items():
    print(key, "->", value)
try:
    for key in d:
        d[key + key] = 0
except RuntimeError as e:
    print("RuntimeError", e)
print(sorted(d))
e = {i: i * i for i in range(5)}
print(sum(e.values()), max(e), list(e.items())[-1], list(map(str, e.keys())))
print(type(k).__name__, type(v).__name__, type(it).__name__)
