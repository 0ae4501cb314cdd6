# The math module honours __floor__, __ceil__, __trunc__, __float__ and __index__.
import math

class Num:
    def __init__(self, v):
        self.v = v
    def __floor__(self):
        return 'floor of %s' % self.v
    def __ceil__(self):
        return ('ceil', self.v)
    def __trunc__(self):
        return self.v * 10

class F:
    def __float__(self):
        return 2.25

class I:
    def __index__(self):
        return 12

class Both:
    def __float__(self):
        return 0.5
    def __index__(self):
        return 99

class BadFloat:
    def __float__(self):
        return 'nope'

n = Num(3)
print(math.floor(n), math.ceil(n), math.trunc(n))
print(math.floor(F()), math.ceil(F()), math.sqrt(F()), math.exp(F()), math.fabs(F()))
print(math.sqrt(I()), math.factorial(I()), math.gcd(I(), 8), math.isqrt(I()), math.comb(I(), 2))
print(math.floor(I()), math.ceil(I()), math.log(I()), math.ldexp(1.5, I()))
print(math.sqrt(Both()), math.floor(Both()))
print(math.isfinite(F()), math.isnan(I()), math.copysign(F(), -1))
print(math.hypot(F(), I()), math.dist([F()], [I()]), math.fsum([F(), I(), 1]))
try:
    math.sqrt(BadFloat())
except TypeError as e:
    print('TypeError', e)
try:
    math.trunc(F())
except TypeError as e:
    print('TypeError', e)
try:
    math.factorial(F())
except TypeError as e:
    print('TypeError', e)
