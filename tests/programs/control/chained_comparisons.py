# Chained comparisons: short-circuiting, evaluation once, mixed operators.
def v(x, log):
    log.append(x)
    return x
log = []
print(v(1, log) < v(2, log) < v(3, log), log)
log = []
print(v(3, log) < v(2, log) < v(5, log), log)
log = []
print(v(1, log) == v(1, log) != v(2, log) <= v(2, log), log)
x = 5
print(0 < x < 10, 0 < x > 3, 1 < x <= 5 < 6, x == 5 == 5.0, 1 < 2 > 1.5 != 3)
print("a" < "b" < "c", [1] < [2] < [3], (1 < 2) < 3)
print(1 < 3 in [3, 4], 2 in [2] in [[2]], None is None is not False)
ages = [5, 15, 25, 65, 80]
print([("child" if a < 13 else "teen" if a < 20 else "adult" if 20 <= a < 65 else "senior") for a in ages])
lo, hi = 10, 20
print([n for n in range(5, 30, 3) if lo <= n < hi])
def middle(a, b, c):
    if a <= b <= c or c <= b <= a:
        return b
    if b <= a <= c or c <= a <= b:
        return a
    return c
print(middle(1, 2, 3), middle(3, 1, 2), middle(2, 3, 1), middle(5, 5, 1))
