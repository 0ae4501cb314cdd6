# A hand-written record class built on tuple.
class Point(tuple):
    __slots__ = ()
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
    @property
    def y(self):
        return self[1]
    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)
    def __repr__(self):
        return f"Point(x={self.x}, y={self.y})"
p = Point(1, 2)
q = Point(10, 20)
print(p, q, p + q, p.x, q.y, len(p), p[0], isinstance(p, tuple), list(q))
print(p == (1, 2), sorted([q, p, Point(1, 0)]), tuple(p), max(p))
x, y = p + p
print(x, y)
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError", e)
