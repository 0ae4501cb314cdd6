# fsum (exact, correctly rounded), prod, hypot and dist.
import math

inf = float('inf')
nan = float('nan')
cases = [
    [], [0.1] * 10, [1, 1e100, 1, -1e100], [1e308, -1e308, 1], [1e-16, 1, 1e-16],
    [0.1, 0.2, 0.3, -0.6], [1.7976931348623157e308, -1.7976931348623157e308 / 2, -1.7976931348623157e308 / 2],
    [1.0, 1e-16, 1e-16, 1e-16], [2.0 ** 53, 1.0, 1.0], [2.0 ** 53, -0.5, -2.0 ** -54],
    [1e16, 1.0, 1e-16], [inf, 1], [inf, inf], [-inf, 5], [nan, 1], [inf, nan], [-0.0, -0.0], [-0.0, 0.0],
    [1, 2, 3], [True, 2.5], list(range(1000)), [x * 0.01 for x in range(1, 1001)],
    [(-1) ** k / (2 * k + 1) for k in range(2000)], [1e300 * (-1) ** k for k in range(101)],
    [5e-324] * 10, [2.0 ** -1074, 2.0 ** -1074, 1.0], [1.0, -1.0 + 2 ** -53, 2 ** -106],
]
for c in cases:
    print('fsum', len(c), repr(math.fsum(c)), repr(math.fsum(iter(c))))
print(repr(math.fsum(x / 7 for x in range(100))), repr(sum(x / 7 for x in range(100))))

for args in [([],), ([1, 2, 3],), ([1.5, 2],), ([2, 3], 5), ([2, 3], 0.5), ([],), ([True, True],), ([10**10] * 5,),
             ([1, 'ab'],), ([0.1] * 30,), (range(1, 20),), ([3 + 4j, 2],), ([2] * 70,)]:
    if len(args) == 2:
        r = math.prod(args[0], start=args[1])
    else:
        r = math.prod(args[0])
    print('prod', repr(r), type(r).__name__)

hyp = [(), (3,), (-3,), (3, 4), (-3, -4), (1, 1), (1e308, 1e308), (5e-324, 5e-324), (1e-310, 2e-310),
       (inf, nan), (nan, inf), (nan, 1), (0, 0, 0), (1, 2, 3, 4, 5), (1.0,) * 7, (3, 4, 12), (0.1, 0.2),
       (1e200, 1e-200), (2 ** 0.5, 2 ** 0.5), (6, 8, 10**10), (-0.0, 0.0), (True, 2), (1e300, 1e300, 1e300)]
for h in hyp:
    print('hypot', h, repr(math.hypot(*h)))
for p, q in [((0, 0), (3, 4)), ([1, 2], [3, 4]), ((), ()), ((1,), (inf,)), ((1, 2, 3), (4, 5, 6)), (range(3), range(3, 6)),
             ((1e308, -1e308), (-1e308, 1e308)), ((nan, 1), (1, 1)), ((0.1, 0.2, 0.3), (0.3, 0.2, 0.1))]:
    print('dist', p, q, repr(math.dist(p, q)))
