# __slots__: restricted attributes, no __dict__, inheritance with slots.
class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
p = Point(1, 2)
p.x = 10
print(p, hasattr(p, "__dict__"), Point.__slots__)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError", e)
class Point3(Point):
    __slots__ = ("z",)
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z
q = Point3(1, 2, 3)
print(q.x, q.y, q.z, hasattr(q, "__dict__"))
class Loose(Point):
    pass
l = Loose(0, 0)
l.extra = "ok"
print(l.extra, hasattr(l, "__dict__"))
e = Point.__new__(Point)
try:
    e.x
except AttributeError as e2:
    print("AttributeError", e2)
del p.y
try:
    p.y
except AttributeError as e3:
    print("AttributeError", e3)
