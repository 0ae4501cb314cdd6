class P:
    __match_args__ = ('x', 'y')
    def __init__(s, x, y): s.x = x; s.y = y

def describe(v):
    match v:
        case None:
            return "none"
        case 0 | 1:
            return "bit"
        case int(n) if n < 0:
            return f"negative {n}"
        case [x, y, *rest]:
            return f"seq {x} {y} {rest}"
        case {"k": val, **others}:
            return f"map {val} {others}"
        case P(1, y=yy):
            return f"P1 {yy}"
        case P(x, y):
            return f"P {x} {y}"
        case str() as s:
            return "str " + s
        case _:
            return "other"

for v in [None, 1, -5, [1, 2, 3, 4], (7, 8), {"k": 1, "z": 2}, P(1, 9), P(3, 4), "hi", 3.5]:
    print(describe(v))
