"""Mathematical functions for complex numbers, written for Jyco on math.

Finite arguments follow the usual principal branches (Kahan, "Branch Cuts for Complex
Elementary Functions"), with CPython's errors: ValueError for a singularity, OverflowError
when a finite argument gives an infinite result. Infinite and NaN arguments give what the
formulas give, which is not always CPython's table of special values.
"""

import math as _m

__all__ = ["acos", "acosh", "asin", "asinh", "atan", "atanh", "cos", "cosh", "exp", "isclose", "isfinite", "isinf",
           "isnan", "log", "log10", "phase", "polar", "rect", "sin", "sinh", "sqrt", "tan", "tanh",
           "e", "pi", "tau", "inf", "infj", "nan", "nanj"]

pi = _m.pi
e = _m.e
tau = _m.tau
inf = _m.inf
nan = _m.nan
infj = complex(0.0, inf)
nanj = complex(0.0, nan)

_LARGE = 1e150          # beyond this, squares overflow: scale first
_LOG_LARGE = 708.3      # exp() of more overflows
_LN10 = _m.log(10.0)


def _c(z):
    """The argument as a complex number, with cmath's TypeError."""
    if isinstance(z, complex):
        return z
    if isinstance(z, (int, float)):
        return complex(z, 0.0)
    t = type(z)
    if hasattr(t, "__complex__") or hasattr(t, "__float__") or hasattr(t, "__index__"):
        return complex(z)
    raise TypeError("must be real number, not %s" % t.__name__)


def _finite(z):
    return _m.isfinite(z.real) and _m.isfinite(z.imag)


def _check(z, r):
    """OverflowError when a finite argument gives an infinite result."""
    if _finite(z) and not _finite(r):
        if _m.isinf(r.real) or _m.isinf(r.imag):
            raise OverflowError("math range error")
        raise ValueError("math domain error")
    return r


def phase(z, /):
    """The argument of z, in [-pi, pi]."""
    z = _c(z)
    return _m.atan2(z.imag, z.real)


def polar(z, /):
    """(abs(z), phase(z))."""
    z = _c(z)
    r = _m.hypot(z.real, z.imag)
    if _m.isinf(r) and _finite(z):
        raise OverflowError("math range error")
    return r, _m.atan2(z.imag, z.real)


def rect(r, phi, /):
    """The complex number of modulus r and argument phi."""
    r = float(r)
    phi = float(phi)
    if _m.isfinite(r) and _m.isfinite(phi) or phi == 0:
        return complex(r * _m.cos(phi), r * _m.sin(phi))
    if _m.isinf(phi):
        raise ValueError("math domain error")
    return complex(r * _m.cos(phi), r * _m.sin(phi))


def isfinite(z, /):
    z = _c(z)
    return _m.isfinite(z.real) and _m.isfinite(z.imag)


def isinf(z, /):
    z = _c(z)
    return _m.isinf(z.real) or _m.isinf(z.imag)


def isnan(z, /):
    z = _c(z)
    return _m.isnan(z.real) or _m.isnan(z.imag)


def isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0):
    """True if a and b are within rel_tol (relative) or abs_tol (absolute) of each other."""
    a = _c(a)
    b = _c(b)
    rel_tol = float(rel_tol)
    abs_tol = float(abs_tol)
    if rel_tol < 0.0 or abs_tol < 0.0:
        raise ValueError("tolerances must be non-negative")
    if a == b:
        return True
    if isinf(a) or isinf(b):
        return False
    diff = abs(a - b)
    return diff <= rel_tol * abs(b) or diff <= rel_tol * abs(a) or diff <= abs_tol


