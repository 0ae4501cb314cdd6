# Infinities and NaN: arithmetic, comparisons, formatting.
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, repr(inf), str(-inf))
print(inf + 1, inf * -2, inf - inf, inf * 0, 1 / inf, -1 / inf)
print(inf > 1e308, -inf < -1e308, inf == inf, nan == nan, nan != nan, nan < 1, nan > 1)
print(inf == float("inf"), max(1, inf), min(-inf, 0))
x = nan
print(x is x, x == x, [x] == [x], x in [x])
print(f"{inf:.2f}", f"{nan:10}", f"{-inf:e}", "%f %e %g" % (inf, nan, -inf))
print(format(inf, "+"), format(nan, "F"), format(inf, "E"))
print(int(1e300) > 0, float(10 ** 308) < inf)
print(sorted([3.0, -inf, inf, 0.0, -1.5]))
print((inf).is_integer(), (-0.0).is_integer(), -0.0 == 0.0, str(-0.0), 0.0 * -1)
print(hash(inf), hash(-inf))
print(abs(-inf), -(-inf), inf // 1 if False else "skip", inf % 3 if False else "skip")
try:
    (inf).as_integer_ratio()
except OverflowError as e:
    print("OverflowError", e)
try:
    (nan).as_integer_ratio()
except ValueError as e:
    print("ValueError", e)
