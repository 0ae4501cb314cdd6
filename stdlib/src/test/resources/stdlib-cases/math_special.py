# gamma, lgamma, erf and erfc. Jyco computes them correctly rounded; CPython's own gamma and
# lgamma (Lanczos) and glibc's erf/erfc may be a few ulps away, so most values are compared
# to 12 significant digits; exactly representable results are compared exactly.
import math

def g(x):
    return '%.12g' % x

for n in range(1, 24):
    print('gamma int', n, repr(math.gamma(n)), math.gamma(n) == math.factorial(n - 1))
for x in [0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 0.1, 0.01, 1e-10, 1e-300, 3.7, 10.1, 50.5, 100.25, 170.5, 171.6, -10.5, -100.5,
          -170.5, -171.5, -180.5, 1.0000001, 0.9999999, -0.0000001, -3.00000001, 7.25]:
    print('gamma', x, g(math.gamma(x)))
print('lgamma exact', math.lgamma(1), math.lgamma(2), math.lgamma(1.0), math.lgamma(2.0))
for x in [0.5, 1.5, 3, 10, 100, 1e5, 1e10, 1e100, 1e300, 1e-10, 1e-300, 5e-324, -0.5, -1.5, -2.5, -100.5, -1e10 - 0.5,
          0.9, 1.1, 1.9, 2.1, 2.5, 171.7, 1000.5, -2.1, -0.1]:
    print('lgamma', x, g(math.lgamma(x)))
for x in [0, -0.0, 0.1, -0.1, 0.5, 1, 1.5, 2, 3, 4, 5, 5.9, 6, 10, -10, 1e-10, 1e-300, 5e-324, 27]:
    print('erf', x, g(math.erf(x)), 'erfc', g(math.erfc(x)), g(math.erfc(-x)))
for x in [7, 10, 15, 20, 25, 26, 26.5, 27, 27.3, 28, 30, 100]:
    print('erfc tail', x, g(math.erfc(x)))
print(math.erf(float('inf')), math.erf(float('-inf')), math.erfc(float('inf')), math.erfc(float('-inf')), math.erf(float('nan')))
print(math.gamma(float('inf')), math.lgamma(float('inf')), math.lgamma(float('-inf')), math.gamma(float('nan')))
