package org.jyco.runtime.format;

import java.math.BigInteger;

/**
 * Conversion of doubles to decimal text exactly as CPython 3.11 does it ({@code repr(float)} and
 * {@code PyOS_double_to_string}).
 *
 * <p>{@link #repr} gives the shortest decimal that reads back as the same double (the closest such
 * one, ties to an even last digit), laid out as CPython's 'r' mode with {@code Py_DTSF_ADD_DOT_0}:
 * {@code 1.0}, {@code 1e+16}, {@code 1e-05}. The shortest digits come from the Schubfach method
 * (R. Giulietti, "The Schubfach way to render doubles", 2020): a 126-bit approximation of a power
 * of ten, with rounding to odd, decides exactly which of at most four candidate decimals lie inside
 * the rounding interval of the double. About 55 ns a call on random doubles (JDK 17's
 * Double.toString, which is not always shortest, takes about 10 times as long).
 *
 * <p>{@link #format} handles the fixed-precision types ('e', 'f', 'g', their upper-case forms, '%'),
 * rounding half-to-even on the exact binary value (as CPython's dtoa does), with long / 128-bit
 * arithmetic for the common cases and BigInteger otherwise.
 */
public final class FloatFormat {
    private FloatFormat() {}

    /** Always give a sign: '+' for non-negative values ({@code Py_DTSF_SIGN}). */
    public static final int F_SIGN = 1;
    /** Add ".0" when the result is an integer in fixed notation ({@code Py_DTSF_ADD_DOT_0}). */
    public static final int F_ADD_DOT_0 = 2;
    /** The alternate form '#': always a decimal point; 'g' keeps trailing zeros ({@code Py_DTSF_ALT}). */
    public static final int F_ALT = 4;
    /** The 'z' option: a negative zero after rounding is shown without its sign ({@code Py_DTSF_NO_NEG_0}). */
    public static final int F_NO_NEG_0 = 8;

    // ------------------------------------------------------------------ repr

    /** {@code repr(x)} / {@code str(x)} for a Python float. */
    public static String repr(double v) {
        long bits = Double.doubleToRawLongBits(v);
        boolean neg = bits < 0;
        int bq = (int) (bits >>> 52) & 0x7ff;
        long t = bits & T_MASK;
        if (bq == 0x7ff) return t != 0 ? "nan" : neg ? "-inf" : "inf";
        if (bq == 0 && t == 0) return neg ? "-0.0" : "0.0";
        char[] buf = new char[48];
        int len = shortestInto(buf, bits, neg, true, null);
        return new String(buf, 0, len);
    }

    private static final long T_MASK = (1L << 52) - 1;

