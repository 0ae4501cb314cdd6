from enum import Enum, Flag, auto, unique
class Color(Enum):
    RED = 1
    GREEN = 2
    CRIMSON = 1
def t(f):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
t(lambda: exec("class X(Enum):\n  A = 1\n  A = 2"))
t(lambda: exec("class Y(Color): pass", {"Color": Color}))
def re(): Color.RED = 3
t(re)
t(lambda: Color(7))
t(lambda: Color["BLUE"])
t(lambda: 3 in Color)
t(lambda: Color.RED in Color)
t(lambda: unique(Color))
t(lambda: Color.__members__)
t(lambda: repr(Color))
class P(Flag):
    R = auto(); W = auto(); X = auto()
t(lambda: (repr(P.R|P.W), str(P.R|P.W), repr(P(0)), str(P(0)), repr(~P.R), list(P.R|P.X), bool(P(0)), P.R in (P.R|P.W)))
t(lambda: P(8))
t(lambda: format(Color.RED))
t(lambda: f"{Color.RED:>12}|")
t(lambda: (hash(Color.RED) == hash("RED"), Color.RED.name, Color.RED.value, Color.CRIMSON is Color.RED))
t(lambda: list(Color))
t(lambda: delattr(Color, "RED"))
t(lambda: Enum("Animal", "ANT BEE"))
t(lambda: list(Enum("Animal", "ANT BEE")))
t(lambda: list(Enum("Animal", [("A", 5), ("B", 7)])))
t(lambda: repr(P.R | P.W | P.X))
t(lambda: repr(P(7)))
t(lambda: P.R | 1)
t(lambda: Color.RED < Color.GREEN)
t(lambda: type(Color.RED), )
t(lambda: Color.RED.GREEN)
t(lambda: (P.R.name, (P.R|P.W).name, P(0).name, len(P), list(P)))
