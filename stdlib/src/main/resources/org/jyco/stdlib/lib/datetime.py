"""Dates, times, durations and fixed-offset time zones (Jyco's standard library, written for Jyco).

Proleptic Gregorian calendar, microsecond resolution; behaviour and messages follow CPython 3.11.
"""

import time as _time
import re as _re
from operator import index as _index

__all__ = ("date", "datetime", "time", "timedelta", "timezone", "tzinfo", "MINYEAR", "MAXYEAR", "UTC")

MINYEAR = 1
MAXYEAR = 9999

_US_PER_SECOND = 1000000
_US_PER_DAY = 86400 * _US_PER_SECOND
_MAX_ORDINAL = 3652059  # date(9999, 12, 31).toordinal()

_MONTH_LENGTHS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DAYS_BEFORE_MONTH = [0, 0]
for _m in range(2, 13):
    _DAYS_BEFORE_MONTH.append(_DAYS_BEFORE_MONTH[-1] + _MONTH_LENGTHS[_m - 1])
del _m

_DAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTH_NAMES = ("", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


# ---------------------------------------------------------------- calendar arithmetic

def _leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _month_days(y, m):
    if m == 2 and _leap(y):
        return 29
    return _MONTH_LENGTHS[m]


def _days_before_year(y):
    p = y - 1
    return p * 365 + p // 4 - p // 100 + p // 400


def _to_ordinal(y, m, d):
    """Day number, 0001-01-01 being day 1."""
    days = _days_before_year(y) + _DAYS_BEFORE_MONTH[m] + d
    if m > 2 and _leap(y):
        days += 1
    return days


def _from_ordinal(n):
    """(year, month, day) of day number n."""
    n -= 1
    q400, n = divmod(n, 146097)
    y = q400 * 400 + 1
    q100, n = divmod(n, 36524)
    q4, n = divmod(n, 1461)
    q1, n = divmod(n, 365)
    y += q100 * 100 + q4 * 4 + q1
    if q1 == 4 or q100 == 4:
        return y - 1, 12, 31
    leap = q1 == 3 and (q4 != 24 or q100 == 3)
    m = (n + 50) >> 5
    before = _DAYS_BEFORE_MONTH[m] + (1 if m > 2 and leap else 0)
    if before > n:
        m -= 1
        before -= _MONTH_LENGTHS[m] + (1 if m == 2 and leap else 0)
    return y, m, n - before + 1


def _iso_week1_monday(year):
    jan4 = _to_ordinal(year, 1, 4)
    return jan4 - (jan4 + 6) % 7


def _check_date(year, month, day):
    year = _index(year)
    month = _index(month)
    day = _index(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("year %d is out of range" % year)
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= day <= _month_days(year, month):
        raise ValueError("day is out of range for month")
    return year, month, day


def _check_time(hour, minute, second, microsecond, fold):
    hour = _index(hour)
    minute = _index(minute)
    second = _index(second)
    microsecond = _index(microsecond)
    if not 0 <= hour <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= minute <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= second <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= microsecond <= 999999:
        raise ValueError("microsecond must be in 0..999999")
    if fold not in (0, 1):
        raise ValueError("fold must be either 0 or 1")
    return hour, minute, second, microsecond, fold


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'" % type(tz).__name__)


def _type_name(obj):
    """The name CPython shows for obj's type: 'datetime.X' for the module's own classes."""
    t = type(obj)
    if t.__module__ == "datetime":
        return "datetime." + t.__name__
    return t.__name__


def _round_half_even(num, den):
    """num / den rounded to the nearest integer, ties to even (den > 0)."""
    q, r = divmod(num, den)
    twice = 2 * r
    if twice > den or (twice == den and q % 2 == 1):
        q += 1
    return q


def _ratio(x):
    """An int or float as an exact (numerator, denominator) pair."""
    if isinstance(x, int):
        return x, 1
    return x.as_integer_ratio()


def _cmp(a, b):
    return 0 if a == b else (1 if a > b else -1)


def _check_offset(name, offset):
    """Validates what utcoffset()/dst() returned."""
    if offset is None:
        return None
    if not isinstance(offset, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'" % (name, type(offset).__name__))
    if not -timedelta(1) < offset < timedelta(1):
        raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) and "
                         "timedelta(hours=24).")
    return offset


def _format_offset(off, sep=":"):
    """'+HH:MM[:SS[.ffffff]]' for a timedelta, '' for None."""
    if off is None:
        return ""
    sign = "+"
    if off.days < 0:
        sign = "-"
        off = -off
    mm, ss = divmod(off.seconds, 60)
    hh, mm = divmod(mm, 60)
    s = "%s%02d%s%02d" % (sign, hh, sep, mm)
    if ss or off.microseconds:
        s += "%s%02d" % (sep, ss)
        if off.microseconds:
            s += ".%06d" % off.microseconds
    return s


def _format_time(h, m, s, us, timespec):
    if timespec == "auto":
        timespec = "microseconds" if us else "seconds"
    if timespec == "hours":
        return "%02d" % h
    if timespec == "minutes":
        return "%02d:%02d" % (h, m)
    if timespec == "seconds":
        return "%02d:%02d:%02d" % (h, m, s)
    if timespec == "milliseconds":
        return "%02d:%02d:%02d.%03d" % (h, m, s, us // 1000)
    if timespec == "microseconds":
        return "%02d:%02d:%02d.%06d" % (h, m, s, us)
    raise ValueError("Unknown timespec value")


def _strftime(obj, fmt, timetuple, microsecond, offset, zone):
    """strftime with Python's own %f, %z and %Z; the rest goes to time.strftime."""
    if not isinstance(fmt, str):
        raise TypeError("strftime() argument 1 must be str, not %s" % type(fmt).__name__)
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c == "%" and i + 1 < n:
            d = fmt[i + 1]
            if d == "f":
                out.append("%06d" % microsecond)
            elif d == "z":
                out.append(_format_offset(offset, ""))
            elif d == "Z":
                out.append((zone or "").replace("%", "%%"))
            else:
                out.append(c + d)
            i += 2
        else:
            out.append(c)
            i += 1
    return _time.strftime("".join(out), timetuple)


def _build_struct_time(y, m, d, hh, mm, ss, dst):
    wday = (_to_ordinal(y, m, d) + 6) % 7
    yday = _to_ordinal(y, m, d) - _to_ordinal(y, 1, 1) + 1
    return _time.struct_time((y, m, d, hh, mm, ss, wday, yday, dst))


# ---------------------------------------------------------------- timedelta

class timedelta:
    """A duration: days, seconds (0..86399) and microseconds (0..999999)."""

    __slots__ = ("_days", "_seconds", "_microseconds", "_hashcode")

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0):
        num, den = 0, 1
        for value, scale, what in ((days, _US_PER_DAY, "days"), (seconds, _US_PER_SECOND, "seconds"),
                                   (microseconds, 1, "microseconds"), (milliseconds, 1000, "milliseconds"),
                                   (minutes, 60 * _US_PER_SECOND, "minutes"), (hours, 3600 * _US_PER_SECOND, "hours"),
                                   (weeks, 7 * _US_PER_DAY, "weeks")):
            if isinstance(value, int):
                num += value * scale * den
            elif isinstance(value, float):
                a, b = value.as_integer_ratio()
                num = num * b + a * scale * den
                den *= b
            else:
                raise TypeError("unsupported type for timedelta %s component: %s" % (what, type(value).__name__))
        return cls._from_us(_round_half_even(num, den))

    @classmethod
    def _from_us(cls, us):
        days, rest = divmod(us, _US_PER_DAY)
        if not -999999999 <= days <= 999999999:
            raise OverflowError("days=%d; must have magnitude <= 999999999" % days)
        self = object.__new__(cls)
        self._days = days
        self._seconds, self._microseconds = divmod(rest, _US_PER_SECOND)
        self._hashcode = -1
        return self

    @property
    def days(self):
        return self._days

    @property
    def seconds(self):
        return self._seconds

    @property
    def microseconds(self):
        return self._microseconds

    def _us(self):
        return (self._days * 86400 + self._seconds) * _US_PER_SECOND + self._microseconds

    def total_seconds(self):
        return self._us() / _US_PER_SECOND

    def __repr__(self):
        args = []
        if self._days:
            args.append("days=%d" % self._days)
        if self._seconds:
            args.append("seconds=%d" % self._seconds)
        if self._microseconds:
            args.append("microseconds=%d" % self._microseconds)
        if not args:
            args.append("0")
        return "%s(%s)" % (_type_name(self), ", ".join(args))

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = "%d:%02d:%02d" % (hh, mm, ss)
        if self._days:
            s = "%d day%s, %s" % (self._days, "" if abs(self._days) == 1 else "s", s)
        if self._microseconds:
            s += ".%06d" % self._microseconds
        return s

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._us() + other._us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._us() - other._us())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(other._us() - self._us())
        return NotImplemented

    def __neg__(self):
        return timedelta._from_us(-self._us())

    def __pos__(self):
        return timedelta._from_us(self._us())

    def __abs__(self):
        return -self if self._days < 0 else +self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta._from_us(self._us() * other)
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            return timedelta._from_us(_round_half_even(self._us() * a, b))
        return NotImplemented

    __rmul__ = __mul__

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._us() / other._us()
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            a, b = other, 1
        elif isinstance(other, float):
            a, b = other.as_integer_ratio()
            if a == 0:
                raise ZeroDivisionError("division by zero")
        else:
            return NotImplemented
        num, den = self._us() * b, a
        if den < 0:
            num, den = -num, -den
        return timedelta._from_us(_round_half_even(num, den))

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            if other._us() == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return self._us() // other._us()
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return timedelta._from_us(self._us() // other)
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            if other._us() == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return timedelta._from_us(self._us() % other._us())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            if other._us() == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            q, r = divmod(self._us(), other._us())
            return q, timedelta._from_us(r)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._us() == other._us()
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timedelta):
            return self._us() != other._us()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._us() < other._us()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._us() <= other._us()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._us() > other._us()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._us() >= other._us()
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash((self._days, self._seconds, self._microseconds))
        return self._hashcode

    def __bool__(self):
        return bool(self._days or self._seconds or self._microseconds)

    def __reduce__(self):
        return type(self), (self._days, self._seconds, self._microseconds)


timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59, microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


# ---------------------------------------------------------------- tzinfo

class tzinfo:
    """Abstract base class for time zone information objects."""

    __slots__ = ()

    def tzname(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement tzname()")

    def utcoffset(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement utcoffset()")

    def dst(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement dst()")

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc() requires a datetime argument")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        off = dt.utcoffset()
        if off is None:
            raise ValueError("fromutc: non-None utcoffset() result required")
        dst = dt.dst()
        if dst is None:
            raise ValueError("fromutc: non-None dst() result required")
        dt = dt + (off - dst)
        dst = dt.dst()
        if dst is None:
            raise ValueError("fromutc: tz.dst() gave inconsistent results; cannot convert")
        return dt + dst

    def __reduce__(self):
        getinitargs = getattr(self, "__getinitargs__", None)
        args = getinitargs() if getinitargs else ()
        return type(self), args, getattr(self, "__dict__", None) or None


class IsoCalendarDate(tuple):
    """(year, week, weekday) of the ISO calendar, as date.isocalendar() returns it."""

    def __new__(cls, year, week, weekday):
        return super().__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __reduce__(self):
        return tuple, (tuple(self),)

    def __repr__(self):
        return "%s(year=%d, week=%d, weekday=%d)" % (_type_name(self), self[0], self[1], self[2])


# ---------------------------------------------------------------- ISO 8601 parsing

def _parse_iso_date(s):
    """(y, m, d) from YYYY-MM-DD, YYYYMMDD, YYYY-Www[-D] or YYYYWww[D]; ValueError otherwise."""
    if len(s) < 7 or not s[:4].isdigit():
        raise ValueError
    year = int(s[:4])
    rest = s[4:]
    dash = rest.startswith("-")
    if dash:
        rest = rest[1:]
    if rest[:1] == "W":
        rest = rest[1:]
        if len(rest) < 2 or not rest[:2].isdigit():
            raise ValueError
        week = int(rest[:2])
        rest = rest[2:]
        day = 1
        if rest:
            if dash:
                if rest[0] != "-":
                    raise ValueError
                rest = rest[1:]
            if len(rest) != 1 or not rest.isdigit():
                raise ValueError
            day = int(rest)
        return date.fromisocalendar(year, week, day).timetuple()[:3]
    if dash:
        if len(rest) != 5 or rest[2] != "-":
            raise ValueError
        mm, dd = rest[:2], rest[3:]
    else:
        if len(rest) != 4:
            raise ValueError
        mm, dd = rest[:2], rest[2:]
    if not (mm.isdigit() and dd.isdigit()):
        raise ValueError
    return year, int(mm), int(dd)


def _parse_iso_time_part(s):
    """(h, m, s, us) from HH[:MM[:SS[.fff...]]] or HH[MM[SS[.fff...]]]."""
    frac = None
    for sep in (".", ","):
        if sep in s:
            s, frac = s.split(sep, 1)
            break
    if not s.isdigit() and ":" not in s:
        raise ValueError
    if ":" in s:
        pieces = s.split(":")
    else:
        if len(s) % 2:
            raise ValueError
        pieces = [s[i:i + 2] for i in range(0, len(s), 2)]
    if not 1 <= len(pieces) <= 3 or any(len(p) != 2 or not p.isdigit() for p in pieces):
        raise ValueError
    nums = [int(p) for p in pieces] + [0] * (3 - len(pieces))
    us = 0
    if frac is not None:
        if len(pieces) != 3 or not frac or not frac.isdigit():
            raise ValueError
        us = int((frac + "00000")[:6])
    return nums[0], nums[1], nums[2], us


def _parse_iso_time(s):
    """(h, m, s, us, offset timedelta or None) of an ISO time with an optional offset."""
    tz = None
    cut = -1
    for i, c in enumerate(s):
        if c in "+-Zz":
            cut = i
            break
    if cut >= 0:
        zone = s[cut:]
        s = s[:cut]
        if zone in ("Z", "z"):
            tz = timedelta(0)
        else:
            sign = -1 if zone[0] == "-" else 1
            h, m, sec, us = _parse_iso_time_part(zone[1:])
            off = timedelta(hours=h, minutes=m, seconds=sec, microseconds=us)
            tz = sign * off
    h, m, sec, us = _parse_iso_time_part(s)
    return h, m, sec, us, tz


def _offset_zone(off):
    if off is None:
        return None
    return timezone.utc if not off else timezone(off)


def _bad_iso(s):
    return ValueError("Invalid isoformat string: %r" % (s,))


# ---------------------------------------------------------------- strptime

_STRPTIME_PATTERNS = {
    "d": r"3[01]|[12]\d|0[1-9]|[1-9]| [1-9]",
    "f": r"[0-9]{1,6}",
    "H": r"2[0-3]|[0-1]\d|\d",
    "I": r"1[0-2]|0[1-9]|[1-9]",
    "j": r"36[0-6]|3[0-5]\d|[12]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9]",
    "m": r"1[0-2]|0[1-9]|[1-9]",
    "M": r"[0-5]\d|\d",
    "S": r"6[0-1]|[0-5]\d|\d",
    "w": r"[0-6]",
    "u": r"[1-7]",
    "y": r"\d\d",
    "Y": r"\d\d\d\d",
    "z": r"[+-]\d\d:?[0-5]\d(?::?[0-5]\d(?:\.\d{1,6})?)?|(?-i:Z)",
    "p": r"am|pm",
    "A": r"monday|tuesday|wednesday|thursday|friday|saturday|sunday",
    "a": r"mon|tue|wed|thu|fri|sat|sun",
    "B": r"january|february|march|april|may|june|july|august|september|october|november|december",
    "b": r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec",
    "Z": r"utc|gmt",
}
_STRPTIME_COMPOSITES = {"c": "%a %b %d %H:%M:%S %Y", "x": "%m/%d/%y", "X": "%H:%M:%S"}
_FULL_MONTHS = _STRPTIME_PATTERNS["B"].split("|")
_FULL_DAYS = _STRPTIME_PATTERNS["A"].split("|")


def _strptime_regex(fmt, whole, seen):
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c == "%":
            if i + 1 >= n:
                raise ValueError("stray %% in format '%s'" % whole)
            d = fmt[i + 1]
            i += 2
            if d == "%":
                out.append("%")
            elif d in _STRPTIME_COMPOSITES:
                out.append(_strptime_regex(_STRPTIME_COMPOSITES[d], whole, seen))
            elif d in _STRPTIME_PATTERNS:
                if d in seen:
                    out.append("(?P=%s)" % seen[d])
                else:
                    name = "g%d_%s" % (len(seen), "U" + d if d.isupper() else d)
                    seen[d] = name
                    out.append("(?P<%s>%s)" % (name, _STRPTIME_PATTERNS[d]))
            else:
                raise ValueError("'%s' is a bad directive in format '%s'" % (d, whole))
        elif c.isspace():
            while i < n and fmt[i].isspace():
                i += 1
            out.append(r"\s+")
        else:
            out.append(_re.escape(c))
            i += 1
    return "".join(out)


def _strptime(cls, string, fmt):
    for what, v in (("0", string), ("1", fmt)):
        if not isinstance(v, str):
            raise TypeError("strptime() argument %s must be str, not %s" % (what, type(v).__name__))
    seen = {}
    m = _re.compile(_strptime_regex(fmt, fmt, seen), _re.IGNORECASE).match(string)
    if m is None:
        raise ValueError("time data %r does not match format %r" % (string, fmt))
    if m.end() != len(string):
        raise ValueError("unconverted data remains: %s" % string[m.end():])
    found = {d: m.group(name) for d, name in seen.items()}
    year, month, day = 1900, 1, 1
    hour = minute = second = us = 0
    tz = None
    jday = None
    if "Y" in found:
        year = int(found["Y"])
    elif "y" in found:
        y = int(found["y"])
        year = y + 2000 if y <= 68 else y + 1900
    if "m" in found:
        month = int(found["m"])
    elif "B" in found:
        month = _FULL_MONTHS.index(found["B"].lower()) + 1
    elif "b" in found:
        month = [n[:3] for n in _FULL_MONTHS].index(found["b"].lower()) + 1
    if "d" in found:
        day = int(found["d"].strip())
    if "H" in found:
        hour = int(found["H"])
    elif "I" in found:
        hour = int(found["I"]) % 12
        if found.get("p", "am").lower() == "pm":
            hour += 12
    if "M" in found:
        minute = int(found["M"])
    if "S" in found:
        second = min(int(found["S"]), 59)
    if "f" in found:
        us = int((found["f"] + "00000")[:6])
    if "j" in found:
        jday = int(found["j"])
    if "z" in found:
        z = found["z"]
        if z in ("Z", "z"):
            tz = timezone.utc
        else:
            body = z[1:].replace(":", "")
            frac = 0
            if "." in body:
                body, f = body.split(".")
                frac = int((f + "00000")[:6])
            h, mi = int(body[:2]), int(body[2:4])
            s = int(body[4:6]) if len(body) >= 6 else 0
            off = timedelta(hours=h, minutes=mi, seconds=s, microseconds=frac)
            if z[0] == "-":
                off = -off
            tz = timezone(off)
    if jday is not None:
        year, month, day = _from_ordinal(_to_ordinal(year, 1, 1) + jday - 1)
    elif "d" in found and not 1 <= day <= _month_days(year, month):
        raise ValueError("day is out of range for month")
    return cls(year, month, day, hour, minute, second, us, tz)


# ---------------------------------------------------------------- date

class date:
    """A date of the proleptic Gregorian calendar: year, month and day."""

    __slots__ = ("_year", "_month", "_day", "_hashcode")

    def __new__(cls, year, month=None, day=None):
        self = object.__new__(cls)
        self._year, self._month, self._day = _check_date(year, month, day)
        self._hashcode = -1
        return self

    @classmethod
    def fromtimestamp(cls, t):
        y, m, d = _time.localtime(t)[:3]
        return cls(y, m, d)

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        n = _index(n)
        if not 1 <= n <= _MAX_ORDINAL:
            raise ValueError("ordinal must be >= 1")
        return cls(*_from_ordinal(n))

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError("fromisoformat: argument must be str")
        try:
            ymd = _parse_iso_date(s)
        except (ValueError, IndexError):
            raise _bad_iso(s) from None
        return cls(*ymd)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        if not MINYEAR <= year <= MAXYEAR:
            raise ValueError("Year is out of range: %d" % year)
        if not 0 < week < 53:
            last = _iso_week1_monday(year + 1) - _iso_week1_monday(year) if year < MAXYEAR else 364
            if week != 53 or last != 371:
                raise ValueError("Invalid week: %d" % week)
        if not 0 < day < 8:
            raise ValueError("Invalid day: %d (range is [1, 7])" % day)
        return cls(*_from_ordinal(_iso_week1_monday(year) + (week - 1) * 7 + day - 1))

    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    def __repr__(self):
        return "%s(%d, %d, %d)" % (_type_name(self), self._year, self._month, self._day)

    def isoformat(self):
        return "%04d-%02d-%02d" % (self._year, self._month, self._day)

    __str__ = isoformat

    def ctime(self):
        return "%s %s %2d 00:00:00 %04d" % (_DAY_NAMES[self.weekday()], _MONTH_NAMES[self._month], self._day,
                                            self._year)

    def strftime(self, fmt):
        return _strftime(self, fmt, self.timetuple(), 0, None, "")

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("must be str, not %s" % type(fmt).__name__)
        return self.strftime(fmt) if fmt else str(self)

    def timetuple(self):
        return _build_struct_time(self._year, self._month, self._day, 0, 0, 0, -1)

    def toordinal(self):
        return _to_ordinal(self._year, self._month, self._day)

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        year = self._year
        n = self.toordinal()
        week1 = _iso_week1_monday(year)
        if n < week1:
            year -= 1
            week1 = _iso_week1_monday(year)
        elif year < MAXYEAR and n >= _iso_week1_monday(year + 1):
            year += 1
            week1 = _iso_week1_monday(year)
        week, day = divmod(n - week1, 7)
        return IsoCalendarDate(year, week + 1, day + 1)

    def replace(self, year=None, month=None, day=None):
        return type(self)(self._year if year is None else year, self._month if month is None else month,
                          self._day if day is None else day)

    def _key(self):
        return self._year, self._month, self._day

    def _comparable(self, other):
        return isinstance(other, date) and not isinstance(other, datetime) and not isinstance(self, datetime)

    def __eq__(self, other):
        if self._comparable(other):
            return self._key() == other._key()
        return NotImplemented

    def __ne__(self, other):
        if self._comparable(other):
            return self._key() != other._key()
        return NotImplemented

    def __lt__(self, other):
        if self._comparable(other):
            return self._key() < other._key()
        return NotImplemented

    def __le__(self, other):
        if self._comparable(other):
            return self._key() <= other._key()
        return NotImplemented

    def __gt__(self, other):
        if self._comparable(other):
            return self._key() > other._key()
        return NotImplemented

    def __ge__(self, other):
        if self._comparable(other):
            return self._key() >= other._key()
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._key())
        return self._hashcode

    def __add__(self, other):
        if isinstance(other, timedelta):
            n = self.toordinal() + other.days
            if not 1 <= n <= _MAX_ORDINAL:
                raise OverflowError("date value out of range")
            return type(self)(*_from_ordinal(n))
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    def __reduce__(self):
        return type(self), (self._year, self._month, self._day)


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


# ---------------------------------------------------------------- timezone

class timezone(tzinfo):
    """A fixed offset from UTC, with an optional name."""

    __slots__ = ("_offset", "_name")

    def __new__(cls, offset, name=None):
        if not isinstance(offset, timedelta):
            raise TypeError("timezone() argument 1 must be datetime.timedelta, not %s" % type(offset).__name__)
        if name is not None and not isinstance(name, str):
            raise TypeError("timezone() argument 2 must be str, not %s" % type(name).__name__)
        if name is None and not offset and cls is timezone and "utc" in cls.__dict__:
            return cls.utc
        if not -timedelta(1) < offset < timedelta(1):
            raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) and "
                             "timedelta(hours=24), not %r." % (offset,))
        self = object.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def __getinitargs__(self):
        return (self._offset,) if self._name is None else (self._offset, self._name)

    def __reduce__(self):
        return type(self), self.__getinitargs__()

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is timezone.utc:
            return "datetime.timezone.utc"
        if self._name is None:
            return "%s(%r)" % (_type_name(self), self._offset)
        return "%s(%r, %r)" % (_type_name(self), self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def _check_arg(self, dt, what):
        if dt is not None and not isinstance(dt, datetime):
            raise TypeError("%s(dt) argument must be a datetime instance or None, not %s"
                            % (what, type(dt).__name__))

    def utcoffset(self, dt):
        self._check_arg(dt, "utcoffset")
        return self._offset

    def dst(self, dt):
        self._check_arg(dt, "dst")
        return None

    def tzname(self, dt):
        self._check_arg(dt, "tzname")
        if self._name is not None:
            return self._name
        if not self._offset:
            return "UTC"
        return "UTC" + _format_offset(self._offset)

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc() argument must be a datetime instance or None")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        return dt + self._offset


timezone.utc = timezone(timedelta(0))
timezone.min = timezone(-timedelta(hours=23, minutes=59))
timezone.max = timezone(timedelta(hours=23, minutes=59))
UTC = timezone.utc


# ---------------------------------------------------------------- time

class time:
    """A time of day: hour, minute, second, microsecond, an optional tzinfo and fold."""

    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_fold", "_hashcode")

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        self = object.__new__(cls)
        self._hour, self._minute, self._second, self._microsecond, self._fold = \
            _check_time(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self._tzinfo = tzinfo
        self._hashcode = -1
        return self

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError("fromisoformat: argument must be str")
        try:
            t = s[1:] if s[:1] in ("T", "t") else s
            h, m, sec, us, tz = _parse_iso_time(t)
        except (ValueError, IndexError):
            raise _bad_iso(s) from None
        return cls(h, m, sec, us, _offset_zone(tz))

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        return _check_offset("utcoffset", self._tzinfo.utcoffset(None))

    def dst(self):
        if self._tzinfo is None:
            return None
        return _check_offset("dst", self._tzinfo.dst(None))

    def tzname(self):
        if self._tzinfo is None:
            return None
        name = self._tzinfo.tzname(None)
        if name is not None and not isinstance(name, str):
            raise TypeError("tzinfo.tzname() must return None or a string, not '%s'" % type(name).__name__)
        return name

    def __repr__(self):
        s = "%d, %d" % (self._hour, self._minute)
        if self._second or self._microsecond:
            s += ", %d" % self._second
        if self._microsecond:
            s += ", %d" % self._microsecond
        if self._tzinfo is not None:
            s += ", tzinfo=%r" % (self._tzinfo,)
        if self._fold:
            s += ", fold=1"
        return "%s(%s)" % (_type_name(self), s)

    def isoformat(self, timespec="auto"):
        return _format_time(self._hour, self._minute, self._second, self._microsecond, timespec) + \
            _format_offset(self.utcoffset())

    def __str__(self):
        return self.isoformat()

    def strftime(self, fmt):
        tt = _time.struct_time((1900, 1, 1, self._hour, self._minute, self._second, 0, 1, -1))
        return _strftime(self, fmt, tt, self._microsecond, self.utcoffset(), self.tzname())

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("must be str, not %s" % type(fmt).__name__)
        return self.strftime(fmt) if fmt else str(self)

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True, *, fold=None):
        return type(self)(self._hour if hour is None else hour, self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo, fold=self._fold if fold is None else fold)

    def _us_of_day(self):
        return ((self._hour * 60 + self._minute) * 60 + self._second) * _US_PER_SECOND + self._microsecond

    def _compare(self, other, op):
        if not isinstance(other, time):
            return NotImplemented
        if self._tzinfo is other._tzinfo:
            return _cmp(self._us_of_day(), other._us_of_day())
        a, b = self.utcoffset(), other.utcoffset()
        if (a is None) != (b is None):
            if op == "eq":
                return 2
            raise TypeError("can't compare offset-naive and offset-aware times")
        x, y = self._us_of_day(), other._us_of_day()
        if a is not None:
            x -= a._us()
            y -= b._us()
        return _cmp(x, y)

    def __eq__(self, other):
        c = self._compare(other, "eq")
        return c if c is NotImplemented else c == 0

    def __ne__(self, other):
        c = self._compare(other, "eq")
        return c if c is NotImplemented else c != 0

    def __lt__(self, other):
        c = self._compare(other, "lt")
        return c if c is NotImplemented else c < 0

    def __le__(self, other):
        c = self._compare(other, "le")
        return c if c is NotImplemented else c <= 0

    def __gt__(self, other):
        c = self._compare(other, "gt")
        return c if c is NotImplemented else c > 0

    def __ge__(self, other):
        c = self._compare(other, "ge")
        return c if c is NotImplemented else c >= 0

    def __hash__(self):
        if self._hashcode == -1:
            off = self.utcoffset()
            us = self._us_of_day()
            if off is not None:
                us -= off._us()
            self._hashcode = hash(us)
        return self._hashcode

    def __bool__(self):
        return True

    def __reduce__(self):
        args = (self._hour, self._minute, self._second, self._microsecond)
        if self._tzinfo is not None:
            args += (self._tzinfo,)
        return type(self), args


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


# ---------------------------------------------------------------- datetime

class datetime(date):
    """A date and a time of day, with an optional tzinfo."""

    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_fold")

    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *,
                fold=0):
        self = object.__new__(cls)
        self._year, self._month, self._day = _check_date(year, month, day)
        self._hour, self._minute, self._second, self._microsecond, self._fold = \
            _check_time(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self._tzinfo = tzinfo
        self._hashcode = -1
        return self

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    # ------------------------------------------------ constructors

    @classmethod
    def _from_us(cls, us, tz):
        """The datetime us microseconds after 0001-01-01 00:00 (naive arithmetic)."""
        days, rest = divmod(us, _US_PER_DAY)
        if not 0 <= days < _MAX_ORDINAL:
            raise OverflowError("date value out of range")
        y, m, d = _from_ordinal(days + 1)
        secs, micro = divmod(rest, _US_PER_SECOND)
        mins, s = divmod(secs, 60)
        h, mi = divmod(mins, 60)
        return cls(y, m, d, h, mi, s, micro, tz)

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        _check_tzinfo(tz)
        if isinstance(t, float):
            if t != t:
                raise ValueError("Invalid value NaN (not a number)")
            a, b = t.as_integer_ratio()
            us = _round_half_even(a * _US_PER_SECOND, b)
        else:
            us = _index(t) * _US_PER_SECOND
        secs, micro = divmod(us, _US_PER_SECOND)
        if tz is None:
            tm = _time.localtime(secs)
            return cls(tm[0], tm[1], tm[2], tm[3], tm[4], min(tm[5], 59), micro)
        utc = cls._from_us(us + _EPOCH_US, tz)
        return tz.fromutc(utc)

    @classmethod
    def utcfromtimestamp(cls, t):
        return cls.fromtimestamp(t, timezone.utc).replace(tzinfo=None)

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        if not isinstance(date, globals()["date"]):
            raise TypeError("combine() argument 1 must be datetime.date, not %s" % type(date).__name__)
        if not isinstance(time, globals()["time"]):
            raise TypeError("combine() argument 2 must be datetime.time, not %s" % type(time).__name__)
        if tzinfo is True:
            tzinfo = time.tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute, time.second, time.microsecond, tzinfo,
                   fold=time.fold)

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError("fromisoformat: argument must be str")
        try:
            cut = len(s)
            if len(s) > 10 and s[4:5] == "-" and s[5:6] != "W":
                cut = 10
            elif len(s) > 8 and s[4:5] != "-" and s[4:5] != "W":
                cut = 8
            elif "W" in s[4:6]:
                # week dates: YYYY-Www-D (10) or YYYYWwwD (8)
                cut = 10 if s[4:5] == "-" else 8
            y, m, d = _parse_iso_date(s[:cut])
            rest = s[cut:]
            h = mi = sec = us = 0
            tz = None
            if rest:
                if len(rest) < 2:
                    raise ValueError
                h, mi, sec, us, tz = _parse_iso_time(rest[1:])
        except (ValueError, IndexError):
            raise _bad_iso(s) from None
        return cls(y, m, d, h, mi, sec, us, _offset_zone(tz))

    @classmethod
    def strptime(cls, date_string, format):
        return _strptime(cls, date_string, format)

    # ------------------------------------------------ parts and conversions

    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return time(self._hour, self._minute, self._second, self._microsecond, fold=self._fold)

    def timetz(self):
        return time(self._hour, self._minute, self._second, self._microsecond, self._tzinfo, fold=self._fold)

    def _naive_us(self):
        """Microseconds since 0001-01-01 00:00, ignoring the tzinfo."""
        return (self.toordinal() - 1) * _US_PER_DAY + ((self._hour * 60 + self._minute) * 60 + self._second) \
            * _US_PER_SECOND + self._microsecond

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        return _check_offset("utcoffset", self._tzinfo.utcoffset(self))

    def dst(self):
        if self._tzinfo is None:
            return None
        return _check_offset("dst", self._tzinfo.dst(self))

    def tzname(self):
        if self._tzinfo is None:
            return None
        name = self._tzinfo.tzname(self)
        if name is not None and not isinstance(name, str):
            raise TypeError("tzinfo.tzname() must return None or a string, not '%s'" % type(name).__name__)
        return name

    def timetuple(self):
        dst = self.dst()
        flag = -1 if dst is None else (1 if dst else 0)
        return _build_struct_time(self._year, self._month, self._day, self._hour, self._minute, self._second, flag)

    def utctimetuple(self):
        off = self.utcoffset()
        dt = self
        if off:
            dt = datetime._from_us(self._naive_us() - off._us(), None)
        return _build_struct_time(dt._year, dt._month, dt._day, dt._hour, dt._minute, dt._second, 0)

    def timestamp(self):
        off = self.utcoffset()
        if off is None:
            tt = (self._year, self._month, self._day, self._hour, self._minute, self._second, 0, 0, -1)
            return _time.mktime(tt) + self._microsecond / _US_PER_SECOND
        return (self._naive_us() - off._us() - _EPOCH_US) / _US_PER_SECOND

    def astimezone(self, tz=None):
        if tz is None:
            ts = self.timestamp()
            secs = int(ts // 1)
            tm = _time.localtime(secs)
            tz = timezone(timedelta(seconds=tm.tm_gmtoff), tm.tm_zone)
        elif not isinstance(tz, tzinfo):
            raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'" % type(tz).__name__)
        if self._tzinfo is tz:
            return self
        off = self.utcoffset()
        if off is None:
            # a naive datetime is taken as local time
            local = self.astimezone(None) if tz is not None else self
            off = local.utcoffset()
        utc = datetime._from_us(self._naive_us() - off._us(), tz)
        if type(self) is not datetime:
            utc = type(self)(utc._year, utc._month, utc._day, utc._hour, utc._minute, utc._second,
                             utc._microsecond, tz)
        return tz.fromutc(utc)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None, microsecond=None,
                tzinfo=True, *, fold=None):
        return type(self)(self._year if year is None else year, self._month if month is None else month,
                          self._day if day is None else day, self._hour if hour is None else hour,
                          self._minute if minute is None else minute, self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo, fold=self._fold if fold is None else fold)

    # ------------------------------------------------ text

    def __repr__(self):
        s = "%d, %d, %d, %d, %d" % (self._year, self._month, self._day, self._hour, self._minute)
        if self._second or self._microsecond:
            s += ", %d" % self._second
        if self._microsecond:
            s += ", %d" % self._microsecond
        if self._tzinfo is not None:
            s += ", tzinfo=%r" % (self._tzinfo,)
        if self._fold:
            s += ", fold=1"
        return "%s(%s)" % (_type_name(self), s)

    def isoformat(self, sep="T", timespec="auto"):
        if not isinstance(sep, str) or len(sep) != 1:
            raise TypeError("isoformat() argument 1 must be a unicode character, not %s" % type(sep).__name__)
        return "%04d-%02d-%02d%s%s%s" % (self._year, self._month, self._day, sep,
                                         _format_time(self._hour, self._minute, self._second, self._microsecond,
                                                      timespec),
                                         _format_offset(self.utcoffset()))

    def __str__(self):
        return self.isoformat(" ")

    def ctime(self):
        return "%s %s %2d %02d:%02d:%02d %04d" % (_DAY_NAMES[self.weekday()], _MONTH_NAMES[self._month], self._day,
                                                  self._hour, self._minute, self._second, self._year)

    def strftime(self, fmt):
        return _strftime(self, fmt, self.timetuple(), self._microsecond, self.utcoffset(), self.tzname())

    # ------------------------------------------------ comparisons and arithmetic

    def _compare(self, other, op):
        if not isinstance(other, datetime):
            if isinstance(other, date) and op != "eq":
                raise TypeError("can't compare %s to %s" % (_type_name(self), _type_name(other)))
            return NotImplemented
        if self._tzinfo is other._tzinfo:
            return _cmp(self._naive_us(), other._naive_us())
        a, b = self.utcoffset(), other.utcoffset()
        if (a is None) != (b is None):
            if op == "eq":
                return 2
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        x, y = self._naive_us(), other._naive_us()
        if a is not None:
            x -= a._us()
            y -= b._us()
        return _cmp(x, y)

    def __eq__(self, other):
        c = self._compare(other, "eq")
        return c if c is NotImplemented else c == 0

    def __ne__(self, other):
        c = self._compare(other, "eq")
        return c if c is NotImplemented else c != 0

    def __lt__(self, other):
        c = self._compare(other, "lt")
        return c if c is NotImplemented else c < 0

    def __le__(self, other):
        c = self._compare(other, "le")
        return c if c is NotImplemented else c <= 0

    def __gt__(self, other):
        c = self._compare(other, "gt")
        return c if c is NotImplemented else c > 0

    def __ge__(self, other):
        c = self._compare(other, "ge")
        return c if c is NotImplemented else c >= 0

    def __hash__(self):
        if self._hashcode == -1:
            off = self.utcoffset()
            us = self._naive_us()
            if off is not None:
                us -= off._us()
            self._hashcode = hash(us)
        return self._hashcode

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        r = datetime._from_us(self._naive_us() + other._us(), self._tzinfo)
        if type(self) is not datetime:
            r = type(self)(r._year, r._month, r._day, r._hour, r._minute, r._second, r._microsecond, r._tzinfo)
        return r

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + -other
        if not isinstance(other, datetime):
            return NotImplemented
        x, y = self._naive_us(), other._naive_us()
        if self._tzinfo is not other._tzinfo:
            a, b = self.utcoffset(), other.utcoffset()
            if (a is None) != (b is None):
                raise TypeError("can't subtract offset-naive and offset-aware datetimes")
            if a is not None:
                x -= a._us()
                y -= b._us()
        return timedelta._from_us(x - y)

    def __reduce__(self):
        args = (self._year, self._month, self._day, self._hour, self._minute, self._second, self._microsecond)
        if self._tzinfo is not None:
            args += (self._tzinfo,)
        return type(self), args


_EPOCH_US = (_to_ordinal(1970, 1, 1) - 1) * _US_PER_DAY

datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)
