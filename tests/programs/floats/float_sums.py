# Float accumulation, Kahan summation, numeric integration and series, all printed with repr.
def kahan(xs):
    s = 0.0
    c = 0.0
    for x in xs:
        y = x - c
        t = s + y
        c = (t - s) - y
        s = t
    return s
xs = [0.1] * 1000 + [1e10, -1e10] + [1e-3] * 500
print(sum(xs), kahan(xs))
def integrate(f, a, b, n):
    h = (b - a) / n
    return h * (f(a) / 2 + sum(f(a + i * h) for i in range(1, n)) + f(b) / 2)
print(integrate(lambda x: x * x, 0, 1, 100), integrate(lambda x: x * x, 0, 1, 1000))
print(integrate(lambda x: 4 / (1 + x * x), 0, 1, 500))
pi_leibniz = 4 * sum((-1) ** k / (2 * k + 1) for k in range(10000))
print(pi_leibniz)
e_series = 0.0
term = 1.0
for k in range(1, 20):
    e_series += term
    term /= k
print(e_series)
vals = [1.5, 2.25, -0.125, 1e-3, 3.0]
print(sum(vals), sum(vals) / len(vals), max(vals) - min(vals), [v * 2 for v in vals], [v / 3 for v in vals])
print(0.1 * 3 == 0.3, round(0.1 * 3, 10) == round(0.3, 10), 1e-300 * 1e-300, 1e300 * 1e10, -1e300 * 1e10)
print(float(1 << 60), float((1 << 60) + 1), 2.0 ** 62, 123456789 * 1.0, 1 / 7 * 7)
