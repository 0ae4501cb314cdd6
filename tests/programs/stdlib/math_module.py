# The math module: constants, rounding, powers/logs, trig, integer functions.
import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.isnan(math.nan))
print(math.floor(2.7), math.floor(-2.7), math.ceil(2.1), math.ceil(-2.1), math.trunc(-3.9), type(math.floor(1.5)).__name__)
print(math.sqrt(2), math.sqrt(144), math.isqrt(10 ** 20 + 1), math.pow(2, 0.5), round(math.exp(1), 12), math.log(math.e))
print(math.log(8, 2), math.log2(1024), math.log10(0.001), math.log1p(0), math.expm1(0))
print(math.sin(0), math.cos(0), round(math.sin(math.pi / 6), 12), round(math.tan(math.pi / 4), 12), math.atan2(1, 1))
print(math.degrees(math.pi), math.radians(180), math.hypot(3, 4), math.dist((0, 0), (6, 8)))
print(math.factorial(20), math.gcd(84, 36), math.gcd(0, 0), math.lcm(4, 6, 10), math.comb(10, 3), math.perm(5, 2))
print(math.fabs(-3), math.copysign(2, -0.0), math.fmod(7, -3), math.remainder(7, 3), math.modf(3.75), math.frexp(8.0))
print(math.isclose(0.1 + 0.2, 0.3), math.isfinite(1e308), math.isinf(float("-inf")), math.fsum([0.1] * 10), math.prod([1, 2, 3, 4]))
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError", e)
try:
    math.log(0)
except ValueError as e:
    print("ValueError", e)
print([round(math.cos(k * math.pi / 4), 6) for k in range(8)])
