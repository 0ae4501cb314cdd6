"""Basic statistics of numeric data (written for Jyco).

Averages and spreads are computed exactly (with fractions) and converted once at the end, so the
results are those of CPython's statistics module: int data gives int or float, Fraction data
gives Fraction, float data gives float. decimal.Decimal is not supported (Jyco has no decimal).
"""
import math
import random
from bisect import bisect_left, bisect_right
from collections import Counter, namedtuple
from fractions import Fraction
from itertools import groupby
from math import erf, exp, fabs, fsum, hypot, log, sqrt, tau

__all__ = ["NormalDist", "StatisticsError", "correlation", "covariance", "fmean", "geometric_mean",
           "harmonic_mean", "linear_regression", "mean", "median", "median_grouped", "median_high",
           "median_low", "mode", "multimode", "pstdev", "pvariance", "quantiles", "stdev", "variance"]


class StatisticsError(ValueError):
    pass


# ---------------------------------------------------------------- exact sums

def _as_ratio(x):
    """(numerator, denominator) of x; (x, None) for an infinity or a NaN."""
    try:
        return x.as_integer_ratio()
    except AttributeError:
        pass
    except (OverflowError, ValueError):
        return (x, None)
    try:
        return (x.numerator, x.denominator)
    except AttributeError:
        raise TypeError(f"can't convert type '{type(x).__name__}' to numerator/denominator") from None


def _result_type(t, s):
    """The type a mix of t and s values is reported in."""
    if t is s:
        return t
    if s is int or s is bool:
        return t
    if t is int:
        return s
    if issubclass(s, t):
        return s
    if issubclass(t, s):
        return t
    if issubclass(t, int):
        return s
    if issubclass(s, int):
        return t
    if issubclass(t, Fraction) and issubclass(s, float):
        return s
    if issubclass(t, float) and issubclass(s, Fraction):
        return t
    raise TypeError("don't know how to coerce %s and %s" % (t.__name__, s.__name__))


def _exact_sum(data):
    """(result type, exact total, count); the total is a Fraction, or a float inf/nan."""
    count = 0
    kind = int
    by_denominator = {}
    for typ, values in groupby(data, type):
        kind = _result_type(kind, typ)
        for num, den in map(_as_ratio, values):
            count += 1
            by_denominator[den] = by_denominator.get(den, 0) + num
    if None in by_denominator:
        return kind, by_denominator[None], count
    total = Fraction(0)
    for den, num in by_denominator.items():
        total += Fraction(num, den)
    return kind, total, count


def _exact_squares(data, center=None):
    """(result type, exact sum of squared deviations, mean used, count)."""
    if center is not None:
        kind, total, count = _exact_sum((x - center) * (x - center) for x in data)
        return kind, total, center, count
    count = 0
    kind = int
    sums, squares = {}, {}
    for typ, values in groupby(data, type):
        kind = _result_type(kind, typ)
        for num, den in map(_as_ratio, values):
            count += 1
            sums[den] = sums.get(den, 0) + num
            squares[den] = squares.get(den, 0) + num * num
    if not count:
        return kind, Fraction(0), Fraction(0), 0
    if None in sums:
        special = sums[None]
        return kind, special, special, count
    sx = sum((Fraction(n, d) for d, n in sums.items()), Fraction(0))
    sxx = sum((Fraction(n, d * d) for d, n in squares.items()), Fraction(0))
    return kind, (count * sxx - sx * sx) / count, sx / count, count


def _to_type(value, kind):
    if type(value) is kind:
        return value
    if issubclass(kind, int) and value.denominator != 1:
        kind = float
    return kind(value)


