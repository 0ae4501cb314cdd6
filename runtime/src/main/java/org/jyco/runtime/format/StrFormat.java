package org.jyco.runtime.format;

import org.jyco.runtime.Abstract;
import org.jyco.runtime.PyExc;
import org.jyco.runtime.types.PyDict;

/**
 * {@code str.format(*args, **kwargs)} and {@code str.format_map(mapping)} (CPython 3.11's
 * {@code Objects/stringlib/unicode_format.h}): literal text with {@code {{ }}} escapes and
 * replacement fields {@code {name.attr[key]!conv:spec}}, automatic or manual numbering, and format
 * specs that may themselves hold replacement fields (one level deep). Each field's value is
 * rendered with {@link Abstract#format}.
 */
public final class StrFormat {
    private StrFormat() {}

    /** {@code fmt.format(*args, **kwargs)}; kwargs may be null when there are none. */
    public static String format(String fmt, Object[] args, PyDict kwargs) {
        Context ctx = new Context(args, kwargs, false);
        StringBuilder out = new StringBuilder(fmt.length() + 16);
        build(out, fmt, 0, fmt.length(), ctx, 2);
        return out.toString();
    }

    /** {@code fmt.format_map(mapping)}: names are looked up with {@code mapping[name]}. */
    public static String formatMap(String fmt, Object mapping) {
        Context ctx = new Context(null, mapping, true);
        StringBuilder out = new StringBuilder(fmt.length() + 16);
        build(out, fmt, 0, fmt.length(), ctx, 2);
        return out.toString();
    }

    private static final int AUTO_INIT = 0;
    private static final int AUTO_AUTO = 1;
    private static final int AUTO_MANUAL = 2;

    private static final class Context {
        final Object[] args;     // null for format_map
        final Object names;      // the kwargs dict (may be null) or the format_map mapping
        final boolean isMap;
        int autoState = AUTO_INIT;
        int autoNext;

        Context(Object[] args, Object names, boolean isMap) {
            this.args = args;
            this.names = names;
            this.isMap = isMap;
        }
    }

    private static void build(StringBuilder out, String s, int start, int end, Context ctx, int depth) {
        if (depth <= 0) throw PyExc.valueError("Max string recursion exceeded");
        int pos = start;
        while (pos < end) {
            int lit = pos;
            char c = 0;
            while (pos < end) {
                c = s.charAt(pos);
                if (c == '{' || c == '}') break;
                pos++;
            }
            out.append(s, lit, pos);
            if (pos >= end) break;
            pos++; // past the brace
            boolean atEnd = pos >= end;
            if (c == '}') {
                if (atEnd || s.charAt(pos) != '}') throw PyExc.valueError("Single '}' encountered in format string");
                out.append('}');
                pos++;
                continue;
            }
            if (atEnd) throw PyExc.valueError("Single '{' encountered in format string");
            if (s.charAt(pos) == '{') {
                out.append('{');
                pos++;
                continue;
            }
            pos = field(out, s, pos, end, ctx, depth);
        }
    }

    /** Parses and renders the replacement field starting at pos (after its '{'); returns the position after it. */
    private static int field(StringBuilder out, String s, int pos, int end, Context ctx, int depth) {
        int nameStart = pos;
        char c = 0;
        while (pos < end) {
            c = s.charAt(pos++);
            if (c == '{') throw PyExc.valueError("unexpected '{' in field name");
            if (c == '[') {
                while (pos < end && s.charAt(pos) != ']') pos++;
                continue;
            }
            if (c == '}' || c == ':' || c == '!') break;
        }
        int nameEnd = pos - 1;
        int conversion = 0;
        int specStart = pos;
        int specEnd = pos;
        boolean expand = false;
        if (c == '!' || c == ':') {
            boolean done = false;
            if (c == '!') {
                if (pos >= end) throw PyExc.valueError("end of string while looking for conversion specifier");
                conversion = s.codePointAt(pos);
                pos += Character.charCount(conversion);
                if (pos < end) {
                    char c2 = s.charAt(pos++);
                    if (c2 == '}') {
                        done = true;
                        specStart = specEnd = pos - 1;
                    } else if (c2 != ':') {
                        throw PyExc.valueError("expected ':' after conversion specifier");
                    }
                }
            }
            if (!done) {
                specStart = pos;
                int count = 1;
                while (pos < end) {
                    char sc = s.charAt(pos++);
                    if (sc == '{') {
                        expand = true;
                        count++;
                    } else if (sc == '}') {
                        if (--count == 0) {
                            specEnd = pos - 1;
                            done = true;
                            break;
                        }
                    }
                }
                if (!done) throw PyExc.valueError("unmatched '{' in format spec");
            }
        } else if (c != '}') {
            throw PyExc.valueError("expected '}' before end of string");
        }

        Object obj = fieldObject(s, nameStart, nameEnd, ctx);
        if (conversion != 0) {
            switch (conversion) {
                case 'r': obj = Abstract.repr(obj); break;
                case 's': obj = Abstract.str(obj); break;
                case 'a': obj = Abstract.ascii(obj); break;
                default:
                    String shown = conversion > 32 && conversion < 127 ? String.valueOf((char) conversion)
                        : "\\x" + Integer.toHexString(conversion);
                    throw PyExc.valueError("Unknown conversion specifier " + shown);
            }
        }
        String spec;
        if (expand) {
            StringBuilder sb = new StringBuilder();
            build(sb, s, specStart, specEnd, ctx, depth - 1);
            spec = sb.toString();
        } else {
            spec = s.substring(specStart, specEnd);
        }
        if (obj instanceof String str && spec.isEmpty()) {
            out.append(str);
        } else {
            out.append(Abstract.format(obj, spec));
        }
        return pos;
    }

