import cmath
import math


def fmt(v):
    if isinstance(v, complex):
        return "(%s, %s)" % (fmt(v.real), fmt(v.imag))
    if isinstance(v, tuple):
        return "(" + ", ".join(fmt(x) for x in v) + ")"
    if isinstance(v, float):
        if v == 0.0:
            return "%s0.0" % ("-" if math.copysign(1.0, v) < 0 else "")
        return "%.11g" % v
    return repr(v)


points = [0j, 1 + 0j, -1 + 0j, 1j, -1j, 0.5 + 0.5j, -0.5 + 2j, 3 - 4j, -2.5 - 0.1j, 1e-10 + 1e-10j, 10 + 10j,
          -7 + 0j, 2, -3.5, 0.9 + 0j, 1.5 + 0j, complex(0.0, -0.0), complex(-0.0, 0.0), 1e200 + 1e200j, 1e-320 + 1e-320j,
          complex(-2.0, -0.0), 0.999 + 0.001j]
funcs = ["sqrt", "exp", "log", "log10", "sin", "cos", "tan", "sinh", "cosh", "tanh", "asin", "acos", "atan", "asinh",
         "acosh", "atanh", "phase", "polar"]
for name in funcs:
    f = getattr(cmath, name)
    row = []
    for z in points:
        try:
            row.append(fmt(f(z)))
        except (ValueError, OverflowError) as e:
            row.append(type(e).__name__)
    print(name, " ".join(row))

print(fmt(cmath.rect(2, math.pi / 3)), fmt(cmath.rect(1, 0)), fmt(cmath.log(8, 2)), fmt(cmath.log(1j, 1 + 1j)))
print(cmath.pi == math.pi, cmath.e == math.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)
print(cmath.isfinite(1 + 1j), cmath.isfinite(complex(math.inf, 0)), cmath.isinf(complex(0, math.inf)),
      cmath.isnan(complex(math.nan, 0)), cmath.isnan(1j))
print(cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(1j, 1.1j), cmath.isclose(0, 1e-10, abs_tol=1e-9),
      cmath.isclose(complex(math.inf, 0), complex(math.inf, 0)))


class C:
    def __complex__(self):
        return 3 + 4j


class F:
    def __float__(self):
        return 0.25


print(fmt(cmath.sqrt(C())), fmt(cmath.exp(F())), fmt(cmath.phase(-1)), fmt(cmath.polar(-4)))
for f in (lambda: cmath.sqrt("x"), lambda: cmath.log(0), lambda: cmath.atanh(1), lambda: cmath.exp(1000),
          lambda: cmath.cosh(1000 + 1j), lambda: cmath.isclose(1, 2, rel_tol=-1), lambda: cmath.log(1, 1),
          lambda: cmath.sqrt(None)):
    try:
        print(f())
    except (TypeError, ValueError, OverflowError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
