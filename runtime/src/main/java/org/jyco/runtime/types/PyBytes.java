package org.jyco.runtime.types;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.jyco.runtime.Abstract;
import org.jyco.runtime.CompareOp;
import org.jyco.runtime.Exposed;
import org.jyco.runtime.PyExc;
import org.jyco.runtime.PyObject;
import org.jyco.runtime.PyType;
import org.jyco.runtime.Signature;
import org.jyco.runtime.Singletons;

/** Python's {@code bytes}: an immutable byte array (CPython's {@code Objects/bytesobject.c}). */
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

    /** The bytes of a bytes-like object. */
    public static byte[] asBytes(Object o) {
        if (o instanceof PyBytes b) return b.value;
        throw PyExc.typeError("a bytes-like object is required, not '" + PyType.of(o).getName() + "'");
    }

    String decodeLatin1() {
        return new String(value, StandardCharsets.ISO_8859_1);
    }

    static Charset charset(String encoding) {
        String e = encoding.toLowerCase().replace('_', '-');
        switch (e) {
            case "utf-8": case "utf8": case "u8": return StandardCharsets.UTF_8;
            case "ascii": case "us-ascii": return StandardCharsets.US_ASCII;
            case "latin-1": case "latin1": case "iso-8859-1": case "iso8859-1": case "l1": return StandardCharsets.ISO_8859_1;
            case "utf-16": return StandardCharsets.UTF_16;
            case "utf-16-le": case "utf-16le": return StandardCharsets.UTF_16LE;
            case "utf-16-be": case "utf-16be": return StandardCharsets.UTF_16BE;
            default:
                try {
                    return Charset.forName(e);
                } catch (RuntimeException x) {
                    throw PyExc.of(PyExc.LookupError, "unknown encoding: " + encoding);
                }
        }
    }

    /** {@code bytes.decode(encoding, errors)}. */
    public String decode(String encoding, String errors) {
        Charset cs = charset(encoding);
        CodingErrorAction action = errors.equals("strict") ? CodingErrorAction.REPORT
            : errors.equals("ignore") ? CodingErrorAction.IGNORE : CodingErrorAction.REPLACE;
        CharsetDecoder d = cs.newDecoder().onMalformedInput(action).onUnmappableCharacter(action);
        try {
            return d.decode(ByteBuffer.wrap(value)).toString();
        } catch (CharacterCodingException e) {
            ByteBuffer in = ByteBuffer.wrap(value);
            CharBuffer out = CharBuffer.allocate(value.length * 2 + 4);
            cs.newDecoder().decode(in, out, true);
            int pos = in.position();
            String name = cs == StandardCharsets.UTF_8 ? "utf-8" : cs == StandardCharsets.US_ASCII ? "ascii" : encoding;
            String reason = cs == StandardCharsets.US_ASCII ? "ordinal not in range(128)" : "invalid start byte";
            throw PyExc.of(PyExc.UnicodeDecodeError, String.format("'%s' codec can't decode byte 0x%02x in position %d: %s",
                name, value[Math.min(pos, value.length - 1)] & 0xff, pos, reason));
        }
    }

    /** {@code str.encode(encoding, errors)}. */
    public static PyBytes encode(String s, String encoding, String errors) {
        Charset cs = charset(encoding);
        if (cs == StandardCharsets.UTF_8) return new PyBytes(s.getBytes(StandardCharsets.UTF_8));
        if (errors.equals("strict")) {
            for (int i = 0; i < s.length(); i++) {
                if (!cs.newEncoder().canEncode(s.charAt(i))) {
                    String name = cs == StandardCharsets.US_ASCII ? "ascii" : cs == StandardCharsets.ISO_8859_1 ? "latin-1" : encoding;
                    throw PyExc.of(PyExc.UnicodeEncodeError, String.format(
                        "'%s' codec can't encode character '\\u%04x' in position %d: ordinal not in range(%d)", name,
                        (int) s.charAt(i), i, cs == StandardCharsets.US_ASCII ? 128 : 256));
                }
            }
        }
        return new PyBytes(s.getBytes(cs));
    }

    public static String repr(byte[] v) {
        boolean single = false, dbl = false;
        for (byte b : v) {
            if (b == '\'') single = true;
            if (b == '"') dbl = true;
        }
        char q = single && !dbl ? '"' : '\'';
        StringBuilder sb = new StringBuilder("b").append(q);
        for (byte b : v) {
            int c = b & 0xff;
            if (c == q || c == '\\') sb.append('\\').append((char) c);
            else if (c == '\n') sb.append("\\n");
            else if (c == '\r') sb.append("\\r");
            else if (c == '\t') sb.append("\\t");
            else if (c < 0x20 || c >= 0x7f) sb.append(String.format("\\x%02x", c));
            else sb.append((char) c);
        }
        return sb.append(q).toString();
    }

    @Exposed.Method(name = "__new__", isStatic = true, params = {"cls", "source=?", "encoding=?", "errors=?"})
    public static Object new_(Object cls, Object source, Object encoding, Object errors) {
        if (source == Signature.MISSING) return new PyBytes(new byte[0]);
        if (source instanceof String s) {
            if (encoding == Signature.MISSING) throw PyExc.typeError("string argument without an encoding");
            return encode(s, (String) encoding, errors == Signature.MISSING ? "strict" : (String) errors);
        }
        if (source instanceof PyBytes b) return b;
        if (source instanceof Long || source instanceof Boolean) {
            long n = Abstract.asLong(source);
            if (n < 0) throw PyExc.valueError("negative count");
            return new PyBytes(new byte[(int) n]);
        }
        Object[] items = Abstract.toArray(source);
        byte[] out = new byte[items.length];
        for (int i = 0; i < items.length; i++) {
            long v = Abstract.asLong(items[i]);
            if (v < 0 || v > 255) throw PyExc.valueError("bytes must be in range(0, 256)");
            out[i] = (byte) v;
        }
        return new PyBytes(out);
    }

    @Exposed.Method(name = "__repr__")
    public static Object repr(PyBytes self) { return repr(self.value); }
    @Exposed.Method(name = "__len__")
    public static Object len(PyBytes self) { return (long) self.value.length; }
    @Exposed.Method(name = "__hash__")
    public static Object hash(PyBytes self) { return (long) Arrays.hashCode(self.value); }

    @Exposed.Method(name = "__getitem__", params = {"index", "/"})
    public static Object getitem(PyBytes self, Object index) {
        if (index instanceof PySlice s) {
            int[] r = s.indices(self.value.length);
            byte[] out = new byte[r[3]];
            for (int k = 0, i = r[0]; k < r[3]; k++, i += r[2]) out[k] = self.value[i];
            return new PyBytes(out);
        }
        int i = PyList.normIndex(Abstract.asIndexOrError(index, "byte"), self.value.length, "index");
        return (long) (self.value[i] & 0xff);
    }

    @Exposed.Method(name = "__iter__")
    public static Object iter(PyBytes self) {
        return new PyIterators.Base() {
            int i;

            @Override
            public Object next() {
                return i < self.value.length ? (Object) (long) (self.value[i++] & 0xff) : PyIterators.END;
            }
        };
    }

    @Exposed.Method(name = "__add__", params = {"other", "/"})
    public static Object add(PyBytes self, Object other) {
        if (!(other instanceof PyBytes o)) {
            throw PyExc.typeError("can't concat " + PyType.of(other).getName() + " to bytes");
        }
        byte[] r = Arrays.copyOf(self.value, self.value.length + o.value.length);
        System.arraycopy(o.value, 0, r, self.value.length, o.value.length);
        return new PyBytes(r);
    }

    @Exposed.Method(name = "__mul__", params = {"n", "/"})
    public static Object mul(PyBytes self, Object n) {
        long k = Abstract.asLong(n);
        if (k <= 0) return new PyBytes(new byte[0]);
        byte[] r = new byte[(int) (self.value.length * k)];
        for (int i = 0; i < k; i++) System.arraycopy(self.value, 0, r, i * self.value.length, self.value.length);
        return new PyBytes(r);
    }

    @Exposed.Method(name = "__contains__", params = {"x", "/"})
    public static Object contains(PyBytes self, Object x) {
        if (x instanceof PyBytes b) return indexOf(self.value, b.value, 0) >= 0;
        long v = Abstract.asLong(x);
        for (byte c : self.value) if ((c & 0xff) == v) return true;
        return false;
    }

    static int indexOf(byte[] a, byte[] b, int from) {
        outer:
        for (int i = from; i <= a.length - b.length; i++) {
            for (int j = 0; j < b.length; j++) if (a[i + j] != b[j]) continue outer;
            return i;
        }
        return -1;
    }

    @Exposed.Method(name = "decode", params = {"encoding='utf-8'", "errors='strict'"})
    public static Object decode(PyBytes self, Object encoding, Object errors) {
        return self.decode((String) encoding, (String) errors);
    }

    @Exposed.Method(name = "hex")
    public static Object hex(PyBytes self) {
        StringBuilder sb = new StringBuilder();
        for (byte b : self.value) sb.append(String.format("%02x", b & 0xff));
        return sb.toString();
    }

    @Exposed.Method(name = "join", params = {"iterable", "/"})
    public static Object join(PyBytes self, Object iterable) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        Object[] items = Abstract.toArray(iterable);
        for (int i = 0; i < items.length; i++) {
            if (i > 0) out.writeBytes(self.value);
            out.writeBytes(asBytes(items[i]));
        }
        return new PyBytes(out.toByteArray());
    }

    private static Object cmp(PyBytes self, Object other, CompareOp op) {
        if (!(other instanceof PyBytes o)) return Singletons.NOT_IMPLEMENTED;
        int c = Arrays.compareUnsigned(self.value, o.value);
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
    public static Object eq(PyBytes self, Object other) { return cmp(self, other, CompareOp.EQ); }
    @Exposed.Method(name = "__ne__", params = {"other", "/"})
    public static Object ne(PyBytes self, Object other) { return cmp(self, other, CompareOp.NE); }
    @Exposed.Method(name = "__lt__", params = {"other", "/"})
    public static Object lt(PyBytes self, Object other) { return cmp(self, other, CompareOp.LT); }
    @Exposed.Method(name = "__le__", params = {"other", "/"})
    public static Object le(PyBytes self, Object other) { return cmp(self, other, CompareOp.LE); }
    @Exposed.Method(name = "__gt__", params = {"other", "/"})
    public static Object gt(PyBytes self, Object other) { return cmp(self, other, CompareOp.GT); }
    @Exposed.Method(name = "__ge__", params = {"other", "/"})
    public static Object ge(PyBytes self, Object other) { return cmp(self, other, CompareOp.GE); }
}
