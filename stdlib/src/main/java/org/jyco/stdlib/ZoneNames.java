package org.jyco.stdlib;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.zone.ZoneRules;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Time zone abbreviations ("CET", "EDT", "+04") as the C library reports them in
 * {@code tm_zone}: read from the system's compiled tz database (TZif files under
 * /usr/share/zoneinfo), which is what glibc uses. Java's own short display names come from CLDR
 * and differ for many zones, so they are only the fallback.
 */
final class ZoneNames {
    private ZoneNames() {}

    /** One zone's transitions and the abbreviation of each local time type. */
    private static final class TzData {
        long[] transitions = new long[0];
        int[] typeOf = new int[0];
        int[] offsets = new int[0];
        boolean[] dst = new boolean[0];
        String[] abbrev = new String[0];
        /** Latest abbreviation for each (offset, isdst), for instants after the last transition. */
        final Map<Long, String> latest = new HashMap<>();
    }

    private static final Map<String, TzData> CACHE = new ConcurrentHashMap<>();
    private static final TzData NONE = new TzData();

    /** The abbreviation and DST flag of the local time type in force at an instant. */
    record Info(String abbreviation, boolean dst) {}

    static String abbreviation(ZoneId zone, Instant at) {
        return info(zone, at).abbreviation();
    }

    static Info info(ZoneId zone, Instant at) {
        ZoneRules rules = zone.getRules();
        int offset = rules.getOffset(at).getTotalSeconds();
        boolean isDst = rules.isDaylightSavings(at);
        TzData d = CACHE.computeIfAbsent(zone.getId(), ZoneNames::load);
        if (d != NONE) {
            long t = at.getEpochSecond();
            int n = d.transitions.length;
            if (n > 0 && t >= d.transitions[0] && t < d.transitions[n - 1]) {
                int lo = 0, hi = n - 1;
                while (lo < hi) {
                    int mid = (lo + hi + 1) >>> 1;
                    if (d.transitions[mid] <= t) lo = mid;
                    else hi = mid - 1;
                }
                int type = d.typeOf[lo];
                if (d.offsets[type] == offset) return new Info(d.abbrev[type], d.dst[type]);
            }
            String s = d.latest.get(key(offset, isDst));
            if (s != null) return new Info(s, isDst);
            s = d.latest.get(key(offset, !isDst));
            if (s != null) return new Info(s, !isDst);
            if (n == 0 && d.abbrev.length > 0 && d.offsets[0] == offset) return new Info(d.abbrev[0], d.dst[0]);
        }
        return new Info(javaName(zone, at, offset, isDst), isDst);
    }

    private static long key(int offset, boolean dst) {
        return ((long) offset << 1) | (dst ? 1 : 0);
    }

    private static String javaName(ZoneId zone, Instant at, int offset, boolean dst) {
        String name = TimeZone.getTimeZone(zone).getDisplayName(dst, TimeZone.SHORT, Locale.ROOT);
        if (name.startsWith("GMT") && name.length() > 3) {
            int a = Math.abs(offset);
            String s = (offset < 0 ? "-" : "+") + String.format("%02d", a / 3600);
            if (a % 3600 != 0) s += String.format("%02d", (a % 3600) / 60);
            return s;
        }
        return name;
    }

    private static TzData load(String id) {
        String dir = System.getenv("TZDIR");
        Path base = Path.of(dir != null && !dir.isEmpty() ? dir : "/usr/share/zoneinfo");
        try {
            Path file = base.resolve(id).normalize();
            if (!file.startsWith(base) || !Files.isRegularFile(file)) return NONE;
            return parse(Files.readAllBytes(file));
        } catch (IOException | RuntimeException e) {
            return NONE;
        }
    }

    /** Parses a TZif file (RFC 8536): the 64-bit data block of version 2+ files, else version 1. */
    private static TzData parse(byte[] bytes) {
        ByteBuffer b = ByteBuffer.wrap(bytes);
        if (b.getInt(0) != 0x545a6966) return NONE; // "TZif"
        int version = bytes[4];
        int[] h = header(b, 0);
        int v1Size = 44 + h[3] * 5 + h[4] * 6 + h[5] + h[2] * 8 + h[1] + h[0];
        if (version >= '2' && bytes.length > v1Size + 44) {
            return block(b, v1Size, 8);
        }
        return block(b, 0, 4);
    }

    /** isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt. */
    private static int[] header(ByteBuffer b, int at) {
        int[] h = new int[6];
        for (int i = 0; i < 6; i++) h[i] = b.getInt(at + 20 + 4 * i);
        return h;
    }

    private static TzData block(ByteBuffer b, int at, int timeSize) {
        int[] h = header(b, at);
        int timecnt = h[3], typecnt = h[4], charcnt = h[5];
        int p = at + 44;
        TzData d = new TzData();
        d.transitions = new long[timecnt];
        for (int i = 0; i < timecnt; i++) {
            d.transitions[i] = timeSize == 8 ? b.getLong(p) : b.getInt(p);
            p += timeSize;
        }
        d.typeOf = new int[timecnt];
        for (int i = 0; i < timecnt; i++) d.typeOf[i] = b.get(p++) & 0xff;
        d.offsets = new int[typecnt];
        d.dst = new boolean[typecnt];
        int[] abbrInd = new int[typecnt];
        for (int i = 0; i < typecnt; i++) {
            d.offsets[i] = b.getInt(p);
            d.dst[i] = b.get(p + 4) != 0;
            abbrInd[i] = b.get(p + 5) & 0xff;
            p += 6;
        }
        byte[] chars = new byte[charcnt];
        b.get(p, chars);
        d.abbrev = new String[typecnt];
        for (int i = 0; i < typecnt; i++) {
            int s = abbrInd[i], e = s;
            while (e < charcnt && chars[e] != 0) e++;
            d.abbrev[i] = new String(chars, s, e - s, StandardCharsets.US_ASCII);
        }
        for (int i = 0; i < typecnt; i++) d.latest.putIfAbsent(key(d.offsets[i], d.dst[i]), d.abbrev[i]);
        for (int i = 0; i < timecnt; i++) {
            int t = d.typeOf[i];
            d.latest.put(key(d.offsets[t], d.dst[t]), d.abbrev[t]);
        }
        return d;
    }
}
