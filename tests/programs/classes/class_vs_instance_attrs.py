# Class attributes vs instance attributes: shadowing, shared mutable class attrs, __dict__.
class Counter:
    count = 0
    shared = []
    def __init__(self, name):
        self.name = name
        Counter.count += 1
    def add(self, x):
        self.shared.append(x)
a, b = Counter("a"), Counter("b")
a.add(1)
b.add(2)
print(Counter.count, a.count, b.shared, a.shared is b.shared)
a.count = 100
print(a.count, b.count, Counter.count, "count" in a.__dict__, "count" in b.__dict__)
del a.count
print(a.count)
Counter.count = 7
print(a.count, b.count)
b.shared = ["own"]
print(a.shared, b.shared, Counter.shared)
print(sorted(a.__dict__), sorted(k for k in Counter.__dict__ if not k.startswith("__")))
class Dyn:
    pass
d = Dyn()
d.x = 1
d.__dict__["y"] = 2
print(d.x, d.y, vars(d))
Dyn.z = "class-level"
print(d.z, hasattr(d, "z"), getattr(Dyn, "z"))
def method(self):
    return f"dynamic method sees {self.x}"
Dyn.m = method
print(d.m())
d.m = lambda: "instance attr, not bound"
print(d.m(), Dyn.m(d))
class Const:
    PI = 3.14159
    def area(self, r):
        return self.PI * r * r
c = Const()
c.PI = 3
print(Const().area(1), c.area(1))
