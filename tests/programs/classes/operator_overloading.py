# Arithmetic operator overloading, reflected ops, NotImplemented fallbacks.
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
    def __add__(self, o):
        if isinstance(o, Vec):
            return Vec(self.x + o.x, self.y + o.y)
        if isinstance(o, (int, float)):
            return Vec(self.x + o, self.y + o)
        return NotImplemented
    __radd__ = __add__
    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        if isinstance(k, Vec):
            return self.x * k.x + self.y * k.y
        return Vec(self.x * k, self.y * k)
    def __rmul__(self, k):
        return Vec(self.x * k, self.y * k)
    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)
    def __floordiv__(self, k):
        return Vec(self.x // k, self.y // k)
    def __mod__(self, k):
        return Vec(self.x % k, self.y % k)
    def __pow__(self, k):
        return Vec(self.x ** k, self.y ** k)
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __pos__(self):
        return self
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __invert__(self):
        return Vec(self.y, self.x)
    def __matmul__(self, o):
        return self.x * o.y - self.y * o.x
    def __and__(self, o):
        return Vec(self.x & o.x, self.y & o.y)
    def __or__(self, o):
        return Vec(self.x | o.x, self.y | o.y)
    def __xor__(self, o):
        return Vec(self.x ^ o.x, self.y ^ o.y)
    def __lshift__(self, n):
        return Vec(self.x << n, self.y << n)
    def __rshift__(self, n):
        return Vec(self.x >> n, self.y >> n)
    def __rsub__(self, o):
        return Vec(o - self.x, o - self.y)
    def __rpow__(self, base):
        return Vec(base ** self.x, base ** self.y)
a, b = Vec(1, 2), Vec(3, 5)
print(a + b, a + 1, 1 + a, a - b, a * 3, 3 * a, a * b, b / 2, b // 2, b % 2, a ** 3)
print(-a, +a, abs(Vec(3, 4)), ~a, a @ b, a & b, a | b, a ^ b, a << 2, b >> 1, 10 - a, 2 ** a)
print(sum([a, b, Vec(10, 10)]), sum([a, b], Vec(0, 0)))
try:
    a + "s"
except TypeError as e:
    print("TypeError", e)
try:
    "s" - a
except TypeError as e:
    print("TypeError", e)
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __add__(self, o):
        return Money(self.cents + o.cents) if isinstance(o, Money) else NotImplemented
    def __radd__(self, o):
        if o == 0:
            return self
        return NotImplemented
    def __repr__(self):
        return f"${self.cents // 100}.{self.cents % 100:02d}"
print(sum([Money(150), Money(275), Money(5)]))
class Left:
    def __add__(self, o):
        return NotImplemented
class Right:
    def __radd__(self, o):
        return "Right.__radd__"
print(Left() + Right())
class SubVec(Vec):
    def __radd__(self, o):
        return "SubVec.__radd__ wins"
print(Vec(0, 0) + SubVec(1, 1))
