package org.jyco.runtime.format;

import java.math.BigInteger;
import org.jyco.runtime.PyExc;

/**
 * The standard format specifier mini-language of {@code format()}, {@code str.format} and f-strings
 * (CPython 3.11's {@code Python/formatter_unicode.c}):
 * {@code [[fill]align][sign][z][#][0][width][grouping][.precision][type]}, and the
 * {@code __format__} of int, float and str built on it, with CPython's output and error messages.
 */
public final class FormatSpec {
    /** The fill code point (default ' '). */
    public final int fill;
    /** '<', '>', '^', '=' or '\0' when not given. */
    public final char align;
    /** '+', '-', ' ' or '\0' when not given. */
    public final char sign;
    /** The 'z' option (3.11): negative zero shown without its sign. */
    public final boolean noNeg0;
    /** The '#' option. */
    public final boolean alternate;
    /** The minimum width, or -1. */
    public final int width;
    /** ',' or '_' for digit grouping, or '\0'. */
    public final char grouping;
    /** The precision, or -1. */
    public final int precision;
    /** The presentation type as a code point, or the caller's default when not given. */
    public final int type;

    private FormatSpec(int fill, char align, char sign, boolean noNeg0, boolean alternate, int width,
                       char grouping, int precision, int type) {
        this.fill = fill;
        this.align = align;
        this.sign = sign;
        this.noNeg0 = noNeg0;
        this.alternate = alternate;
        this.width = width;
        this.grouping = grouping;
        this.precision = precision;
        this.type = type;
    }

    private static boolean isAlign(int c) {
        return c == '<' || c == '>' || c == '^' || c == '=';
    }

