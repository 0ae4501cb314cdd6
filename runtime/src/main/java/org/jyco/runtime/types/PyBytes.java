package org.jyco.runtime.types;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jyco.runtime.Abstract;
import org.jyco.runtime.CompareOp;
import org.jyco.runtime.Exposed;
import org.jyco.runtime.PyExc;
import org.jyco.runtime.PyNone;
import org.jyco.runtime.PyObject;
import org.jyco.runtime.PyType;
import org.jyco.runtime.Signature;
import org.jyco.runtime.Singletons;

/**
 * Python's {@code bytes}: an immutable byte array (CPython's {@code Objects/bytesobject.c}). The
 * exposed methods take {@code self} as Object so that {@link PyByteArray} shares them: results are
 * of the receiver's kind (bytes for bytes, bytearray for bytearray).
 */
public final class PyBytes extends PyObject {
    final byte[] value;

    public PyBytes(byte[] value) {
        this.value = value;
    }

    @Override
    public PyType getType() {
        return PyType.BYTES;
    }

    public byte[] bytes() {
        return value;
    }

    /** The bytes of a bytes-like object (bytes, bytearray), or null. */
    public static byte[] bytesLike(Object o) {
        if (o instanceof PyBytes b) return b.value;
        if (o instanceof PyByteArray a) return a.toBytes();
        return null;
    }

    /** The bytes of a bytes-like object. */
    public static byte[] asBytes(Object o) {
        byte[] b = bytesLike(o);
        if (b != null) return b;
        throw PyExc.typeError("a bytes-like object is required, not '" + PyType.of(o).getName() + "'");
    }

    String decodeLatin1() {
        return new String(value, StandardCharsets.ISO_8859_1);
    }

    static Charset charset(String encoding) {
        return Codecs.charset(Codecs.normalize(encoding), encoding);
    }

    /** {@code bytes.decode(encoding, errors)}. */
    public String decode(String encoding, String errors) {
        return Codecs.decode(value, encoding, errors);
    }

    /** {@code str.encode(encoding, errors)}. */
    public static PyBytes encode(String s, String encoding, String errors) {
        return new PyBytes(Codecs.encode(s, encoding, errors));
    }

    public static String repr(byte[] v) {
        return repr(v, v.length);
    }

    static String repr(byte[] v, int n) {
        boolean single = false, dbl = false;
        for (int i = 0; i < n; i++) {
            if (v[i] == '\'') single = true;
            if (v[i] == '"') dbl = true;
        }
        char q = single && !dbl ? '"' : '\'';
        StringBuilder sb = new StringBuilder(n + 3).append('b').append(q);
        for (int i = 0; i < n; i++) {
            int c = v[i] & 0xff;
            if (c == q || c == '\\') sb.append('\\').append((char) c);
            else if (c == '\n') sb.append("\\n");
            else if (c == '\r') sb.append("\\r");
            else if (c == '\t') sb.append("\\t");
            else if (c < 0x20 || c >= 0x7f) sb.append(String.format("\\x%02x", c));
            else sb.append((char) c);
        }
        return sb.append(q).toString();
    }

    // ------------------------------------------------------------------ helpers shared with bytearray

    /** The receiver's bytes (a copy for a bytearray). */
    static byte[] data(Object self) {
        if (self instanceof PyBytes b) return b.value;
        if (self instanceof PyByteArray a) return a.toBytes();
        throw PyExc.typeError("descriptor requires a 'bytes' object but received a '" + PyType.of(self).getName() + "'");
    }

    /** A result of the receiver's kind. */
    static Object make(Object self, byte[] b) {
        if (self instanceof PyByteArray) return new PyByteArray(b);
        return new PyBytes(b);
    }

    private static String kindName(Object self) {
        return self instanceof PyByteArray ? "bytearray" : "bytes";
    }

    /** A byte value argument: an int in range(256). */
    static int byteValue(Object o) {
        long v = Abstract.asLong(o);
        if (v < 0 || v > 255) throw PyExc.valueError("byte must be in range(0, 256)");
        return (int) v;
    }

    /** The bytes of an argument that may be bytes-like or an int (find, count, index, in). */
    private static byte[] subArg(Object o) {
        byte[] b = bytesLike(o);
        if (b != null) return b;
        if (o instanceof Long || o instanceof Boolean || o instanceof java.math.BigInteger) return new byte[] {(byte) byteValue(o)};
        throw PyExc.typeError("argument should be integer or bytes-like object, not '" + PyType.of(o).getName() + "'");
    }

    private static byte[] bytesArg(Object o) {
        byte[] b = bytesLike(o);
        if (b != null) return b;
        throw PyExc.typeError("a bytes-like object is required, not '" + PyType.of(o).getName() + "'");
    }

