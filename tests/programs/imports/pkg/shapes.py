print("pkg.shapes loading, __package__ =", __package__)
from .util.text import banner
class Square:
    def __init__(self, side):
        self.side = side
    def area(self):
        return self.side * self.side
    def __repr__(self):
        return f"Square({self.side})"
def area_of(shapes):
    return sum(s.area() for s in shapes)
def describe(s):
    return banner(f"{s!r} has area {s.area()}")
