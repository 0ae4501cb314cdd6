from collections import ChainMap
a, b = {"x": 1, "y": 2}, {"y": 20, "z": 30}
c = ChainMap(a, b)
print(c, c["x"], c["y"], c["z"], len(c), list(c), "z" in c, "w" in c, c.get("w", 0), c.get("z"))
print(sorted(c.items()), sorted(c.keys()), sorted(c.values()), dict(c))
c["w"] = 5; print(a, c.maps[0] is a)
del c["w"]
try:
    del c["z"]
except KeyError as e:
    print("KeyError", e)
child = c.new_child(); child["q"] = 1
print(child, child.parents, child.maps[1:] == c.maps, ChainMap(), bool(ChainMap({})), bool(c))
print(c.new_child({"k": 0}), c.new_child(k=9), c == {"x": 1, "y": 2, "z": 30}, c.copy())
print(c.pop("x"), a, ChainMap.fromkeys("ab", 0), c | {"n": 1})
try:
    ChainMap()["nope"]
except KeyError as e:
    print("KeyError", e)
class D(ChainMap):
    def __missing__(self, k):
        return "default"
print(D({})["q"], D({"a": 1}))
