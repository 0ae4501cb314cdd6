package org.jyco.runtime.format;

import java.math.BigInteger;
import org.jyco.runtime.Abstract;
import org.jyco.runtime.PyExc;
import org.jyco.runtime.types.PyTuple;

/**
 * {@code str % args} (CPython 3.11's {@code PyUnicode_Format}): conversions
 * {@code d i u o x X e E f F g G c r s a %}, flags {@code #0- +}, width and precision (also as
 * {@code *}), {@code %(key)s} with a mapping, with CPython's results and error messages.
 */
public final class PercentFormat {
    private PercentFormat() {}

    private static final int F_LJUST = 1;
    private static final int F_SIGN = 2;
    private static final int F_BLANK = 4;
    private static final int F_ALT = 8;
    private static final int F_ZERO = 16;

    /** Evaluates {@code fmt % args}. */
    public static String format(String fmt, Object args) {
        return new PercentFormat.State(fmt, args).run();
    }

    private static final class State {
        final String fmt;
        final int n;
        Object args;
        Object[] items; // the tuple's items, or null for a single object
        int arglen;
        int argidx;
        final boolean dict;
        final Object mapping;
        int pos;
        final StringBuilder out;

        State(String fmt, Object args) {
            this.fmt = fmt;
            this.n = fmt.length();
            this.args = args;
            if (args instanceof PyTuple t) {
                items = t.array();
                arglen = t.size();
                argidx = 0;
            } else {
                arglen = -1;
                argidx = -2;
            }
            dict = FormatSupport.isMapping(args);
            mapping = args;
            out = new StringBuilder(n + 16);
        }

        Object nextArg() {
            if (argidx < arglen) {
                int i = argidx++;
                return arglen < 0 ? args : items[i];
            }
            throw PyExc.typeError("not enough arguments for format string");
        }

        String run() {
            while (pos < n) {
                int pct = fmt.indexOf('%', pos);
                if (pct < 0) {
                    out.append(fmt, pos, n);
                    break;
                }
                out.append(fmt, pos, pct);
                pos = pct + 1;
                conversion();
            }
            if (argidx < arglen && !dict) {
                throw PyExc.typeError("not all arguments converted during string formatting");
            }
            return out.toString();
        }

        private RuntimeException incomplete() {
            return PyExc.valueError("incomplete format");
        }

        /** Handles one conversion; pos is just after its '%'. */
        void conversion() {
            if (pos >= n) throw incomplete();
            char c = fmt.charAt(pos);
            if (c == '%') {
                out.append('%');
                pos++;
                return;
            }
            if (c == '(') {
                if (!dict) throw PyExc.typeError("format requires a mapping");
                int depth = 1;
                int keyStart = ++pos;
                while (depth > 0 && pos < n) {
                    char k = fmt.charAt(pos);
                    if (k == ')') depth--;
                    else if (k == '(') depth++;
                    pos++;
                }
                if (depth > 0) throw PyExc.valueError("incomplete format key");
                String key = fmt.substring(keyStart, pos - 1);
                args = Abstract.getItem(mapping, key);
                items = null;
                arglen = -1;
                argidx = -2;
            }
            int flags = 0;
            for (; pos < n; pos++) {
                c = fmt.charAt(pos);
                if (c == '-') flags |= F_LJUST;
                else if (c == '+') flags |= F_SIGN;
                else if (c == ' ') flags |= F_BLANK;
                else if (c == '#') flags |= F_ALT;
                else if (c == '0') flags |= F_ZERO;
                else break;
            }
            int width = -1;
            if (pos < n && fmt.charAt(pos) == '*') {
                Object w = nextArg();
                if (!FormatSupport.isInt(w)) throw PyExc.typeError("* wants int");
                w = FormatSupport.asInt(w);
                if (!(w instanceof Long)) throw PyExc.overflow("Python int too large to convert to C ssize_t");
                long wl = (Long) w;
                if (wl < 0) {
                    flags |= F_LJUST;
                    wl = -wl;
                }
                if (wl > Integer.MAX_VALUE - 16) throw PyExc.valueError("width too big");
                width = (int) wl;
                pos++;
            } else {
                long wl = -1;
                while (pos < n && (c = fmt.charAt(pos)) >= '0' && c <= '9') {
                    if (wl < 0) wl = 0;
                    wl = wl * 10 + (c - '0');
                    if (wl > Integer.MAX_VALUE - 16) throw PyExc.valueError("width too big");
                    pos++;
                }
                width = (int) wl;
            }
            int prec = -1;
            if (pos < n && fmt.charAt(pos) == '.') {
                pos++;
                if (pos < n && fmt.charAt(pos) == '*') {
                    Object p = nextArg();
                    if (!FormatSupport.isInt(p)) throw PyExc.typeError("* wants int");
                    p = FormatSupport.asInt(p);
                    if (!(p instanceof Long) || (Long) p > Integer.MAX_VALUE || (Long) p < Integer.MIN_VALUE) {
                        throw PyExc.overflow("Python int too large to convert to C int");
                    }
                    prec = (int) (long) (Long) p;
                    if (prec < 0) prec = 0;
                    pos++;
                } else {
                    long pl = 0;
                    while (pos < n && (c = fmt.charAt(pos)) >= '0' && c <= '9') {
                        pl = pl * 10 + (c - '0');
                        if (pl > Integer.MAX_VALUE) throw PyExc.valueError("precision too big");
                        pos++;
                    }
                    prec = (int) pl;
                }
            }
            if (pos < n && ((c = fmt.charAt(pos)) == 'h' || c == 'l' || c == 'L')) pos++;
            if (pos >= n) throw incomplete();
            int conv = fmt.codePointAt(pos);
            int convIndex = pos;
            pos += Character.charCount(conv);

            Object v = nextArg();
            switch (conv) {
                case 's': case 'r': case 'a': {
                    String s = conv == 's' ? Abstract.str(v) : conv == 'r' ? Abstract.repr(v) : Abstract.ascii(v);
                    int len = s.codePointCount(0, s.length());
                    if (prec >= 0 && len > prec) {
                        s = s.substring(0, s.offsetByCodePoints(0, prec));
                        len = prec;
                    }
                    emitPadded(s, len, width, flags);
                    return;
                }
                case 'c': {
                    String s = formatChar(v);
                    emitPadded(s, 1, width, flags);
                    return;
                }
                case 'd': case 'i': case 'u': case 'o': case 'x': case 'X': {
                    boolean idx = conv == 'o' || conv == 'x' || conv == 'X';
                    Object iv = FormatSupport.intFor(v, idx);
                    if (iv == null) {
                        throw PyExc.typeError("%" + (char) conv + " format: "
                            + (idx ? "an integer is required" : "a real number is required")
                            + ", not " + FormatSupport.typeName(v));
                    }
                    emitInt(iv, (char) conv, width, prec, flags);
                    return;
                }
                case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
                    double d = Abstract.asDouble(v);
                    String s = FloatFormat.format(d, (char) conv, prec < 0 ? 6 : prec,
                        (flags & F_ALT) != 0 ? FloatFormat.F_ALT : 0);
                    emitNumber(s, "", width, flags);
                    return;
                }
                default: {
                    int index = fmt.codePointCount(0, convIndex);
                    char shown = conv >= 32 && conv <= 126 ? (char) conv : '?';
                    throw PyExc.valueError("unsupported format character '" + shown + "' (0x"
                        + Integer.toHexString(conv) + ") at index " + index);
                }
            }
        }

