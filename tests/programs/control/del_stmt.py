# del: names, list items and slices, dict keys, attributes, nested targets.
x = 10
del x
try:
    print(x)
except NameError as e:
    print("NameError", e)
lst = list(range(10))
del lst[0]
del lst[-1]
del lst[2:4]
del lst[::2]
print(lst)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print("KeyError", e)
class O:
    cls_attr = 1
o = O()
o.a = 1
o.b = 2
del o.a
print(vars(o))
try:
    del o.a
except AttributeError as e:
    print("AttributeError", e)
a, b, c = 1, 2, 3
del a, b
print(c, "a" in dir(), "c" in dir())
m = [[1, 2], [3, 4]]
del m[0][1], m[1]
print(m)
del O.cls_attr
print(hasattr(o, "cls_attr"))
def local_del():
    v = "x"
    del v
    v = "rebound"
    return v
print(local_del())
g = {"k": [1, 2, 3]}
del g["k"][1]
print(g)