    /** The items of source as bytes: ints in range(256) from any iterable, or a bytes-like object. */
    static byte[] fromSource(Object source, Object encoding, Object errors, String kind) {
        String s = PyStr.strOrNull(source);
        if (s != null) {
            if (encoding == Signature.MISSING) throw PyExc.typeError("string argument without an encoding");
            return Codecs.encode(s, (String) encoding, errors == Signature.MISSING ? "strict" : (String) errors);
        }
        if (encoding != Signature.MISSING) throw PyExc.typeError("encoding without a string argument");
        if (errors != Signature.MISSING) throw PyExc.typeError("errors without a string argument");
        byte[] bl = bytesLike(source);
        if (bl != null) return bl.clone();
        if (source instanceof Long || source instanceof Boolean || source instanceof java.math.BigInteger
            || !(source instanceof PyObject) && !(source instanceof String) && PyType.of(source).lookup("__index__") != null
            || source instanceof PyObject && PyType.of(source).lookup("__index__") != null
                && PyType.of(source).lookup("__iter__") == null) {
            long n = Abstract.asLong(source);
            if (n < 0) throw PyExc.valueError("negative count");
            return new byte[(int) n];
        }
        if (PyType.of(source).lookup("__iter__") == null && PyType.of(source).lookup("__getitem__") == null) {
            throw PyExc.typeError("cannot convert '" + PyType.of(source).getName() + "' object to " + kind);
        }
        Object[] items = Abstract.toArray(source);
        byte[] out = new byte[items.length];
        for (int i = 0; i < items.length; i++) {
            Object x = items[i];
            if (!(x instanceof Long || x instanceof Boolean) && PyType.of(x).lookup("__index__") == null) {
                throw PyExc.typeError("'" + PyType.of(x).getName() + "' object cannot be interpreted as an integer");
            }
            long v = Abstract.asLong(x);
            if (v < 0 || v > 255) throw PyExc.valueError(kind + " must be in range(0, 256)");
            out[i] = (byte) v;
        }
        return out;
    }

    static int indexOf(byte[] a, byte[] b, int from) {
        return indexOf(a, b, from, a.length);
    }

    static int indexOf(byte[] a, byte[] b, int from, int to) {
        outer:
        for (int i = Math.max(from, 0); i <= to - b.length; i++) {
            for (int j = 0; j < b.length; j++) if (a[i + j] != b[j]) continue outer;
            return i;
        }
        return -1;
    }

    static int lastIndexOf(byte[] a, byte[] b, int from, int to) {
        outer:
        for (int i = to - b.length; i >= from; i--) {
            for (int j = 0; j < b.length; j++) if (a[i + j] != b[j]) continue outer;
            return i;
        }
        return -1;
    }

