import enum
from enum import Enum, Flag, auto, unique
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return round(6.673e-11 * self.mass / (self.radius * self.radius), 2)
print(Planet.EARTH, repr(Planet.EARTH), Planet.EARTH.value, Planet.EARTH.gravity)
class Ord(Enum):
    A = auto()
    B = auto()
    C = 10
    D = auto()
    def describe(self): return "%s=%s" % (self.name, self.value)
    @classmethod
    def first(cls): return next(iter(cls))
print(list(Ord), [o.describe() for o in Ord], Ord.first(), list(reversed(Ord)))
class Named(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()
    X = auto()
    Y = auto()
print(list(Named), Named("x"))
class Lenient(Enum):
    ONE = 1
    @classmethod
    def _missing_(cls, value):
        if value == "one": return cls.ONE
        return None
print(Lenient("one"), Lenient(1) is Lenient.ONE)
try: Lenient(2)
except ValueError as e: print(e)
class Coord(Enum):
    def __new__(cls, value, label):
        obj = object.__new__(cls)
        obj._value_ = value
        obj.label = label
        return obj
    X = (1, "ex")
    Y = (2, "why")
print(Coord(2), Coord.X.label, Coord.Y.value)
print(Ord.__members__)
print(repr(Ord.__members__)[:40])
print(len(Ord), Ord.A in Ord, Ord["B"], Ord(10), getattr(Ord, "C"))
print({Ord.A: 1, Ord.B: 2}[Ord.B], Ord.A == Ord.A, Ord.A != Ord.B, Ord.A == 1)
print(isinstance(Ord.A, Ord), isinstance(Ord.A, Enum), issubclass(Ord, Enum), type(Ord).__name__)
Animal = Enum("Animal", {"CAT": "meow", "DOG": "woof"})
print(list(Animal), Animal.CAT.value, Animal.__module__)
Shape = Enum("Shape", "SQUARE, CIRCLE", start=5)
print(list(Shape))
@unique
class U(Enum):
    A = 1
    B = 2
print(list(U))
class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RWX = 7
print(Perm.RWX, repr(Perm.R | Perm.W), list(Perm), Perm(6), Perm.RWX & ~Perm.W, Perm.R ^ Perm.RWX)
print(bool(Perm.R & Perm.W), Perm.R in Perm.RWX, [p.name for p in Perm.RWX])
class Color(Flag):
    RED = auto(); GREEN = auto(); BLUE = auto()
print([c.value for c in Color], Color.RED | Color.BLUE, ~(Color.RED | Color.BLUE), repr(Color(0)))
try: Color(9)
except ValueError as e: print(e)
class Shade(Enum):
    _ignore_ = "tmp"
    LIGHT = 1
    tmp = 5
print(list(Shade), hasattr(Shade, "tmp"))
try:
    class Bad(Enum):
        _reserved_ = 1
except ValueError as e: print(e)
try:
    class Bad2(Enum):
        A = 1
        def A(self): pass
except TypeError as e: print(e)
print(Ord.A.__class__, Ord.A.__hash__() == hash("A"), str(Ord.B), f"{Ord.B}", "%s" % Ord.B)
class Mix:
    def hello(self): return "hello from " + self.name
class MixE(Mix, Enum):
    Q = 1
print(MixE.Q.hello())
import copy
print(copy.copy(Ord.A) is Ord.A, copy.deepcopy([Ord.A])[0] is Ord.A)
