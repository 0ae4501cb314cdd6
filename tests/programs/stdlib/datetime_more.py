import datetime
from datetime import date, time, datetime as dt, timedelta, timezone, tzinfo

x = dt(2024, 1, 2, 3, 4, 5)
for v in [x, dt(2024, 1, 2), dt(2024, 1, 2, 3, 4, 5, 6), dt(2024, 1, 2, 0, 0, 0, 7, tzinfo=timezone.utc),
          dt(1999, 12, 31, 23, 59, tzinfo=timezone(timedelta(hours=-5, minutes=-30))), dt.min, dt.max,
          dt(2024, 1, 2, fold=1)]:
    print(repr(v), str(v), v.isoformat(), v.isoformat(' ', 'seconds'), v.isoformat(timespec='milliseconds'))
print(x.year, x.month, x.day, x.hour, x.minute, x.second, x.microsecond, x.tzinfo, x.date(), x.time(), repr(x.timetz()))
print(x.ctime(), x.weekday(), x.isoweekday(), x.isocalendar(), x.toordinal(), x.timetuple())
print(x + timedelta(days=1, hours=22), x - timedelta(hours=4), x - dt(2023, 12, 25), dt(2023, 12, 25) - x, timedelta(1) + x)
print(x.replace(hour=23, microsecond=1), x.replace(tzinfo=timezone.utc), repr(dt.combine(date(2020, 2, 3), time(4, 5))))
print(repr(dt.combine(date(2020, 2, 3), time(4, 5, tzinfo=timezone.utc))), repr(dt.combine(date(2020, 2, 3), time(4, 5), timezone.utc)))
print(x == dt(2024, 1, 2, 3, 4, 5), x < dt(2024, 1, 2, 3, 4, 6), x > dt(2024, 1, 1), hash(x) == hash(dt(2024, 1, 2, 3, 4, 5)))
print(x.strftime('%Y-%m-%d %H:%M:%S.%f %a %A %b %B %c %x %X %j %p %I %y %z|%Z|%%'), format(x, '%H%M'), f'{x:%d/%m}', f'{x}')
print(date(2024, 1, 2) == x, x == date(2024, 1, 2))

# time zones
utc = timezone.utc
est = timezone(timedelta(hours=-5), 'EST')
ist = timezone(timedelta(hours=5, minutes=30))
print(repr(utc), repr(est), repr(ist), str(utc), str(est), str(ist), utc is datetime.UTC, repr(timezone(timedelta(0))))
print(repr(timezone.min), repr(timezone.max), timezone(timedelta(seconds=-1)), timezone(timedelta(seconds=61, microseconds=5)))
print(est.utcoffset(None), est.dst(None), est.tzname(None), utc == timezone(timedelta(0), 'Z'), hash(utc) == hash(timezone(timedelta(0), 'Z')))
a = dt(2024, 6, 1, 12, 0, tzinfo=utc)
b = a.astimezone(est)
c = a.astimezone(ist)
print(repr(b), b, c, b == a, c == b, hash(a) == hash(b) == hash(c), b - c, a.utcoffset(), b.utcoffset(), c.tzname(), b.dst())
print(a.timestamp(), b.timestamp(), dt.fromtimestamp(0, utc), dt.fromtimestamp(1700000000.5, est), dt.fromtimestamp(86400 * 365, ist))
print(dt.utcfromtimestamp(1e9), dt.fromtimestamp(1234567890.123456, utc), dt.fromtimestamp(-1.5, utc))
print(b.utctimetuple(), c.strftime('%z %Z %H:%M'), dt(2024, 1, 1, tzinfo=timezone(timedelta(hours=-3, seconds=-5))).strftime('%z'))
print(dt(2024, 1, 1, 10) > dt(2024, 1, 1, 9), dt(2024, 1, 1, 10, tzinfo=ist) < dt(2024, 1, 1, 5, tzinfo=utc))
print(x == a, x != a)
n = dt.now()
print(type(n).__name__, n.tzinfo, abs(dt.now(utc) - dt.now(timezone.utc)) < timedelta(seconds=5), type(date.today()).__name__)
print(abs(dt.utcnow() - dt.now(utc).replace(tzinfo=None)) < timedelta(seconds=5), abs(dt.fromtimestamp(x.timestamp()) - x) < timedelta(0, 1))

class Fixed(tzinfo):
    def __init__(self, hours, name):
        self.off = timedelta(hours=hours)
        self.name = name
    def utcoffset(self, d):
        return self.off
    def dst(self, d):
        return timedelta(0)
    def tzname(self, d):
        return self.name
    def __repr__(self):
        return 'Fixed(%r)' % self.name
