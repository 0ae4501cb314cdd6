# Local time (the system time zone, the same for Jyco and CPython in one test run) and clocks.
import time

for t in [0, 1e9, 1234567890, 1700000000, 1709251199, -86400 * 365, 1688000000, 1674000000]:
    lt = time.localtime(t)
    print(t, tuple(lt), lt.tm_zone, lt.tm_gmtoff, time.mktime(lt), time.ctime(t), time.strftime('%Y-%m-%d %H:%M:%S %z %Z', lt))
print(time.timezone, time.altzone, time.daylight, time.tzname)
print(time.mktime((2020, 13, 40, 0, 0, 0, 0, 1, -1)), time.mktime((2021, 3, 1, 25, 61, 61, 0, 0, -1)))
print(time.mktime((2000, 1, 1, 0, 0, 0, 0, 1, 0)), time.mktime((2000, 7, 1, 0, 0, 0, 0, 1, -1)))
for bad in [(2020, 1, 1, 0, 0, 0, 0, 1), 'x']:
    try:
        time.mktime(bad)
    except TypeError as e:
        print('TypeError', e)

# clocks: types and monotonicity
t1, n1, p1, m1 = time.time(), time.time_ns(), time.perf_counter(), time.monotonic()
pn1, mn1, c1 = time.perf_counter_ns(), time.monotonic_ns(), time.process_time()
x = 0
for i in range(100000):
    x += i
t2, n2, p2, m2 = time.time(), time.time_ns(), time.perf_counter(), time.monotonic()
pn2, mn2, c2 = time.perf_counter_ns(), time.monotonic_ns(), time.process_time()
print(type(t1).__name__, type(n1).__name__, type(p1).__name__, type(m1).__name__, type(pn1).__name__, type(mn1).__name__,
      type(c1).__name__, type(time.process_time_ns()).__name__, type(time.thread_time()).__name__,
      type(time.thread_time_ns()).__name__)
print(t2 >= t1, n2 >= n1, p2 >= p1, m2 >= m1, pn2 >= pn1, mn2 >= mn1, c2 >= c1)
print(abs(n1 / 1e9 - t1) < 1.0, t1 > 1.6e9, time.gmtime().tm_year >= 2024, time.localtime().tm_year >= 2024)
print(time.gmtime(None) >= time.gmtime(t1 - 5), len(time.ctime()), len(time.asctime()), len(time.strftime('%Y')))
s = time.perf_counter()
time.sleep(0.05)
time.sleep(0)
time.sleep(False)
d = time.perf_counter() - s
print(0.045 <= d < 2.0)
for bad in [-1, -0.5, float('nan'), 'a', None]:
    try:
        time.sleep(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(time.tzset(), time.timezone, time.tzname)
print(time.CLOCK_REALTIME, time.CLOCK_MONOTONIC, time.CLOCK_PROCESS_CPUTIME_ID, time.CLOCK_THREAD_CPUTIME_ID,
      time.CLOCK_MONOTONIC_RAW, time.CLOCK_BOOTTIME, time.CLOCK_TAI)
r1, m1 = time.clock_gettime(time.CLOCK_REALTIME), time.clock_gettime_ns(time.CLOCK_MONOTONIC)
print(type(r1).__name__, type(m1).__name__, abs(r1 - time.time()) < 1, time.clock_gettime_ns(time.CLOCK_MONOTONIC) >= m1,
      time.clock_getres(time.CLOCK_MONOTONIC))
try:
    time.clock_gettime(12345)
except OSError as e:
    print('OSError', e.errno, e)
