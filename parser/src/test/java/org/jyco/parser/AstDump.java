package org.jyco.parser;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.jyco.parser.ast.ConstantValue;
import org.jyco.parser.ast.Node;
import org.jyco.parser.ast.Positioned;

/**
 * Prints a Jyco AST exactly as CPython 3.11's {@code ast.dump} prints the equivalent tree, so the
 * two can be compared as strings.
 *
 * <p>The rules of {@code ast.dump} (with {@code annotate_fields=True}):
 * <ul>
 *   <li>a node prints as {@code Name(field=value, ...)} over its fields in declaration order;</li>
 *   <li>a field whose value is {@code None} is left out when the field is optional in the ASDL
 *       ({@code expr?}, {@code identifier?}, ...; CPython gives those a class attribute
 *       {@code None}); a required field that is {@code None} prints as {@code field=None};</li>
 *   <li>with {@code include_attributes=True} the position attributes follow the fields;</li>
 *   <li>lists print as {@code [a, b]}; enumeration values as {@code Load()}, {@code Add()};</li>
 *   <li>everything else prints with Python's {@code repr}.</li>
 * </ul>
 * With {@code indent} (as {@code ast.dump(..., indent=N)}) the tree is pretty-printed the way
 * CPython does it, which is handy for readable diffs.
 */
public final class AstDump {
    private AstDump() {}

    /**
     * Fields that are optional ({@code ?}) in CPython 3.11's ASDL, as {@code nodeName.field}.
     * {@code ImportFrom.level} is optional too, but Jyco keeps it as an {@code int}, which is
     * never {@code None}. AstDumpTest checks this table against python3.
     */
    static final Set<String> OPTIONAL_FIELDS = Set.of(
            "AnnAssign.value", "Assert.msg", "Assign.type_comment", "AsyncFor.type_comment",
            "AsyncFunctionDef.returns", "AsyncFunctionDef.type_comment", "AsyncWith.type_comment",
            "Constant.kind", "ExceptHandler.name", "ExceptHandler.type", "For.type_comment",
            "FormattedValue.format_spec", "FunctionDef.returns", "FunctionDef.type_comment",
            "ImportFrom.level", "ImportFrom.module", "MatchAs.name", "MatchAs.pattern",
            "MatchMapping.rest", "MatchStar.name", "Raise.cause", "Raise.exc", "Return.value",
            "Slice.lower", "Slice.step", "Slice.upper", "With.type_comment", "Yield.value",
            "alias.asname", "arg.annotation", "arg.type_comment", "arguments.kwarg",
            "arguments.vararg", "keyword.arg", "match_case.guard", "withitem.optional_vars");

    private static final Set<String> POSITION_NAMES =
            Set.of("lineno", "col_offset", "end_lineno", "end_col_offset");

    /** Per record class: its fields (without position attributes) and its attributes. */
    private record Shape(RecordComponent[] fields, RecordComponent[] attributes) {}

    private static final Map<Class<?>, Shape> SHAPES = new ConcurrentHashMap<>();

    /** {@code ast.dump(node)}. */
    public static String dump(Node n) {
        return dump(n, false);
    }

    /** {@code ast.dump(node, include_attributes=includeAttributes)}. */
    public static String dump(Node n, boolean includeAttributes) {
        return dump(n, includeAttributes, null);
    }

    /**
     * {@code ast.dump(node, include_attributes=includeAttributes, indent=indent)}; a
     * {@code null} indent is the single-line form.
     */
    public static String dump(Node n, boolean includeAttributes, String indent) {
        if (n == null) throw new IllegalArgumentException("expected AST, got 'NoneType'");
        StringBuilder sb = new StringBuilder();
        format(n, 0, includeAttributes, indent, sb);
        return sb.toString();
    }

    private static Shape shape(Class<?> c) {
        return SHAPES.computeIfAbsent(c, k -> {
            RecordComponent[] all = k.getRecordComponents();
            if (all == null) throw new IllegalArgumentException("not a record: " + k.getName());
            List<RecordComponent> fields = new ArrayList<>();
            List<RecordComponent> attrs = new ArrayList<>();
            boolean positioned = Positioned.class.isAssignableFrom(k);
            for (RecordComponent rc : all) {
                if (positioned && POSITION_NAMES.contains(rc.getName())) attrs.add(rc);
                else fields.add(rc);
            }
            return new Shape(fields.toArray(new RecordComponent[0]), attrs.toArray(new RecordComponent[0]));
        });
    }