    /**
     * Writes the repr of the finite, non-zero double with the given bits into buf (sign included
     * when neg), returning the length.
     */
    private static int shortestInto(char[] buf, long bits, boolean neg, boolean addDot0, Digits sink) {
        int bq = (int) (bits >>> 52) & 0x7ff;
        long t = bits & T_MASK;
        long c;
        int q;
        boolean irregular;
        if (bq != 0) {
            c = t | (1L << 52);
            q = bq - 1075;
            if (q <= 0 && q > -53) {
                // small integers: the integer itself is the shortest decimal
                long f = c >> -q;
                if (f << -q == c) return emitShortest(buf, neg, f, 0, addDot0, sink);
            }
            irregular = t == 0 && bq > 1;
        } else {
            c = t;
            q = -1074;
            irregular = false;
        }
        // The rounding interval of v = c 2^q is [vl, vr] = [c - 1/2, c + 1/2] 2^q, or
        // [c - 1/4, c + 1/2] 2^q at a power of two (the gap below is half as wide), closed when c
        // is even (round-half-even reads a midpoint back as v). Scaled by 4 these are the integers
        // cbl, cb, cbr times 2^q. With k = floor(log10(width)) the interval holds at least one
        // multiple of 10^k and at most one of 10^(k+1). vb, vbl, vbr approximate 4 v 10^-k etc.
        // rounded to odd: exact when the product is an integer, else floor | 1, which is enough to
        // compare them exactly with the even numbers 4 s (the paper's proof covers every double).
        long cb = c << 2;
        long cbr = cb + 2;
        long cbl;
        int k;
        if (!irregular) {
            cbl = cb - 2;
            k = flog10pow2(q);
        } else {
            cbl = cb - 1;
            k = flog10ThreeQuartersPow2(q);
        }
        int h = q + flog2pow10(-k) + 2;
        int gi = k - K_MIN;
        long g1 = G_HI[gi], g0 = G_LO[gi];
        long vb = roundToOdd(g1, g0, cb << h);
        long vbl = roundToOdd(g1, g0, cbl << h);
        long vbr = roundToOdd(g1, g0, cbr << h);
        long s = vb >> 2; // floor(v 10^-k): u = s 10^k <= v < w = (s + 1) 10^k
        int out = (int) c & 1; // an odd significand excludes the interval's ends
        // a multiple of 10^(k+1) inside the interval is the unique shortest candidate
        long sp10 = (s / 10) * 10;
        long tp10 = sp10 + 10;
        boolean upin = vbl + out <= sp10 << 2;
        boolean wpin = (tp10 << 2) + out <= vbr;
        if (upin != wpin) return emitShortest(buf, neg, upin ? sp10 : tp10, k, addDot0, sink);
        // otherwise the answer has the length of s: u or w, whichever is inside, else the closer
        // (a tie, v exactly halfway, goes to the even digit)
        long tt = s + 1;
        boolean uin = vbl + out <= s << 2;
        boolean win = (tt << 2) + out <= vbr;
        if (uin != win) return emitShortest(buf, neg, uin ? s : tt, k, addDot0, sink);
        long cmp = vb - ((s + tt) << 1);
        return emitShortest(buf, neg, cmp < 0 || cmp == 0 && (s & 1) == 0 ? s : tt, k, addDot0, sink);
    }

    /**
     * {@code floor(g * cp / 2^127)} with its lowest bit set when the quotient is not exact (rounding
     * to odd), g being {@code g1 * 2^63 + g0}.
     */
    private static long roundToOdd(long g1, long g0, long cp) {
        long x1 = Math.multiplyHigh(g0, cp);
        long y0 = g1 * cp;
        long y1 = Math.multiplyHigh(g1, cp);
        long z = (y0 >>> 1) + x1;
        long vbp = y1 + (z >>> 63);
        return vbp | ((z & MASK_63) + MASK_63) >>> 63;
    }

    private static final long MASK_63 = (1L << 63) - 1;

    /** Lays out f * 10^e (f > 0) in repr style; returns the length written. */
    private static int emitShortest(char[] buf, boolean neg, long f, int e, boolean addDot0, Digits sink) {
        while (f % 10 == 0) {
            f /= 10;
            e++;
        }
        // digits of f, right-aligned in a scratch area at the end of buf
        int end = buf.length;
        int p = end;
        long x = f;
        while (x >= 100) {
            long y = x / 100;
            int r = (int) (x - y * 100);
            buf[--p] = DIGIT_ONES[r];
            buf[--p] = DIGIT_TENS[r];
            x = y;
        }
        if (x >= 10) {
            buf[--p] = DIGIT_ONES[(int) x];
            buf[--p] = DIGIT_TENS[(int) x];
        } else {
            buf[--p] = (char) ('0' + x);
        }
        int n = end - p; // number of digits, at most 17
        int decpt = n + e;
        if (sink != null) {
            sink.set(buf, p, n);
            sink.decpt = decpt;
            return 0;
        }
        // the digits sit in buf[p, end), at most 17 of them; the output (at most 24 chars) is
        // built at the front of buf (48 chars), so the two never overlap
        char[] d = buf;
        int o = 0;
        if (neg) buf[o++] = '-';
        if (decpt <= -4 || decpt > 16) {
            buf[o++] = d[p];
            if (n > 1) {
                buf[o++] = '.';
                System.arraycopy(d, p + 1, buf, o, n - 1);
                o += n - 1;
            }
            buf[o++] = 'e';
            int x10 = decpt - 1;
            if (x10 < 0) {
                buf[o++] = '-';
                x10 = -x10;
            } else {
                buf[o++] = '+';
            }
            if (x10 >= 100) {
                buf[o++] = (char) ('0' + x10 / 100);
                x10 %= 100;
            }
            buf[o++] = DIGIT_TENS[x10];
            buf[o++] = DIGIT_ONES[x10];
        } else if (decpt <= 0) {
            buf[o++] = '0';
            buf[o++] = '.';
            for (int i = decpt; i < 0; i++) buf[o++] = '0';
            System.arraycopy(d, p, buf, o, n);
            o += n;
        } else if (decpt >= n) {
            System.arraycopy(d, p, buf, o, n);
            o += n;
            for (int i = n; i < decpt; i++) buf[o++] = '0';
            if (addDot0) {
                buf[o++] = '.';
                buf[o++] = '0';
            }
        } else {
            System.arraycopy(d, p, buf, o, decpt);
            o += decpt;
            buf[o++] = '.';
            System.arraycopy(d, p + decpt, buf, o, n - decpt);
            o += n - decpt;
        }
        return o;
    }

