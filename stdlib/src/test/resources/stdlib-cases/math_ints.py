# Integer functions of the math module: exact results with big ints, result types.
import math

for n in [0, 1, 2, 5, 10, 20, 21, 25, 50, 100]:
    print('factorial', n, math.factorial(n))
print(len(str(math.factorial(1000))), math.factorial(1000) % (10**9 + 7))
print(math.factorial(3000) % 1000000007, math.factorial(3000).bit_length(), math.factorial(3000) >> 25000)
print(math.factorial(True), type(math.factorial(True)).__name__)

for n, k in [(0, 0), (5, 0), (5, 2), (5, 5), (5, 6), (10, 3), (52, 5), (60, 30), (67, 33), (100, 50),
             (10**20, 3), (2**63 + 5, 2**63 + 1), (1000, 500), (40, 20)]:
    print('comb', n, k, math.comb(n, k))
for n, k in [(5, None), (5, 0), (5, 2), (5, 5), (5, 6), (20, 10), (10**20, 2), (100, 30)]:
    print('perm', n, k, math.perm(n, k))
print(math.perm(7))

for args in [(), (0,), (-4,), (12, 18), (0, 0), (0, -7), (-12, -18), (2**64, 2**32 * 3), (3, 5, 7),
             (12, 18, 27), (2**100, 2**80 * 9, 2**90 * 6), (True, 4), (-2**63, 2**62)]:
    print('gcd', args, math.gcd(*args), 'lcm', math.lcm(*args))

for n in [0, 1, 2, 3, 4, 15, 16, 17, 99, 100, 2**52 - 1, 2**53 + 1, 10**18, 2**63 - 1, 10**40, 2**200 + 12345, True]:
    r = math.isqrt(n)
    print('isqrt', n, r, type(r).__name__, r * r <= n < (r + 1) * (r + 1))

for x in [0, 7, -7, 2**70, -2**80, True, False, 2.5, -2.5, 1e300, -0.0, 3.999999999999999, 2**70 + 0.5]:
    f, c, t = math.floor(x), math.ceil(x), math.trunc(x)
    print('floor/ceil/trunc', repr(x), f, c, t, type(f).__name__, type(c).__name__, type(t).__name__)
