class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __eq__(self, o):
        return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
    def __len__(self):
        return 2
    def __getitem__(self, i):
        return (self.x, self.y)[i]
    def __iter__(self):
        yield self.x
        yield self.y
    @property
    def norm2(self):
        return self.x ** 2 + self.y ** 2
    @classmethod
    def zero(cls):
        return cls(0, 0)
    @staticmethod
    def helper(a):
        return a * 10

v = Vec(1, 2) + Vec(3, 4)
print(v, 2 * v, v * 3, v == Vec(4, 6), len(v), v[0], list(v), v.norm2, Vec.zero(), Vec.helper(4))
print({Vec(1, 1): "a"}[Vec(1, 1)])

class A:
    def who(self): return "A"
class B(A):
    def who(self): return "B" + super().who()
class C(A):
    def who(self): return "C" + super().who()
class D(B, C):
    def who(self): return "D" + super().who()
print(D().who(), [k.__name__ for k in D.__mro__])

class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns["tag"] = name.lower()
        return super().__new__(mcls, name, bases, ns)
class Tagged(metaclass=Meta):
    pass
print(Tagged.tag, type(Tagged).__name__)

class Base:
    registry = []
    def __init_subclass__(cls, **kw):
        super().__init_subclass__()
        Base.registry.append(cls.__name__)
class One(Base): pass
class Two(Base): pass
print(Base.registry)

class Temp:
    def __init__(self):
        self._c = 0
    @property
    def c(self):
        return self._c
    @c.setter
    def c(self, v):
        self._c = max(0, v)
t = Temp()
t.c = -5
print(t.c)
t.c = 7
print(t.c, getattr(t, "missing", "dflt"), hasattr(t, "c"))

class Dyn:
    def __getattr__(self, name):
        return name.upper()
print(Dyn().hello)
