package org.jyco.stdlib;

import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.zone.ZoneRules;
import java.util.Locale;
import org.jyco.runtime.Abstract;
import org.jyco.runtime.Exposed;
import org.jyco.runtime.Interpreter;
import org.jyco.runtime.PyBaseException;
import org.jyco.runtime.PyException;
import org.jyco.runtime.PyExc;
import org.jyco.runtime.PyModule;
import org.jyco.runtime.PyNone;
import org.jyco.runtime.PyType;
import org.jyco.runtime.types.PyLong;
import org.jyco.runtime.types.PyTuple;

/**
 * The {@code time} module: clocks, sleeping, and conversions between seconds since the epoch
 * and broken-down time ({@link StructTime}) in UTC and in the JVM's default time zone, with C's
 * {@code strftime} directives as glibc implements them in the C locale.
 */
public final class TimeModule {
    private TimeModule() {}

    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("time");
        m.addFunctions(TimeModule.class, interp);
        m.getDict().put("struct_time", StructTime.TYPE);
        m.getDict().put("__doc__", "This module provides various functions to manipulate time values.");
        setZoneVariables(m);
        addClockIds(m);
        return m;
    }

    private static void setZoneVariables(PyModule m) {
        ZoneId zone = ZoneId.systemDefault();
        ZoneRules rules = zone.getRules();
        int year = LocalDateTime.now(zone).getYear();
        Instant jan = LocalDateTime.of(year, 1, 1, 0, 0).toInstant(ZoneOffset.UTC);
        Instant jul = LocalDateTime.of(year, 7, 1, 0, 0).toInstant(ZoneOffset.UTC);
        long janOff = -rules.getOffset(jan).getTotalSeconds();
        long julOff = -rules.getOffset(jul).getTotalSeconds();
        String janName = zoneName(zone, jan), julName = zoneName(zone, jul);
        var d = m.getDict();
        if (janOff < julOff) {
            // southern hemisphere: DST in January
            d.put("timezone", julOff);
            d.put("altzone", janOff);
            d.put("tzname", PyTuple.of(julName, janName));
        } else {
            d.put("timezone", janOff);
            d.put("altzone", julOff);
            d.put("tzname", PyTuple.of(janName, julName));
        }
        d.put("daylight", janOff != julOff ? 1L : 0L);
    }

    /** The zone abbreviation in effect at an instant ("UTC", "CET", "EDT", "+04"). */
    static String zoneName(ZoneId zone, Instant at) {
        return ZoneNames.abbreviation(zone, at);
    }

    // ================================================================== clocks

    @Exposed.Method(name = "time")
    public static Object time() {
        Instant now = Instant.now();
        return now.getEpochSecond() + now.getNano() * 1e-9;
    }

    @Exposed.Method(name = "time_ns")
    public static Object timeNs() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    @Exposed.Method(name = "perf_counter")
    public static Object perfCounter() {
        return System.nanoTime() * 1e-9;
    }

    @Exposed.Method(name = "perf_counter_ns")
    public static Object perfCounterNs() {
        return System.nanoTime();
    }

    @Exposed.Method(name = "monotonic")
    public static Object monotonic() {
        return System.nanoTime() * 1e-9;
    }

    @Exposed.Method(name = "monotonic_ns")
    public static Object monotonicNs() {
        return System.nanoTime();
    }

    private static long processCpuNanos() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean s) {
            long t = s.getProcessCpuTime();
            if (t >= 0) return t;
        }
        return threadCpuNanos();
    }

    private static long threadCpuNanos() {
        var tb = ManagementFactory.getThreadMXBean();
        if (tb.isCurrentThreadCpuTimeSupported()) return tb.getCurrentThreadCpuTime();
        return System.nanoTime();
    }

    @Exposed.Method(name = "process_time")
    public static Object processTime() {
        return processCpuNanos() * 1e-9;
    }

    @Exposed.Method(name = "process_time_ns")
    public static Object processTimeNs() {
        return processCpuNanos();
    }

    @Exposed.Method(name = "thread_time")
    public static Object threadTime() {
        return threadCpuNanos() * 1e-9;
    }

    @Exposed.Method(name = "thread_time_ns")
    public static Object threadTimeNs() {
        return threadCpuNanos();
    }

    // Linux's clock ids, as the time module exposes them
    private static final long CLOCK_REALTIME = 0, CLOCK_MONOTONIC = 1, CLOCK_PROCESS_CPUTIME_ID = 2,
        CLOCK_THREAD_CPUTIME_ID = 3, CLOCK_MONOTONIC_RAW = 4, CLOCK_BOOTTIME = 7, CLOCK_TAI = 11;

    private static void addClockIds(PyModule m) {
        var d = m.getDict();
        d.put("CLOCK_REALTIME", CLOCK_REALTIME);
        d.put("CLOCK_MONOTONIC", CLOCK_MONOTONIC);
        d.put("CLOCK_PROCESS_CPUTIME_ID", CLOCK_PROCESS_CPUTIME_ID);
        d.put("CLOCK_THREAD_CPUTIME_ID", CLOCK_THREAD_CPUTIME_ID);
        d.put("CLOCK_MONOTONIC_RAW", CLOCK_MONOTONIC_RAW);
        d.put("CLOCK_BOOTTIME", CLOCK_BOOTTIME);
        d.put("CLOCK_TAI", CLOCK_TAI);
    }

    private static long clockNanos(Object clkId) {
        Object i = Abstract.index(clkId);
        long id = i instanceof Long l ? l : -1;
        if (id == CLOCK_REALTIME || id == CLOCK_TAI) {
            Instant now = Instant.now();
            return now.getEpochSecond() * 1_000_000_000L + now.getNano() + (id == CLOCK_TAI ? 37_000_000_000L : 0);
        }
        if (id == CLOCK_MONOTONIC || id == CLOCK_MONOTONIC_RAW || id == CLOCK_BOOTTIME) return System.nanoTime();
        if (id == CLOCK_PROCESS_CPUTIME_ID) return processCpuNanos();
        if (id == CLOCK_THREAD_CPUTIME_ID) return threadCpuNanos();
        PyBaseException e = (PyBaseException) Abstract.call(PyExc.OSError, 22L, "Invalid argument");
        throw new PyException(e);
    }

    @Exposed.Method(name = "clock_gettime", params = {"clk_id", "/"})
    public static Object clockGettime(Object clkId) {
        return clockNanos(clkId) * 1e-9;
    }

    @Exposed.Method(name = "clock_gettime_ns", params = {"clk_id", "/"})
    public static Object clockGettimeNs(Object clkId) {
        return clockNanos(clkId);
    }

    @Exposed.Method(name = "clock_getres", params = {"clk_id", "/"})
    public static Object clockGetres(Object clkId) {
        clockNanos(clkId);
        return 1e-9;
    }

    @Exposed.Method(name = "sleep", params = {"secs", "/"})
    public static Object sleep(Object secs) {
        long nanos;
        if (secs instanceof Double || secs instanceof Float) {
            double d = ((Number) secs).doubleValue();
            if (Double.isNaN(d)) throw PyExc.valueError("Invalid value NaN (not a number)");
            if (d < 0) throw PyExc.valueError("sleep length must be non-negative");
            if (d * 1e9 >= 9.2e18) throw PyExc.overflow("timestamp too large to convert to C _PyTime_t");
            nanos = (long) Math.ceil(d * 1e9);
        } else {
            Object i = Abstract.index(secs);
            if (PyLong.signum(i) < 0) throw PyExc.valueError("sleep length must be non-negative");
            if (!(i instanceof Long l) || l > 9_200_000_000L) {
                throw PyExc.overflow("timestamp too large to convert to C _PyTime_t");
            }
            nanos = l * 1_000_000_000L;
        }
        try {
            Thread.sleep(nanos / 1_000_000L, (int) (nanos % 1_000_000L));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw PyExc.of(PyExc.KeyboardInterrupt);
        }
        return PyNone.NONE;
    }

    // ================================================================== broken-down time

    private static final String[] WDAY_ABBR = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    private static final String[] WDAY_FULL = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
    private static final String[] MON_ABBR = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    private static final String[] MON_FULL = {"January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December"};

    /** Days since 1970-01-01 of a proleptic Gregorian date (month 1..12). */
    static long daysFromCivil(long y, long m, long d) {
        y -= m <= 2 ? 1 : 0;
        long era = Math.floorDiv(y, 400);
        long yoe = y - era * 400;
        long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
        long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146097 + doe - 719468;
    }

    /** {year, month, day} of a day number since 1970-01-01. */
    static long[] civilFromDays(long z) {
        z += 719468;
        long era = Math.floorDiv(z, 146097);
        long doe = z - era * 146097;
        long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        long y = yoe + era * 400;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        long d = doy - (153 * mp + 2) / 5 + 1;
        long m = mp < 10 ? mp + 3 : mp - 9;
        return new long[] {m <= 2 ? y + 1 : y, m, d};
    }

    /** The broken-down fields of local seconds (seconds since the epoch shifted by the UTC offset). */
    private static StructTime breakDown(long local, boolean isdst, Object zone, long gmtoff) {
        long days = Math.floorDiv(local, 86400L);
        long secs = Math.floorMod(local, 86400L);
        long[] ymd = civilFromDays(days);
        long year = ymd[0];
        if (year - 1900 > Integer.MAX_VALUE || year - 1900 < Integer.MIN_VALUE) {
            PyBaseException e = (PyBaseException) Abstract.call(PyExc.OSError, 75L, "Value too large for defined data type");
            throw new PyException(e);
        }
        long wday = Math.floorMod(days + 3, 7L);
        long yday = days - daysFromCivil(year, 1, 1) + 1;
        return new StructTime(new Object[] {year, ymd[1], ymd[2], secs / 3600, (secs / 60) % 60, secs % 60, wday, yday,
            isdst ? 1L : 0L, zone, gmtoff});
    }

    /** Seconds argument of gmtime/localtime/ctime (None: now), floored to an integer. */
    private static long toTimeT(Object secs) {
        if (secs == PyNone.NONE) return Math.floorDiv(System.currentTimeMillis(), 1000L);
        if (secs instanceof Double || secs instanceof Float) {
            double d = ((Number) secs).doubleValue();
            if (Double.isNaN(d)) throw PyExc.valueError("Invalid value NaN (not a number)");
            double f = Math.floor(d);
            if (!(f >= -9.223372036854775808e18 && f < 9.223372036854775808e18)) {
                throw PyExc.overflow("timestamp out of range for platform time_t");
            }
            return (long) f;
        }
        Object i = Abstract.index(secs);
        if (!(i instanceof Long l)) throw PyExc.overflow("timestamp out of range for platform time_t");
        return l;
    }

    private static void checkTimeRange(long t) {
        // beyond about 2**55 seconds the year no longer fits a C int
        if (t > 67767976233532799L || t < -67768040609740800L) {
            PyBaseException e = (PyBaseException) Abstract.call(PyExc.OSError, 75L, "Value too large for defined data type");
            throw new PyException(e);
        }
    }

    @Exposed.Method(name = "gmtime", params = {"seconds=None", "/"})
    public static Object gmtime(Object seconds) {
        long t = toTimeT(seconds);
        checkTimeRange(t);
        return breakDown(t, false, "GMT", 0L);
    }

    static StructTime localtime(long t) {
        checkTimeRange(t);
        ZoneId zone = ZoneId.systemDefault();
        Instant at = Instant.ofEpochSecond(Math.max(Math.min(t, Instant.MAX.getEpochSecond()), Instant.MIN.getEpochSecond()));
        ZoneRules rules = zone.getRules();
        int off = rules.getOffset(at).getTotalSeconds();
        ZoneNames.Info info = ZoneNames.info(zone, at);
        return breakDown(t + off, info.dst(), info.abbreviation(), (long) off);
    }

    @Exposed.Method(name = "localtime", params = {"seconds=None", "/"})
    public static Object localtime(Object seconds) {
        return localtime(toTimeT(seconds));
    }

    /** A C struct tm's worth of fields read from a 9-tuple or struct_time (CPython's gettmarg). */
    static final class Tm {
        long year, mon, mday, hour, min, sec, wday, yday, isdst;
        Object zone;
        Object gmtoff;
    }

    private static Tm getTmArg(Object t, String func) {
        Object[] items;
        Tm tm = new Tm();
        if (t instanceof StructTime st) {
            items = st.asTuple().array();
            tm.zone = st.fields[9];
            tm.gmtoff = st.fields[10];
        } else if (t instanceof PyTuple tup) {
            items = tup.array();
        } else {
            throw PyExc.typeError("Tuple or struct_time argument required");
        }
        if (items.length != 9) throw PyExc.typeError(func + "(): illegal time tuple argument");
        long[] v = new long[9];
        for (int i = 0; i < 9; i++) {
            Object x = Abstract.index(items[i]);
            if (!(x instanceof Long l) || l > Integer.MAX_VALUE || l < Integer.MIN_VALUE) {
                throw PyExc.overflow("Python int too large to convert to C int");
            }
            v[i] = l;
        }
        tm.year = v[0];
        tm.mon = v[1];
        tm.mday = v[2];
        tm.hour = v[3];
        tm.min = v[4];
        tm.sec = v[5];
        tm.wday = v[6];
        tm.yday = v[7];
        tm.isdst = v[8];
        return tm;
    }

    /** CPython's checktm, with its normalisation of zero month / day / day of year. */
    private static void checkTm(Tm tm) {
        if (tm.mon == 0) tm.mon = 1;
        else if (tm.mon < 1 || tm.mon > 12) throw PyExc.valueError("month out of range");
        if (tm.mday == 0) tm.mday = 1;
        else if (tm.mday < 0 || tm.mday > 31) throw PyExc.valueError("day of month out of range");
        if (tm.hour < 0 || tm.hour > 23) throw PyExc.valueError("hour out of range");
        if (tm.min < 0 || tm.min > 59) throw PyExc.valueError("minute out of range");
        if (tm.sec < 0 || tm.sec > 61) throw PyExc.valueError("seconds out of range");
        // C's tm_wday (Sunday = 0) from Python's (Monday = 0), as gettmarg computes it
        long cw = (tm.wday + 1) % 7;
        if (cw < 0) throw PyExc.valueError("day of week out of range");
        tm.wday = cw;
        if (tm.yday == 0) tm.yday = 1;
        else if (tm.yday < 0 || tm.yday > 366) throw PyExc.valueError("day of year out of range");
    }

    private static Tm fromStruct(StructTime st) {
        return getTmArg(st, "?");
    }

    @Exposed.Method(name = "asctime", params = {"t=None", "/"})
    public static Object asctime(Object t) {
        Tm tm;
        if (t == PyNone.NONE) {
            tm = fromStruct(localtime(toTimeT(PyNone.NONE)));
        } else {
            tm = getTmArg(t, "asctime");
        }
        checkTm(tm);
        return asctimeOf(tm);
    }

    private static String asctimeOf(Tm tm) {
        return String.format("%s %s%3d %02d:%02d:%02d %d", WDAY_ABBR[(int) tm.wday], MON_ABBR[(int) tm.mon - 1],
            tm.mday, tm.hour, tm.min, tm.sec, tm.year);
    }

    @Exposed.Method(name = "ctime", params = {"seconds=None", "/"})
    public static Object ctime(Object seconds) {
        Tm tm = fromStruct(localtime(toTimeT(seconds)));
        checkTm(tm);
        return asctimeOf(tm);
    }

    @Exposed.Method(name = "mktime", params = {"t", "/"})
    public static Object mktime(Object t) {
        Tm tm = getTmArg(t, "mktime");
        return (double) mktimeOf(tm);
    }

    /** Local broken-down time (fields may be out of range, as C's mktime allows) to seconds. */
    static long mktimeOf(Tm tm) {
        long monthIndex = tm.mon - 1;
        long year = tm.year + Math.floorDiv(monthIndex, 12L);
        long mon = Math.floorMod(monthIndex, 12L) + 1;
        long local = (daysFromCivil(year, mon, 1) + tm.mday - 1) * 86400L + tm.hour * 3600L + tm.min * 60L + tm.sec;
        if (year > 999_999_000L || year < -999_999_000L) throw PyExc.overflow("mktime argument out of range");
        ZoneId zone = ZoneId.systemDefault();
        LocalDateTime ldt = LocalDateTime.ofEpochSecond(local, 0, ZoneOffset.UTC);
        ZoneRules rules = zone.getRules();
        var offsets = rules.getValidOffsets(ldt);
        ZonedDateTime zdt;
        if (offsets.size() > 1 && tm.isdst >= 0) {
            // an ambiguous local time: the DST flag chooses
            ZoneOffset chosen = offsets.get(0);
            for (ZoneOffset o : offsets) {
                Instant i = ldt.toInstant(o);
                if (ZoneNames.info(zone, i).dst() == (tm.isdst > 0)) chosen = o;
            }
            zdt = ZonedDateTime.ofLocal(ldt, zone, chosen);
        } else {
            zdt = ZonedDateTime.ofLocal(ldt, zone, null);
            Instant at = zdt.toInstant();
            boolean inDst = ZoneNames.info(zone, at).dst();
            if (tm.isdst >= 0 && inDst != (tm.isdst > 0)) {
                // C's mktime reads the time in the offset the DST flag names, not the one in force
                Integer other = offsetWithDst(zone, at, tm.isdst > 0);
                if (other != null) return local - other;
                int std = rules.getStandardOffset(at).getTotalSeconds();
                int off = tm.isdst > 0 ? std + dstAmount(rules, at) : std;
                return local - off;
            }
        }
        return zdt.toEpochSecond();
    }

    /** The UTC offset of a neighbouring period whose DST flag is {@code dst}, or null. */
    private static Integer offsetWithDst(ZoneId zone, Instant at, boolean dst) {
        ZoneRules rules = zone.getRules();
        var prev = rules.previousTransition(at);
        var next = rules.nextTransition(at);
        for (var tr : new java.time.zone.ZoneOffsetTransition[] {prev, next}) {
            if (tr == null) continue;
            Instant before = tr.getInstant().minusSeconds(1), after = tr.getInstant();
            for (Instant i : new Instant[] {before, after}) {
                if (ZoneNames.info(zone, i).dst() == dst) return rules.getOffset(i).getTotalSeconds();
            }
        }
        return null;
    }

    /** The DST shift of the zone's nearest daylight saving period (an hour when there is none). */
    private static int dstAmount(ZoneRules rules, Instant at) {
        var next = rules.nextTransition(at);
        for (int i = 0; i < 4 && next != null; i++) {
            Instant probe = next.getInstant().plusSeconds(1);
            int d = (int) rules.getDaylightSavings(probe).getSeconds();
            if (d != 0) return d;
            next = rules.nextTransition(probe);
        }
        var prev = rules.previousTransition(at);
        if (prev != null) {
            int d = (int) rules.getDaylightSavings(prev.getInstant().minusSeconds(1)).getSeconds();
            if (d != 0) return d;
        }
        return 3600;
    }

    @Exposed.Method(name = "tzset")
    public static Object tzset(Interpreter interp) {
        Object m = interp.modules().getOrNull("time");
        if (m instanceof PyModule pm) setZoneVariables(pm);
        return PyNone.NONE;
    }

    @Exposed.Method(name = "strptime", params = {"string", "format='%a %b %d %H:%M:%S %Y'", "/"})
    public static Object strptime(Interpreter interp, Object string, Object format) {
        Object m = interp.modules().getOrNull("time");
        PyModule time = m instanceof PyModule pm && pm.getDict().getOrNull("tzname") != null ? pm : create(interp);
        return Strptime.strptime(time, string, format);
    }

    // ================================================================== strftime

    @Exposed.Method(name = "strftime", params = {"format", "t=None", "/"})
    public static Object strftime(Object format, Object t) {
        if (!(format instanceof String fmt)) {
            throw PyExc.typeError("strftime() argument 1 must be str, not " + PyType.of(format).getName());
        }
        Tm tm;
        if (t == PyNone.NONE) {
            tm = fromStruct(localtime(toTimeT(PyNone.NONE)));
        } else {
            tm = getTmArg(t, "strftime");
        }
        checkTm(tm);
        if (tm.isdst < -1) tm.isdst = -1;
        else if (tm.isdst > 1) tm.isdst = 1;
        return format(fmt, tm);
    }

    static String format(String fmt, Tm tm) {
        StringBuilder out = new StringBuilder();
        int n = fmt.length();
        for (int i = 0; i < n; i++) {
            char c = fmt.charAt(i);
            if (c != '%') {
                out.append(c);
                continue;
            }
            int start = i;
            // flags
            char pad = 0;
            boolean upper = false, swap = false;
            int j = i + 1;
            while (j < n && "_-0^#".indexOf(fmt.charAt(j)) >= 0) {
                char f = fmt.charAt(j);
                if (f == '^') upper = true;
                else if (f == '#') swap = true;
                else pad = f;
                j++;
            }
            int width = -1;
            while (j < n && Character.isDigit(fmt.charAt(j))) {
                width = (width < 0 ? 0 : width * 10) + (fmt.charAt(j) - '0');
                j++;
            }
            while (j < n && (fmt.charAt(j) == 'E' || fmt.charAt(j) == 'O')) j++;
            if (j >= n) {
                out.append(fmt, start, n);
                break;
            }
            char d = fmt.charAt(j);
            String s = directive(d, tm, pad, width, upper, swap);
            if (s == null) {
                out.append(fmt, start, j + 1);
            } else {
                out.append(s);
            }
            i = j;
        }
        return out.toString();
    }

    /** Number formatting with glibc's flags: default padding, '_' spaces, '-' none, '0' zeros. */
    private static String num(long v, int defWidth, char defPad, char pad, int width) {
        boolean neg = v < 0;
        String digits = Long.toString(Math.abs(v));
        int w = width >= 0 ? width : defWidth;
        char p = pad == 0 ? defPad : pad;
        if (pad == '-') {
            // no padding, except to an explicit width, with spaces
            w = Math.max(width, 0);
            p = '_';
        }
        if (neg) w--;
        StringBuilder sb = new StringBuilder();
        if (p == '_' || p == ' ') {
            for (int k = digits.length(); k < w; k++) sb.append(' ');
            if (neg) sb.append('-');
        } else {
            if (neg) sb.append('-');
            for (int k = digits.length(); k < w; k++) sb.append('0');
        }
        return sb.append(digits).toString();
    }

    private static String text(String s, char pad, int width, boolean upper, boolean swap, boolean swapLowers) {
        if (upper) s = s.toUpperCase(Locale.ROOT);
        else if (swap) s = swapLowers ? s.toLowerCase(Locale.ROOT) : s.toUpperCase(Locale.ROOT);
        if (width > s.length()) {
            String fill = (pad == '0' ? "0" : " ").repeat(width - s.length());
            s = fill + s;
        }
        return s;
    }

    /** ISO 8601 week-based year and week number. */
    private static long[] isoWeek(Tm tm) {
        long yday0 = tm.yday - 1;
        long wdayMon = (tm.wday + 6) % 7; // Monday = 0
        long year = tm.year;
        // the Thursday of this week decides the year
        long thursday = yday0 - wdayMon + 3;
        long daysInYear = isLeap(year) ? 366 : 365;
        if (thursday < 0) {
            year--;
            thursday += isLeap(year) ? 366 : 365;
        } else if (thursday >= daysInYear) {
            thursday -= daysInYear;
            year++;
        }
        return new long[] {year, thursday / 7 + 1};
    }

    private static boolean isLeap(long y) {
        return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    }

    private static String directive(char d, Tm tm, char pad, int width, boolean upper, boolean swap) {
        switch (d) {
            case 'a': return text(tm.wday >= 0 && tm.wday < 7 ? WDAY_ABBR[(int) tm.wday] : "?", pad, width, upper, swap, false);
            case 'A': return text(tm.wday >= 0 && tm.wday < 7 ? WDAY_FULL[(int) tm.wday] : "?", pad, width, upper, swap, false);
            case 'b':
            case 'h': return text(MON_ABBR[(int) tm.mon - 1], pad, width, upper, swap, false);
            case 'B': return text(MON_FULL[(int) tm.mon - 1], pad, width, upper, swap, false);
            case 'c': return text(format("%a %b %e %H:%M:%S %Y", tm), pad, width, upper, swap, false);
            case 'C': return num(Math.floorDiv(tm.year, 100L), 1, '0', pad, width);
            case 'd': return num(tm.mday, 2, '0', pad, width);
            case 'D': return text(format("%m/%d/%y", tm), pad, width, upper, swap, false);
            case 'e': return num(tm.mday, 2, '_', pad, width);
            case 'F': return text(format("%Y-%m-%d", tm), pad, width, upper, swap, false);
            case 'g': return num(Math.floorMod(isoWeek(tm)[0], 100L), 2, '0', pad, width);
            case 'G': return num(isoWeek(tm)[0], 1, '0', pad, width);
            case 'H': return num(tm.hour, 2, '0', pad, width);
            case 'I': return num(tm.hour % 12 == 0 ? 12 : tm.hour % 12, 2, '0', pad, width);
            case 'j': return num(tm.yday, 3, '0', pad, width);
            case 'k': return num(tm.hour, 2, '_', pad, width);
            case 'l': return num(tm.hour % 12 == 0 ? 12 : tm.hour % 12, 2, '_', pad, width);
            case 'm': return num(tm.mon, 2, '0', pad, width);
            case 'M': return num(tm.min, 2, '0', pad, width);
            case 'n': return text("\n", pad, width, false, false, false);
            case 'p': return text(tm.hour < 12 ? "AM" : "PM", pad, width, upper, swap, true);
            case 'P': return text(tm.hour < 12 ? "am" : "pm", pad, width, upper, swap, false);
            case 'r': return text(format("%I:%M:%S %p", tm), pad, width, upper, swap, false);
            case 'R': return text(format("%H:%M", tm), pad, width, upper, swap, false);
            case 's': {
                Tm copy = new Tm();
                copy.year = tm.year;
                copy.mon = tm.mon;
                copy.mday = tm.mday;
                copy.hour = tm.hour;
                copy.min = tm.min;
                copy.sec = tm.sec;
                copy.isdst = tm.isdst;
                return num(mktimeOf(copy), 1, '0', pad, width);
            }
            case 'S': return num(tm.sec, 2, '0', pad, width);
            case 't': return text("\t", pad, width, false, false, false);
            case 'T': return text(format("%H:%M:%S", tm), pad, width, upper, swap, false);
            case 'u': return num(tm.wday == 0 ? 7 : tm.wday, 1, '0', pad, width);
            case 'U': return num((tm.yday - 1 + 7 - tm.wday) / 7, 2, '0', pad, width);
            case 'V': return num(isoWeek(tm)[1], 2, '0', pad, width);
            case 'w': return num(tm.wday, 1, '0', pad, width);
            case 'W': return num((tm.yday - 1 + 7 - (tm.wday + 6) % 7) / 7, 2, '0', pad, width);
            case 'x': return text(format("%m/%d/%y", tm), pad, width, upper, swap, false);
            case 'X': return text(format("%H:%M:%S", tm), pad, width, upper, swap, false);
            case 'y': return num(Math.floorMod(tm.year, 100L), 2, '0', pad, width);
            case 'Y': return num(tm.year, 1, '0', pad, width);
            case 'z': {
                long off = tm.gmtoff instanceof Long l ? l : 0L;
                long a = Math.abs(off) / 60;
                String s = (off < 0 ? "-" : "+") + String.format("%02d%02d", a / 60, a % 60);
                return text(s, pad, width, false, false, false);
            }
            case 'Z': {
                String z;
                if (tm.zone instanceof String s) {
                    z = s;
                } else {
                    ZoneId zone = ZoneId.systemDefault();
                    Instant jan = LocalDateTime.of(LocalDateTime.now().getYear(), 1, 1, 0, 0).toInstant(ZoneOffset.UTC);
                    Instant jul = LocalDateTime.of(LocalDateTime.now().getYear(), 7, 1, 0, 0).toInstant(ZoneOffset.UTC);
                    z = tm.isdst > 0 ? zoneName(zone, jul) : zoneName(zone, jan);
                }
                return text(z, pad, width, upper, swap, true);
            }
            case '%': return text("%", pad, width, false, false, false);
            default: return null;
        }
    }
}
