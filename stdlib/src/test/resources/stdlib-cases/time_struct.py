# time.gmtime / struct_time / strftime / asctime on fixed timestamps (UTC: no time zone dependence).
import time

for t in [0, 1, -1, -1.5, 86399.999, 951782400, 1700000000.9, 1709251199, 2**31, -2**31, 253402300799, 253402300800,
          -62135596800, -62135596801, 4102444800, 1e10, 13e9]:
    st = time.gmtime(t)
    print(t, tuple(st), st.tm_zone, st.tm_gmtoff)
st = time.gmtime(1234567890)
print(st)
print(repr(st), str(st) == repr(st))
print(st.tm_year, st.tm_mon, st.tm_mday, st.tm_hour, st.tm_min, st.tm_sec, st.tm_wday, st.tm_yday, st.tm_isdst)
print(st[0], st[-1], st[2:5], st[::2], len(st), list(st), 2009 in st, 2010 in st)
print(st == (2009, 2, 13, 23, 31, 30, 4, 44, 0), (2009, 2, 13, 23, 31, 30, 4, 44, 0) == st, st != tuple(st))
print(st < time.gmtime(1234567891), st >= time.gmtime(0), hash(st) == hash(tuple(st)))
print(st + (1, 2), (0,) + tuple(st), st.count(0), st.index(13))
y, m, d, *rest = st
print(y, m, d, rest)
print(type(st).__name__, time.struct_time.n_fields, time.struct_time.n_sequence_fields, time.struct_time.n_unnamed_fields)
s2 = time.struct_time((2020, 5, 17, 10, 20, 30, 6, 138, 0))
print(s2, s2.tm_zone, s2.tm_gmtoff)
s3 = time.struct_time((2020, 5, 17, 10, 20, 30, 6, 138, 0, 'XYZ', 3600))
print(s3.tm_zone, s3.tm_gmtoff, len(s3))
for bad in [(1, 2, 3), tuple(range(12))]:
    try:
        time.struct_time(bad)
    except TypeError as e:
        print('TypeError', e)
try:
    st.tm_year = 5
except AttributeError as e:
    print('AttributeError')

fmt = ('%a|%A|%b|%B|%c|%C|%d|%D|%e|%F|%g|%G|%h|%H|%I|%j|%k|%l|%m|%M|%n|%p|%P|%r|%R|%S|%t|%T|%u|%U|%V|%w|%W|%x|%X|%y|%Y|%%|'
       '%-d|%-m|%_H|%0e|%^a|%^B|%#p|%10Y|%-j|%5d|%Ey|%Od|%Q|%')
for t in [0, 951782400, 1234567890, 1700000000, -1, 1609459199, 1609459200, 1230768000, 1262217600, 1104537600, 1136073600,
          -2208988800, 253402300799]:
    print(time.strftime(fmt, time.gmtime(t)))
print(time.strftime('%Y-%m-%d %H:%M:%S', (2021, 3, 7, 15, 4, 5, 6, 66, 0)))
print(time.strftime('%Y', (5, 1, 1, 0, 0, 0, 0, 1, 0)), time.strftime('%Y %C %y %G %F', (-5, 1, 1, 0, 0, 0, 0, 1, 0)))
print(time.strftime('%Y %m %d %j', (2020, 0, 0, 0, 0, 0, 0, 0, 0)))
print(time.strftime('%a %A %u %w', (2020, 1, 1, 0, 0, 0, 9, 1, 0)))
print(time.strftime('', (2020, 1, 1, 0, 0, 0, 0, 1, 0)), time.strftime('abc%', (2020, 1, 1, 0, 0, 0, 0, 1, 0)))
print(time.strftime('%z', time.gmtime(0)), time.strftime('%Z', time.gmtime(0)))
for bad in [(2020, 13, 1, 0, 0, 0, 0, 1, 0), (2020, 1, 32, 0, 0, 0, 0, 1, 0), (2020, 1, 1, 24, 0, 0, 0, 1, 0),
            (2020, 1, 1, 0, 60, 0, 0, 1, 0), (2020, 1, 1, 0, 0, 62, 0, 1, 0), (2020, 1, 1, 0, 0, 0, -2, 1, 0),
            (2020, 1, 1, 0, 0, 0, 0, 367, 0), (2020, -1, 1, 0, 0, 0, 0, 1, 0)]:
    try:
        time.strftime('%Y', bad)
    except ValueError as e:
        print('ValueError', e)
for args in [('%Y', (1, 2, 3)), ('%Y', [2020, 1, 1, 0, 0, 0, 0, 1, 0]), (5,), ('%Y', (2020, 1, 1, 0, 0, 0, 0, 1, 0.5)),
             ('%Y', 'abc')]:
    try:
        time.strftime(*args)
    except TypeError as e:
        print('TypeError', e)
print(time.asctime(time.gmtime(0)), '|', time.asctime((2020, 1, 1, 0, 0, 0, 0, 1, 0)), '|',
      time.asctime((2024, 12, 31, 23, 59, 59, 1, 366, 0)))
for bad in [(2020, 1, 1, 0, 0, 0, 0, 1), 'abc', (2020, 13, 1, 0, 0, 0, 0, 1, 0)]:
    try:
        time.asctime(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for bad in [float('nan'), 'x', 1e20, 2**63, 1e18]:
    try:
        time.gmtime(bad)
    except (TypeError, ValueError, OverflowError, OSError) as e:
        print(type(e).__name__, e)
for y in [5, 99, 999, 1000, 9999, 10000, 12345, -1, -5, -999, -1000, -12345, 0, 2021]:
    print(y, repr(time.strftime('%F|%Y|%G|%C|%10F|%-F|%_5Y|%05Y|%_C|%-C|%3C|%g|%y|%_y|%-y|%4y', (y, 1, 1, 0, 0, 0, 0, 1, 0))))
print(repr(time.strftime('%^c|%#A|%#b|%^p|%5p|%-5a|%_10F|%010F|%-10F|%3%|%3n|%Ey|%EY|%Oy|%5k|%-k|%05e|%-5d|%-5Y|%-3j|%-5C|%_3d',
                         (2021, 1, 7, 0, 0, 0, 0, 7, 0))))