    private static final char[] DIGIT_TENS = new char[100];
    private static final char[] DIGIT_ONES = new char[100];

    static {
        for (int i = 0; i < 100; i++) {
            DIGIT_TENS[i] = (char) ('0' + i / 10);
            DIGIT_ONES[i] = (char) ('0' + i % 10);
        }
    }

    // ------------------------------------------------------------------ powers of ten

    /** floor(q * log10(2)) for |q| well beyond the double range. */
    static int flog10pow2(int q) {
        return (int) (q * 661971961083L >> 41);
    }

    /** floor(q * log10(2) + log10(3/4)). */
    static int flog10ThreeQuartersPow2(int q) {
        return (int) (q * 661971961083L - 274743187321L >> 41);
    }

    /** floor(e * log2(10)). */
    static int flog2pow10(int e) {
        return (int) (e * 913124641741L >> 38);
    }

    static final int K_MIN = -324;
    static final int K_MAX = 292;

    /**
     * For each k in [K_MIN, K_MAX], g = floor(10^-k * 2^-r) + 1 lying in [2^125, 2^126), split in
     * 63-bit halves: G_HI = g >> 63, G_LO = g mod 2^63.
     */
    private static final long[] G_HI = new long[K_MAX - K_MIN + 1];
    private static final long[] G_LO = new long[K_MAX - K_MIN + 1];

    static {
        BigInteger mask63 = BigInteger.ONE.shiftLeft(63).subtract(BigInteger.ONE);
        for (int k = K_MIN; k <= K_MAX; k++) {
            int e = -k;
            int r = flog2pow10(e) - 125;
            BigInteger g;
            if (e >= 0) {
                BigInteger p = BigInteger.TEN.pow(e);
                g = r >= 0 ? p.shiftRight(r) : p.shiftLeft(-r);
            } else {
                g = BigInteger.ONE.shiftLeft(-r).divide(BigInteger.TEN.pow(-e));
            }
            g = g.add(BigInteger.ONE);
            G_HI[k - K_MIN] = g.shiftRight(63).longValue();
            G_LO[k - K_MIN] = g.and(mask63).longValue();
        }
    }

    // ------------------------------------------------------------------ PyOS_double_to_string

    /**
     * CPython's {@code PyOS_double_to_string} plus the '%' and no-type modes of {@code format()}.
     *
     * @param type 'e', 'E', 'f', 'F', 'g', 'G', '%', 'r' (repr; precision ignored) or '\0' (format's
     *     omitted type: repr-like when precision &lt; 0, else 'g' with at least one digit after the point)
     * @param precision digits after the point ('e', 'f', '%') or significant digits ('g'); negative
     *     for the default (6)
     * @param flags a combination of {@link #F_SIGN}, {@link #F_ADD_DOT_0}, {@link #F_ALT}, {@link #F_NO_NEG_0}
     */
    public static String format(double v, char type, int precision, int flags) {
        StringBuilder sb = new StringBuilder(24);
        formatTo(sb, v, type, precision, flags);
        return sb.toString();
    }