    /**
     * The value of a field name: a positional index (explicit or automatic) or a keyword, then
     * {@code .attr} and {@code [key]} steps ({@code [digits]} index with an int).
     */
    private static Object fieldObject(String s, int start, int end, Context ctx) {
        int i = start;
        while (i < end) {
            char c = s.charAt(i);
            if (c == '.' || c == '[') break;
            i++;
        }
        long index = integer(s, start, i);
        boolean empty = i == start;
        boolean numeric = empty || index != -1;
        if (ctx.autoState == AUTO_INIT && numeric) ctx.autoState = empty ? AUTO_AUTO : AUTO_MANUAL;
        if (numeric) {
            if (ctx.autoState == AUTO_MANUAL && empty) {
                throw PyExc.valueError("cannot switch from manual field specification to automatic field numbering");
            }
            if (ctx.autoState == AUTO_AUTO && !empty) {
                throw PyExc.valueError("cannot switch from automatic field numbering to manual field specification");
            }
        }
        if (empty) index = ctx.autoNext++;

        Object obj;
        if (index == -1) {
            String key = s.substring(start, i);
            if (ctx.isMap) {
                obj = Abstract.getItem(ctx.names, key);
            } else {
                obj = ctx.names == null ? null : ((PyDict) ctx.names).getOrNull(key);
                if (obj == null) throw PyExc.keyError(key);
            }
        } else {
            if (ctx.args == null) throw PyExc.valueError("Format string contains positional fields");
            if (index >= ctx.args.length) {
                throw PyExc.indexError("Replacement index " + index + " out of range for positional args tuple");
            }
            obj = ctx.args[(int) index];
        }

        while (i < end) {
            char c = s.charAt(i++);
            if (c == '.') {
                int ns = i;
                while (i < end && s.charAt(i) != '.' && s.charAt(i) != '[') i++;
                if (i == ns) throw PyExc.valueError("Empty attribute in format string");
                obj = Abstract.getAttr(obj, s.substring(ns, i));
            } else if (c == '[') {
                int ns = i;
                while (i < end && s.charAt(i) != ']') i++;
                if (i >= end) throw PyExc.valueError("Missing ']' in format string");
                int ne = i++;
                if (ne == ns) throw PyExc.valueError("Empty attribute in format string");
                long k = integer(s, ns, ne);
                obj = Abstract.getItem(obj, k == -1 ? (Object) s.substring(ns, ne) : (Object) Long.valueOf(k));
            } else {
                throw PyExc.valueError("Only '.' or '[' may follow ']' in format field specifier");
            }
        }
        return obj;
    }

    /** The value of s[start, end) when it is all decimal digits, else -1 (CPython's get_integer). */
    private static long integer(String s, int start, int end) {
        if (start >= end) return -1;
        long acc = 0;
        for (int i = start; i < end; ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            int d = FormatSpec.decimalValue(cp);
            if (d < 0) return -1;
            if (acc > (Long.MAX_VALUE - d) / 10) throw PyExc.valueError("Too many decimal digits in format string");
            acc = acc * 10 + d;
        }
        return acc;
    }
}
