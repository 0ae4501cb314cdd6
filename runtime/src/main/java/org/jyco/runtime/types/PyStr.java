package org.jyco.runtime.types;

import java.util.ArrayList;
import java.util.List;
import org.jyco.runtime.Abstract;
import org.jyco.runtime.CompareOp;
import org.jyco.runtime.Exposed;
import org.jyco.runtime.PyExc;
import org.jyco.runtime.PyNone;
import org.jyco.runtime.PyType;
import org.jyco.runtime.PyValueInstance;
import org.jyco.runtime.Signature;
import org.jyco.runtime.Singletons;
import org.jyco.runtime.format.FormatSpec;
import org.jyco.runtime.format.PercentFormat;
import org.jyco.runtime.format.StrFormat;

/**
 * Python's {@code str} as Java's {@link String} (CPython's {@code Objects/unicodeobject.c}).
 * Strings are indexed by UTF-16 unit, which is Python's code-point indexing for every string
 * without supplementary characters.
 */
public final class PyStr {
    private PyStr() {}

    private static final String[] LATIN1 = new String[256];

    static {
        for (int i = 0; i < 256; i++) LATIN1[i] = String.valueOf((char) i).intern();
    }

    /** A one-character string, shared for Latin-1. */
    public static String ofChar(char c) {
        return c < 256 ? LATIN1[c] : String.valueOf(c);
    }

    /** {@code len(s)} in code points. */
    public static long length(String s) {
        return isBmp(s) ? s.length() : s.codePointCount(0, s.length());
    }

    /** Strings of at least this many chars remember whether they are BMP-only (see {@link #isBmp}). */
    private static final int SCAN_CACHE_MIN = 64;
    private record BmpProbe(String s, boolean bmp) {}
    private static final BmpProbe[] BMP_CACHE = new BmpProbe[256];

    /**
     * True if {@code s} has no surrogate pair, so that its chars are its code points (nearly all
     * strings). A Java String cannot carry the flag, so long strings keep the answer in a small
     * identity-keyed cache: indexing the same long string in a loop scans it once. Entries are
     * immutable records, so racing threads at worst scan again.
     */
    public static boolean isBmp(String s) {
        int n = s.length();
        if (n < SCAN_CACHE_MIN) return scanBmp(s, n);
        int slot = System.identityHashCode(s) & (BMP_CACHE.length - 1);
        BmpProbe p = BMP_CACHE[slot];
        if (p != null && p.s == s) return p.bmp;
        boolean bmp = scanBmp(s, n);
        BMP_CACHE[slot] = new BmpProbe(s, bmp);
        return bmp;
    }

    private static boolean scanBmp(String s, int n) {
        for (int i = 0; i < n; i++) {
            if (Character.isSurrogate(s.charAt(i))) return false;
        }
        return true;
    }

    /** Code point index {@code cp} of a non-BMP string as a char index. */
    private static int charIndex(String s, int cp) {
        return s.offsetByCodePoints(0, cp);
    }

    // ------------------------------------------------------------------ repr