def sqrt(z, /):
    """The principal square root of z (branch cut along the negative real axis)."""
    z = _c(z)
    x, y = z.real, z.imag
    if x == 0.0 and y == 0.0:
        return complex(0.0, y)
    if not _finite(z):
        if _m.isinf(y):
            return complex(inf, y)
        if _m.isnan(x):
            return complex(nan, nan)
        if _m.isinf(x):
            if x > 0:
                return complex(x, nan if _m.isnan(y) else _m.copysign(0.0, y))
            return complex(nan if _m.isnan(y) else 0.0, _m.copysign(inf, y))
        return complex(nan, nan)
    ax, ay = abs(x), abs(y)
    if ax < 1e-300 and ay < 1e-300:
        # scale tiny arguments up so hypot keeps its precision
        ax2, ay2 = _m.ldexp(ax, 106), _m.ldexp(ay, 106)
        s = _m.ldexp(_m.sqrt(ax2 + _m.hypot(ax2, ay2)), -53) / _m.sqrt(2.0)
    else:
        ax8 = ax / 8.0
        s = 2.0 * _m.sqrt(ax8 + _m.hypot(ax8, ay / 8.0))
    d = ay / (2.0 * s)
    if x >= 0.0:
        return complex(s, _m.copysign(d, y))
    return complex(d, _m.copysign(s, y))


def exp(z, /):
    """e to the power z."""
    z = _c(z)
    x, y = z.real, z.imag
    if y == 0.0 and _m.isfinite(x):
        try:
            return complex(_m.exp(x), y)
        except OverflowError:
            raise OverflowError("math range error") from None
    if x > _LOG_LARGE and _m.isfinite(x):
        l = _m.exp(x - 1.0)
        r = complex(l * _m.cos(y) * _m.e, l * _m.sin(y) * _m.e)
    else:
        l = _m.exp(x)
        r = complex(l * _m.cos(y), l * _m.sin(y))
    return _check(z, r)


def _log(z):
    x, y = z.real, z.imag
    ax, ay = abs(x), abs(y)
    if ax == 0.0 and ay == 0.0:
        raise ValueError("math domain error")
    h = _m.hypot(ax, ay)
    if _m.isinf(h) and _finite(z):
        # scale down: |z| overflows but log|z| does not
        real = _m.log(_m.hypot(ax / 2.0, ay / 2.0)) + _m.log(2.0)
    elif h < 2.2250738585072014e-308:
        # subnormal: scale up so hypot keeps its precision
        real = _m.log(_m.hypot(_m.ldexp(ax, 53), _m.ldexp(ay, 53))) - 53 * _m.log(2.0)
    elif 0.71 <= h <= 1.73:
        big, small = max(ax, ay), min(ax, ay)
        real = _m.log1p((big - 1.0) * (big + 1.0) + small * small) / 2.0
    else:
        real = _m.log(h)
    return complex(real, _m.atan2(y, x))


def log(x, base=None, /):
    """The natural logarithm of x, or its logarithm to the given base."""
    r = _log(_c(x))
    if base is not None:
        d = _log(_c(base))
        if d == 0:
            raise ValueError("math domain error")
        r = r / d
    return r


def log10(z, /):
    """The base-10 logarithm of z."""
    r = _log(_c(z))
    return complex(r.real / _LN10, r.imag / _LN10)


def sinh(z, /):
    z = _c(z)
    x, y = z.real, z.imag
    if abs(x) > _LOG_LARGE and _m.isfinite(x):
        xm = x - _m.copysign(1.0, x)
        r = complex(_m.cos(y) * _m.sinh(xm) * _m.e, _m.sin(y) * _m.cosh(xm) * _m.e)
    else:
        try:
            r = complex(_m.cos(y) * _m.sinh(x), _m.sin(y) * _m.cosh(x))
        except OverflowError:
            raise OverflowError("math range error") from None
    return _check(z, r)


def cosh(z, /):
    z = _c(z)
    x, y = z.real, z.imag
    if abs(x) > _LOG_LARGE and _m.isfinite(x):
        xm = x - _m.copysign(1.0, x)
        r = complex(_m.cos(y) * _m.cosh(xm) * _m.e, _m.sin(y) * _m.sinh(xm) * _m.e)
    else:
        try:
            r = complex(_m.cos(y) * _m.cosh(x), _m.sin(y) * _m.sinh(x))
        except OverflowError:
            raise OverflowError("math range error") from None
    return _check(z, r)


