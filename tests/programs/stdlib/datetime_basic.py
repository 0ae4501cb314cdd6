import datetime
from datetime import date, time, datetime as dt, timedelta, timezone, tzinfo

# timedelta
for td in [timedelta(), timedelta(1), timedelta(days=1, hours=2, minutes=3, seconds=4), timedelta(seconds=-1),
           timedelta(microseconds=-1), timedelta(weeks=2, milliseconds=1500), timedelta(hours=1.5),
           timedelta(seconds=0.1), timedelta(days=-2.25), timedelta(minutes=-90), timedelta.max, timedelta.min,
           timedelta.resolution, timedelta(days=3, microseconds=5)]:
    print(repr(td), str(td), td.days, td.seconds, td.microseconds, td.total_seconds(), bool(td))
a, b = timedelta(hours=5), timedelta(minutes=45)
print(a + b, a - b, b - a, -a, +a, abs(-a), a * 3, 3 * a, a * 1.5, a / 4, a / 0.5, a / b, a // b, a % b,
      divmod(a, b), a // 7, a / 7)
print(a == timedelta(seconds=18000), a != b, a < b, a > b, a <= a, a >= b, a == 5, hash(a) == hash(timedelta(seconds=18000)))
print(sorted([a, b, -b, timedelta(0)]))
print(timedelta(microseconds=1) / 3, timedelta(microseconds=2) / 4, timedelta(microseconds=3) / 2, timedelta(seconds=1) * 0.3333)
for bad in [lambda: timedelta(days=10**9), lambda: timedelta("1"), lambda: a // 0, lambda: a / 0,
            lambda: timedelta.max + timedelta(1)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)

# date
d = date(2024, 1, 2)
print(repr(d), str(d), d.year, d.month, d.day, d.weekday(), d.isoweekday(), d.toordinal(), d.isoformat(), d.ctime())
print(repr(d.isocalendar()), d.isocalendar().week, tuple(d.isocalendar()))
for y, m, dd in [(2020, 12, 31), (2021, 1, 1), (2021, 1, 3), (2026, 12, 28), (2015, 12, 31), (2008, 12, 29), (1, 1, 1), (9999, 12, 31)]:
    x = date(y, m, dd)
    print(x, x.isocalendar(), x.toordinal(), date.fromordinal(x.toordinal()) == x, x.weekday())
print(d + timedelta(days=30), d - timedelta(days=2), date(2024, 3, 1) - date(2024, 2, 1), date(2023, 3, 1) - d)
print(d.replace(day=29), d.replace(year=2025, month=2), date.fromordinal(738000), date.min, date.max, date.resolution)
print(date.fromisoformat('2024-02-29'), date.fromisoformat('20240229'), date.fromisoformat('2024-W01-1'), date.fromisocalendar(2020, 53, 7))
print(d == date(2024, 1, 2), d < date(2024, 1, 3), d > date(2023, 12, 31), d != d, hash(d) == hash(date(2024, 1, 2)))
print(d.strftime('%Y/%m/%d %A %a %B %b %j %U %W %w %y %%'), format(d, '%d.%m.%Y'), '{:%Y}'.format(d), f'{d}')
print(d.timetuple())
print({d: 1}[date(2024, 1, 2)], sorted([date(2024, 5, 1), d, date(2023, 1, 1)]))
for bad in [lambda: date(2024, 13, 1), lambda: date(2024, 2, 30), lambda: date(0, 1, 1), lambda: date(10000, 1, 1),
            lambda: date(2024.0, 1, 1), lambda: date('2024', 1, 1), lambda: date.fromisoformat('2024-1-2'),
            lambda: date.max + timedelta(1), lambda: date.min - timedelta(1), lambda: date.fromordinal(0),
            lambda: date.fromisocalendar(2021, 53, 1), lambda: date.fromisocalendar(2021, 5, 8),
            lambda: d < dt(2024, 1, 1), lambda: date(2024, 2, 29).replace(year=2023)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(d == dt(2024, 1, 2), dt(2024, 1, 2) == d)

# time
for t in [time(), time(3, 4), time(3, 4, 5), time(3, 4, 5, 6), time(0, 0, 0, 500), time(23, 59, 59, 999999),
          time(12, 30, tzinfo=timezone.utc), time(1, 2, 3, fold=1)]:
    print(repr(t), str(t), t.isoformat('minutes'), t.isoformat('milliseconds'), t.isoformat('microseconds'), t.isoformat('hours'))
t = time(13, 5, 9, 123)
print(t.hour, t.minute, t.second, t.microsecond, t.tzinfo, t.fold, t.strftime('%H:%M:%S.%f %I %p'), t.replace(hour=1))
print(time.fromisoformat('03:04'), time.fromisoformat('03:04:05.5'), time.fromisoformat('030405'), repr(time.fromisoformat('03:04:05+01:00')))
print(time(1) < time(2), time(1) == time(1, 0), time(1, tzinfo=timezone(timedelta(hours=1))) == time(0, tzinfo=timezone.utc), bool(time()))
print(time.min, time.max, time.resolution)
for bad in [lambda: time(24), lambda: time(1, 60), lambda: time(1, 1, 60), lambda: time(1, 1, 1, 10**6),
            lambda: time(1, fold=2), lambda: time(1) < time(1, tzinfo=timezone.utc), lambda: t.isoformat('x'),
            lambda: time(1, tzinfo=5), lambda: time.fromisoformat('3:04')]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(time(1) == time(1, tzinfo=timezone.utc))
