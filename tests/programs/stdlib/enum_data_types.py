from enum import Enum, IntEnum, StrEnum, IntFlag, Flag, auto, KEEP
class Color(IntEnum):
    RED = 1
    GREEN = 2
class Shape(str, Enum):
    CIRCLE = "circle"
    SQUARE = "square"
class Mode(StrEnum):
    READ = auto()
    WRITE = "w"
class Perm(IntFlag):
    R = 4
    W = 2
    X = 1
print(Color.RED, repr(Color.RED), Color.RED + 1, Color.RED == 1, Color(2), Color.GREEN > Color.RED, int(Color.GREEN), f"{Color.RED}", "%d" % Color.GREEN, sorted([Color.GREEN, Color.RED]))
print(isinstance(Color.RED, int), list(Color), Color["GREEN"], hash(Color.RED) == hash(1), {1: "one"}[Color.RED], [10, 20, 30][Color.GREEN])
print(Shape.CIRCLE, repr(Shape.CIRCLE), Shape.CIRCLE == "circle", Shape("square"), Shape.CIRCLE.upper(), f"{Shape.SQUARE}", Shape.CIRCLE.value, len(Shape.SQUARE))
print(Mode.READ, repr(Mode.READ), Mode.WRITE, Mode("w"), Mode.READ == "read", f"{Mode.WRITE!r}", "-".join([Mode.READ, Mode.WRITE]))
rw = Perm.R | Perm.W
print(rw, repr(rw), int(rw), Perm.R in rw, Perm.X in rw, rw & Perm.R, repr(rw | 8), repr(~Perm.R), repr(Perm(7)), repr(Perm(0)), list(Perm), bool(Perm(0)), Perm.R + 1)
try:
    Color(5)
except ValueError as e:
    print("ValueError:", e)
try:
    class Bad(StrEnum):
        A = 1
except TypeError as e:
    print("TypeError:", e)
print(repr(Perm(4|2|8|16)), repr(Perm(8)), repr(Perm(-1)), str(Perm(8|4)), Perm(24)._name_)
class F(Flag, boundary=KEEP):
    A = 1
    B = 2
print(repr(F(5)), str(F(4)), repr(~F.A))
