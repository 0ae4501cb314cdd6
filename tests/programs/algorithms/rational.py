# A Rational number class: normalization, arithmetic with ints, comparisons, hashing, continued fractions.
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)
class Rational:
    __slots__ = ("num", "den")
    def __init__(self, num, den=1):
        if den == 0:
            raise ZeroDivisionError("Rational with zero denominator")
        if den < 0:
            num, den = -num, -den
        g = gcd(num, den) or 1
        self.num, self.den = num // g, den // g
    @staticmethod
    def _coerce(o):
        if isinstance(o, Rational):
            return o
        if isinstance(o, int):
            return Rational(o)
        return NotImplemented
    def __add__(self, o):
        o = self._coerce(o)
        if o is NotImplemented:
            return o
        return Rational(self.num * o.den + o.num * self.den, self.den * o.den)
    __radd__ = __add__
    def __neg__(self):
        return Rational(-self.num, self.den)
    def __sub__(self, o):
        return self + -self._coerce(o)
    def __rsub__(self, o):
        return -self + o
    def __mul__(self, o):
        o = self._coerce(o)
        if o is NotImplemented:
            return o
        return Rational(self.num * o.num, self.den * o.den)
    __rmul__ = __mul__
    def __truediv__(self, o):
        o = self._coerce(o)
        return Rational(self.num * o.den, self.den * o.num)
    def __rtruediv__(self, o):
        return self._coerce(o) / self
    def __pow__(self, k):
        if k < 0:
            return Rational(self.den ** -k, self.num ** -k)
        return Rational(self.num ** k, self.den ** k)
    def __eq__(self, o):
        o = self._coerce(o)
        if o is NotImplemented:
            return False
        return self.num == o.num and self.den == o.den
    def __lt__(self, o):
        o = self._coerce(o)
        return self.num * o.den < o.num * self.den
    def __le__(self, o):
        return self == o or self < o
    def __hash__(self):
        return hash((self.num, self.den)) if self.den != 1 else hash(self.num)
    def __float__(self):
        return self.num / self.den
    def __repr__(self):
        return f"Rational({self.num}, {self.den})"
    def __str__(self):
        return str(self.num) if self.den == 1 else f"{self.num}/{self.den}"
    def continued_fraction(self):
        n, d = self.num, self.den
        out = []
        while d:
            q, r = divmod(n, d)
            out.append(q)
            n, d = d, r
        return out
h = Rational(1, 2)
t = Rational(1, 3)
print(h + t, h - t, h * t, h / t, h ** 3, t ** -2, -h, 1 + h, 1 - h, 2 * t, 1 / t, h + 1)
print(Rational(6, -4), Rational(0, 5), repr(Rational(10, 5)), float(Rational(1, 8)), str(Rational(7)))
harmonic = sum(Rational(1, k) for k in range(1, 21))
print(harmonic, float(harmonic))
print(sorted([Rational(2, 3), Rational(1, 2), Rational(5, 7), Rational(-1, 3), Rational(3, 5)]))
print(h == Rational(2, 4), h == 0.5, Rational(4, 2) == 2, h < t, t <= t, max(h, t), len({h, Rational(2, 4), Rational(3, 6)}))
print(Rational(415, 93).continued_fraction(), Rational(355, 113).continued_fraction())
e_approx = Rational(0)
fact = 1
for k in range(15):
    if k:
        fact *= k
    e_approx = e_approx + Rational(1, fact)
print(e_approx, float(e_approx))
try:
    Rational(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    h + 0.5
except TypeError as e:
    print("TypeError", e)