    private static boolean isSpace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0b || c == 0x0c;
    }

    private static boolean isLower(int c) { return c >= 'a' && c <= 'z'; }
    private static boolean isUpper(int c) { return c >= 'A' && c <= 'Z'; }
    private static boolean isDigit(int c) { return c >= '0' && c <= '9'; }
    private static boolean isAlpha(int c) { return isLower(c) || isUpper(c); }

    // ------------------------------------------------------------------ construction

    @Exposed.Method(name = "__new__", isStatic = true, params = {"cls", "source=?", "encoding=?", "errors=?"})
    public static Object new_(Object cls, Object source, Object encoding, Object errors) {
        if (cls != PyType.BYTES) throw PyExc.notImplemented("subclasses of bytes are not supported yet");
        if (source == Signature.MISSING) {
            if (encoding != Signature.MISSING || errors != Signature.MISSING) {
                throw PyExc.typeError("encoding or errors without sequence argument");
            }
            return new PyBytes(new byte[0]);
        }
        if (source instanceof PyBytes b && encoding == Signature.MISSING) return b;
        if (!(source instanceof String) && encoding == Signature.MISSING) {
            Object conv = Abstract.callSpecial(source, "__bytes__");
            if (conv != null) {
                if (!(conv instanceof PyBytes)) {
                    throw PyExc.typeError("__bytes__ returned non-bytes (type " + PyType.of(conv).getName() + ")");
                }
                return conv;
            }
        }
        return new PyBytes(fromSource(source, encoding, errors, "bytes"));
    }

    @Exposed.Method(name = "fromhex", classMethod = true, params = {"string", "/"})
    public static Object fromhex(Object cls, Object string) {
        if (!(string instanceof String s)) {
            throw PyExc.typeError("fromhex() argument must be str, not " + PyType.of(string).getName());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int i = 0, n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0b || c == 0x0c) {
                i++;
                continue;
            }
            int hi = Character.digit(c, 16);
            int lo = i + 1 < n ? Character.digit(s.charAt(i + 1), 16) : -1;
            if (hi < 0 || c > 0x7f) {
                throw PyExc.valueError("non-hexadecimal number found in fromhex() arg at position " + i);
            }
            if (lo < 0 || s.charAt(i + 1) > 0x7f) {
                throw PyExc.valueError("non-hexadecimal number found in fromhex() arg at position " + (i + 1));
            }
            out.write(hi * 16 + lo);
            i += 2;
        }
        byte[] b = out.toByteArray();
        if (cls == PyType.BYTES) return new PyBytes(b);
        if (cls == PyByteArray.TYPE) return new PyByteArray(b);
        return Abstract.call(cls, new PyBytes(b));
    }

    @Exposed.Method(name = "maketrans", isStatic = true, params = {"frm", "to", "/"})
    public static Object maketrans(Object frm, Object to) {
        byte[] f = bytesArg(frm), t = bytesArg(to);
        if (f.length != t.length) throw PyExc.valueError("maketrans arguments must have same length");
        byte[] table = new byte[256];
        for (int i = 0; i < 256; i++) table[i] = (byte) i;
        for (int i = 0; i < f.length; i++) table[f[i] & 0xff] = t[i];
        return new PyBytes(table);
    }

    // ------------------------------------------------------------------ sequence protocol

    @Exposed.Method(name = "__repr__")
    public static Object repr(Object self) {
        if (self instanceof PyByteArray a) {
            return PyType.of(self).getName() + "(" + repr(a.buf, a.size) + ")";
        }
        return repr(data(self));
    }

    @Exposed.Method(name = "__str__")
    public static Object str(Object self) { return repr(self); }

    @Exposed.Method(name = "__len__")
    public static Object len(Object self) {
        if (self instanceof PyByteArray a) return (long) a.size;
        return (long) data(self).length;
    }

    @Exposed.Method(name = "__hash__")
    public static Object hash(Object self) {
        byte[] v = data(self);
        if (v.length == 0) return 0L;
        // hash of the latin-1 string: bytes and their str equivalents need not agree, only be stable
        long h = Arrays.hashCode(v);
        return h == -1 ? -2L : h;
    }

    @Exposed.Method(name = "__getitem__", params = {"index", "/"})
    public static Object getitem(Object self, Object index) {
        byte[] v = self instanceof PyByteArray a ? a.buf : data(self);
        int n = self instanceof PyByteArray a ? a.size : v.length;
        if (index instanceof PySlice s) {
            int[] r = s.indices(n);
            byte[] out = new byte[r[3]];
            for (int k = 0, i = r[0]; k < r[3]; k++, i += r[2]) out[k] = v[i];
            return make(self, out);
        }
        int i = PyList.normIndex(Abstract.asIndexOrError(index, self instanceof PyByteArray ? "bytearray" : "byte"), n,
            self instanceof PyByteArray ? "bytearray" : "index");
        return (long) (v[i] & 0xff);
    }

    @Exposed.Method(name = "__iter__")
    public static Object iter(Object self) {
        if (self instanceof PyByteArray a) {
            return new PyIterators.Base() {
                int i;

                @Override
                public PyType getType() {
                    return PyIterators.BYTEARRAY_ITERATOR;
                }

                @Override
                public Object next() {
                    return i < a.size ? (Object) (long) (a.buf[i++] & 0xff) : PyIterators.END;
                }
            };
        }
        byte[] v = data(self);
        return new PyIterators.Base() {
            int i;

            @Override
            public PyType getType() {
                return PyIterators.BYTES_ITERATOR;
            }

            @Override
            public Object next() {
                return i < v.length ? (Object) (long) (v[i++] & 0xff) : PyIterators.END;
            }
        };
    }

    @Exposed.Method(name = "__add__", params = {"other", "/"})
    public static Object add(Object self, Object other) {
        byte[] o = bytesLike(other);
        if (o == null) {
            return org.jyco.runtime.Singletons.NOT_IMPLEMENTED;
        }
        byte[] v = data(self);
        byte[] r = Arrays.copyOf(v, v.length + o.length);
        System.arraycopy(o, 0, r, v.length, o.length);
        return make(self, r);
    }

    @Exposed.Method(name = "__mul__", params = {"n", "/"})
    public static Object mul(Object self, Object n) {
        if (PyLong.asInt(n) == null && PyType.of(n).lookup("__index__") == null) return Singletons.NOT_IMPLEMENTED;
        long k = Abstract.asLong(n);
        byte[] v = data(self);
        if (k <= 0 || v.length == 0) return make(self, new byte[0]);
        if ((long) v.length * k > Integer.MAX_VALUE - 8) throw PyExc.of(PyExc.MemoryError);
        byte[] r = new byte[(int) (v.length * k)];
        for (int i = 0; i < k; i++) System.arraycopy(v, 0, r, i * v.length, v.length);
        return make(self, r);
    }

    @Exposed.Method(name = "__rmul__", params = {"n", "/"})
    public static Object rmul(Object self, Object n) {
        return mul(self, n);
    }

    @Exposed.Method(name = "__mod__", params = {"args", "/"})
    public static Object mod(Object self, Object args) {
        String fmt = new String(data(self), StandardCharsets.ISO_8859_1);
        Object conv;
        if (args instanceof PyTuple t) {
            Object[] items = t.array().clone();
            for (int i = 0; i < items.length; i++) items[i] = latin1Arg(items[i]);
            conv = PyTuple.of(items);
        } else {
            conv = latin1Arg(args);
        }
        String r = org.jyco.runtime.format.PercentFormat.format(fmt, conv);
        byte[] out = new byte[r.length()];
        for (int i = 0; i < r.length(); i++) {
            char c = r.charAt(i);
            if (c > 0xff) throw PyExc.typeError("%b requires a bytes-like object, or an object that implements __bytes__");
            out[i] = (byte) c;
        }
        return make(self, out);
    }

    private static Object latin1Arg(Object o) {
        byte[] b = bytesLike(o);
        return b == null ? o : new String(b, StandardCharsets.ISO_8859_1);
    }

    @Exposed.Method(name = "__rmod__", params = {"other", "/"})
    public static Object rmod(Object self, Object other) {
        return Singletons.NOT_IMPLEMENTED;
    }

    @Exposed.Method(name = "__contains__", params = {"x", "/"})
    public static Object contains(Object self, Object x) {
        return indexOf(data(self), subArg(x), 0) >= 0;
    }

    @Exposed.Method(name = "__getnewargs__")
    public static Object getnewargs(Object self) {
        return PyTuple.of(new PyBytes(data(self).clone()));
    }

    @Exposed.Method(name = "__bytes__")
    public static Object toBytes(Object self) {
        return self instanceof PyBytes b && b.getType() == PyType.BYTES ? b : new PyBytes(data(self).clone());
    }

    private static Object cmp(Object self, Object other, CompareOp op) {
        byte[] o = bytesLike(other);
        if (o == null) return Singletons.NOT_IMPLEMENTED;
        int c = Arrays.compareUnsigned(data(self), o);
        switch (op) {
            case EQ: return c == 0;
            case NE: return c != 0;
            case LT: return c < 0;
            case LE: return c <= 0;
            case GT: return c > 0;
            default: return c >= 0;
        }
    }

    @Exposed.Method(name = "__eq__", params = {"other", "/"})
    public static Object eq(Object self, Object other) { return cmp(self, other, CompareOp.EQ); }
    @Exposed.Method(name = "__ne__", params = {"other", "/"})
    public static Object ne(Object self, Object other) { return cmp(self, other, CompareOp.NE); }
    @Exposed.Method(name = "__lt__", params = {"other", "/"})
    public static Object lt(Object self, Object other) { return cmp(self, other, CompareOp.LT); }
    @Exposed.Method(name = "__le__", params = {"other", "/"})
    public static Object le(Object self, Object other) { return cmp(self, other, CompareOp.LE); }
    @Exposed.Method(name = "__gt__", params = {"other", "/"})
    public static Object gt(Object self, Object other) { return cmp(self, other, CompareOp.GT); }
    @Exposed.Method(name = "__ge__", params = {"other", "/"})
    public static Object ge(Object self, Object other) { return cmp(self, other, CompareOp.GE); }

    // ------------------------------------------------------------------ conversions

    @Exposed.Method(name = "decode", params = {"encoding='utf-8'", "errors='strict'"})
    public static Object decode(Object self, Object encoding, Object errors) {
        return Codecs.decode(data(self), Abstract.str(encoding), Abstract.str(errors));
    }

    @Exposed.Method(name = "hex", params = {"sep=?", "bytes_per_sep=1"})
    public static Object hex(Object self, Object sep, Object bytesPerSep) {
        byte[] v = data(self);
        String hexd = "0123456789abcdef";
        StringBuilder plain = new StringBuilder(v.length * 2);
        for (byte b : v) plain.append(hexd.charAt((b >> 4) & 0xf)).append(hexd.charAt(b & 0xf));
        if (sep == Signature.MISSING || v.length == 0) return plain.toString();
        String sp;
        if (sep instanceof String ss) sp = ss;
        else sp = new String(bytesArg(sep), StandardCharsets.ISO_8859_1);
        if (sp.length() != 1) throw PyExc.valueError("sep must be length 1.");
        long per = Abstract.asLong(bytesPerSep);
        if (per == 0) return plain.toString();
        int k = (int) Math.abs(per);
        StringBuilder sb = new StringBuilder();
        int n = v.length;
        for (int i = 0; i < n; i++) {
            boolean boundary = per > 0 ? (n - i) % k == 0 && i > 0 : i % k == 0 && i > 0;
            if (boundary) sb.append(sp);
            sb.append(plain, 2 * i, 2 * i + 2);
        }
        return sb.toString();
    }

    @Exposed.Method(name = "join", params = {"iterable", "/"})
    public static Object join(Object self, Object iterable) {
        byte[] sep = data(self);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Object[] items = Abstract.toArray(iterable);
        for (int i = 0; i < items.length; i++) {
            if (i > 0) out.writeBytes(sep);
            byte[] b = bytesLike(items[i]);
            if (b == null) {
                throw PyExc.typeError("sequence item " + i + ": expected a bytes-like object, "
                    + PyType.of(items[i]).getName() + " found");
            }
            out.writeBytes(b);
        }
        return make(self, out.toByteArray());
    }

    // ------------------------------------------------------------------ searching

    /** [start, end) of a search window from optional start/end arguments. */
    private static int[] window(Object start, Object end, int n) {
        long s = start == PyNone.NONE ? 0 : Abstract.asLongClamped(start);
        long e = end == PyNone.NONE ? n : Abstract.asLongClamped(end);
        if (s < 0) s = Math.max(0, s + n);
        if (e < 0) e = Math.max(0, e + n);
        return new int[] {(int) Math.min(s, n), (int) Math.min(e, n), s > n ? 1 : 0};
    }

    private static long find(Object self, Object sub, Object start, Object end, boolean right) {
        byte[] v = data(self), b = subArg(sub);
        int[] w = window(start, end, v.length);
        if (w[2] == 1 || w[1] - w[0] < b.length) return -1;
        return right ? lastIndexOf(v, b, w[0], w[1]) : indexOf(v, b, w[0], w[1]);
    }

    @Exposed.Method(name = "find", params = {"sub", "start=None", "end=None", "/"})
    public static Object find(Object self, Object sub, Object start, Object end) {
        return find(self, sub, start, end, false);
    }

    @Exposed.Method(name = "rfind", params = {"sub", "start=None", "end=None", "/"})
    public static Object rfind(Object self, Object sub, Object start, Object end) {
        return find(self, sub, start, end, true);
    }

    @Exposed.Method(name = "index", params = {"sub", "start=None", "end=None", "/"})
    public static Object index(Object self, Object sub, Object start, Object end) {
        long r = find(self, sub, start, end, false);
        if (r < 0) throw PyExc.valueError("subsection not found");
        return r;
    }

    @Exposed.Method(name = "rindex", params = {"sub", "start=None", "end=None", "/"})
    public static Object rindex(Object self, Object sub, Object start, Object end) {
        long r = find(self, sub, start, end, true);
        if (r < 0) throw PyExc.valueError("subsection not found");
        return r;
    }

    @Exposed.Method(name = "count", params = {"sub", "start=None", "end=None", "/"})
    public static Object count(Object self, Object sub, Object start, Object end) {
        byte[] v = data(self), b = subArg(sub);
        int[] w = window(start, end, v.length);
        if (w[2] == 1) return 0L;
        if (b.length == 0) return (long) Math.max(0, w[1] - w[0] + 1);
        long c = 0;
        for (int i = indexOf(v, b, w[0], w[1]); i >= 0; i = indexOf(v, b, i + b.length, w[1])) c++;
        return c;
    }

    private static Object affix(Object self, Object prefix, Object start, Object end, boolean suffix) {
        byte[] v = data(self);
        int[] w = window(start, end, v.length);
        Object[] options;
        if (prefix instanceof PyTuple t) {
            options = t.array();
        } else {
            if (bytesLike(prefix) == null) {
                throw PyExc.typeError((suffix ? "endswith" : "startswith") + " first arg must be bytes or a tuple of bytes, not "
                    + PyType.of(prefix).getName());
            }
            options = new Object[] {prefix};
        }
        if (w[2] == 1) return false;
        for (Object o : options) {
            byte[] p = bytesArg(o);
            if (w[1] - w[0] < p.length) continue;
            int at = suffix ? w[1] - p.length : w[0];
            boolean ok = true;
            for (int j = 0; j < p.length; j++) {
                if (v[at + j] != p[j]) {
                    ok = false;
                    break;
                }
            }
            if (ok) return true;
        }
        return false;
    }

    @Exposed.Method(name = "startswith", params = {"prefix", "start=None", "end=None", "/"})
    public static Object startswith(Object self, Object prefix, Object start, Object end) {
        return affix(self, prefix, start, end, false);
    }

    @Exposed.Method(name = "endswith", params = {"suffix", "start=None", "end=None", "/"})
    public static Object endswith(Object self, Object suffix, Object start, Object end) {
        return affix(self, suffix, start, end, true);
    }

    // ------------------------------------------------------------------ transformations

    @Exposed.Method(name = "replace", params = {"old", "new", "count=-1", "/"})
    public static Object replace(Object self, Object old, Object nw, Object count) {
        byte[] v = data(self), o = bytesArg(old), r = bytesArg(nw);
        long max = Abstract.asLong(count);
        if (max < 0) max = Long.MAX_VALUE;
        ByteArrayOutputStream out = new ByteArrayOutputStream(v.length);
        if (o.length == 0) {
            long done = 0;
            for (int i = 0; i <= v.length; i++) {
                if (done < max) {
                    out.writeBytes(r);
                    done++;
                }
                if (i < v.length) out.write(v[i]);
            }
            return make(self, out.toByteArray());
        }
        int i = 0;
        long done = 0;
        while (done < max) {
            int j = indexOf(v, o, i);
            if (j < 0) break;
            out.write(v, i, j - i);
            out.writeBytes(r);
            i = j + o.length;
            done++;
        }
        out.write(v, i, v.length - i);
        return make(self, out.toByteArray());
    }

    private static Object mapBytes(Object self, java.util.function.IntUnaryOperator f) {
        byte[] v = data(self).clone();
        for (int i = 0; i < v.length; i++) v[i] = (byte) f.applyAsInt(v[i] & 0xff);
        return make(self, v);
    }

    @Exposed.Method(name = "upper")
    public static Object upper(Object self) { return mapBytes(self, c -> isLower(c) ? c - 32 : c); }
    @Exposed.Method(name = "lower")
    public static Object lower(Object self) { return mapBytes(self, c -> isUpper(c) ? c + 32 : c); }
    @Exposed.Method(name = "swapcase")
    public static Object swapcase(Object self) {
        return mapBytes(self, c -> isLower(c) ? c - 32 : isUpper(c) ? c + 32 : c);
    }

    @Exposed.Method(name = "capitalize")
    public static Object capitalize(Object self) {
        byte[] v = data(self).clone();
        for (int i = 0; i < v.length; i++) {
            int c = v[i] & 0xff;
            if (i == 0 && isLower(c)) v[i] = (byte) (c - 32);
            else if (i > 0 && isUpper(c)) v[i] = (byte) (c + 32);
        }
        return make(self, v);
    }

    @Exposed.Method(name = "title")
    public static Object title(Object self) {
        byte[] v = data(self).clone();
        boolean prevCased = false;
        for (int i = 0; i < v.length; i++) {
            int c = v[i] & 0xff;
            if (prevCased) {
                if (isUpper(c)) v[i] = (byte) (c + 32);
            } else if (isLower(c)) {
                v[i] = (byte) (c - 32);
            }
            prevCased = isAlpha(c);
        }
        return make(self, v);
    }

    @Exposed.Method(name = "translate", params = {"table", "/", "delete=?"})
    public static Object translate(Object self, Object table, Object delete) {
        byte[] v = data(self);
        byte[] t = table == PyNone.NONE ? null : bytesArg(table);
        if (t != null && t.length != 256) throw PyExc.valueError("translation table must be 256 characters long");
        boolean[] del = new boolean[256];
        if (delete != Signature.MISSING) for (byte d : bytesArg(delete)) del[d & 0xff] = true;
        ByteArrayOutputStream out = new ByteArrayOutputStream(v.length);
        for (byte b : v) {
            if (del[b & 0xff]) continue;
            out.write(t == null ? b : t[b & 0xff]);
        }
        return make(self, out.toByteArray());
    }

    private static Object strip(Object self, Object chars, boolean left, boolean right) {
        byte[] v = data(self);
        boolean[] set = new boolean[256];
        if (chars == PyNone.NONE) {
            for (int c : new int[] {' ', '\t', '\n', '\r', 0x0b, 0x0c}) set[c] = true;
        } else {
            for (byte b : bytesArg(chars)) set[b & 0xff] = true;
        }
        int i = 0, j = v.length;
        if (left) while (i < j && set[v[i] & 0xff]) i++;
        if (right) while (j > i && set[v[j - 1] & 0xff]) j--;
        return make(self, Arrays.copyOfRange(v, i, j));
    }

    @Exposed.Method(name = "strip", params = {"bytes=None", "/"})
    public static Object strip(Object self, Object chars) { return strip(self, chars, true, true); }
    @Exposed.Method(name = "lstrip", params = {"bytes=None", "/"})
    public static Object lstrip(Object self, Object chars) { return strip(self, chars, true, false); }
    @Exposed.Method(name = "rstrip", params = {"bytes=None", "/"})
    public static Object rstrip(Object self, Object chars) { return strip(self, chars, false, true); }

    @Exposed.Method(name = "removeprefix", params = {"prefix", "/"})
    public static Object removeprefix(Object self, Object prefix) {
        byte[] v = data(self), p = bytesArg(prefix);
        if (Boolean.TRUE.equals(affix(self, prefix, PyNone.NONE, PyNone.NONE, false))) {
            return make(self, Arrays.copyOfRange(v, p.length, v.length));
        }
        return make(self, v.clone());
    }

    @Exposed.Method(name = "removesuffix", params = {"suffix", "/"})
    public static Object removesuffix(Object self, Object suffix) {
        byte[] v = data(self), p = bytesArg(suffix);
        if (p.length > 0 && Boolean.TRUE.equals(affix(self, suffix, PyNone.NONE, PyNone.NONE, true))) {
            return make(self, Arrays.copyOfRange(v, 0, v.length - p.length));
        }
        return make(self, v.clone());
    }

    private static int fillArg(Object fill, String method) {
        if (fill == Signature.MISSING) return ' ';
        byte[] f = bytesLike(fill);
        if (f == null || f.length != 1) {
            throw PyExc.typeError(method + "() argument 2 must be a byte string of length 1, not "
                + PyType.of(fill).getName());
        }
        return f[0];
    }

    private static Object pad(Object self, int left, int right, int fill) {
        byte[] v = data(self);
        byte[] r = new byte[v.length + left + right];
        Arrays.fill(r, 0, left, (byte) fill);
        System.arraycopy(v, 0, r, left, v.length);
        Arrays.fill(r, left + v.length, r.length, (byte) fill);
        return make(self, r);
    }

    @Exposed.Method(name = "center", params = {"width", "fillchar=?", "/"})
    public static Object center(Object self, Object width, Object fillchar) {
        int n = data(self).length;
        long w = Abstract.asLong(width);
        if (w <= n) return make(self, data(self).clone());
        int marg = (int) (w - n);
        int left = marg / 2 + (marg & (int) w & 1);
        return pad(self, left, marg - left, fillArg(fillchar, "center"));
    }

    @Exposed.Method(name = "ljust", params = {"width", "fillchar=?", "/"})
    public static Object ljust(Object self, Object width, Object fillchar) {
        int n = data(self).length;
        long w = Abstract.asLong(width);
        return pad(self, 0, (int) Math.max(0, w - n), fillArg(fillchar, "ljust"));
    }

    @Exposed.Method(name = "rjust", params = {"width", "fillchar=?", "/"})
    public static Object rjust(Object self, Object width, Object fillchar) {
        int n = data(self).length;
        long w = Abstract.asLong(width);
        return pad(self, (int) Math.max(0, w - n), 0, fillArg(fillchar, "rjust"));
    }

    @Exposed.Method(name = "zfill", params = {"width", "/"})
    public static Object zfill(Object self, Object width) {
        byte[] v = data(self);
        long w = Abstract.asLong(width);
        if (w <= v.length) return make(self, v.clone());
        int fill = (int) (w - v.length);
        byte[] r = new byte[(int) w];
        Arrays.fill(r, (byte) '0');
        System.arraycopy(v, 0, r, fill, v.length);
        if (v.length > 0 && (v[0] == '+' || v[0] == '-')) {
            r[0] = v[0];
            r[fill] = '0';
        }
        return make(self, r);
    }

    @Exposed.Method(name = "expandtabs", params = {"tabsize=8"})
    public static Object expandtabs(Object self, Object tabsize) {
        byte[] v = data(self);
        long ts = Abstract.asLong(tabsize);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int col = 0;
        for (byte b : v) {
            if (b == '\t') {
                if (ts > 0) {
                    int sp = (int) (ts - col % ts);
                    for (int k = 0; k < sp; k++) out.write(' ');
                    col += sp;
                }
            } else {
                out.write(b);
                col = b == '\n' || b == '\r' ? 0 : col + 1;
            }
        }
        return make(self, out.toByteArray());
    }

    // ------------------------------------------------------------------ splitting

    @Exposed.Method(name = "split", params = {"sep=None", "maxsplit=-1"})
    public static Object split(Object self, Object sep, Object maxsplit) {
        byte[] v = data(self);
        long max = Abstract.asLong(maxsplit);
        if (max < 0) max = Long.MAX_VALUE;
        PyList out = new PyList();
        if (sep == PyNone.NONE) {
            int i = 0, n = v.length;
            while (true) {
                while (i < n && isSpace(v[i] & 0xff)) i++;
                if (i >= n) break;
                if (max-- <= 0) {
                    int j = n;
                    while (j > i && isSpace(v[j - 1] & 0xff)) j--;
                    out.append(make(self, Arrays.copyOfRange(v, i, j)));
                    break;
                }
                int j = i;
                while (j < n && !isSpace(v[j] & 0xff)) j++;
                out.append(make(self, Arrays.copyOfRange(v, i, j)));
                i = j;
            }
            return out;
        }
        byte[] s = bytesArg(sep);
        if (s.length == 0) throw PyExc.valueError("empty separator");
        int i = 0;
        while (max-- > 0) {
            int j = indexOf(v, s, i);
            if (j < 0) break;
            out.append(make(self, Arrays.copyOfRange(v, i, j)));
            i = j + s.length;
        }
        out.append(make(self, Arrays.copyOfRange(v, i, v.length)));
        return out;
    }

    @Exposed.Method(name = "rsplit", params = {"sep=None", "maxsplit=-1"})
    public static Object rsplit(Object self, Object sep, Object maxsplit) {
        byte[] v = data(self);
        long max = Abstract.asLong(maxsplit);
        if (max < 0) max = Long.MAX_VALUE;
        List<Object> parts = new ArrayList<>();
        if (sep == PyNone.NONE) {
            int j = v.length;
            while (true) {
                while (j > 0 && isSpace(v[j - 1] & 0xff)) j--;
                if (j <= 0) break;
                if (max-- <= 0) {
                    int i = 0;
                    while (i < j && isSpace(v[i] & 0xff)) i++;
                    parts.add(make(self, Arrays.copyOfRange(v, i, j)));
                    break;
                }
                int i = j;
                while (i > 0 && !isSpace(v[i - 1] & 0xff)) i--;
                parts.add(make(self, Arrays.copyOfRange(v, i, j)));
                j = i;
            }
        } else {
            byte[] s = bytesArg(sep);
            if (s.length == 0) throw PyExc.valueError("empty separator");
            int j = v.length;
            while (max-- > 0) {
                int i = lastIndexOf(v, s, 0, j);
                if (i < 0) break;
                parts.add(make(self, Arrays.copyOfRange(v, i + s.length, j)));
                j = i;
            }
            parts.add(make(self, Arrays.copyOfRange(v, 0, j)));
        }
        java.util.Collections.reverse(parts);
        return PyList.of(parts.toArray());
    }

    @Exposed.Method(name = "splitlines", params = {"keepends=False"})
    public static Object splitlines(Object self, Object keepends) {
        byte[] v = data(self);
        boolean keep = Abstract.isTrue(keepends);
        PyList out = new PyList();
        int i = 0, n = v.length;
        while (i < n) {
            int j = i;
            while (j < n && v[j] != '\n' && v[j] != '\r') j++;
            int eol = j;
            if (j < n) {
                if (v[j] == '\r' && j + 1 < n && v[j + 1] == '\n') j += 2;
                else j++;
            }
            out.append(make(self, Arrays.copyOfRange(v, i, keep ? j : eol)));
            i = j;
        }
        return out;
    }

    private static Object partition(Object self, Object sep, boolean right) {
        byte[] v = data(self), s = bytesArg(sep);
        if (s.length == 0) throw PyExc.valueError("empty separator");
        int i = right ? lastIndexOf(v, s, 0, v.length) : indexOf(v, s, 0);
        if (i < 0) {
            return right ? PyTuple.of(make(self, new byte[0]), make(self, new byte[0]), make(self, v.clone()))
                : PyTuple.of(make(self, v.clone()), make(self, new byte[0]), make(self, new byte[0]));
        }
        return PyTuple.of(make(self, Arrays.copyOfRange(v, 0, i)), make(self, s.clone()),
            make(self, Arrays.copyOfRange(v, i + s.length, v.length)));
    }

    @Exposed.Method(name = "partition", params = {"sep", "/"})
    public static Object partition(Object self, Object sep) { return partition(self, sep, false); }
    @Exposed.Method(name = "rpartition", params = {"sep", "/"})
    public static Object rpartition(Object self, Object sep) { return partition(self, sep, true); }

    // ------------------------------------------------------------------ predicates

    private interface ByteTest {
        boolean test(int c);
    }

    private static Object all(Object self, ByteTest t) {
        byte[] v = data(self);
        if (v.length == 0) return false;
        for (byte b : v) if (!t.test(b & 0xff)) return false;
        return true;
    }

    @Exposed.Method(name = "isalpha")
    public static Object isalpha(Object self) { return all(self, PyBytes::isAlpha); }
    @Exposed.Method(name = "isdigit")
    public static Object isdigit(Object self) { return all(self, PyBytes::isDigit); }
    @Exposed.Method(name = "isalnum")
    public static Object isalnum(Object self) { return all(self, c -> isAlpha(c) || isDigit(c)); }
    @Exposed.Method(name = "isspace")
    public static Object isspace(Object self) { return all(self, PyBytes::isSpace); }

    @Exposed.Method(name = "isascii")
    public static Object isascii(Object self) {
        for (byte b : data(self)) if (b < 0) return false;
        return true;
    }

    @Exposed.Method(name = "islower")
    public static Object islower(Object self) {
        boolean any = false;
        for (byte b : data(self)) {
            if (isUpper(b)) return false;
            if (isLower(b)) any = true;
        }
        return any;
    }

    @Exposed.Method(name = "isupper")
    public static Object isupper(Object self) {
        boolean any = false;
        for (byte b : data(self)) {
            if (isLower(b)) return false;
            if (isUpper(b)) any = true;
        }
        return any;
    }

    @Exposed.Method(name = "istitle")
    public static Object istitle(Object self) {
        boolean cased = false, prevCased = false;
        for (byte b : data(self)) {
            if (isUpper(b)) {
                if (prevCased) return false;
                prevCased = true;
                cased = true;
            } else if (isLower(b)) {
                if (!prevCased) return false;
                prevCased = true;
                cased = true;
            } else {
                prevCased = false;
            }
        }
        return cased;
    }
}