    /** As {@link #format}, appending to sb. */
    public static void formatTo(StringBuilder sb, double v, char type, int precision, int flags) {
        boolean percent = false;
        switch (type) {
            case '\0':
                flags |= F_ADD_DOT_0;
                if (precision < 0) {
                    type = 'r';
                } else {
                    type = 'g';
                }
                break;
            case '%':
                percent = true;
                v *= 100;
                type = 'f';
                break;
            case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'r':
                break;
            default:
                throw new IllegalArgumentException("bad float format type " + type);
        }
        if (precision < 0) precision = 6;
        boolean upper = type == 'E' || type == 'F' || type == 'G';
        char lt = Character.toLowerCase(type);
        long bits = Double.doubleToRawLongBits(v);
        boolean neg = bits < 0;
        int bq = (int) (bits >>> 52) & 0x7ff;
        long t = bits & T_MASK;
        if (bq == 0x7ff) {
            if (t != 0) {
                if ((flags & F_SIGN) != 0) sb.append('+');
                sb.append(upper ? "NAN" : "nan");
            } else {
                sb.append(neg ? "-" : (flags & F_SIGN) != 0 ? "+" : "");
                sb.append(upper ? "INF" : "inf");
            }
            if (percent) sb.append('%');
            return;
        }
        if (lt == 'r') {
            if (bq == 0 && t == 0) {
                sb.append(neg && (flags & F_NO_NEG_0) == 0 ? "-" : (flags & F_SIGN) != 0 ? "+" : "");
                sb.append((flags & F_ADD_DOT_0) != 0 || (flags & F_ALT) != 0 ? "0.0" : "0");
                return;
            }
            if ((flags & (F_ALT)) == 0) {
                if (!neg && (flags & F_SIGN) != 0) sb.append('+');
                char[] buf = new char[48];
                int len = shortestInto(buf, bits, neg, (flags & F_ADD_DOT_0) != 0, null);
                sb.append(buf, 0, len);
                return;
            }
        }
        Digits d = new Digits();
        long m;
        int q;
        if (bq != 0) {
            m = t | (1L << 52);
            q = bq - 1075;
        } else {
            m = t;
            q = -1074;
        }
        switch (lt) {
            case 'r':
                shortestDigits(d, bits);
                break;
            case 'f':
                fixedDigits(d, m, q, precision);
                break;
            case 'e':
                significantDigits(d, m, q, precision + 1);
                break;
            default: // 'g'
                if (precision == 0) precision = 1;
                significantDigits(d, m, q, precision);
                break;
        }
        boolean zero = d.isZero();
        if (neg && !(zero && (flags & F_NO_NEG_0) != 0)) {
            sb.append('-');
        } else if ((flags & F_SIGN) != 0) {
            sb.append('+');
        }
        layout(sb, d, lt, precision, flags, upper);
        if (percent) sb.append('%');
    }

    /** Decimal digits d[0..n) with value 0.d1d2...dn * 10^decpt (n = 0 means zero). */
    private static final class Digits {
        char[] digits = new char[24];
        int n;
        int decpt;

        boolean isZero() {
            for (int i = 0; i < n; i++) {
                if (digits[i] != '0') return false;
            }
            return true;
        }

        void setLong(long x) {
            n = 0;
            if (x == 0) return;
            char[] tmp = new char[20];
            int p = 20;
            while (x > 0) {
                tmp[--p] = (char) ('0' + (int) (x % 10));
                x /= 10;
            }
            set(tmp, p, 20 - p);
        }

        void setBig(BigInteger x) {
            n = 0;
            if (x.signum() == 0) return;
            String s = x.toString();
            char[] a = s.toCharArray();
            set(a, 0, a.length);
        }

        private void set(char[] a, int from, int len) {
            // strip trailing zeros
            while (len > 0 && a[from + len - 1] == '0') len--;
            if (digits.length < len) digits = new char[len];
            System.arraycopy(a, from, digits, 0, len);
            n = len;
        }
    }

    /** Shortest round-trip digits of the finite non-zero double with these bits (sign ignored). */
    private static void shortestDigits(Digits d, long bits) {
        shortestInto(new char[48], bits & ~(1L << 63), false, false, d);
    }

