package org.jyco.stdlib;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jyco.runtime.Abstract;
import org.jyco.runtime.PyExc;
import org.jyco.runtime.PyModule;
import org.jyco.runtime.PyNone;
import org.jyco.runtime.types.PyTuple;

/**
 * {@code time.strptime} in the C locale, with the behaviour of CPython's: each directive
 * becomes a case-insensitive regular expression, whitespace in the format matches any run of
 * whitespace, missing fields default to 1900-01-01 00:00:00, and the week-based directives
 * (%U, %W, %G/%V) are resolved to a date.
 */
final class Strptime {
    private Strptime() {}

    private static final String[] WDAY_FULL = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
    private static final String[] WDAY_ABBR = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
    private static final String[] MON_FULL = {"january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december"};
    private static final String[] MON_ABBR = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};

    private static final Map<Character, String> SIMPLE = new HashMap<>();

    static {
        SIMPLE.put('d', "3[01]|[12]\\d|0[1-9]|[1-9]| [1-9]");
        SIMPLE.put('f', "[0-9]{1,6}");
        SIMPLE.put('H', "2[0-3]|[0-1]\\d|\\d");
        SIMPLE.put('I', "1[0-2]|0[1-9]|[1-9]");
        SIMPLE.put('G', "\\d\\d\\d\\d");
        SIMPLE.put('j', "36[0-6]|3[0-5]\\d|[12]\\d\\d|0[1-9]\\d|00[1-9]|[1-9]\\d|0[1-9]|[1-9]");
        SIMPLE.put('m', "1[0-2]|0[1-9]|[1-9]");
        SIMPLE.put('M', "[0-5]\\d|\\d");
        SIMPLE.put('S', "6[0-1]|[0-5]\\d|\\d");
        SIMPLE.put('U', "5[0-3]|[0-4]\\d|\\d");
        SIMPLE.put('W', "5[0-3]|[0-4]\\d|\\d");
        SIMPLE.put('w', "[0-6]");
        SIMPLE.put('u', "[1-7]");
        SIMPLE.put('V', "5[0-3]|0[1-9]|[1-4]\\d|\\d");
        SIMPLE.put('y', "\\d\\d");
        SIMPLE.put('Y', "\\d\\d\\d\\d");
        SIMPLE.put('z', "[+-]\\d\\d:?[0-5]\\d(?::?[0-5]\\d(?:\\.\\d{1,6})?)?|(?-i:Z)");
        SIMPLE.put('p', "am|pm");
        SIMPLE.put('A', alternation(WDAY_FULL));
        SIMPLE.put('a', alternation(WDAY_ABBR));
        SIMPLE.put('B', alternation(MON_FULL));
        SIMPLE.put('b', alternation(MON_ABBR));
    }

    /** Longest first, so that a prefix never wins over the whole name. */
    private static String alternation(String[] names) {
        List<String> l = new ArrayList<>(List.of(names));
        l.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder sb = new StringBuilder();
        for (String n : l) {
            if (sb.length() > 0) sb.append('|');
            sb.append(Pattern.quote(n));
        }
        return sb.toString();
    }

    private static final String COMPOSITE_C = "%a %b %d %H:%M:%S %Y";
    private static final String COMPOSITE_X = "%m/%d/%y";
    private static final String COMPOSITE_BIG_X = "%H:%M:%S";

    /** The zone names %Z accepts: {utc, gmt, tzname[0]} (no DST) and {tzname[1]} (DST). */
    private static List<List<String>> zoneNames(PyModule time) {
        Object tzname = time.getDict().getOrNull("tzname");
        Object daylight = time.getDict().getOrNull("daylight");
        String std = "utc", dst = null;
        if (tzname instanceof PyTuple t && t.size() == 2) {
            std = Abstract.str(t.get(0)).toLowerCase(Locale.ROOT);
            if (daylight != null && Abstract.isTrue(daylight)) dst = Abstract.str(t.get(1)).toLowerCase(Locale.ROOT);
        }
        List<String> a = new ArrayList<>(List.of("utc", "gmt"));
        if (!a.contains(std)) a.add(std);
        List<String> b = new ArrayList<>();
        if (dst != null) b.add(dst);
        return List.of(a, b);
    }

    private static final class Parse {
        final List<Character> groups = new ArrayList<>();
        final StringBuilder regex = new StringBuilder();
    }

    private static void translate(String format, String whole, Parse p, List<List<String>> zones) {
        int n = format.length();
        for (int i = 0; i < n; i++) {
            char c = format.charAt(i);
            if (c == '%') {
                if (i + 1 >= n) throw PyExc.valueError("stray % in format '" + whole + "'");
                char d = format.charAt(++i);
                String re = SIMPLE.get(d);
                if (re != null) {
                    p.groups.add(d);
                    p.regex.append('(').append(re).append(')');
                } else if (d == 'Z') {
                    List<String> all = new ArrayList<>(zones.get(0));
                    all.addAll(zones.get(1));
                    p.groups.add('Z');
                    p.regex.append('(').append(alternation(all.toArray(new String[0]))).append(')');
                } else if (d == '%') {
                    p.regex.append('%');
                } else if (d == 'c') {
                    translate(COMPOSITE_C, whole, p, zones);
                } else if (d == 'x') {
                    translate(COMPOSITE_X, whole, p, zones);
                } else if (d == 'X') {
                    translate(COMPOSITE_BIG_X, whole, p, zones);
                } else {
                    throw PyExc.valueError("'" + d + "' is a bad directive in format '" + whole + "'");
                }
            } else if (Character.isWhitespace(c)) {
                while (i + 1 < n && Character.isWhitespace(format.charAt(i + 1))) i++;
                p.regex.append("\\s+");
            } else {
                p.regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
    }

    private static boolean isLeap(long y) {
        return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    }

    private static int daysIn(long y, int m) {
        switch (m) {
            case 2: return isLeap(y) ? 29 : 28;
            case 4: case 6: case 9: case 11: return 30;
            default: return 31;
        }
    }

    /** Monday = 0 weekday of a date. */
    private static int weekday(long y, int m, int d) {
        return (int) Math.floorMod(TimeModule.daysFromCivil(y, m, d) + 3, 7L);
    }

    private static void checkDate(long y, int m, int d) {
        if (y < 1 || y > 9999) throw PyExc.valueError("year " + y + " is out of range");
        if (m < 1 || m > 12) throw PyExc.valueError("month must be in 1..12");
        if (d < 1 || d > daysIn(y, m)) throw PyExc.valueError("day is out of range for month");
    }

    static Object strptime(PyModule time, Object string, Object format) {
        if (!(string instanceof String s)) {
            throw PyExc.typeError("strptime() argument 0 must be str, not " + Abstract.repr(org.jyco.runtime.PyType.of(string)));
        }
        if (!(format instanceof String f)) {
            throw PyExc.typeError("strptime() argument 1 must be str, not " + Abstract.repr(org.jyco.runtime.PyType.of(format)));
        }
        List<List<String>> zones = zoneNames(time);
        Parse p = new Parse();
        translate(f, f, p, zones);
        Matcher m = Pattern.compile(p.regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(s);
        if (!m.lookingAt()) {
            throw PyExc.valueError("time data " + Abstract.repr(s) + " does not match format " + Abstract.repr(f));
        }
        if (m.end() != s.length()) throw PyExc.valueError("unconverted data remains: " + s.substring(m.end()));
        Map<Character, String> found = new HashMap<>();
        for (int g = 0; g < p.groups.size(); g++) found.putIfAbsent(p.groups.get(g), m.group(g + 1));

        Long year = null, isoYear = null;
        int month = 1, day = 1, hour = 0, minute = 0, second = 0;
        long tz = -1;
        Object gmtoff = PyNone.NONE;
        Integer isoWeek = null, weekOfYear = null, weekday = null;
        Long julian = null;
        boolean weekStartsMonday = false;
        for (Map.Entry<Character, String> e : found.entrySet()) {
            String v = e.getValue();
            String lower = v.toLowerCase(Locale.ROOT);
            switch (e.getKey()) {
                case 'y': {
                    long y = Long.parseLong(v);
                    year = y <= 68 ? y + 2000 : y + 1900;
                    break;
                }
                case 'Y': year = Long.parseLong(v); break;
                case 'G': isoYear = Long.parseLong(v); break;
                case 'm': month = Integer.parseInt(v); break;
                case 'B': month = List.of(MON_FULL).indexOf(lower) + 1; break;
                case 'b': month = List.of(MON_ABBR).indexOf(lower) + 1; break;
                case 'd': day = Integer.parseInt(v.strip()); break;
                case 'H': hour = Integer.parseInt(v); break;
                case 'I': {
                    hour = Integer.parseInt(v);
                    String ampm = found.getOrDefault('p', "").toLowerCase(Locale.ROOT);
                    if (ampm.isEmpty() || ampm.equals("am")) {
                        if (hour == 12) hour = 0;
                    } else if (hour != 12) {
                        hour += 12;
                    }
                    break;
                }
                case 'M': minute = Integer.parseInt(v); break;
                case 'S': second = Integer.parseInt(v); break;
                case 'A': weekday = List.of(WDAY_FULL).indexOf(lower); break;
                case 'a': weekday = List.of(WDAY_ABBR).indexOf(lower); break;
                case 'w': {
                    int w = Integer.parseInt(v);
                    weekday = w == 0 ? 6 : w - 1;
                    break;
                }
                case 'u': weekday = Integer.parseInt(v) - 1; break;
                case 'j': julian = Long.parseLong(v); break;
                case 'U':
                case 'W':
                    weekOfYear = Integer.parseInt(v);
                    weekStartsMonday = e.getKey() == 'W';
                    break;
                case 'V': isoWeek = Integer.parseInt(v); break;
                case 'z': gmtoff = parseOffset(v); break;
                case 'Z': {
                    boolean sameNames = false;
                    Object tzname = time.getDict().getOrNull("tzname");
                    Object daylight = time.getDict().getOrNull("daylight");
                    if (tzname instanceof PyTuple t && t.size() == 2 && Abstract.eq(t.get(0), t.get(1))
                        && daylight != null && Abstract.isTrue(daylight)) {
                        sameNames = true;
                    }
                    for (int k = 0; k < zones.size(); k++) {
                        if (zones.get(k).contains(lower)) {
                            if (!(sameNames && !lower.equals("utc") && !lower.equals("gmt"))) tz = k;
                            break;
                        }
                    }
                    break;
                }
                default: break;
            }
        }
        if (year == null && isoYear != null) {
            if (isoWeek == null || weekday == null) {
                throw PyExc.valueError("ISO year directive '%G' must be used with the ISO week directive '%V' and a weekday "
                    + "directive ('%A', '%a', '%w', or '%u').");
            }
            if (julian != null) {
                throw PyExc.valueError("Day of the year directive '%j' is not compatible with ISO year directive '%G'. "
                    + "Use '%Y' instead.");
            }
        } else if (isoWeek != null) {
            if (year == null || weekday == null) {
                throw PyExc.valueError("ISO week directive '%V' must be used with the ISO year directive '%G' and a weekday "
                    + "directive ('%A', '%a', '%w', or '%u').");
            }
            throw PyExc.valueError("ISO week directive '%V' is incompatible with the year directive '%Y'. "
                + "Use the ISO year '%G' instead.");
        }
        boolean leapYearFix = false;
        if (year == null && month == 2 && day == 29) {
            year = 1904L;
            leapYearFix = true;
        } else if (year == null) {
            year = 1900L;
        }
        if (julian == null && weekday != null) {
            if (weekOfYear != null) {
                julian = julianFromWeek(year, weekOfYear, weekday, weekStartsMonday);
            } else if (isoYear != null && isoWeek != null) {
                // Monday of ISO week 1 is the Monday on or before January 4th
                long jan4 = TimeModule.daysFromCivil(isoYear, 1, 4);
                long week1Monday = jan4 - Math.floorMod(jan4 + 3, 7L);
                long target = week1Monday + (isoWeek - 1) * 7L + weekday;
                long y = isoYear;
                long ord = target - TimeModule.daysFromCivil(y, 1, 1) + 1;
                if (ord < 1) {
                    y--;
                    ord = target - TimeModule.daysFromCivil(y, 1, 1) + 1;
                }
                year = y;
                julian = ord;
            }
            if (julian != null && julian <= 0) {
                year = year - 1;
                julian += isLeap(year) ? 366 : 365;
            }
        }
        if (julian == null) {
            checkDate(year, month, day);
            julian = TimeModule.daysFromCivil(year, month, day) - TimeModule.daysFromCivil(year, 1, 1) + 1;
        } else {
            if (year < 1 || year > 9999) throw PyExc.valueError("year " + year + " is out of range");
            long[] ymd = TimeModule.civilFromDays(TimeModule.daysFromCivil(year, 1, 1) + julian - 1);
            year = ymd[0];
            month = (int) ymd[1];
            day = (int) ymd[2];
        }
        if (weekday == null) weekday = weekday(year, month, day);
        Object zone = found.containsKey('Z') ? found.get('Z') : PyNone.NONE;
        if (leapYearFix) year = 1900L;
        return new StructTime(new Object[] {year, (long) month, (long) day, (long) hour, (long) minute, (long) second,
            (long) weekday, julian, tz, zone, gmtoff});
    }

    /** Day of the year from a %U (weeks start on Sunday) or %W (Monday) week number and a weekday. */
    private static long julianFromWeek(long year, int week, int weekday, boolean mondayFirst) {
        int first = weekday(year, 1, 1);
        int wd = weekday;
        if (!mondayFirst) {
            first = (first + 1) % 7;
            wd = (wd + 1) % 7;
        }
        int week0Length = (7 - first) % 7;
        if (week == 0) return 1 + wd - first;
        return 1 + week0Length + 7L * (week - 1) + wd;
    }

    /** A %z value ("+hhmm", "-hh:mm", "+hhmmss.ffffff", "Z") as seconds east of UTC. */
    private static Object parseOffset(String z) {
        if (z.equals("Z") || z.equals("z")) return 0L;
        String s = z;
        if (s.length() > 3 && s.charAt(3) == ':') {
            s = s.substring(0, 3) + s.substring(4);
            if (s.length() > 5) {
                if (s.charAt(5) != ':') throw PyExc.valueError("Inconsistent use of : in " + z);
                s = s.substring(0, 5) + s.substring(6);
            }
        }
        long hours = Long.parseLong(s.substring(1, 3));
        long minutes = Long.parseLong(s.substring(3, 5));
        long seconds = s.length() >= 7 ? Long.parseLong(s.substring(5, 7)) : 0;
        long off = (hours * 60 + minutes) * 60 + seconds;
        return s.charAt(0) == '-' ? -off : off;
    }
}