f = Fixed(2, 'CEST')
y = dt(2024, 7, 1, 14, 30, tzinfo=f)
print(repr(y), y, y.utcoffset(), y.tzname(), y.astimezone(utc), a.astimezone(f), y.strftime('%Z %z'), y.timetuple().tm_isdst)

class Bad(tzinfo):
    def utcoffset(self, d):
        return timedelta(hours=25)
for bad in [lambda: x < a, lambda: x - a, lambda: timezone(timedelta(hours=24)), lambda: timezone(5), lambda: dt(2024, 1, 1, tzinfo=Bad()).utcoffset(),
            lambda: tzinfo().utcoffset(None), lambda: dt(2024, 1, 1, 24), lambda: dt.max + timedelta(microseconds=1),
            lambda: x.isoformat(timespec='nanoseconds'), lambda: dt.fromisoformat('2024-01-02T25:00'), lambda: dt.fromisoformat('nope'),
            lambda: dt.fromisoformat(20240102)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)

# fromisoformat
for s in ['2024-01-02', '2024-01-02T03', '2024-01-02T03:04', '2024-01-02 03:04:05', '2024-01-02T03:04:05.123',
          '2024-01-02T03:04:05.1234567', '2024-01-02T03:04:05,5', '20240102T030405', '2024-01-02T03:04Z',
          '2024-01-02T03:04:05+05:30', '2024-01-02T03:04:05-0800', '2024-01-02T03:04:05+01:02:03', '2024-W01-2T10:00',
          '2024-01-02T03:04:05.000001+00:00', '2024-01-02T']:
    try:
        v = dt.fromisoformat(s)
        print(s, repr(v), v.isoformat() == s)
    except ValueError as e:
        print(s, 'ValueError', e)
print(dt.fromisoformat(x.isoformat()) == x, dt.fromisoformat(str(a)) == a)

# strptime
for s, f in [('2024-01-02 03:04:05', '%Y-%m-%d %H:%M:%S'), ('02/01/24', '%d/%m/%y'), ('Jan 5 2023 11:30 PM', '%b %d %Y %I:%M %p'),
             ('Tuesday, 02 January 2024', '%A, %d %B %Y'), ('2024-01-02T03:04:05.123Z', '%Y-%m-%dT%H:%M:%S.%f%z'),
             ('2024-01-02 03:04 +0530', '%Y-%m-%d %H:%M %z'), ('2024-01-02 03:04 -08:00', '%Y-%m-%d %H:%M %z'),
             ('2024 100', '%Y %j'), ('12:00 am', '%I:%M %p'), ('12:30 PM', '%I:%M %p'), ('2024-01-02 UTC', '%Y-%m-%d %Z'),
             ('Tue Jan  2 03:04:05 2024', '%c'), ('100%', '%d%%'), ('2024-01-02 03', '%Y-%m-%d'), ('2024-02-30', '%Y-%m-%d'),
             ('x2024', '%Y'), ('2024', '%Q'), ('  2024-01-02', ' %Y-%m-%d')]:
    try:
        print(repr(dt.strptime(s, f)))
    except ValueError as e:
        print('ValueError', e)
for s in ['2024-13-01', '2024-02-30T00:00', '24:00', '12:60', '2024-01-02T03:04+24:00', '2024-W54-1', '2024-W01-8']:
    for f in (date.fromisoformat, time.fromisoformat, dt.fromisoformat):
        try:
            print(s, repr(f(s)))
        except ValueError as e:
            print(s, 'ValueError', e)
import copy
print(copy.deepcopy(a) == a, copy.copy(x) == x, repr(copy.deepcopy(est)), copy.deepcopy(timedelta(5, 6, 7)), copy.copy(time(1, 2, tzinfo=ist)))
print(dt.fromisoformat('2024-12-30').isocalendar(), date(2024, 12, 30).isocalendar().year, datetime.MINYEAR, datetime.MAXYEAR)
class MyDate(date):
    def hello(self):
        return 'hi %d' % self.year
md = MyDate(2020, 5, 17)
print(repr(md), md.hello(), repr(md + timedelta(3)), type(md.replace(day=1)).__name__, repr(MyDate.fromordinal(5)))
class MyDT(dt):
    pass
print(repr(MyDT(2020, 1, 1, 5)), type(MyDT.fromisoformat('2020-01-01')).__name__, type(MyDT(2020, 1, 1) + timedelta(1)).__name__)
print(sorted({dt(2024, 1, 1, 12, tzinfo=utc), dt(2024, 1, 1, 7, tzinfo=est), dt(2024, 1, 1, 13, tzinfo=utc)}))