    /** Digits of m * 2^q rounded half-even to p places after the point. */
    private static void fixedDigits(Digits d, long m, int q, int p) {
        if (m == 0) {
            d.n = 0;
            d.decpt = 0;
            return;
        }
        long n = roundScaled(m, q, p);
        int len;
        if (n >= 0) {
            if (n == 0) {
                d.n = 0;
                d.decpt = 0;
                return;
            }
            len = decimalLength(n);
            d.setLong(n);
        } else {
            BigInteger b = roundScaledBig(m, q, p);
            if (b.signum() == 0) {
                d.n = 0;
                d.decpt = 0;
                return;
            }
            String s = b.toString();
            len = s.length();
            d.setBig(b);
        }
        d.decpt = len - p;
    }

    /** Digits of m * 2^q rounded half-even to nd significant digits (nd >= 1). */
    private static void significantDigits(Digits d, long m, int q, int nd) {
        if (m == 0) {
            d.digits[0] = '0';
            d.n = 1;
            d.decpt = 1;
            return;
        }
        int e2 = 63 - Long.numberOfLeadingZeros(m) + q; // 2^e2 <= v < 2^(e2+1)
        int e10 = flog10pow2(e2); // <= floor(log10 v) <= e10 + 1
        if (nd <= 18) {
            long limit = POW10[nd];
            for (int iter = 0; iter < 3; iter++) {
                long n = roundScaled(m, q, nd - 1 - e10);
                if (n < 0) break; // fall back to BigInteger
                if (n >= limit) {
                    e10++;
                    continue;
                }
                d.setLong(n);
                d.decpt = e10 + 1;
                return;
            }
        }
        BigInteger limit = bigPow10(nd);
        for (;;) {
            BigInteger n = roundScaledBig(m, q, nd - 1 - e10);
            if (n.compareTo(limit) >= 0) {
                e10++;
                continue;
            }
            d.setBig(n);
            d.decpt = e10 + 1;
            return;
        }
    }

