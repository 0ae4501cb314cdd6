# Class patterns: positional via __match_args__, keyword attributes, builtins, nesting.
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
class Circle:
    __match_args__ = ("center", "r")
    def __init__(self, center, r):
        self.center, self.r = center, r
class Rect:
    def __init__(self, p1, p2):
        self.p1, self.p2 = p1, p2
def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(0, y):
            return f"on y axis at {y}"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point(x=x, y=y) if x == y:
            return f"diagonal {x}"
        case Point():
            return "somewhere"
        case _:
            return "not a point"
for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 7), "p"]:
    print(where(p))
def shape(s):
    match s:
        case Circle(Point(0, 0), r):
            return f"centered circle r={r}"
        case Circle(center=Point(x, y), r=r) if r > 10:
            return f"big circle at {x},{y}"
        case Circle(_, r):
            return f"circle r={r}"
        case Rect(p1=Point(x1, y1), p2=Point(x2, y2)):
            return f"rect area {abs(x2 - x1) * abs(y2 - y1)}"
    return "unknown shape"
print(shape(Circle(Point(0, 0), 2)), shape(Circle(Point(1, 1), 20)), shape(Circle(Point(1, 1), 1)),
      shape(Rect(Point(0, 0), Point(3, 4))), shape(Point(1, 1)))
def kind(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(i) if i < 0:
            return "negative int"
        case int() | float():
            return "number"
        case str() as s if not s:
            return "empty str"
        case str(s):
            return f"str {s}"
        case list([]) | tuple(()):
            return "empty sequence"
        case dict():
            return "dict"
        case _:
            return type(v).__name__
print([kind(v) for v in [True, -3, 4, 2.5, "", "hi", [], (), {}, None, {1}]])
class NoArgs:
    pass
try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print("TypeError", e)