    private static Object get(RecordComponent rc, Object owner) {
        try {
            return rc.getAccessor().invoke(owner);
        } catch (IllegalAccessException e) {
            // records nested in public interfaces are public; this would be a generator change
            rc.getAccessor().setAccessible(true);
            try {
                return rc.getAccessor().invoke(owner);
            } catch (ReflectiveOperationException e2) {
                throw new IllegalStateException(e2);
            }
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * Appends the formatted value and returns whether it is "simple" in the sense of CPython's
     * {@code _format} (only matters for the indented form).
     */
    private static boolean format(Object value, int level, boolean attrs, String indent, StringBuilder out) {
        String prefix, sep;
        if (indent != null) {
            level++;
            prefix = "\n" + indent.repeat(level);
            sep = ",\n" + indent.repeat(level);
        } else {
            prefix = "";
            sep = ", ";
        }
        if (value instanceof Node node) {
            String name = node.nodeName();
            Shape sh = shape(node.getClass());
            List<String> args = new ArrayList<>();
            boolean allSimple = true;
            for (RecordComponent rc : sh.fields) {
                Object v = get(rc, node);
                if (v == null && OPTIONAL_FIELDS.contains(name + "." + rc.getName())) continue;
                StringBuilder sb = new StringBuilder();
                allSimple &= format(v, level, attrs, indent, sb);
                args.add(rc.getName() + "=" + sb);
            }
            if (attrs) {
                for (RecordComponent rc : sh.attributes) {
                    Object v = get(rc, node);
                    if (v == null) continue;  // end_lineno/end_col_offset are optional attributes
                    StringBuilder sb = new StringBuilder();
                    allSimple &= format(v, level, attrs, indent, sb);
                    args.add(rc.getName() + "=" + sb);
                }
            }
            if (allSimple && args.size() <= 3) {
                out.append(name).append('(').append(String.join(", ", args)).append(')');
                return args.isEmpty();
            }
            out.append(name).append('(').append(prefix).append(String.join(sep, args)).append(')');
            return false;
        }
        if (value instanceof Enum<?> e) {
            // ExprContext, Operator, Cmpop, Boolop, Unaryop: AST instances without fields
            if (!(e instanceof ConstantValue.Singleton)) {
                out.append(e.name()).append("()");
                return true;
            }
        }
        if (value instanceof List<?> list) {
            if (list.isEmpty()) {
                out.append("[]");
                return true;
            }
            out.append('[').append(prefix);
            boolean first = true;
            for (Object x : list) {
                if (!first) out.append(sep);
                first = false;
                format(x, level, attrs, indent, out);
            }
            out.append(']');
            return false;
        }
        out.append(repr(value));
        return true;
    }

    // ---------------------------------------------------------------------------------------
    // Python's repr of constant values

    /** Python's {@code repr} of a Jyco constant value (or identifier, or int field). */
    public static String repr(Object v) {
        if (v == null) return "None";
        if (v instanceof ConstantValue.Singleton s) {
            return s == ConstantValue.Singleton.NONE ? "None" : "Ellipsis";
        }
        if (v instanceof Boolean b) return b ? "True" : "False";
        if (v instanceof BigInteger || v instanceof Integer || v instanceof Long
                || v instanceof Short || v instanceof Byte) {
            return v.toString();
        }
        if (v instanceof Double d) return floatRepr(d);
        if (v instanceof Float f) return floatRepr(f.doubleValue());
        if (v instanceof ConstantValue.Imaginary im) return imaginaryRepr(im.imag());
        if (v instanceof String s) return strRepr(s);
        if (v instanceof ConstantValue.Bytes b) return bytesRepr(b.value());
        if (v instanceof byte[] b) return bytesRepr(b);
        throw new IllegalArgumentException("no Python repr for " + v.getClass().getName() + ": " + v);
    }

    /**
     * Printable characters that CPython 3.11 (Unicode 14.0) knows but Java 17 (Unicode 13.0)
     * does not: [start, end) pairs. Found with python3's {@code str.isprintable} over the code
     * points Java 17 reports as unassigned; AstDumpTest checks {@link #isPrintable} against
     * python3 for every code point.
     */
    private static final int[] UNICODE_14_PRINTABLE = {
            0x61d, 0x61e, 0x870, 0x88f, 0x898, 0x8a0, 0x8b5, 0x8b6,
            0x8c8, 0x8d3, 0xc3c, 0xc3d, 0xc5d, 0xc5e, 0xcdd, 0xcde,
            0x170d, 0x170e, 0x1715, 0x1716, 0x171f, 0x1720, 0x180f, 0x1810,
            0x1ac1, 0x1acf, 0x1b4c, 0x1b4d, 0x1b7d, 0x1b7f, 0x1dfa, 0x1dfb,
            0x20c0, 0x20c1, 0x2c2f, 0x2c30, 0x2c5f, 0x2c60, 0x2e53, 0x2e5e,
            0x9ffd, 0xa000, 0xa7c0, 0xa7c2, 0xa7d0, 0xa7d2, 0xa7d3, 0xa7d4,
            0xa7d5, 0xa7da, 0xa7f2, 0xa7f5, 0xfbc2, 0xfbc3, 0xfd40, 0xfd50,
            0xfdcf, 0xfdd0, 0xfdfe, 0xfe00, 0x10570, 0x1057b, 0x1057c, 0x1058b,
            0x1058c, 0x10593, 0x10594, 0x10596, 0x10597, 0x105a2, 0x105a3, 0x105b2,
            0x105b3, 0x105ba, 0x105bb, 0x105bd, 0x10780, 0x10786, 0x10787, 0x107b1,
            0x107b2, 0x107bb, 0x10f70, 0x10f8a, 0x11070, 0x11076, 0x110c2, 0x110c3,
            0x116b9, 0x116ba, 0x11740, 0x11747, 0x11ab0, 0x11ac0, 0x12f90, 0x12ff3,
            0x16a70, 0x16abf, 0x16ac0, 0x16aca, 0x1aff0, 0x1aff4, 0x1aff5, 0x1affc,
            0x1affd, 0x1afff, 0x1b11f, 0x1b123, 0x1cf00, 0x1cf2e, 0x1cf30, 0x1cf47,
            0x1cf50, 0x1cfc4, 0x1d1e9, 0x1d1eb, 0x1df00, 0x1df1f, 0x1e290, 0x1e2af,
            0x1e7e0, 0x1e7e7, 0x1e7e8, 0x1e7ec, 0x1e7ed, 0x1e7ef, 0x1e7f0, 0x1e7ff,
            0x1f6dd, 0x1f6e0, 0x1f7f0, 0x1f7f1, 0x1f979, 0x1f97a, 0x1f9cc, 0x1f9cd,
            0x1fa7b, 0x1fa7d, 0x1faa9, 0x1faad, 0x1fab7, 0x1fabb, 0x1fac3, 0x1fac6,
            0x1fad7, 0x1fada, 0x1fae0, 0x1fae8, 0x1faf0, 0x1faf7, 0x2a6de, 0x2a6e0,
            0x2b735, 0x2b739
    };

    /**
     * Python's {@code str.isprintable} for one code point. CPython's rule: not printable are the
     * categories Cc, Cf, Cs, Co, Cn, Zl, Zp and Zs except the space itself. Java's tables are of
     * an older Unicode version, so the characters new in CPython's version are added from
     * {@link #UNICODE_14_PRINTABLE}.
     */
    public static boolean isPrintable(int cp) {
        if (cp == ' ') return true;
        switch (Character.getType(cp)) {
            case Character.UNASSIGNED:
                return inUnicode14Printable(cp);
            case Character.CONTROL:
            case Character.FORMAT:
            case Character.SURROGATE:
            case Character.PRIVATE_USE:
            case Character.LINE_SEPARATOR:
            case Character.PARAGRAPH_SEPARATOR:
            case Character.SPACE_SEPARATOR:
                return false;
            default:
                return true;
        }
    }

    private static boolean inUnicode14Printable(int cp) {
        int lo = 0, hi = UNICODE_14_PRINTABLE.length / 2 - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (cp < UNICODE_14_PRINTABLE[2 * mid]) hi = mid - 1;
            else if (cp >= UNICODE_14_PRINTABLE[2 * mid + 1]) lo = mid + 1;
            else return true;
        }
        return false;
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private static void hex(StringBuilder sb, int value, int digits) {
        for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) sb.append(HEX[(value >>> shift) & 0xf]);
    }

    /**
     * Python's {@code repr} of a str. Java strings are UTF-16: a well-formed surrogate pair is
     * taken as one code point, a lone surrogate as itself.
     */
    public static String strRepr(String s) {
        return strRepr(s, false);
    }

    /** Python's {@code ascii()} of a str: its repr with every non-ASCII character escaped. */
    public static String asciiRepr(String s) {
        return strRepr(s, true);
    }

    private static String strRepr(String s, boolean asciiOnly) {
        char quote = (s.indexOf('\'') >= 0 && s.indexOf('"') < 0) ? '"' : '\'';
        StringBuilder sb = new StringBuilder(s.length() + 2);
        sb.append(quote);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == quote || cp == '\\') {
                sb.append('\\').append((char) cp);
            } else if (cp == '\t') {
                sb.append("\\t");
            } else if (cp == '\n') {
                sb.append("\\n");
            } else if (cp == '\r') {
                sb.append("\\r");
            } else if (cp < ' ' || cp == 0x7f) {
                sb.append("\\x");
                hex(sb, cp, 2);
            } else if (cp < 0x7f) {
                sb.append((char) cp);
            } else if (!asciiOnly && isPrintable(cp)) {
                sb.appendCodePoint(cp);
            } else if (cp <= 0xff) {
                sb.append("\\x");
                hex(sb, cp, 2);
            } else if (cp <= 0xffff) {
                sb.append("\\u");
                hex(sb, cp, 4);
            } else {
                sb.append("\\U");
                hex(sb, cp, 8);
            }
        }
        return sb.append(quote).toString();
    }

    /** Python's {@code repr} of a bytes object. */
    public static String bytesRepr(byte[] b) {
        boolean hasSingle = false, hasDouble = false;
        for (byte x : b) {
            if (x == '\'') hasSingle = true;
            else if (x == '"') hasDouble = true;
        }
        char quote = (hasSingle && !hasDouble) ? '"' : '\'';
        StringBuilder sb = new StringBuilder(b.length + 3);
        sb.append('b').append(quote);
        for (byte x : b) {
            int c = x & 0xff;
            if (c == quote || c == '\\') {
                sb.append('\\').append((char) c);
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c < ' ' || c >= 0x7f) {
                sb.append("\\x");
                hex(sb, c, 2);
            } else {
                sb.append((char) c);
            }
        }
        return sb.append(quote).toString();
    }

    /** Python's {@code repr} of a float: the shortest string that reads back as the same value. */
    public static String floatRepr(double d) {
        return formatShortest(d, true);
    }

    /**
     * Python's {@code repr} of {@code complex(0.0, imag)}: the imaginary part in repr style but
     * without the {@code .0} of integral values, then {@code j}.
     */
    public static String imaginaryRepr(double imag) {
        return formatShortest(imag, false) + "j";
    }

    /** Shortest round-trip digits of a finite positive double: {digits, decimal exponent}. */
    private record Digits(String digits, int decpt) {}

    private static Digits shortestDigits(double d) {
        BigDecimal exact = new BigDecimal(d);
        for (int p = 1; p <= 17; p++) {
            // the correctly rounded p-digit value is nearest; at a power of two the rounding
            // interval of d is lopsided, so the other neighbour may read back when it does not
            BigDecimal best = null;
            BigDecimal bestDist = null;
            for (RoundingMode mode : new RoundingMode[] {RoundingMode.HALF_EVEN, RoundingMode.FLOOR, RoundingMode.CEILING}) {
                BigDecimal cand = exact.round(new MathContext(p, mode));
                if (Double.parseDouble(cand.toString()) != d) continue;
                BigDecimal dist = cand.subtract(exact).abs();
                if (best == null || dist.compareTo(bestDist) < 0) {
                    best = cand;
                    bestDist = dist;
                }
            }
            if (best != null) {
                BigDecimal stripped = best.stripTrailingZeros();
                String digits = stripped.unscaledValue().toString();
                // value = 0.DIGITS * 10^decpt
                int decpt = digits.length() - stripped.scale();
                return new Digits(digits, decpt);
            }
        }
        throw new AssertionError("no round-trip representation for " + d);
    }

    /**
     * CPython's {@code float_repr_style == 'short'} formatting ({@code PyOS_double_to_string}
     * with format code 'r'): exponent form when the decimal exponent is below -4 or at least 16,
     * exponent with sign and at least two digits.
     */
    private static String formatShortest(double d, boolean addDot0) {
        if (Double.isNaN(d)) return "nan";
        if (Double.isInfinite(d)) return d > 0 ? "inf" : "-inf";
        String sign = (d < 0 || (d == 0 && 1 / d < 0)) ? "-" : "";
        d = Math.abs(d);
        if (d == 0) return sign + (addDot0 ? "0.0" : "0");
        Digits dg = shortestDigits(d);
        String digits = dg.digits;
        int decpt = dg.decpt;
        StringBuilder sb = new StringBuilder(sign);
        if (decpt <= -4 || decpt > 16) {
            int exp = decpt - 1;
            sb.append(digits.charAt(0));
            if (digits.length() > 1) sb.append('.').append(digits, 1, digits.length());
            sb.append('e').append(exp < 0 ? '-' : '+');
            int a = Math.abs(exp);
            if (a < 10) sb.append('0');
            sb.append(a);
        } else if (decpt <= 0) {
            sb.append("0.");
            sb.append("0".repeat(-decpt)).append(digits);
        } else if (decpt >= digits.length()) {
            sb.append(digits).append("0".repeat(decpt - digits.length()));
            if (addDot0) sb.append(".0");
        } else {
            sb.append(digits, 0, decpt).append('.').append(digits, decpt, digits.length());
        }
        return sb.toString();
    }
}
