package org.jyco.stdlib;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import org.jyco.runtime.Abstract;
import org.jyco.runtime.Exposed;
import org.jyco.runtime.Interpreter;
import org.jyco.runtime.PyBaseException;
import org.jyco.runtime.PyExc;
import org.jyco.runtime.PyException;
import org.jyco.runtime.PyModule;
import org.jyco.runtime.PyType;
import org.jyco.runtime.Signature;
import org.jyco.runtime.types.PyBytes;
import org.jyco.runtime.types.PyDict;

/** {@code binascii}: hex and base64 conversions, crc32 and crc_hqx ({@code Error}, {@code Incomplete}). */
public final class BinasciiModule {
    private BinasciiModule() {}

    /** Exception types with no behaviour of their own. */
    public static final class Plain {
        private Plain() {}
    }

    static final PyType ERROR = PyType.newBuiltin("Error", PyExc.ValueError, PyBaseException.class, Plain.class, "binascii");
    static final PyType INCOMPLETE =
        PyType.newBuiltin("Incomplete", PyExc.Exception, PyBaseException.class, Plain.class, "binascii");

    private static final String B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    private static final int[] B64_VALUE = new int[256];

    static {
        java.util.Arrays.fill(B64_VALUE, -1);
        for (int i = 0; i < 64; i++) B64_VALUE[B64.charAt(i)] = i;
    }

    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("binascii");
        m.addFunctions(BinasciiModule.class);
        PyDict d = m.getDict();
        d.put("Error", ERROR);
        d.put("Incomplete", INCOMPLETE);
        d.put("b2a_hex", d.get("hexlify"));
        d.put("a2b_hex", d.get("unhexlify"));
        return m;
    }

    static PyException error(String msg) {
        return PyExc.of(ERROR, msg);
    }

    /** A bytes-like argument for the a2b functions, which also take an ASCII str. */
    static byte[] asciiData(Object o) {
        if (o instanceof String s) {
            for (int i = 0; i < s.length(); i++) {
                if (s.charAt(i) > 127) throw PyExc.valueError("string argument should contain only ASCII characters");
            }
            return s.getBytes(StandardCharsets.ISO_8859_1);
        }
        byte[] b = PyBytes.bytesLike(o);
        if (b == null) {
            throw PyExc.typeError("argument should be bytes, buffer or ASCII string, not '" + PyType.of(o).getName() + "'");
        }
        return b;
    }

    @Exposed.Method(params = {"data", "sep=?", "bytes_per_sep=1"})
    public static Object hexlify(Object data, Object sep, Object bytesPerSep) {
        PyBytes b = new PyBytes(PyBytes.asBytes(data));
        Object hex = sep == Signature.MISSING ? Abstract.callMethod(b, "hex") : Abstract.callMethod(b, "hex", sep, bytesPerSep);
        return new PyBytes(((String) hex).getBytes(StandardCharsets.ISO_8859_1));
    }

    @Exposed.Method(params = {"hexstr", "/"})
    public static Object unhexlify(Object hexstr) {
        byte[] s = asciiData(hexstr);
        if (s.length % 2 != 0) throw error("Odd-length string");
        byte[] out = new byte[s.length / 2];
        for (int i = 0; i < out.length; i++) {
            int hi = Character.digit(s[2 * i] & 0xff, 16), lo = Character.digit(s[2 * i + 1] & 0xff, 16);
            if (hi < 0 || lo < 0 || (s[2 * i] & 0x80) != 0 || (s[2 * i + 1] & 0x80) != 0) {
                throw error("Non-hexadecimal digit found");
            }
            out[i] = (byte) (hi << 4 | lo);
        }
        return new PyBytes(out);
    }

    /** Standard base64 (with '+' and '/', padded). */
    static byte[] encode64(byte[] in, boolean newline) {
        ByteArrayOutputStream out = new ByteArrayOutputStream((in.length + 2) / 3 * 4 + 1);
        int i = 0;
        for (; i + 3 <= in.length; i += 3) {
            int v = (in[i] & 0xff) << 16 | (in[i + 1] & 0xff) << 8 | (in[i + 2] & 0xff);
            out.write(B64.charAt(v >>> 18));
            out.write(B64.charAt(v >>> 12 & 63));
            out.write(B64.charAt(v >>> 6 & 63));
            out.write(B64.charAt(v & 63));
        }
        int rest = in.length - i;
        if (rest > 0) {
            int v = (in[i] & 0xff) << 16 | (rest == 2 ? (in[i + 1] & 0xff) << 8 : 0);
            out.write(B64.charAt(v >>> 18));
            out.write(B64.charAt(v >>> 12 & 63));
            out.write(rest == 2 ? B64.charAt(v >>> 6 & 63) : '=');
            out.write('=');
        }
        if (newline) out.write('\n');
        return out.toByteArray();
    }

    @Exposed.Method(params = {"data", "/", "*", "newline=True"})
    public static Object b2a_base64(Object data, Object newline) {
        return new PyBytes(encode64(PyBytes.asBytes(data), Abstract.isTrue(newline)));
    }

    @Exposed.Method(params = {"data", "/", "*", "strict_mode=False"})
    public static Object a2b_base64(Object data, Object strictMode) {
        byte[] in = asciiData(data);
        boolean strict = Abstract.isTrue(strictMode);
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length / 4 * 3 + 3);
        int quadPos = 0, acc = 0, pads = 0, count = 0;
        boolean padding = false;
        if (strict && in.length > 0 && in[0] == '=') throw error("Leading padding not allowed");
        boolean complete = false;
        int i = 0;
        for (; i < in.length; i++) {
            int c = in[i] & 0xff;
            if (c == '=') {
                padding = true;
                if (quadPos >= 2 && quadPos + ++pads >= 4) {
                    complete = true;
                    i++;
                    break;
                }
                continue;
            }
            int v = B64_VALUE[c];
            if (v < 0) {
                if (strict) throw error("Only base64 data is allowed");
                continue;
            }
            if (strict && padding) throw error("Discontinuous padding not allowed");
            pads = 0;
            count++;
            acc = acc << 6 | v;
            quadPos = (quadPos + 1) & 3;
            if (quadPos == 0) {
                out.write(acc >>> 16);
                out.write(acc >>> 8 & 0xff);
                out.write(acc & 0xff);
                acc = 0;
            }
        }
        if (complete) {
            if (strict && i < in.length) throw error("Excess data after padding");
            // the bits of a partial quantum
            if (quadPos == 2) {
                out.write(acc >>> 4 & 0xff);
            } else if (quadPos == 3) {
                out.write(acc >>> 10 & 0xff);
                out.write(acc >>> 2 & 0xff);
            }
            return new PyBytes(out.toByteArray());
        }
        if (quadPos != 0) {
            if (quadPos == 1) {
                throw error("Invalid base64-encoded string: number of data characters (" + count
                    + ") cannot be 1 more than a multiple of 4");
            }
            throw error("Incorrect padding");
        }
        return new PyBytes(out.toByteArray());
    }

    @Exposed.Method(params = {"data", "value=0", "/"})
    public static Object crc32(Object data, Object value) {
        return crc32Of(PyBytes.asBytes(data), value);
    }

    /** CRC-32 continuing from a start value (any int, taken modulo 2**32). */
    static Object crc32Of(byte[] b, Object value) {
        long start = Abstract.asLong(Abstract.binaryOp(org.jyco.runtime.BinaryOp.AND, value, 0xffffffffL));
        long crc = ~start & 0xffffffffL;
        // CRC32 cannot resume from a value, so run the table by hand when the start is not 0
        if (start == 0) {
            CRC32 c = new CRC32();
            c.update(b);
            return c.getValue();
        }
        for (byte x : b) {
            crc ^= x & 0xff;
            for (int k = 0; k < 8; k++) crc = (crc & 1) != 0 ? (crc >>> 1) ^ 0xEDB88320L : crc >>> 1;
        }
        return ~crc & 0xffffffffL;
    }

    @Exposed.Method(params = {"data", "crc", "/"})
    public static Object crc_hqx(Object data, Object crc) {
        long c = Abstract.asLong(Abstract.binaryOp(org.jyco.runtime.BinaryOp.AND, crc, 0xffffL));
        for (byte x : PyBytes.asBytes(data)) {
            c ^= (x & 0xffL) << 8;
            for (int k = 0; k < 8; k++) c = (c & 0x8000) != 0 ? ((c << 1) ^ 0x1021) & 0xffff : (c << 1) & 0xffff;
        }
        return c;
    }
}