        String formatChar(Object v) {
            if (v instanceof String s) {
                if (s.codePointCount(0, s.length()) == 1) return s;
                throw PyExc.typeError("%c requires int or char");
            }
            Object i = FormatSupport.indexOrNull(v);
            if (i == null) throw PyExc.typeError("%c requires int or char");
            if (!(i instanceof Long) || (Long) i < 0 || (Long) i > 0x10ffff) {
                throw PyExc.overflow("%c arg not in range(0x110000)");
            }
            return new String(Character.toChars((int) (long) (Long) i));
        }

        void emitPadded(String s, int len, int width, int flags) {
            if (width <= len) {
                out.append(s);
            } else if ((flags & F_LJUST) != 0) {
                out.append(s);
                repeat(' ', width - len);
            } else {
                repeat(' ', width - len);
                out.append(s);
            }
        }

        void repeat(char c, int count) {
            for (int i = 0; i < count; i++) out.append(c);
        }

        void emitInt(Object iv, char conv, int width, int prec, int flags) {
            int radix = conv == 'o' ? 8 : conv == 'x' || conv == 'X' ? 16 : 10;
            boolean neg;
            String digits;
            if (iv instanceof Long l) {
                long x = l;
                neg = x < 0;
                digits = neg ? Long.toUnsignedString(-x, radix) : Long.toString(x, radix);
            } else {
                BigInteger b = (BigInteger) iv;
                neg = b.signum() < 0;
                digits = b.abs().toString(radix);
            }
            if (conv == 'X') digits = digits.toUpperCase();
            if (prec > digits.length()) {
                StringBuilder z = new StringBuilder(prec);
                for (int i = digits.length(); i < prec; i++) z.append('0');
                digits = z.append(digits).toString();
            }
            String prefix = "";
            if ((flags & F_ALT) != 0 && radix != 10) prefix = conv == 'o' ? "0o" : conv == 'x' ? "0x" : "0X";
            emitNumber(neg ? "-" + digits : digits, prefix, width, flags);
        }

        /** Output of a numeric conversion s (possibly starting with '-'), with its prefix. */
        void emitNumber(String s, String prefix, int width, int flags) {
            String sign = "";
            String body = s;
            if (s.startsWith("-")) {
                sign = "-";
                body = s.substring(1);
            } else if ((flags & F_SIGN) != 0) {
                sign = "+";
            } else if ((flags & F_BLANK) != 0) {
                sign = " ";
            }
            int len = sign.length() + prefix.length() + body.length();
            if (width <= len) {
                out.append(sign).append(prefix).append(body);
            } else if ((flags & F_LJUST) != 0) {
                out.append(sign).append(prefix).append(body);
                repeat(' ', width - len);
            } else if ((flags & F_ZERO) != 0) {
                out.append(sign).append(prefix);
                repeat('0', width - len);
                out.append(body);
            } else {
                repeat(' ', width - len);
                out.append(sign).append(prefix).append(body);
            }
        }
    }
}