def tanh(z, /):
    z = _c(z)
    x, y = z.real, z.imag
    if not _finite(z):
        if _m.isinf(x) and _m.isfinite(y):
            return complex(_m.copysign(1.0, x), _m.copysign(0.0, 2.0 * _m.sin(y) * _m.cos(y)))
        return complex(nan, nan)
    if abs(x) > _LOG_LARGE:
        return complex(_m.copysign(1.0, x), 4.0 * _m.sin(y) * _m.cos(y) * _m.exp(-2.0 * abs(x)))
    tx = _m.tanh(x)
    ty = _m.tan(y)
    cx = 1.0 / _m.cosh(x)
    txty = tx * ty
    denom = 1.0 + txty * txty
    return complex(tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx)


def sin(z, /):
    z = _c(z)
    r = sinh(complex(-z.imag, z.real))
    return complex(r.imag, -r.real)


def cos(z, /):
    z = _c(z)
    return cosh(complex(-z.imag, z.real))


def tan(z, /):
    z = _c(z)
    r = tanh(complex(-z.imag, z.real))
    return complex(r.imag, -r.real)


def asinh(z, /):
    z = _c(z)
    x, y = z.real, z.imag
    if abs(x) > _LARGE or abs(y) > _LARGE:
        # asinh(z) ~ log(2z) for huge z
        l = _log(complex(abs(x), y))
        real = _m.copysign(l.real + _m.log(2.0), x)
        return complex(real, _m.atan2(y, abs(x)))
    s1 = sqrt(complex(1.0 + y, -x))
    s2 = sqrt(complex(1.0 - y, x))
    return complex(_m.asinh(s1.real * s2.imag - s2.real * s1.imag),
                   _m.atan2(y, s1.real * s2.real - s1.imag * s2.imag))


def asin(z, /):
    z = _c(z)
    r = asinh(complex(-z.imag, z.real))
    return complex(r.imag, -r.real)


def acos(z, /):
    z = _c(z)
    x, y = z.real, z.imag
    if abs(x) > _LARGE or abs(y) > _LARGE:
        l = _log(z)
        real = _m.atan2(abs(y), x)
        imag = l.real + _m.log(2.0)
        return complex(real, -imag if y >= 0 else imag)
    s1 = sqrt(complex(1.0 - x, -y))
    s2 = sqrt(complex(1.0 + x, y))
    return complex(2.0 * _m.atan2(s1.real, s2.real), _m.asinh(s2.real * s1.imag - s2.imag * s1.real))


def acosh(z, /):
    z = _c(z)
    x, y = z.real, z.imag
    if abs(x) > _LARGE or abs(y) > _LARGE:
        l = _log(z)
        return complex(l.real + _m.log(2.0), _m.atan2(y, x))
    s1 = sqrt(complex(x - 1.0, y))
    s2 = sqrt(complex(x + 1.0, y))
    return complex(_m.asinh(s1.real * s2.real + s1.imag * s2.imag), 2.0 * _m.atan2(s1.imag, s2.real))


def atanh(z, /):
    z = _c(z)
    x, y = z.real, z.imag
    if x < 0.0 or (x == 0.0 and _m.copysign(1.0, x) < 0):
        r = atanh(complex(-x, -y))
        return complex(-r.real, -r.imag)
    ay = abs(y)
    if x > _LARGE or ay > _LARGE:
        h = _m.hypot(x / 2.0, y / 2.0)
        return complex(x / 4.0 / h / h, _m.copysign(_m.pi / 2.0, y))
    if x == 1.0 and ay < 1e-154:
        if ay == 0.0:
            raise ValueError("math domain error")
        return complex(-_m.log(_m.sqrt(ay) / _m.sqrt(_m.hypot(ay, 2.0))), _m.copysign(_m.atan2(2.0, -ay) / 2.0, y))
    real = _m.log1p(4.0 * x / ((1.0 - x) * (1.0 - x) + ay * ay)) / 4.0
    imag = -_m.atan2(-2.0 * y, (1.0 - x) * (1.0 + x) - ay * ay) / 2.0
    return complex(real, imag)


def atan(z, /):
    z = _c(z)
    r = atanh(complex(-z.imag, z.real))
    return complex(r.imag, -r.real)
