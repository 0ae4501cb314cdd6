package org.jyco.stdlib;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jyco.runtime.Abstract;
import org.jyco.runtime.Exposed;
import org.jyco.runtime.Interpreter;
import org.jyco.runtime.PyBaseException;
import org.jyco.runtime.PyExc;
import org.jyco.runtime.PyException;
import org.jyco.runtime.PyModule;
import org.jyco.runtime.PyNone;
import org.jyco.runtime.PyObject;
import org.jyco.runtime.PyType;
import org.jyco.runtime.types.PyByteArray;
import org.jyco.runtime.types.PyBytes;
import org.jyco.runtime.types.PyDict;
import org.jyco.runtime.types.PyList;
import org.jyco.runtime.types.PySlice;
import org.jyco.runtime.types.PyTuple;

/**
 * {@code struct}: packing values into C structs, with CPython's sizes and alignment on x86-64
 * Linux for native mode ({@code @}) and the standard sizes for {@code = < > !}.
 */
public final class StructModule {
    private StructModule() {}

    static final PyType ERROR = PyType.newBuiltin("error", PyExc.Exception, PyBaseException.class,
        BinasciiModule.Plain.class, "struct");
    static final PyType STRUCT = PyType.newBuiltin("Struct", PyType.OBJECT, PyStruct.class, PyStruct.class, "_struct");

