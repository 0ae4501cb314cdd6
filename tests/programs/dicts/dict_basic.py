# Dict creation, access, mutation, insertion order.
d = {"one": 1, "two": 2, "three": 3}
print(d, len(d), d["two"], "one" in d, 1 in d, list(d))
d["four"] = 4
d["one"] = 100
print(d)
del d["two"]
print(d, list(d.keys()), list(d.values()), list(d.items()))
d["two"] = 2
print(d)
print(dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict(zip("abc", range(3))), dict({"k": "v"}, extra=1))
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0), {}, dict())
try:
    d["missing"]
except KeyError as e:
    print("KeyError", e)
try:
    {[1]: 2}
except TypeError as e:
    print("TypeError", e)
mixed = {1: "int", 2.5: "float", "s": "str", (1, 2): "tuple", None: "none", True: "bool?"}
print(mixed, mixed[1], mixed[(1, 2)])
e = {}
for word in "to be or not to be that is the question".split():
    e[word] = e.get(word, 0) + 1
print(e)
print({k: v for k, v in e.items() if v > 1})
print(d == {"one": 100, "three": 3, "four": 4, "two": 2}, {1: 2} != {1: 3}, {} == dict())
nested = {"a": {"b": {"c": 42}}}
print(nested["a"]["b"]["c"], nested.get("a", {}).get("x", "dflt"))
nested["a"]["b"]["d"] = [1, 2]
print(nested)