    /** {@code repr(s)}: CPython's quote choice and escapes. */
    public static String repr(String s) {
        boolean hasSingle = s.indexOf('\'') >= 0, hasDouble = s.indexOf('"') >= 0;
        char q = hasSingle && !hasDouble ? '"' : '\'';
        StringBuilder sb = new StringBuilder(s.length() + 2);
        sb.append(q);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            switch (cp) {
                case '\\': sb.append("\\\\"); continue;
                case '\n': sb.append("\\n"); continue;
                case '\r': sb.append("\\r"); continue;
                case '\t': sb.append("\\t"); continue;
                default:
            }
            if (cp == q) {
                sb.append('\\').append((char) cp);
            } else if (cp < 0x20 || cp == 0x7f) {
                sb.append(String.format("\\x%02x", cp));
            } else if (cp < 0x7f) {
                sb.append((char) cp);
            } else if (isPrintable(cp)) {
                sb.appendCodePoint(cp);
            } else if (cp <= 0xff) {
                sb.append(String.format("\\x%02x", cp));
            } else if (cp <= 0xffff) {
                sb.append(String.format("\\u%04x", cp));
            } else {
                sb.append(String.format("\\U%08x", cp));
            }
        }
        return sb.append(q).toString();
    }

    /** Python's {@code str.isprintable} for one code point. */
    public static boolean isPrintable(int cp) {
        switch (Character.getType(cp)) {
            case Character.CONTROL: case Character.FORMAT: case Character.SURROGATE: case Character.PRIVATE_USE:
            case Character.UNASSIGNED: case Character.LINE_SEPARATOR: case Character.PARAGRAPH_SEPARATOR:
                return false;
            case Character.SPACE_SEPARATOR:
                return cp == ' ';
            default:
                return true;
        }
    }

    /** {@code ascii()}'s escaping of a repr. */
    public static String asciiEscape(String r) {
        StringBuilder sb = new StringBuilder(r.length());
        for (int i = 0; i < r.length(); ) {
            int cp = r.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x80) sb.append((char) cp);
            else if (cp <= 0xff) sb.append(String.format("\\x%02x", cp));
            else if (cp <= 0xffff) sb.append(String.format("\\u%04x", cp));
            else sb.append(String.format("\\U%08x", cp));
        }
        return sb.toString();
    }

    /** "(a, b)" / "(a,)" for a tuple's items. */
    public static String reprTupleBody(PyTuple t) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < t.size(); i++) {
            if (i > 0) sb.append(", ");
            sb.append(Abstract.repr(t.get(i)));
        }
        if (t.size() == 1) sb.append(',');
        return sb.append(')').toString();
    }

    // ------------------------------------------------------------------ fast paths for the linker

    public static String add(String a, String b) {
        return a.concat(b);
    }

    public static boolean eq(String a, String b) {
        return a.equals(b);
    }

    public static boolean ne(String a, String b) {
        return !a.equals(b);
    }

    public static boolean lt(String a, String b) { return compare(a, b) < 0; }
    public static boolean le(String a, String b) { return compare(a, b) <= 0; }
    public static boolean gt(String a, String b) { return compare(a, b) > 0; }
    public static boolean ge(String a, String b) { return compare(a, b) >= 0; }

    /** Code-point order (String.compareTo is UTF-16 order, which differs above the BMP). */
    public static int compare(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i), y = b.charAt(i);
            if (x != y) {
                if (Character.isSurrogate(x) || Character.isSurrogate(y)) return Integer.compare(a.codePointAt(i), b.codePointAt(i));
                return x - y;
            }
        }
        return a.length() - b.length();
    }

    /** {@code s[i]}. */
    public static String getItem(String s, long i) {
        if (!isBmp(s)) {
            int n = s.codePointCount(0, s.length());
            if (i < 0) i += n;
            if (i < 0 || i >= n) throw PyExc.indexError("string index out of range");
            int at = charIndex(s, (int) i);
            return s.substring(at, at + Character.charCount(s.codePointAt(at)));
        }
        int n = s.length();
        if (i < 0) i += n;
        if (i < 0 || i >= n) throw PyExc.indexError("string index out of range");
        return ofChar(s.charAt((int) i));
    }

    // ------------------------------------------------------------------ Python methods

    private static String s(Object self) {
        if (self instanceof String str) return str;
        if (self instanceof PyValueInstance.OfStr sub) return (String) sub.value();
        if (self instanceof Character c) return String.valueOf(c);
        throw PyExc.typeError("descriptor requires a 'str' object but received a '" + PyType.of(self).getName() + "'");
    }

    /** The String of a str or of an instance of a str subclass; null for anything else. */
    public static String strOrNull(Object o) {
        if (o instanceof String str) return str;
        if (o instanceof PyValueInstance.OfStr sub) return (String) sub.value();
        return null;
    }

    private static String arg(Object o, String method) {
        if (o instanceof String str) return str;
        if (o instanceof PyValueInstance.OfStr sub) return (String) sub.value();
        throw PyExc.typeError("must be str, not " + PyType.of(o).getName());
    }

    @Exposed.Method(name = "__new__", isStatic = true, params = {"cls", "object=''", "encoding=?", "errors=?"})
    public static Object new_(Object cls, Object object, Object encoding, Object errors) {
        Object value;
        if (encoding != Signature.MISSING || errors != Signature.MISSING) {
            if (object instanceof String) throw PyExc.typeError("decoding str is not supported");
            value = Codecs.decodeObject(object, encoding == Signature.MISSING ? null : encoding,
                errors == Signature.MISSING ? null : errors);
        } else {
            value = Abstract.str(object);
        }
        return PyValueInstance.create(PyType.STR, cls, value);
    }

    @Exposed.Method(name = "__str__")
    public static Object str(Object self) { return s(self); }
    @Exposed.Method(name = "__repr__")
    public static Object __repr__(Object self) { return repr(s(self)); }
    @Exposed.Method(name = "__len__")
    public static Object len(Object self) { return length(s(self)); }
    @Exposed.Method(name = "__hash__")
    public static Object hash(Object self) { return (long) s(self).hashCode(); }

    @Exposed.Method(name = "__getitem__", params = {"index", "/"})
    public static Object getitem(Object self, Object index) {
        String str = s(self);
        if (index instanceof PySlice sl && !isBmp(str)) {
            int[] cps = str.codePoints().toArray();
            int[] r = sl.indices(cps.length);
            StringBuilder sb = new StringBuilder(r[3]);
            for (int k = 0, i = r[0]; k < r[3]; k++, i += r[2]) sb.appendCodePoint(cps[i]);
            return sb.toString();
        }
        if (index instanceof PySlice sl) {
            int[] r = sl.indices(str.length());
            if (r[2] == 1) return r[3] <= 0 ? "" : str.substring(r[0], r[0] + r[3]);
            StringBuilder sb = new StringBuilder(r[3]);
            for (int k = 0, i = r[0]; k < r[3]; k++, i += r[2]) sb.append(str.charAt(i));
            return sb.toString();
        }
        return getItem(str, Abstract.asIndexOrError(index, "string"));
    }

    @Exposed.Method(name = "__contains__", params = {"sub", "/"})
    public static Object contains(Object self, Object sub) {
        String t = strOrNull(sub);
        if (t == null) {
            throw PyExc.typeError("'in <string>' requires string as left operand, not " + PyType.of(sub).getName());
        }
        return s(self).contains(t);
    }

    @Exposed.Method(name = "__iter__")
    public static Object iter(Object self) {
        return new PyIterators.StringIterator(s(self));
    }

    @Exposed.Method(name = "__add__", params = {"other", "/"})
    public static Object __add__(Object self, Object other) {
        String o = strOrNull(other);
        if (o == null) {
            return org.jyco.runtime.Singletons.NOT_IMPLEMENTED;
        }
        return s(self).concat(o);
    }

    @Exposed.Method(name = "__mul__", params = {"n", "/"})
    public static Object __mul__(Object self, Object n) {
        if (PyLong.asInt(n) == null && Abstract.lookupSpecial(n, "__index__") == null) return Singletons.NOT_IMPLEMENTED;
        long k = Abstract.asLong(n);
        String str = s(self);
        if (k <= 0 || str.isEmpty()) return "";
        if (k * str.length() > Integer.MAX_VALUE - 16) throw PyExc.overflow("repeated string is too long");
        return str.repeat((int) k);
    }

    @Exposed.Method(name = "__rmul__", params = {"n", "/"})
    public static Object __rmul__(Object self, Object n) {
        return __mul__(self, n);
    }

    @Exposed.Method(name = "__mod__", params = {"args", "/"})
    public static Object __mod__(Object self, Object args) {
        return PercentFormat.format(s(self), args);
    }

    @Exposed.Method(name = "__format__", params = {"spec", "/"})
    public static Object __format__(Object self, Object spec) {
        String sp = arg(spec, "__format__");
        return sp.isEmpty() ? s(self) : FormatSpec.formatStr(s(self), sp);
    }

    private static Object cmp(Object self, Object other, CompareOp op) {
        String o = strOrNull(other);
        if (o == null) return Singletons.NOT_IMPLEMENTED;
        String a = s(self);
        switch (op) {
            case EQ: return a.equals(o);
            case NE: return !a.equals(o);
            case LT: return compare(a, o) < 0;
            case LE: return compare(a, o) <= 0;
            case GT: return compare(a, o) > 0;
            default: return compare(a, o) >= 0;
        }
    }

    @Exposed.Method(name = "__eq__", params = {"other", "/"})
    public static Object __eq__(Object self, Object other) { return cmp(self, other, CompareOp.EQ); }
    @Exposed.Method(name = "__ne__", params = {"other", "/"})
    public static Object __ne__(Object self, Object other) { return cmp(self, other, CompareOp.NE); }
    @Exposed.Method(name = "__lt__", params = {"other", "/"})
    public static Object __lt__(Object self, Object other) { return cmp(self, other, CompareOp.LT); }
    @Exposed.Method(name = "__le__", params = {"other", "/"})
    public static Object __le__(Object self, Object other) { return cmp(self, other, CompareOp.LE); }
    @Exposed.Method(name = "__gt__", params = {"other", "/"})
    public static Object __gt__(Object self, Object other) { return cmp(self, other, CompareOp.GT); }
    @Exposed.Method(name = "__ge__", params = {"other", "/"})
    public static Object __ge__(Object self, Object other) { return cmp(self, other, CompareOp.GE); }

    @Exposed.Method(name = "format", params = {"*args", "**kwargs"})
    public static Object format(Object self, Object[] args, PyDict kwargs) {
        return StrFormat.format(s(self), args, kwargs);
    }

    @Exposed.Method(name = "format_map", params = {"mapping", "/"})
    public static Object formatMap(Object self, Object mapping) {
        return StrFormat.formatMap(s(self), mapping);
    }

    @Exposed.Method(name = "join", params = {"iterable", "/"})
    public static Object join(Object self, Object iterable) {
        String sep = s(self);
        Object[] items = Abstract.toArray(iterable);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < items.length; i++) {
            if (i > 0) sb.append(sep);
            String x = strOrNull(items[i]);
            if (x == null) {
                throw PyExc.typeError("sequence item " + i + ": expected str instance, " + PyType.of(items[i]).getName()
                    + " found");
            }
            sb.append(x);
        }
        return sb.toString();
    }

    static boolean isSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f) || c == 0x85 || c == 0xa0
            || (c > 0xff && (Character.isWhitespace(c) || Character.isSpaceChar(c)) && c != 0x200b);
    }

    @Exposed.Method(name = "split", params = {"sep=None", "maxsplit=-1"})
    public static Object split(Object self, Object sep, Object maxsplit) {
        String str = s(self);
        long max = Abstract.asLong(maxsplit);
        if (max < 0) max = Long.MAX_VALUE;
        PyList out = new PyList();
        if (sep == PyNone.NONE) {
            int i = 0, n = str.length();
            while (true) {
                while (i < n && isSpace(str.charAt(i))) i++;
                if (i >= n) break;
                if (max-- <= 0) {
                    int e = n;
                    while (e > i && isSpace(str.charAt(e - 1))) e--;
                    out.append(str.substring(i, e));
                    break;
                }
                int j = i;
                while (j < n && !isSpace(str.charAt(j))) j++;
                out.append(str.substring(i, j));
                i = j;
            }
            return out;
        }
        String sp = arg(sep, "split");
        if (sp.isEmpty()) throw PyExc.valueError("empty separator");
        int i = 0;
        while (max-- > 0) {
            int j = str.indexOf(sp, i);
            if (j < 0) break;
            out.append(str.substring(i, j));
            i = j + sp.length();
        }
        out.append(str.substring(i));
        return out;
    }

    @Exposed.Method(name = "rsplit", params = {"sep=None", "maxsplit=-1"})
    public static Object rsplit(Object self, Object sep, Object maxsplit) {
        String str = s(self);
        long max = Abstract.asLong(maxsplit);
        if (max < 0) return split(self, sep, maxsplit);
        List<String> parts = new ArrayList<>();
        if (sep == PyNone.NONE) {
            int j = str.length();
            while (true) {
                while (j > 0 && isSpace(str.charAt(j - 1))) j--;
                if (j <= 0) break;
                if (max-- <= 0) {
                    int b = 0;
                    while (b < j && isSpace(str.charAt(b))) b++;
                    parts.add(str.substring(b, j));
                    break;
                }
                int i = j;
                while (i > 0 && !isSpace(str.charAt(i - 1))) i--;
                parts.add(str.substring(i, j));
                j = i;
            }
        } else {
            String sp = arg(sep, "rsplit");
            if (sp.isEmpty()) throw PyExc.valueError("empty separator");
            int j = str.length();
            while (max-- > 0) {
                int i = str.lastIndexOf(sp, j - sp.length());
                if (i < 0) break;
                parts.add(str.substring(i + sp.length(), j));
                j = i;
            }
            parts.add(str.substring(0, j));
        }
        PyList out = new PyList();
        for (int k = parts.size() - 1; k >= 0; k--) out.append(parts.get(k));
        return out;
    }

    @Exposed.Method(name = "splitlines", params = {"keepends=False"})
    public static Object splitlines(Object self, Object keepends) {
        String str = s(self);
        boolean keep = Abstract.isTrue(keepends);
        PyList out = new PyList();
        int i = 0, n = str.length();
        while (i < n) {
            int j = i;
            while (j < n && !isLineBreak(str.charAt(j))) j++;
            int eol = j;
            if (j < n) {
                if (str.charAt(j) == '\r' && j + 1 < n && str.charAt(j + 1) == '\n') j += 2;
                else j++;
            }
            out.append(str.substring(i, keep ? j : eol));
            i = j;
        }
        return out;
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == 0x0b || c == 0x0c || c == 0x1c || c == 0x1d || c == 0x1e || c == 0x85
            || c == 0x2028 || c == 0x2029;
    }

    private static String stripChars(String str, Object chars, boolean left, boolean right) {
        int i = 0, j = str.length();
        if (chars == PyNone.NONE) {
            if (left) while (i < j && isSpace(str.charAt(i))) i++;
            if (right) while (j > i && isSpace(str.charAt(j - 1))) j--;
        } else {
            String cs = arg(chars, "strip");
            if (left) while (i < j && cs.indexOf(str.charAt(i)) >= 0) i++;
            if (right) while (j > i && cs.indexOf(str.charAt(j - 1)) >= 0) j--;
        }
        return str.substring(i, j);
    }

    @Exposed.Method(name = "strip", params = {"chars=None", "/"})
    public static Object strip(Object self, Object chars) { return stripChars(s(self), chars, true, true); }
    @Exposed.Method(name = "lstrip", params = {"chars=None", "/"})
    public static Object lstrip(Object self, Object chars) { return stripChars(s(self), chars, true, false); }
    @Exposed.Method(name = "rstrip", params = {"chars=None", "/"})
    public static Object rstrip(Object self, Object chars) { return stripChars(s(self), chars, false, true); }

    /** start/end arguments of find/count/startswith as a clamped [start, end) range. */
    private static int[] range(String str, Object start, Object end) {
        return range(str.length(), start, end);
    }

    private static int[] range(int n, Object start, Object end) {
        long a = start == PyNone.NONE ? 0 : Abstract.asLongClamped(start);
        long b = end == PyNone.NONE ? n : Abstract.asLongClamped(end);
        if (a < 0) a = Math.max(0, a + n);
        if (b < 0) b = Math.max(0, b + n);
        if (b > n) b = n;
        return new int[] {(int) Math.min(a, Integer.MAX_VALUE), (int) b};
    }

    private static long find(String str, String sub, Object start, Object end, boolean reverse) {
        if (!isBmp(str)) {
            int n = str.codePointCount(0, str.length());
            int[] r = range(n, start, end);
            if (r[0] > r[1] || r[0] > n) return -1;
            int a = charIndex(str, r[0]);
            String region = str.substring(a, str.offsetByCodePoints(a, r[1] - r[0]));
            int i = reverse ? region.lastIndexOf(sub) : region.indexOf(sub);
            return i < 0 ? -1 : region.codePointCount(0, i) + r[0];
        }
        int[] r = range(str, start, end);
        if (r[0] > r[1] || r[0] > str.length()) return -1;
        String region = str.substring(r[0], r[1]);
        int i = reverse ? region.lastIndexOf(sub) : region.indexOf(sub);
        return i < 0 ? -1 : i + r[0];
    }

    @Exposed.Method(name = "find", params = {"sub", "start=None", "end=None", "/"})
    public static Object find(Object self, Object sub, Object start, Object end) {
        return find(s(self), arg(sub, "find"), start, end, false);
    }

    @Exposed.Method(name = "rfind", params = {"sub", "start=None", "end=None", "/"})
    public static Object rfind(Object self, Object sub, Object start, Object end) {
        return find(s(self), arg(sub, "rfind"), start, end, true);
    }

    @Exposed.Method(name = "index", params = {"sub", "start=None", "end=None", "/"})
    public static Object index(Object self, Object sub, Object start, Object end) {
        long i = find(s(self), arg(sub, "index"), start, end, false);
        if (i < 0) throw PyExc.valueError("substring not found");
        return i;
    }

    @Exposed.Method(name = "rindex", params = {"sub", "start=None", "end=None", "/"})
    public static Object rindex(Object self, Object sub, Object start, Object end) {
        long i = find(s(self), arg(sub, "rindex"), start, end, true);
        if (i < 0) throw PyExc.valueError("substring not found");
        return i;
    }

    @Exposed.Method(name = "count", params = {"sub", "start=None", "end=None", "/"})
    public static Object count(Object self, Object sub, Object start, Object end) {
        String str = s(self), t = arg(sub, "count");
        if (!isBmp(str) && (start != PyNone.NONE || end != PyNone.NONE || t.isEmpty())) {
            int[] r = range(str.codePointCount(0, str.length()), start, end);
            if (r[0] > r[1]) return 0L;
            if (t.isEmpty()) return (long) (r[1] - r[0] + 1);
            int a = charIndex(str, r[0]);
            return count(str.substring(a, str.offsetByCodePoints(a, r[1] - r[0])), t, PyNone.NONE, PyNone.NONE);
        }
        int[] r = range(str, start, end);
        if (r[0] > r[1]) return 0L;
        if (t.isEmpty()) return (long) (r[1] - r[0] + 1);
        long n = 0;
        int i = r[0];
        while (true) {
            int j = str.indexOf(t, i);
            if (j < 0 || j + t.length() > r[1]) break;
            n++;
            i = j + t.length();
        }
        return n;
    }

    private static boolean affix(String str, Object affix, Object start, Object end, boolean prefix, String method) {
        if (!isBmp(str) && (start != PyNone.NONE || end != PyNone.NONE)) {
            int[] r = range(str.codePointCount(0, str.length()), start, end);
            if (r[0] > r[1]) return affix("", affix, 1L, 0L, prefix, method);
            int a = charIndex(str, r[0]);
            return affix(str.substring(a, str.offsetByCodePoints(a, r[1] - r[0])), affix, PyNone.NONE, PyNone.NONE, prefix, method);
        }
        int[] r = range(str, start, end);
        if (r[0] > str.length()) return false;
        String region = r[0] <= r[1] ? str.substring(r[0], r[1]) : null;
        if (affix instanceof PyTuple t) {
            for (Object o : t.array()) {
                if (region != null && test(region, arg(o, method), prefix)) return true;
            }
            return false;
        }
        String a = strOrNull(affix);
        if (a == null) {
            throw PyExc.typeError(method + " first arg must be str or a tuple of str, not " + PyType.of(affix).getName());
        }
        return region != null && test(region, a, prefix);
    }

    private static boolean test(String region, String a, boolean prefix) {
        return prefix ? region.startsWith(a) : region.endsWith(a);
    }

    @Exposed.Method(name = "startswith", params = {"prefix", "start=None", "end=None", "/"})
    public static Object startswith(Object self, Object prefix, Object start, Object end) {
        return affix(s(self), prefix, start, end, true, "startswith");
    }

    @Exposed.Method(name = "endswith", params = {"suffix", "start=None", "end=None", "/"})
    public static Object endswith(Object self, Object suffix, Object start, Object end) {
        return affix(s(self), suffix, start, end, false, "endswith");
    }

    @Exposed.Method(name = "replace", params = {"old", "new", "count=-1", "/"})
    public static Object replace(Object self, Object old, Object nw, Object count) {
        String str = s(self), o = arg(old, "replace"), n = arg(nw, "replace");
        long max = Abstract.asLong(count);
        if (max < 0) return o.isEmpty() ? insertEverywhere(str, n, Long.MAX_VALUE) : str.replace(o, n);
        if (o.isEmpty()) return insertEverywhere(str, n, max);
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (max-- > 0) {
            int j = str.indexOf(o, i);
            if (j < 0) break;
            sb.append(str, i, j).append(n);
            i = j + o.length();
        }
        return sb.append(str, i, str.length()).toString();
    }

    private static String insertEverywhere(String str, String n, long max) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i <= str.length(); i++) {
            if (max-- > 0) sb.append(n);
            if (i < str.length()) sb.append(str.charAt(i));
        }
        return sb.toString();
    }

    @Exposed.Method(name = "upper")
    public static Object upper(Object self) { return s(self).toUpperCase(java.util.Locale.ROOT); }
    @Exposed.Method(name = "lower")
    public static Object lower(Object self) { return s(self).toLowerCase(java.util.Locale.ROOT); }

    @Exposed.Method(name = "casefold")
    public static Object casefold(Object self) {
        String str = s(self);
        StringBuilder sb = new StringBuilder(str.length());
        for (int i = 0; i < str.length(); ) {
            int cp = str.codePointAt(i);
            i += Character.charCount(cp);
            String up = fullUpper(cp);
            for (int j = 0; j < up.length(); ) {
                int u = up.codePointAt(j);
                j += Character.charCount(u);
                sb.append(fullLower(u));
            }
        }
        return sb.toString();
    }

    /** The full (possibly multi-character) uppercase of one code point. */
    static String fullUpper(int cp) {
        return new String(Character.toChars(cp)).toUpperCase(java.util.Locale.ROOT);
    }

    /** The full lowercase of one code point (no final-sigma context). */
    static String fullLower(int cp) {
        if (cp == 0x3a3) return "\u03c3";
        return new String(Character.toChars(cp)).toLowerCase(java.util.Locale.ROOT);
    }

    /** The lowercase of the code point at i of str, with the final sigma rule. */
    private static String lowerAt(String str, int i, int cp) {
        if (cp == 0x3a3) return finalSigma(str, i) ? "\u03c2" : "\u03c3";
        return fullLower(cp);
    }

    private static boolean finalSigma(String str, int i) {
        int j = i;
        while (j > 0) {
            int c = str.codePointBefore(j);
            j -= Character.charCount(c);
            if (isCaseIgnorable(c)) continue;
            if (!isCased(c)) return false;
            j = -1;
            break;
        }
        if (j != -1) return false;
        int k = i + 1;
        while (k < str.length()) {
            int c = str.codePointAt(k);
            k += Character.charCount(c);
            if (isCaseIgnorable(c)) continue;
            return !isCased(c);
        }
        return true;
    }

    private static boolean isCased(int cp) {
        return Character.isUpperCase(cp) || Character.isLowerCase(cp) || Character.isTitleCase(cp);
    }

    private static boolean isCaseIgnorable(int cp) {
        int t = Character.getType(cp);
        return t == Character.NON_SPACING_MARK || t == Character.ENCLOSING_MARK || t == Character.FORMAT
            || t == Character.MODIFIER_LETTER || t == Character.MODIFIER_SYMBOL || cp == '\'' || cp == '.' || cp == ':'
            || cp == 0xb7 || cp == 0x2019;
    }

    /** The full titlecase of one code point ('\u00df' gives "Ss", U+FB01 gives "Fi"). */
    static String fullTitle(int cp) {
        String up = fullUpper(cp);
        if (up.codePointCount(0, up.length()) <= 1) return new String(Character.toChars(Character.toTitleCase(cp)));
        StringBuilder sb = new StringBuilder();
        boolean seenCased = false;
        for (int j = 0; j < up.length(); ) {
            int u = up.codePointAt(j);
            j += Character.charCount(u);
            if (seenCased) {
                sb.append(fullLower(u));
            } else {
                sb.appendCodePoint(u);
                seenCased = isCased(u);
            }
        }
        return sb.toString();
    }

    @Exposed.Method(name = "swapcase")
    public static Object swapcase(Object self) {
        String str = s(self);
        StringBuilder sb = new StringBuilder(str.length());
        for (int i = 0; i < str.length(); ) {
            int cp = str.codePointAt(i);
            if (Character.isUpperCase(cp)) sb.append(lowerAt(str, i, cp));
            else if (Character.isLowerCase(cp)) sb.append(fullUpper(cp));
            else sb.appendCodePoint(cp);
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    @Exposed.Method(name = "capitalize")
    public static Object capitalize(Object self) {
        String str = s(self);
        if (str.isEmpty()) return str;
        StringBuilder sb = new StringBuilder(str.length());
        int first = str.codePointAt(0);
        sb.append(fullTitle(first));
        for (int i = Character.charCount(first); i < str.length(); ) {
            int cp = str.codePointAt(i);
            sb.append(lowerAt(str, i, cp));
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    @Exposed.Method(name = "title")
    public static Object title(Object self) {
        String str = s(self);
        StringBuilder sb = new StringBuilder(str.length());
        boolean prevCased = false;
        for (int i = 0; i < str.length(); ) {
            int cp = str.codePointAt(i);
            if (prevCased) sb.append(lowerAt(str, i, cp));
            else sb.append(fullTitle(cp));
            prevCased = isCased(cp);
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    private interface CharTest {
        boolean test(int cp);
    }

    private static boolean all(String str, CharTest t) {
        if (str.isEmpty()) return false;
        for (int i = 0; i < str.length(); ) {
            int cp = str.codePointAt(i);
            if (!t.test(cp)) return false;
            i += Character.charCount(cp);
        }
        return true;
    }

    @Exposed.Method(name = "isdigit")
    public static Object isdigit(Object self) {
        return all(s(self), cp -> Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER
            || (cp >= 0xb2 && cp <= 0xb3) || cp == 0xb9 || (cp >= 0x2070 && cp <= 0x2079) || (cp >= 0x2080 && cp <= 0x2089)
            || (cp >= 0x2460 && cp <= 0x2468));
    }

    @Exposed.Method(name = "isdecimal")
    public static Object isdecimal(Object self) {
        return all(s(self), cp -> Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER);
    }

    @Exposed.Method(name = "isnumeric")
    public static Object isnumeric(Object self) {
        return all(s(self), cp -> {
            int t = Character.getType(cp);
            return t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER
                || Character.isIdeographic(cp) && Character.getNumericValue(cp) >= 0;
        });
    }

    @Exposed.Method(name = "isalpha")
    public static Object isalpha(Object self) {
        return all(s(self), Character::isLetter);
    }

    @Exposed.Method(name = "isalnum")
    public static Object isalnum(Object self) {
        return all(s(self), cp -> Character.isLetter(cp) || Character.isDigit(cp)
            || Character.getType(cp) == Character.LETTER_NUMBER || Character.getType(cp) == Character.OTHER_NUMBER);
    }

    @Exposed.Method(name = "isspace")
    public static Object isspace(Object self) {
        return all(s(self), cp -> cp < 0x10000 && isSpace((char) cp));
    }

    @Exposed.Method(name = "isascii")
    public static Object isascii(Object self) {
        for (char c : s(self).toCharArray()) if (c >= 0x80) return false;
        return true;
    }

    @Exposed.Method(name = "isprintable")
    public static Object isprintable(Object self) {
        String str = s(self);
        return str.isEmpty() || all(str, PyStr::isPrintable);
    }

    @Exposed.Method(name = "isidentifier")
    public static Object isidentifier(Object self) {
        String str = s(self);
        if (str.isEmpty()) return false;
        int first = str.codePointAt(0);
        if (!(Character.isUnicodeIdentifierStart(first) || first == '_')) return false;
        for (int i = Character.charCount(first); i < str.length(); ) {
            int cp = str.codePointAt(i);
            if (!Character.isUnicodeIdentifierPart(cp) || Character.isIdentifierIgnorable(cp)) return false;
            i += Character.charCount(cp);
        }
        return true;
    }

    @Exposed.Method(name = "isupper")
    public static Object isupper(Object self) {
        boolean cased = false;
        for (char c : s(self).toCharArray()) {
            if (Character.isLowerCase(c) || Character.isTitleCase(c)) return false;
            if (Character.isUpperCase(c)) cased = true;
        }
        return cased;
    }

    @Exposed.Method(name = "islower")
    public static Object islower(Object self) {
        boolean cased = false;
        for (char c : s(self).toCharArray()) {
            if (Character.isUpperCase(c) || Character.isTitleCase(c)) return false;
            if (Character.isLowerCase(c)) cased = true;
        }
        return cased;
    }

    @Exposed.Method(name = "istitle")
    public static Object istitle(Object self) {
        boolean cased = false, prevCased = false;
        for (char c : s(self).toCharArray()) {
            if (Character.isUpperCase(c) || Character.isTitleCase(c)) {
                if (prevCased) return false;
                prevCased = true;
                cased = true;
            } else if (Character.isLowerCase(c)) {
                if (!prevCased) return false;
                prevCased = true;
                cased = true;
            } else {
                prevCased = false;
            }
        }
        return cased;
    }

    private static String pad(String str, long width, Object fillchar, int where) {
        String f = arg(fillchar, "pad");
        if (length(f) != 1) throw PyExc.typeError("The fill character must be exactly one character long");
        int n = (int) length(str);
        if (width <= n) return str;
        int total = (int) width - n;
        int left;
        if (where < 0) left = 0;
        else if (where > 0) left = total;
        else left = total / 2 + (total & (int) width & 1);
        return f.repeat(left) + str + f.repeat(total - left);
    }

    @Exposed.Method(name = "center", params = {"width", "fillchar=' '", "/"})
    public static Object center(Object self, Object width, Object fill) { return pad(s(self), Abstract.asLong(width), fill, 0); }
    @Exposed.Method(name = "ljust", params = {"width", "fillchar=' '", "/"})
    public static Object ljust(Object self, Object width, Object fill) { return pad(s(self), Abstract.asLong(width), fill, -1); }
    @Exposed.Method(name = "rjust", params = {"width", "fillchar=' '", "/"})
    public static Object rjust(Object self, Object width, Object fill) { return pad(s(self), Abstract.asLong(width), fill, 1); }

    @Exposed.Method(name = "zfill", params = {"width", "/"})
    public static Object zfill(Object self, Object width) {
        String str = s(self);
        long w = Abstract.asLong(width);
        long n = length(str);
        if (w <= n) return str;
        int fill = (int) (w - n);
        if (!str.isEmpty() && (str.charAt(0) == '+' || str.charAt(0) == '-')) {
            return str.charAt(0) + "0".repeat(fill) + str.substring(1);
        }
        return "0".repeat(fill) + str;
    }

    @Exposed.Method(name = "partition", params = {"sep", "/"})
    public static Object partition(Object self, Object sep) {
        String str = s(self), sp = arg(sep, "partition");
        if (sp.isEmpty()) throw PyExc.valueError("empty separator");
        int i = str.indexOf(sp);
        if (i < 0) return PyTuple.of(str, "", "");
        return PyTuple.of(str.substring(0, i), sp, str.substring(i + sp.length()));
    }

    @Exposed.Method(name = "rpartition", params = {"sep", "/"})
    public static Object rpartition(Object self, Object sep) {
        String str = s(self), sp = arg(sep, "rpartition");
        if (sp.isEmpty()) throw PyExc.valueError("empty separator");
        int i = str.lastIndexOf(sp);
        if (i < 0) return PyTuple.of("", "", str);
        return PyTuple.of(str.substring(0, i), sp, str.substring(i + sp.length()));
    }

    @Exposed.Method(name = "removeprefix", params = {"prefix", "/"})
    public static Object removeprefix(Object self, Object prefix) {
        String str = s(self), p = arg(prefix, "removeprefix");
        return str.startsWith(p) ? str.substring(p.length()) : str;
    }

    @Exposed.Method(name = "removesuffix", params = {"suffix", "/"})
    public static Object removesuffix(Object self, Object suffix) {
        String str = s(self), p = arg(suffix, "removesuffix");
        return !p.isEmpty() && str.endsWith(p) ? str.substring(0, str.length() - p.length()) : str;
    }

    @Exposed.Method(name = "expandtabs", params = {"tabsize=8"})
    public static Object expandtabs(Object self, Object tabsize) {
        String str = s(self);
        long ts = Abstract.asLong(tabsize);
        StringBuilder sb = new StringBuilder();
        int col = 0;
        for (char c : str.toCharArray()) {
            if (c == '\t') {
                if (ts > 0) {
                    int spaces = (int) (ts - col % ts);
                    sb.append(" ".repeat(spaces));
                    col += spaces;
                }
            } else {
                sb.append(c);
                // the second half of a surrogate pair does not take a column
                if (!Character.isLowSurrogate(c)) col = (c == '\n' || c == '\r') ? 0 : col + 1;
            }
        }
        return sb.toString();
    }

    @Exposed.Method(name = "encode", params = {"encoding='utf-8'", "errors='strict'"})
    public static Object encode(Object self, Object encoding, Object errors) {
        return PyBytes.encode(s(self), (String) encoding, (String) errors);
    }

    @Exposed.Method(name = "translate", params = {"table", "/"})
    public static Object translate(Object self, Object table) {
        StringBuilder sb = new StringBuilder();
        String str = s(self);
        for (int i = 0; i < str.length(); ) {
            int cp = str.codePointAt(i);
            i += Character.charCount(cp);
            Object r;
            try {
                r = Abstract.getItem(table, (long) cp);
            } catch (org.jyco.runtime.PyException e) {
                if (!e.matches(PyExc.LookupError)) throw e;
                sb.appendCodePoint(cp);
                continue;
            }
            if (r == PyNone.NONE) continue;
            if (r instanceof String rs) sb.append(rs);
            else sb.appendCodePoint((int) Abstract.asLong(r));
        }
        return sb.toString();
    }

    @Exposed.Method(name = "maketrans", isStatic = true, params = {"x", "y=?", "z=?", "/"})
    public static Object maketrans(Object x, Object y, Object z) {
        PyDict d = new PyDict();
        if (y == Signature.MISSING) {
            if (!(x instanceof PyDict src)) {
                throw PyExc.typeError("if you give only one argument to maketrans it must be a dict");
            }
            for (var e : src.entrySet()) {
                Object k = e.getKey();
                if (k instanceof String ks) {
                    if (ks.length() != 1) throw PyExc.valueError("string keys in translate table must be of length 1");
                    k = (long) ks.codePointAt(0);
                }
                d.put(k, e.getValue());
            }
            return d;
        }
        String a = arg(x, "maketrans"), b = arg(y, "maketrans");
        if (a.length() != b.length()) {
            throw PyExc.valueError("the first two maketrans arguments must have equal length");
        }
        for (int i = 0; i < a.length(); i++) d.put((long) a.charAt(i), (long) b.charAt(i));
        if (z != Signature.MISSING) {
            for (char c : arg(z, "maketrans").toCharArray()) d.put((long) c, PyNone.NONE);
        }
        return d;
    }

    @Exposed.Method(name = "__getnewargs__")
    public static Object getnewargs(Object self) {
        return PyTuple.of(s(self));
    }
}