def _sqrt_ratio(n, m):
    """The float nearest to sqrt(n / m) (n, m positive ints), correctly rounded.

    An integer square root with at least 55 significant bits is computed, its lowest bit set
    when the root is inexact ("round to odd"), and the final int/int division rounds once.
    """
    shift = (n.bit_length() - m.bit_length() - 2 * 53 - 3) // 2
    if shift >= 0:
        num, den = n, m << (2 * shift)
    else:
        num, den = n << (-2 * shift), m
    root = math.isqrt(num // den)
    if root * root * den != num:
        root |= 1
    return float(root << shift) if shift >= 0 else root / (1 << -shift)


def _fail_negative(values, message):
    for x in values:
        if x < 0:
            raise StatisticsError(message)
        yield x


# ---------------------------------------------------------------- averages

def mean(data):
    """The arithmetic mean, computed exactly."""
    kind, total, n = _exact_sum(data)
    if n < 1:
        raise StatisticsError("mean requires at least one data point")
    return _to_type(total / n, kind)


def fmean(data, weights=None):
    """The mean as a float (fast, with math.fsum); weighted if weights are given."""
    if weights is None:
        try:
            n = len(data)
        except TypeError:
            data = list(data)
            n = len(data)
        total = fsum(data)
        if not n:
            raise StatisticsError("fmean requires at least one data point")
        return total / n
    if not isinstance(weights, (list, tuple)):
        weights = list(weights)
    if not isinstance(data, (list, tuple)):
        data = list(data)
    if len(data) != len(weights):
        raise StatisticsError("data and weights must be the same length")
    num = fsum(x * w for x, w in zip(data, weights))
    den = fsum(weights)
    if not den:
        raise StatisticsError("sum of weights must be non-zero")
    return num / den


def geometric_mean(data):
    """The geometric mean (as a float) of positive numbers."""
    try:
        return exp(fmean(map(log, data)))
    except ValueError:
        raise StatisticsError("geometric mean requires a non-empty dataset containing positive numbers") from None


def harmonic_mean(data, weights=None):
    """The (weighted) harmonic mean: 0 if a value is 0; negative values are refused."""
    if iter(data) is data:
        data = list(data)
    message = "harmonic mean does not support negative values"
    n = len(data)
    if n < 1:
        raise StatisticsError("harmonic_mean requires at least one data point")
    if n == 1 and weights is None:
        x = data[0]
        if isinstance(x, (int, float, Fraction)):
            if x < 0:
                raise StatisticsError(message)
            return x
        raise TypeError("unsupported type")
    if weights is None:
        weights = [1] * n
        weight_total = n
    else:
        if iter(weights) is weights:
            weights = list(weights)
        if len(weights) != n:
            raise StatisticsError("Number of weights does not match data size")
        _, weight_total, _ = _exact_sum(_fail_negative(weights, message))
    try:
        values = _fail_negative(data, message)
        kind, total, _ = _exact_sum(w / x if w else 0 for w, x in zip(weights, values))
    except ZeroDivisionError:
        return 0
    if total <= 0:
        raise StatisticsError("Weighted sum must be positive")
    return _to_type(weight_total / total, kind)


def median(data):
    """The middle value, or the mean of the two middle values."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2:
        return data[n // 2]
    return (data[n // 2 - 1] + data[n // 2]) / 2


def median_low(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    return data[n // 2] if n % 2 else data[n // 2 - 1]


def median_high(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    return data[n // 2]


def median_grouped(data, interval=1):
    """The median of grouped continuous data (the 50th percentile, by interpolation)."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    x = data[n // 2]
    try:
        interval = float(interval)
        x = float(x)
    except ValueError:
        raise TypeError("Value cannot be converted to a float") from None
    lower = x - interval / 2
    first = bisect_left(data, x)
    last = bisect_right(data, x, lo=first)
    return lower + interval * (n / 2 - first) / (last - first)


def mode(data):
    """The most common value (the first seen among equally common ones)."""
    counts = Counter(iter(data))
    if not counts:
        raise StatisticsError("no mode for empty data")
    best = None
    for value, count in counts.items():
        if best is None or count > counts[best]:
            best = value
    return best


def multimode(data):
    """All the most common values, in the order first seen."""
    counts = Counter(iter(data))
    if not counts:
        return []
    top = max(counts.values())
    return [value for value, count in counts.items() if count == top]


def quantiles(data, *, n=4, method="exclusive"):
    """n - 1 cut points dividing data into n intervals of equal probability."""
    if n < 1:
        raise StatisticsError("n must be at least 1")
    data = sorted(data)
    size = len(data)
    if size < 2:
        raise StatisticsError("must have at least two data points")
    cuts = []
    if method == "inclusive":
        m = size - 1
        for i in range(1, n):
            j, delta = divmod(i * m, n)
            cuts.append((data[j] * (n - delta) + data[j + 1] * delta) / n)
        return cuts
    if method == "exclusive":
        m = size + 1
        for i in range(1, n):
            j = min(max(i * m // n, 1), size - 1)
            delta = i * m - j * n
            cuts.append((data[j - 1] * (n - delta) + data[j] * delta) / n)
        return cuts
    raise ValueError(f"Unknown method: {method!r}")


# ---------------------------------------------------------------- spread

def variance(data, xbar=None):
    """The sample variance (n - 1 in the denominator)."""
    kind, ss, _, n = _exact_squares(data, xbar)
    if n < 2:
        raise StatisticsError("variance requires at least two data points")
    return _to_type(ss / (n - 1), kind)


def pvariance(data, mu=None):
    """The population variance."""
    kind, ss, _, n = _exact_squares(data, mu)
    if n < 1:
        raise StatisticsError("pvariance requires at least one data point")
    return _to_type(ss / n, kind)


def _root(value):
    if isinstance(value, Fraction) and value > 0:
        return _sqrt_ratio(value.numerator, value.denominator)
    return math.sqrt(value)


def stdev(data, xbar=None):
    """The sample standard deviation (correctly rounded square root of the variance)."""
    kind, ss, _, n = _exact_squares(data, xbar)
    if n < 2:
        raise StatisticsError("stdev requires at least two data points")
    return _root(Fraction(ss) / (n - 1) if isinstance(ss, (int, Fraction)) else ss / (n - 1))


def pstdev(data, mu=None):
    """The population standard deviation."""
    kind, ss, _, n = _exact_squares(data, mu)
    if n < 1:
        raise StatisticsError("pstdev requires at least one data point")
    return _root(Fraction(ss) / n if isinstance(ss, (int, Fraction)) else ss / n)


# ---------------------------------------------------------------- two variables

def _paired(x, y, what):
    n = len(x)
    if len(y) != n:
        raise StatisticsError(f"{what} requires that both inputs have same number of data points")
    if n < 2:
        raise StatisticsError(f"{what} requires at least two data points")
    return n


def covariance(x, y, /):
    """The sample covariance of two inputs."""
    n = _paired(x, y, "covariance")
    xbar, ybar = fsum(x) / n, fsum(y) / n
    return fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y)) / (n - 1)


def correlation(x, y, /):
    """Pearson's correlation coefficient of two inputs."""
    n = _paired(x, y, "correlation")
    xbar, ybar = fsum(x) / n, fsum(y) / n
    sxy = fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
    sxx = fsum((xi - xbar) * (xi - xbar) for xi in x)
    syy = fsum((yi - ybar) * (yi - ybar) for yi in y)
    try:
        return sxy / sqrt(sxx * syy)
    except ZeroDivisionError:
        raise StatisticsError("at least one of the inputs is constant") from None


LinearRegression = namedtuple("LinearRegression", ("slope", "intercept"))


def linear_regression(x, y, /, *, proportional=False):
    """Slope and intercept of the least-squares line (through the origin if proportional)."""
    n = _paired(x, y, "linear regression")
    if proportional:
        sxy = fsum(xi * yi for xi, yi in zip(x, y))
        sxx = fsum(xi * xi for xi in x)
    else:
        xbar, ybar = fsum(x) / n, fsum(y) / n
        sxy = fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
        sxx = fsum((xi - xbar) * (xi - xbar) for xi in x)
    try:
        slope = sxy / sxx
    except ZeroDivisionError:
        raise StatisticsError("x is constant") from None
    intercept = 0.0 if proportional else ybar - slope * xbar
    return LinearRegression(slope=slope, intercept=intercept)


# ---------------------------------------------------------------- normal distribution

def _normal_quantile(p, mu, sigma):
    """x with cdf(x) == p: Wichura's rational approximations of the standard normal quantile
    (about 16 digits), one for the centre and two for the tails, scaled by sigma and moved by mu."""
    q = p - 0.5
    if abs(q) <= 0.425:
        r = 0.180625 - q * q
        z = q * _poly(r, _CENTRAL_NUM) / _poly(r, _CENTRAL_DEN)
    else:
        r = p if q < 0 else 1.0 - p
        r = sqrt(-log(r))
        if r <= 5.0:
            r -= 1.6
            z = _poly(r, _MIDDLE_NUM) / _poly(r, _MIDDLE_DEN)
        else:
            r -= 5.0
            z = _poly(r, _TAIL_NUM) / _poly(r, _TAIL_DEN)
        if q < 0:
            z = -z
    return mu + z * sigma


def _poly(x, coefficients):
    total = 0.0
    for c in coefficients:
        total = total * x + c
    return total


# Wichura's algorithm AS 241 (Applied Statistics 37, 1988), PPND16; highest degree first
_CENTRAL_NUM = (2509.0809287301226727, 33430.575583588128105, 67265.770927008700853,
                45921.953931549871457, 13731.693765509461125, 1971.5909503065514427,
                133.14166789178437745, 3.387132872796366608)
_CENTRAL_DEN = (5226.4952788528544610, 28729.085735721942674, 39307.89580009271061,
                21213.794301586595867, 5394.1960214247511077, 687.1870074920579083,
                42.313330701600911252, 1.0)
_MIDDLE_NUM = (7.7454501427834140764e-4, 0.0227238449892691845833, 0.24178072517745061177,
               1.27045825245236838258, 3.64784832476320460504, 5.7694972214606914055,
               4.6303378461565452959, 1.42343711074968357734)
_MIDDLE_DEN = (1.05075007164441684324e-9, 5.475938084995344946e-4, 0.0151986665636164571966,
               0.14810397642748007459, 0.68976733498510000455, 1.6763848301838038494,
               2.05319162663775882187, 1.0)
_TAIL_NUM = (2.01033439929228813265e-7, 2.71155556874348757815e-5, 0.0012426609473880784386,
             0.026532189526576123093, 0.29656057182850489123, 1.7848265399172913358,
             5.4637849111641143699, 6.6579046435011037772)
_TAIL_DEN = (2.04426310338993978564e-15, 1.4215117583164458887e-7, 1.8463183175100546818e-5,
             7.868691311456132591e-4, 0.0148753612908506148525, 0.13692988092273580531,
             0.59983220655588793769, 1.0)


class NormalDist:
    """A normal distribution of a random variable, with mean mu and standard deviation sigma."""

    __slots__ = {"_mu": "Arithmetic mean of a normal distribution",
                 "_sigma": "Standard deviation of a normal distribution"}

    def __init__(self, mu=0.0, sigma=1.0):
        if sigma < 0.0:
            raise StatisticsError("sigma must be non-negative")
        self._mu = float(mu)
        self._sigma = float(sigma)

    @classmethod
    def from_samples(cls, data):
        """The normal distribution with the mean and sample standard deviation of data."""
        kind, ss, xbar, n = _exact_squares(data)
        if n < 2:
            raise StatisticsError("stdev requires at least two data points")
        return cls(float(xbar), _root(Fraction(ss) / (n - 1) if isinstance(ss, (int, Fraction)) else ss / (n - 1)))

    def samples(self, n, *, seed=None):
        """n random samples (Jyco's random numbers: not CPython's sequence for a seed)."""
        gauss = random.gauss if seed is None else random.Random(seed).gauss
        mu, sigma = self._mu, self._sigma
        return [gauss(mu, sigma) for _ in range(n)]

    def pdf(self, x):
        """The probability density at x."""
        var = self._sigma * self._sigma
        if not var:
            raise StatisticsError("pdf() not defined when sigma is zero")
        diff = x - self._mu
        return exp(diff * diff / (-2.0 * var)) / sqrt(tau * var)

    def cdf(self, x):
        """The probability that the variable is at most x."""
        if not self._sigma:
            raise StatisticsError("cdf() not defined when sigma is zero")
        return 0.5 * (1.0 + erf((x - self._mu) / (self._sigma * sqrt(2.0))))

    def inv_cdf(self, p):
        """The x with cdf(x) == p, for 0 < p < 1."""
        if p <= 0.0 or p >= 1.0:
            raise StatisticsError("p must be in the range 0.0 < p < 1.0")
        if self._sigma <= 0.0:
            raise StatisticsError("cdf() not defined when sigma at or below zero")
        return _normal_quantile(p, self._mu, self._sigma)

    def quantiles(self, n=4):
        """n - 1 cut points dividing the distribution into n intervals of equal probability."""
        return [self.inv_cdf(i / n) for i in range(1, n)]

    def overlap(self, other):
        """The overlapping coefficient of two normal distributions (between 0.0 and 1.0)."""
        if not isinstance(other, NormalDist):
            raise TypeError("Expected another NormalDist instance")
        x, y = self, other
        if (y._sigma, y._mu) < (x._sigma, x._mu):
            x, y = y, x
        xvar, yvar = x.variance, y.variance
        if not xvar or not yvar:
            raise StatisticsError("overlap() not defined when sigma is zero")
        dv = yvar - xvar
        dm = fabs(y._mu - x._mu)
        if not dv:
            return 1.0 - erf(dm / (2.0 * x._sigma * sqrt(2.0)))
        a = x._mu * yvar - y._mu * xvar
        b = x._sigma * y._sigma * sqrt(dm * dm + dv * log(yvar / xvar))
        x1 = (a + b) / dv
        x2 = (a - b) / dv
        return 1.0 - (fabs(y.cdf(x1) - x.cdf(x1)) + fabs(y.cdf(x2) - x.cdf(x2)))

    def zscore(self, x):
        """How many standard deviations x is above the mean."""
        if not self._sigma:
            raise StatisticsError("zscore() not defined when sigma is zero")
        return (x - self._mu) / self._sigma

    @property
    def mean(self):
        return self._mu

    @property
    def median(self):
        return self._mu

    @property
    def mode(self):
        return self._mu

    @property
    def stdev(self):
        return self._sigma

    @property
    def variance(self):
        return self._sigma * self._sigma

    def __add__(x1, x2):
        if isinstance(x2, NormalDist):
            return NormalDist(x1._mu + x2._mu, hypot(x1._sigma, x2._sigma))
        return NormalDist(x1._mu + x2, x1._sigma)

    def __sub__(x1, x2):
        if isinstance(x2, NormalDist):
            return NormalDist(x1._mu - x2._mu, hypot(x1._sigma, x2._sigma))
        return NormalDist(x1._mu - x2, x1._sigma)

    def __mul__(x1, x2):
        return NormalDist(x1._mu * x2, x1._sigma * fabs(x2))

    def __truediv__(x1, x2):
        return NormalDist(x1._mu / x2, x1._sigma / fabs(x2))

    def __pos__(x1):
        return NormalDist(x1._mu, x1._sigma)

    def __neg__(x1):
        return NormalDist(-x1._mu, x1._sigma)

    __radd__ = __add__

    def __rsub__(x1, x2):
        return -(x1 - x2)

    __rmul__ = __mul__

    def __eq__(x1, x2):
        if not isinstance(x2, NormalDist):
            return NotImplemented
        return x1._mu == x2._mu and x1._sigma == x2._sigma

    def __hash__(self):
        return hash((self._mu, self._sigma))

    def __repr__(self):
        return f"{type(self).__name__}(mu={self._mu!r}, sigma={self._sigma!r})"

    def __getstate__(self):
        return self._mu, self._sigma

    def __setstate__(self, state):
        self._mu, self._sigma = state