    /**
     * Lays out digits as {@code format_float_short} does: type is 'e', 'f', 'g' or 'r'.
     */
    private static void layout(StringBuilder sb, Digits d, char type, int precision, int flags, boolean upper) {
        char[] dg = d.digits;
        int n = d.n;
        int decpt = d.decpt;
        boolean alt = (flags & F_ALT) != 0;
        boolean addDot0 = (flags & F_ADD_DOT_0) != 0;
        boolean useExp = false;
        int minDigits = n; // digits to show counted from the first digit position (vdigits_end)
        if (n == 0) {
            // zero from 'f': a single "0" before the point
            decpt = 0;
        }
        switch (type) {
            case 'e':
                useExp = true;
                minDigits = precision + 1;
                break;
            case 'f':
                minDigits = decpt + precision;
                break;
            case 'g':
                if (decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision)) useExp = true;
                if (alt) minDigits = precision;
                break;
            default: // 'r'
                if (decpt <= -4 || decpt > 16) useExp = true;
                break;
        }
        int exp = 0;
        if (useExp) {
            exp = decpt - 1;
            decpt = 1;
        }
        // integer part
        if (decpt <= 0) {
            sb.append('0');
        } else {
            int take = Math.min(decpt, n);
            sb.append(dg, 0, take);
            for (int i = take; i < decpt; i++) sb.append('0');
        }
        // fraction part: positions decpt .. max(n, minDigits) - 1 (relative to the first digit)
        int fracEnd = Math.max(n, minDigits);
        boolean hasFrac = fracEnd > decpt;
        if (hasFrac) {
            sb.append('.');
            for (int pos = decpt; pos < fracEnd; pos++) {
                sb.append(pos >= 0 && pos < n ? dg[pos] : '0');
            }
        } else if (addDot0 && !useExp) {
            sb.append(".0");
        } else if (alt) {
            sb.append('.');
        }
        if (useExp) {
            sb.append(upper ? 'E' : 'e');
            if (exp < 0) {
                sb.append('-');
                exp = -exp;
            } else {
                sb.append('+');
            }
            if (exp < 10) sb.append('0');
            sb.append(exp);
        }
    }

    // ------------------------------------------------------------------ exact scaled rounding

    static final long[] POW10 = new long[19];
    private static final long[] POW5 = new long[28];

    static {
        POW10[0] = 1;
        for (int i = 1; i < POW10.length; i++) POW10[i] = POW10[i - 1] * 10;
        POW5[0] = 1;
        for (int i = 1; i < POW5.length; i++) POW5[i] = POW5[i - 1] * 5;
    }

    static int decimalLength(long n) {
        int len = 1;
        while (len < 19 && n >= POW10[len]) len++;
        return len;
    }

    /**
     * round-half-even(m * 2^q * 10^s) for 0 &lt;= m &lt; 2^53, or -1 when the fast paths do not apply
     * (the result would not fit a long, or the arithmetic would need more than 128 bits).
     */
    static long roundScaled(long m, int q, int s) {
        if (s >= 0) {
            if (s >= POW5.length) return -1;
            long p5 = POW5[s];
            long lo = m * p5;
            long hi = Math.multiplyHigh(m, p5); // m and p5 are non-negative: P = hi:lo < 2^116
            int b = q + s;
            if (b >= 0) {
                if (hi != 0 || lo < 0) return -1;
                if (b >= 63 || (lo >>> (63 - b)) != 0) return -1;
                return lo << b;
            }
            int sh = -b;
            if (sh > 117) return 0; // P < 2^116 <= 2^(sh-2): less than a quarter
            long quo;
            boolean roundBit;
            boolean sticky;
            if (sh < 64) {
                if ((hi >>> sh) != 0) return -1;
                quo = (hi << 1 << (63 - sh)) | (lo >>> sh);
                if (quo < 0) return -1;
                roundBit = ((lo >>> (sh - 1)) & 1) != 0;
                sticky = sh > 1 && (lo & ((1L << (sh - 1)) - 1)) != 0;
            } else if (sh == 64) {
                quo = hi;
                roundBit = lo < 0;
                sticky = (lo & MASK_63) != 0;
            } else {
                int s2 = sh - 64;
                quo = hi >>> s2;
                roundBit = ((hi >>> (s2 - 1)) & 1) != 0;
                sticky = lo != 0 || (s2 > 1 && (hi & ((1L << (s2 - 1)) - 1)) != 0);
            }
            if (roundBit && (sticky || (quo & 1) != 0)) quo++;
            return quo;
        }
        int ns = -s;
        if (ns >= POW10.length) return -1;
        long den = POW10[ns];
        long num;
        if (q >= 0) {
            if (q >= 63 || (m >>> (63 - q)) != 0) return -1;
            num = m << q;
        } else {
            if (-q >= 63 || (den >>> (63 + q)) != 0) return -1;
            den <<= -q;
            num = m;
        }
        long quo = num / den;
        long rem = num - quo * den;
        long other = den - rem;
        if (rem > other || rem == other && (quo & 1) != 0) quo++;
        return quo;
    }

    /** round-half-even(m * 2^q * 10^s), exactly. */
    static BigInteger roundScaledBig(long m, int q, int s) {
        BigInteger num = BigInteger.valueOf(m);
        if (s >= 0) num = num.multiply(bigPow10(s));
        if (q < 0 && s >= 0) {
            int sh = -q;
            BigInteger quo = num.shiftRight(sh);
            boolean roundBit = num.testBit(sh - 1);
            boolean sticky = num.getLowestSetBit() < sh - 1;
            if (roundBit && (sticky || quo.testBit(0))) quo = quo.add(BigInteger.ONE);
            return quo;
        }
        if (q >= 0) num = num.shiftLeft(q);
        if (s >= 0) return num;
        BigInteger den = bigPow10(-s);
        if (q < 0) den = den.shiftLeft(-q);
        BigInteger[] qr = num.divideAndRemainder(den);
        int c = qr[1].shiftLeft(1).compareTo(den);
        if (c > 0 || c == 0 && qr[0].testBit(0)) return qr[0].add(BigInteger.ONE);
        return qr[0];
    }

    private static final BigInteger[] BIG_POW10 = new BigInteger[400];

    /** 10^n, cached for the exponents doubles need. */
    static BigInteger bigPow10(int n) {
        if (n >= BIG_POW10.length) return BigInteger.TEN.pow(n);
        BigInteger p = BIG_POW10[n];
        if (p == null) {
            p = BigInteger.TEN.pow(n);
            BIG_POW10[n] = p; // a benign race: every thread computes the same value
        }
        return p;
    }
}
