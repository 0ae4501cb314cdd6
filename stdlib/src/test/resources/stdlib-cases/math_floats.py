# Float decomposition, special values and signed zeros.
import math

inf = float('inf')
nan = float('nan')
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(type(math.pi).__name__, math.isnan(math.nan), math.isinf(math.inf))

for x in [0.0, -0.0, 1.0, -3.5, 5e-324, 1e-310, 2.2250738585072014e-308, 1.7976931348623157e308, 0.1, inf, -inf, 1, 2**60, True]:
    print('frexp', repr(x), math.frexp(x))
for m, e in [(0.5, 1), (1.5, -1075), (1.5, -1074), (5e-324, -1), (1.0, 1023), (0.75, 1025), (-1.0, -1080), (3, 1),
             (1, True), (0.0, 10**30), (inf, -5), (1.0000000000000002, -1074), (1.9999999999999998, -1023),
             (1.5, -1073), (1.25, -1074), (1.75, -1074), (123.456, -1060)]:
    print('ldexp', m, e, repr(math.ldexp(m, e)))
for x in [3.5, -3.5, 0.0, -0.0, 1e20, -1e-20, inf, -inf, 2, -7]:
    print('modf', repr(x), math.modf(x))
print('modf nan', math.modf(nan))
for x, y in [(7, 3), (-7, 3), (7, -3), (-7, -3), (5.5, 2), (1e300, 3), (3, inf), (-3, -inf), (0.0, 1), (-0.0, 1), (nan, 1), (1, nan)]:
    print('fmod', x, y, repr(math.fmod(x, y)))
for x, y in [(5, 2), (7, 2), (-5, 2), (-7, 2), (-4.0, 2.0), (4.0, 2.0), (3, inf), (10.5, 3), (1e300, 7.5), (nan, 1), (2, nan), (0.0, 5), (-0.0, 5)]:
    print('remainder', x, y, repr(math.remainder(x, y)))
for x, y in [(1, -0.0), (-1, 0.0), (0.0, -1), (inf, -1), (nan, -1), (1.0, nan), (1.0, -nan), (3, 5)]:
    print('copysign', x, y, repr(math.copysign(x, y)))
for x, y in [(1, 2), (1, 0), (0.0, -1), (0.0, 1), (-0.0, 1), (1e308, inf), (inf, 0), (5e-324, 0), (1.0, 1.0), (2, 2.0), (nan, 1), (1, nan)]:
    print('nextafter', x, y, repr(math.nextafter(x, y)))
for x in [0, 1, -1, 1e308, 1.7976931348623157e308, 5e-324, 1e-310, inf, -inf, nan, 2**52, 0.1, 1e-300]:
    print('ulp', repr(x), repr(math.ulp(x)))
for a, b, kw in [(1.0, 1.0000000001, {}), (1.0, 1.00001, {}), (0, 1e-10, {}), (0, 1e-10, {'abs_tol': 1e-9}),
                 (inf, inf, {}), (inf, -inf, {}), (nan, nan, {}), (1e10, 1.0001e10, {'rel_tol': 1e-3}),
                 (5, 5, {'rel_tol': 0}), (1, 2, {'rel_tol': 0.5, 'abs_tol': 0.0})]:
    print('isclose', a, b, kw, math.isclose(a, b, **kw))
for x in [0, -0.0, 1e308, inf, -inf, nan, 10**300, True]:
    print('is*', repr(x), math.isfinite(x), math.isinf(x), math.isnan(x))
for x in [0, 1, -2.5, 180, math.pi, -math.pi / 2, 1e308, inf]:
    print('degrees/radians', repr(x), repr(math.degrees(x)), repr(math.radians(x)))
for x in [-3, -2.5, 0, -0.0, 7, inf, -inf, nan, 10**20]:
    print('fabs', repr(x), repr(math.fabs(x)))
for x, y in [(2, 3), (2, 0.5), (-2, 3), (-8, 1/3 + 0) if False else (-8, 3), (0, 0), (1, nan), (nan, 0), (-1, inf), (-1, -inf),
             (0.5, inf), (0.5, -inf), (2, inf), (2, -inf), (inf, 3), (-inf, 3), (-inf, 2), (inf, -3), (-inf, -3), (-inf, -2),
             (0.0, 3), (-0.0, 3), (-0.0, 2), (10, 22), (10, -5), (1e-300, 2), (2, 1023), (2, -1074), (2, -1075)]:
    print('pow', x, y, repr(math.pow(x, y)))
for x in [0, 0.0, -0.0, 4, 2, 1e300, 5e-324, inf, 10**200]:
    print('sqrt', repr(x), repr(math.sqrt(x)))