    /**
     * Parses a format specifier as CPython's {@code parse_internal_render_format_spec}.
     *
     * @param spec the specifier text
     * @param defaultType the type used when none is given ('d' for int, 's' for str, '\0' for float)
     * @param defaultAlign '>' for numbers, '<' for strings
     * @param typeName the object's type name, for the "Invalid format specifier" message
     */
    public static FormatSpec parse(String spec, int defaultType, char defaultAlign, String typeName) {
        int[] cp = spec.codePoints().toArray();
        int end = cp.length;
        int pos = 0;
        int fill = ' ';
        boolean fillGiven = false;
        char align = defaultAlign;
        boolean alignGiven = false;
        char sign = '\0';
        boolean noNeg0 = false;
        boolean alternate = false;
        long width = -1;
        char grouping = '\0';
        long precision = -1;
        int type = defaultType;

        if (end - pos >= 2 && isAlign(cp[pos + 1])) {
            fill = cp[pos];
            align = (char) cp[pos + 1];
            fillGiven = true;
            alignGiven = true;
            pos += 2;
        } else if (end - pos >= 1 && isAlign(cp[pos])) {
            align = (char) cp[pos];
            alignGiven = true;
            pos++;
        }
        if (end - pos >= 1 && (cp[pos] == '+' || cp[pos] == '-' || cp[pos] == ' ')) {
            sign = (char) cp[pos];
            pos++;
        }
        if (end - pos >= 1 && cp[pos] == 'z') {
            noNeg0 = true;
            pos++;
        }
        if (end - pos >= 1 && cp[pos] == '#') {
            alternate = true;
            pos++;
        }
        if (!fillGiven && end - pos >= 1 && cp[pos] == '0') {
            fill = '0';
            if (!alignGiven && defaultAlign == '>') align = '=';
            pos++;
        }
        int start = pos;
        long[] acc = new long[1];
        pos = parseInteger(cp, pos, end, acc);
        if (pos > start) width = acc[0];

        if (end - pos >= 1 && cp[pos] == ',') {
            grouping = ',';
            pos++;
        }
        if (end - pos >= 1 && cp[pos] == '_') {
            if (grouping != '\0') throw PyExc.valueError("Cannot specify both ',' and '_'.");
            grouping = '_';
            pos++;
        }
        if (end - pos >= 1 && cp[pos] == ',') {
            if (grouping == '_') throw PyExc.valueError("Cannot specify both ',' and '_'.");
        }
        if (end - pos >= 1 && cp[pos] == '.') {
            pos++;
            start = pos;
            pos = parseInteger(cp, pos, end, acc);
            if (pos == start) throw PyExc.valueError("Format specifier missing precision");
            precision = acc[0];
        }
        if (end - pos > 1) {
            throw PyExc.valueError("Invalid format specifier '" + spec + "' for object of type '" + typeName + "'");
        }
        if (end - pos == 1) type = cp[pos];

        if (grouping != '\0') {
            switch (type) {
                case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case '\0':
                    break;
                case 'b': case 'o': case 'x': case 'X':
                    if (grouping == '_') break;
                    // fall through
                default:
                    throw PyExc.valueError("Cannot specify '" + grouping + "' with " + quoteCode(type) + ".");
            }
        }
        if (width > Integer.MAX_VALUE - 16) {
            // CPython would try to build the padded string; a Java string cannot be that long
            throw PyExc.valueError("Too many decimal digits in format string");
        }
        return new FormatSpec(fill, align, sign, noNeg0, alternate, (int) width, grouping,
            precision > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) precision, type);
    }

    /** A precision beyond C's INT_MAX (kept as Integer.MAX_VALUE): float formatting rejects it. */
    private boolean precisionTooBig() {
        return precision == Integer.MAX_VALUE;
    }

    private static int parseInteger(int[] cp, int pos, int end, long[] out) {
        long v = 0;
        int d;
        while (pos < end && (d = decimalValue(cp[pos])) >= 0) {
            if (v > (Long.MAX_VALUE - d) / 10) throw PyExc.valueError("Too many decimal digits in format string");
            v = v * 10 + d;
            pos++;
        }
        out[0] = v;
        return pos;
    }

    /** The value of a Unicode decimal digit (category Nd), or -1: CPython's Py_UNICODE_TODECIMAL. */
    static int decimalValue(int cp) {
        if (cp >= '0' && cp <= '9') return cp - '0';
        if (cp < 128) return -1;
        return Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER ? Character.digit(cp, 10) : -1;
    }

    /** A type code in messages: 'x' when printable ASCII, else '\x..'. */
    static String quoteCode(int c) {
        if (c > 32 && c < 128) return "'" + (char) c + "'";
        return "'\\x" + Integer.toHexString(c) + "'";
    }

    private static RuntimeException unknownCode(int type, String typeName) {
        return PyExc.valueError("Unknown format code " + quoteCode(type) + " for object of type '" + typeName + "'");
    }

    // ================================================================== str

    /** {@code str.__format__}. */
    public static String formatStr(String s, String spec) {
        return formatStr(s, spec, "str");
    }

    /** {@code str.__format__} for an object whose type is called typeName (a str subclass). */
    public static String formatStr(String s, String spec, String typeName) {
        if (spec.isEmpty()) return s;
        FormatSpec f = parse(spec, 's', '<', typeName);
        if (f.type != 's') throw unknownCode(f.type, typeName);
        if (f.sign == ' ') throw PyExc.valueError("Space not allowed in string format specifier");
        if (f.sign != '\0') throw PyExc.valueError("Sign not allowed in string format specifier");
        if (f.noNeg0) throw PyExc.valueError("Negative zero coercion (z) not allowed in string format specifier");
        if (f.alternate) throw PyExc.valueError("Alternate form (#) not allowed in string format specifier");
        if (f.align == '=') throw PyExc.valueError("'=' alignment not allowed in string format specifier");
        int len = s.codePointCount(0, s.length());
        if (f.precision >= 0 && len > f.precision) {
            s = s.substring(0, s.offsetByCodePoints(0, f.precision));
            len = f.precision;
        }
        if (f.width <= len) return s;
        return f.pad(new StringBuilder(s.length() + f.width - len), s, len).toString();
    }

    /** Pads text of len code points to the width with the fill per the alignment. */
    private StringBuilder pad(StringBuilder sb, CharSequence text, int len) {
        int total = width - len;
        int left;
        if (align == '>' || align == '=') left = total;
        else if (align == '^') left = total / 2;
        else left = 0;
        appendFill(sb, fill, left);
        sb.append(text);
        appendFill(sb, fill, total - left);
        return sb;
    }

    private static void appendFill(StringBuilder sb, int fill, int n) {
        if (fill < 0x10000) {
            for (int i = 0; i < n; i++) sb.append((char) fill);
        } else {
            for (int i = 0; i < n; i++) sb.appendCodePoint(fill);
        }
    }

    // ================================================================== int

    /** {@code int.__format__} for a Long or BigInteger (a Boolean counts as 0 or 1). */
    public static String formatInt(Object v, String spec) {
        return formatInt(v, spec, v instanceof Boolean ? "bool" : "int");
    }

    /** {@code int.__format__} for an object whose type is called typeName. */
    public static String formatInt(Object v, String spec, String typeName) {
        if (v instanceof Boolean b) v = b ? 1L : 0L;
        if (spec.isEmpty()) return v.toString();
        FormatSpec f = parse(spec, 'd', '>', typeName);
        switch (f.type) {
            case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
                return f.formatIntegral(v);
            case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
                return f.formatDouble(intToDouble(v));
            default:
                throw unknownCode(f.type, typeName);
        }
    }

    private static double intToDouble(Object v) {
        if (v instanceof Long l) return l;
        double d = ((BigInteger) v).doubleValue();
        if (Double.isInfinite(d)) throw PyExc.overflow("int too large to convert to float");
        return d;
    }

    private String formatIntegral(Object v) {
        if (precision >= 0) throw PyExc.valueError("Precision not allowed in integer format specifier");
        if (noNeg0) throw PyExc.valueError("Negative zero coercion (z) not allowed in integer format specifier");
        if (type == 'c') {
            if (sign != '\0') throw PyExc.valueError("Sign not allowed with integer format specifier 'c'");
            if (alternate) throw PyExc.valueError("Alternate form (#) not allowed with integer format specifier 'c'");
            long x;
            if (v instanceof Long l) {
                x = l;
            } else {
                throw PyExc.overflow("Python int too large to convert to C long");
            }
            if (x < 0 || x > 0x10ffff) throw PyExc.overflow("%c arg not in range(0x110000)");
            return layoutNumber("", "", "", new String(Character.toChars((int) x)), 0);
        }
        boolean neg;
        String digits;
        int radix;
        String prefix = "";
        switch (type) {
            case 'b': radix = 2; prefix = "0b"; break;
            case 'o': radix = 8; prefix = "0o"; break;
            case 'x': radix = 16; prefix = "0x"; break;
            case 'X': radix = 16; prefix = "0X"; break;
            default: radix = 10; break;
        }
        if (v instanceof Long l) {
            long x = l;
            neg = x < 0;
            digits = neg ? Long.toUnsignedString(-x, radix) : Long.toString(x, radix);
        } else {
            BigInteger b = (BigInteger) v;
            neg = b.signum() < 0;
            digits = b.abs().toString(radix);
        }
        if (type == 'X') digits = digits.toUpperCase();
        if (!alternate) prefix = "";
        String signStr = neg ? "-" : sign == '+' ? "+" : sign == ' ' ? " " : "";
        int groupSize = grouping == '\0' ? 0 : radix == 10 ? 3 : 4;
        return layoutNumber(signStr, prefix, digits, "", groupSize);
    }

    // ================================================================== float

    /** {@code float.__format__}. */
    public static String formatFloat(double v, String spec) {
        return formatFloat(v, spec, "float");
    }

    /** {@code float.__format__} for an object whose type is called typeName. */
    public static String formatFloat(double v, String spec, String typeName) {
        if (spec.isEmpty()) return FloatFormat.repr(v);
        FormatSpec f = parse(spec, '\0', '>', typeName);
        switch (f.type) {
            case '\0': case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
                return f.formatDouble(v);
            default:
                throw unknownCode(f.type, typeName);
        }
    }

    /** {@code complex.__format__} (CPython's format_complex_internal). */
    public static String formatComplex(double re, double im, String spec) {
        FormatSpec f = parse(spec, '\0', '>', "complex");
        switch (f.type) {
            case '\0': case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n':
                break;
            default:
                throw unknownCode(f.type, "complex");
        }
        if (f.fill == '0') {
            throw PyExc.valueError("Zero padding is not allowed in complex format specifier");
        }
        if (f.align == '=') throw PyExc.valueError("'=' alignment flag is not allowed in complex format specifier");
        if (f.precisionTooBig()) throw PyExc.valueError("precision too big");
        char type = (char) f.type;
        int precision = f.precision;
        int defaultPrecision = 6;
        boolean skipRe = false, parens = false;
        int flags = 0;
        if (f.alternate) flags |= FloatFormat.F_ALT;
        if (f.noNeg0) flags |= FloatFormat.F_NO_NEG_0;
        if (type == '\0') {
            type = 'r';
            defaultPrecision = 0;
            if (re == 0.0 && Math.copySign(1.0, re) == 1.0) skipRe = true;
            else parens = true;
        }
        if (type == 'n') type = 'g';
        if (precision < 0) precision = defaultPrecision;
        else if (type == 'r') type = 'g';
        String reS = FloatFormat.format(re, type, precision, flags);
        String imS = FloatFormat.format(im, type, precision, flags);
        StringBuilder body = new StringBuilder();
        if (parens) body.append('(');
        if (!skipRe) {
            if (reS.startsWith("-")) {
                body.append(reS);
            } else {
                if (f.sign == '+') body.append('+');
                else if (f.sign == ' ') body.append(' ');
                body.append(reS);
            }
        }
        if (imS.startsWith("-")) {
            body.append(imS);
        } else {
            if (!skipRe || f.sign == '+') body.append('+');
            else if (f.sign == ' ') body.append(' ');
            body.append(imS);
        }
        body.append('j');
        if (parens) body.append(')');
        String text = body.toString();
        int len = text.codePointCount(0, text.length());
        if (f.width <= len) return text;
        return f.pad(new StringBuilder(text.length() + f.width - len), text, len).toString();
    }

    private String formatDouble(double v) {
        if (precisionTooBig()) throw PyExc.valueError("precision too big");
        int flags = 0;
        if (alternate) flags |= FloatFormat.F_ALT;
        if (noNeg0) flags |= FloatFormat.F_NO_NEG_0;
        char t = type == 'n' ? 'g' : (char) type;
        String s = FloatFormat.format(v, t, precision, flags);
        // split into sign, leading digits and the rest (point, fraction, exponent, '%')
        int i = 0;
        String signStr;
        if (s.charAt(0) == '-') {
            signStr = "-";
            i = 1;
        } else {
            signStr = sign == '+' ? "+" : sign == ' ' ? " " : "";
        }
        int j = i;
        while (j < s.length() && s.charAt(j) >= '0' && s.charAt(j) <= '9') j++;
        int groupSize = grouping == '\0' ? 0 : 3;
        return layoutNumber(signStr, "", s.substring(i, j), s.substring(j), groupSize);
    }

    // ================================================================== number layout

    /**
     * Assembles sign + prefix + grouped digits + rest and pads it to the width: '=' pads between
     * the prefix and the digits, and a '0' fill with '=' pads with grouped zeros.
     */
    private String layoutNumber(String signStr, String prefix, String digits, String rest, int groupSize) {
        char sep = grouping;
        int fixedLen = signStr.length() + prefix.length() + rest.codePointCount(0, rest.length());
        String body;
        if (groupSize > 0 && !digits.isEmpty()) {
            int minWidth = fill == '0' && align == '=' ? width - fixedLen : 0;
            body = group(digits, groupSize, sep, minWidth);
        } else {
            body = digits;
        }
        int len = fixedLen + body.length();
        int padding = width - len;
        StringBuilder sb = new StringBuilder(Math.max(len, width) + 2);
        if (padding <= 0) {
            return sb.append(signStr).append(prefix).append(body).append(rest).toString();
        }
        switch (align) {
            case '<':
                sb.append(signStr).append(prefix).append(body).append(rest);
                appendFill(sb, fill, padding);
                break;
            case '^': {
                int left = padding / 2;
                appendFill(sb, fill, left);
                sb.append(signStr).append(prefix).append(body).append(rest);
                appendFill(sb, fill, padding - left);
                break;
            }
            case '=':
                sb.append(signStr).append(prefix);
                appendFill(sb, fill, padding);
                sb.append(body).append(rest);
                break;
            default:
                appendFill(sb, fill, padding);
                sb.append(signStr).append(prefix).append(body).append(rest);
                break;
        }
        return sb.toString();
    }

    /**
     * Inserts a separator every groupSize digits from the right; when minWidth is larger than the
     * result, pads on the left with zeros (grouped too), never starting with a separator.
     */
    static String group(String digits, int groupSize, char sep, int minWidth) {
        int n = digits.length();
        int groups = (n + groupSize - 1) / groupSize;
        int len = n + groups - 1;
        StringBuilder sb = new StringBuilder(Math.max(len, minWidth) + 2);
        // zero padding in front, built right to left conceptually: count what is needed first
        int lead = n % groupSize == 0 ? groupSize : n % groupSize; // digits in the leftmost group
        int need = minWidth - len;
        StringBuilder pre = new StringBuilder();
        if (need > 0) {
            int z = Math.min(need, groupSize - lead);
            need -= z;
            for (int i = 0; i < z; i++) pre.append('0');
            while (need > 0) {
                // the current group is full: a separator and at least one more digit
                pre.append(sep);
                need--;
                int zz = Math.min(groupSize, Math.max(need, 1));
                for (int i = 0; i < zz; i++) pre.append('0');
                need -= zz;
            }
            pre.reverse();
        }
        sb.append(pre);
        int first = lead;
        sb.append(digits, 0, first);
        for (int i = first; i < n; i += groupSize) {
            sb.append(sep);
            sb.append(digits, i, i + groupSize);
        }
        return sb.toString();
    }
}