    private static final Map<String, Layout> CACHE = new ConcurrentHashMap<>();

    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("struct");
        m.addFunctions(StructModule.class);
        PyDict d = m.getDict();
        d.put("error", ERROR);
        d.put("Struct", STRUCT);
        d.put("__all__", PyList.of("calcsize", "pack", "pack_into", "unpack", "unpack_from", "iter_unpack", "Struct",
            "error"));
        return m;
    }

    static PyException error(String msg) {
        return PyExc.of(ERROR, msg);
    }

    // ------------------------------------------------------------------ layouts

    /** One format code with its repeat count, at its offset. */
    record Item(char code, int count, int offset, int size) {}

    /** A parsed format. */
    static final class Layout {
        final String format;
        final boolean little;
        final boolean nativeSizes;
        final List<Item> items = new ArrayList<>();
        int size;
        int nargs;

        Layout(String format) {
            this.format = format;
            int i = 0;
            char order = format.isEmpty() ? '@' : format.charAt(0);
            if ("@=<>!".indexOf(order) >= 0) {
                i = 1;
            } else {
                order = '@';
            }
            nativeSizes = order == '@';
            little = order == '@' || order == '=' || order == '<';
            long offset = 0;
            while (i < format.length()) {
                char c = format.charAt(i);
                if (Character.isWhitespace(c)) {
                    i++;
                    continue;
                }
                long count = 1;
                if (c >= '0' && c <= '9') {
                    count = 0;
                    while (i < format.length() && format.charAt(i) >= '0' && format.charAt(i) <= '9') {
                        count = count * 10 + (format.charAt(i) - '0');
                        if (count > Integer.MAX_VALUE) throw error("total struct size too long");
                        i++;
                    }
                    if (i >= format.length()) throw error("repeat count given without format specifier");
                    c = format.charAt(i);
                }
                i++;
                int sz = codeSize(c);
                if (nativeSizes) {
                    int align = (c == 's' || c == 'p' || c == 'x') ? 1 : sz;
                    offset = (offset + align - 1) / align * align;
                }
                if (c == 's' || c == 'p') {
                    items.add(new Item(c, (int) count, (int) offset, (int) count));
                    offset += count;
                    nargs++;
                } else {
                    items.add(new Item(c, (int) count, (int) offset, sz));
                    offset += count * sz;
                    if (c != 'x') nargs += (int) count;
                }
                if (offset > Integer.MAX_VALUE - 8) throw error("total struct size too long");
            }
            size = (int) offset;
        }

        int codeSize(char c) {
            switch (c) {
                case 'x': case 'c': case 'b': case 'B': case '?': case 's': case 'p': return 1;
                case 'h': case 'H': case 'e': return 2;
                case 'i': case 'I': case 'f': return 4;
                case 'l': case 'L': return nativeSizes ? 8 : 4;
                case 'q': case 'Q': case 'd': return 8;
                case 'n': case 'N': case 'P':
                    if (nativeSizes) return 8;
                    throw error("bad char in struct format");
                default:
                    throw error("bad char in struct format");
            }
        }

        byte[] pack(Object[] args, String who) {
            if (args.length != nargs) {
                throw error(who + " expected " + nargs + " items for packing (got " + args.length + ")");
            }
            byte[] out = new byte[size];
            int a = 0;
            for (Item it : items) {
                int off = it.offset;
                switch (it.code) {
                    case 'x':
                        break;
                    case 's': case 'p': {
                        byte[] b = PyBytes.bytesLike(args[a++]);
                        if (b == null) throw error("argument for '" + it.code + "' must be a bytes object");
                        if (it.code == 's') {
                            System.arraycopy(b, 0, out, off, Math.min(b.length, it.count));
                        } else if (it.count > 0) {
                            int n = Math.min(b.length, it.count - 1);
                            System.arraycopy(b, 0, out, off + 1, n);
                            out[off] = (byte) Math.min(n, 255);
                        }
                        break;
                    }
                    default:
                        for (int k = 0; k < it.count; k++, off += it.size) packOne(it.code, it.size, args[a++], out, off);
                }
            }
            return out;
        }

        void packOne(char code, int size, Object v, byte[] out, int off) {
            long bits;
            switch (code) {
                case 'c': {
                    byte[] b = v instanceof PyBytes pb ? pb.bytes() : null;
                    if (b == null || b.length != 1) throw error("char format requires a bytes object of length 1");
                    bits = b[0];
                    break;
                }
                case '?':
                    bits = Abstract.isTrue(v) ? 1 : 0;
                    break;
                case 'e':
                    bits = toHalf(asFloat(v));
                    break;
                case 'f': {
                    double d = asFloat(v);
                    float f = (float) d;
                    if (Float.isInfinite(f) && !Double.isInfinite(d)) {
                        throw PyExc.overflow("float too large to pack with f format");
                    }
                    bits = Float.floatToIntBits(f) & 0xffffffffL;
                    break;
                }
                case 'd':
                    bits = Double.doubleToRawLongBits(asFloat(v));
                    break;
                default:
                    bits = asInt(code, size, v);
            }
            for (int k = 0; k < size; k++) {
                int pos = little ? off + k : off + size - 1 - k;
                out[pos] = (byte) (bits >>> (8 * k));
            }
        }

        Object[] unpack(byte[] buf, int base) {
            Object[] r = new Object[nargs];
            int a = 0;
            for (Item it : items) {
                int off = base + it.offset;
                switch (it.code) {
                    case 'x':
                        break;
                    case 's':
                        r[a++] = new PyBytes(java.util.Arrays.copyOfRange(buf, off, off + it.count));
                        break;
                    case 'p': {
                        int n = it.count == 0 ? 0 : Math.min(buf[off] & 0xff, it.count - 1);
                        r[a++] = new PyBytes(java.util.Arrays.copyOfRange(buf, off + 1, off + 1 + n));
                        break;
                    }
                    default:
                        for (int k = 0; k < it.count; k++, off += it.size) r[a++] = unpackOne(it.code, it.size, buf, off);
                }
            }
            return r;
        }

        Object unpackOne(char code, int size, byte[] buf, int off) {
            long bits = 0;
            for (int k = size - 1; k >= 0; k--) {
                int pos = little ? off + k : off + size - 1 - k;
                bits = bits << 8 | (buf[pos] & 0xff);
            }
            switch (code) {
                case 'c':
                    return new PyBytes(new byte[] {(byte) bits});
                case '?':
                    return bits != 0;
                case 'e':
                    return fromHalf((int) bits);
                case 'f':
                    return (double) Float.intBitsToFloat((int) bits);
                case 'd':
                    return Double.longBitsToDouble(bits);
                case 'b': case 'h': case 'i': case 'l': case 'q': case 'n':
                    return size == 8 ? bits : (bits << (64 - 8 * size)) >> (64 - 8 * size);
                default:
                    if (size == 8 && bits < 0) {
                        return BigInteger.valueOf(bits).add(BigInteger.ONE.shiftLeft(64));
                    }
                    return bits;
            }
        }
    }

    static double asFloat(Object v) {
        if (v instanceof Double d) return d;
        try {
            return Abstract.asDouble(v);
        } catch (PyException e) {
            if (e.matches(PyExc.TypeError) || e.matches(PyExc.OverflowError)) throw error("required argument is not a float");
            throw e;
        }
    }

    static final BigInteger TWO64 = BigInteger.ONE.shiftLeft(64);

    static long asInt(char code, int size, Object v) {
        Object i;
        if (v instanceof Long || v instanceof BigInteger || v instanceof Boolean) {
            i = v instanceof Boolean b ? (Object) (b ? 1L : 0L) : v;
        } else {
            if (v instanceof Double || Abstract.lookupSpecial(v, "__index__") == null) {
                throw error("required argument is not an integer");
            }
            i = Abstract.index(v);
        }
        boolean unsigned = Character.isUpperCase(code) && code != 'P' || code == 'P';
        if (i instanceof BigInteger b) {
            if (unsigned && code != 'B' && code != 'H' && b.signum() > 0 && b.compareTo(TWO64) < 0 && size == 8) {
                return b.longValue();
            }
            if (unsigned && size == 4 && b.signum() > 0 && b.bitLength() <= 63) {
                throw rangeError(code, size, true);
            }
            throw error("argument out of range");
        }
        long x = (Long) i;
        if (code == 'P') return x;
        if (unsigned) {
            if (size == 8) {
                if (x < 0) throw error("argument out of range");
                return x;
            }
            if (x < 0 && size == 4) throw error("argument out of range");
            if (x < 0 || x >= 1L << (8 * size)) throw rangeError(code, size, true);
            return x;
        }
        if (size < 8) {
            long lim = 1L << (8 * size - 1);
            if (x < -lim || x >= lim) throw rangeError(code, size, false);
        }
        return x;
    }

    static PyException rangeError(char code, int size, boolean unsigned) {
        String name = switch (code) {
            case 'b' -> "byte";
            case 'B' -> "ubyte";
            case 'h' -> "short";
            case 'H' -> "ushort";
            default -> "'" + code + "'";
        };
        long lo = unsigned ? 0 : -(1L << (8 * size - 1));
        long hi = unsigned ? (1L << (8 * size)) - 1 : (1L << (8 * size - 1)) - 1;
        return error(name + " format requires " + lo + " <= number <= " + hi);
    }

    /** IEEE 754 binary16 bits of a double, rounding half to even. */
    static long toHalf(double x) {
        long sign = (Double.doubleToRawLongBits(x) >>> 63) << 15;
        if (Double.isNaN(x)) return sign | 0x7e00;
        double a = Math.abs(x);
        if (Double.isInfinite(a)) return sign | 0x7c00;
        if (a == 0) return sign;
        int e = Math.getExponent(a);
        if (e < -14) {
            long m = (long) Math.rint(Math.scalb(a, 24));
            return sign | m; // m == 1024 is the smallest normal, whose bits are the same
        }
        long m = (long) Math.rint((Math.scalb(a, -e) - 1) * 1024);
        if (m == 1024) {
            e++;
            m = 0;
        }
        if (e > 15) throw PyExc.overflow("float too large to pack with e format");
        return sign | (long) (e + 15) << 10 | m;
    }

    static double fromHalf(int h) {
        int sign = (h >>> 15) & 1, e = (h >>> 10) & 31, m = h & 1023;
        double v;
        if (e == 0) {
            v = Math.scalb((double) m, -24);
        } else if (e == 31) {
            v = m == 0 ? Double.POSITIVE_INFINITY : Double.NaN;
        } else {
            v = Math.scalb(1 + m / 1024.0, e - 15);
        }
        return sign == 1 ? -v : v;
    }

    static Layout layout(Object format) {
        String f;
        if (format instanceof String s) {
            f = s;
        } else if (format instanceof PyBytes b) {
            f = new String(b.bytes(), StandardCharsets.ISO_8859_1);
        } else {
            throw PyExc.typeError("Struct() argument 1 must be a str or bytes object, not " + PyType.of(format).getName());
        }
        Layout l = CACHE.get(f);
        if (l == null) {
            l = new Layout(f);
            if (CACHE.size() > 200) CACHE.clear();
            CACHE.put(f, l);
        }
        return l;
    }

    // ------------------------------------------------------------------ operations

    static Object unpackBuffer(Layout l, Object buffer) {
        byte[] b = PyBytes.asBytes(buffer);
        if (b.length != l.size) throw error("unpack requires a buffer of " + l.size + " bytes");
        return PyTuple.of(l.unpack(b, 0));
    }

    static Object unpackFrom(Layout l, Object buffer, Object offset) {
        byte[] b = PyBytes.asBytes(buffer);
        long off = Abstract.asIndex(offset);
        if (off < 0) {
            if (off + b.length < 0) throw error("offset " + off + " out of range for " + b.length + "-byte buffer");
            off += b.length;
        }
        if (b.length - off < l.size) {
            throw error("unpack_from requires a buffer of at least " + (l.size + off) + " bytes for unpacking " + l.size
                + " bytes at offset " + off + " (actual buffer size is " + b.length + ")");
        }
        return PyTuple.of(l.unpack(b, (int) off));
    }

    static Object packInto(Layout l, Object buffer, Object offset, Object[] args) {
        if (!(buffer instanceof PyByteArray ba)) {
            throw PyExc.typeError("argument must be read-write bytes-like object, not " + PyType.of(buffer).getName());
        }
        byte[] packed = l.pack(args, "pack_into");
        long len = ba.size();
        long off = Abstract.asIndex(offset);
        if (off < 0) {
            if (off + l.size > 0) throw error("no space to pack " + l.size + " bytes at offset " + off);
            if (off + len < 0) throw error("offset " + off + " out of range for " + len + "-byte buffer");
            off += len;
        }
        if (len - off < l.size) {
            throw error("pack_into requires a buffer of at least " + (l.size + off) + " bytes for packing " + l.size
                + " bytes at offset " + off + " (actual buffer size is " + len + ")");
        }
        Abstract.setItem(ba, new PySlice(off, off + l.size, PyNone.NONE), new PyBytes(packed));
        return PyNone.NONE;
    }

    static Object iterUnpack(Layout l, Object buffer) {
        byte[] b = PyBytes.asBytes(buffer);
        if (l.size == 0) throw error("cannot iteratively unpack with a struct of length 0");
        if (b.length % l.size != 0) {
            throw error("iterative unpacking requires a buffer of a multiple of " + l.size + " bytes");
        }
        Object[] tuples = new Object[b.length / l.size];
        for (int i = 0; i < tuples.length; i++) tuples[i] = PyTuple.of(l.unpack(b, i * l.size));
        return Abstract.iter(PyList.of(tuples));
    }

    @Exposed.Method(params = {"format", "/", "*v"})
    public static Object pack(Object format, Object[] v) {
        return new PyBytes(layout(format).pack(v, "pack"));
    }

    @Exposed.Method(params = {"format", "buffer", "offset", "/", "*v"})
    public static Object pack_into(Object format, Object buffer, Object offset, Object[] v) {
        return packInto(layout(format), buffer, offset, v);
    }

    @Exposed.Method(params = {"format", "buffer", "/"})
    public static Object unpack(Object format, Object buffer) {
        return unpackBuffer(layout(format), buffer);
    }

    @Exposed.Method(params = {"format", "/", "buffer", "offset=0"})
    public static Object unpack_from(Object format, Object buffer, Object offset) {
        return unpackFrom(layout(format), buffer, offset);
    }

    @Exposed.Method(params = {"format", "buffer", "/"})
    public static Object iter_unpack(Object format, Object buffer) {
        return iterUnpack(layout(format), buffer);
    }

    @Exposed.Method(params = {"format", "/"})
    public static Object calcsize(Object format) {
        return (long) layout(format).size;
    }

    /** {@code struct.Struct(format)}. */
    public static final class PyStruct extends PyObject {
        Layout layout;

        @Override
        public PyType getType() {
            return STRUCT;
        }

        @Exposed.Method(name = "__new__", isStatic = true, params = {"cls", "*args", "**kwargs"})
        public static Object new_(Object cls, Object[] args, PyDict kwargs) {
            if (cls != STRUCT) throw PyExc.typeError("subclassing struct.Struct is not supported by Jyco");
            return new PyStruct();
        }

        @Exposed.Method(name = "__init__", params = {"format"})
        public static Object init(Object self, Object format) {
            ((PyStruct) self).layout = layout(format);
            return PyNone.NONE;
        }

        static Layout l(Object self) {
            Layout l = ((PyStruct) self).layout;
            if (l == null) throw PyExc.valueError("Struct object is not initialized");
            return l;
        }

        @Exposed.Getter("format")
        public static Object format(Object self) {
            return l(self).format;
        }

        @Exposed.Getter("size")
        public static Object size(Object self) {
            return (long) l(self).size;
        }

        @Exposed.Method(params = {"*v"})
        public static Object pack(Object self, Object[] v) {
            return new PyBytes(l(self).pack(v, "pack"));
        }

        @Exposed.Method(params = {"buffer", "offset", "/", "*v"})
        public static Object pack_into(Object self, Object buffer, Object offset, Object[] v) {
            return packInto(l(self), buffer, offset, v);
        }

        @Exposed.Method(params = {"buffer", "/"})
        public static Object unpack(Object self, Object buffer) {
            return unpackBuffer(l(self), buffer);
        }

        @Exposed.Method(params = {"buffer", "offset=0"})
        public static Object unpack_from(Object self, Object buffer, Object offset) {
            return unpackFrom(l(self), buffer, offset);
        }

        @Exposed.Method(params = {"buffer", "/"})
        public static Object iter_unpack(Object self, Object buffer) {
            return iterUnpack(l(self), buffer);
        }
    }
}
