package org.jyco.stdlib;

import java.io.ByteArrayOutputStream;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import org.jyco.runtime.Abstract;
import org.jyco.runtime.BinaryOp;
import org.jyco.runtime.Exposed;
import org.jyco.runtime.Interpreter;
import org.jyco.runtime.PyBaseException;
import org.jyco.runtime.PyExc;
import org.jyco.runtime.PyException;
import org.jyco.runtime.PyModule;
import org.jyco.runtime.PyNone;
import org.jyco.runtime.PyObject;
import org.jyco.runtime.PyType;
import org.jyco.runtime.Signature;
import org.jyco.runtime.types.PyBytes;
import org.jyco.runtime.types.PyDict;

/**
 * {@code zlib} on {@link Deflater}/{@link Inflater}: zlib, raw deflate and gzip formats (wbits
 * 9..15, -9..-15, 25..31, and 40..47 / 0 to detect when decompressing). The zlib and gzip
 * headers and trailers are written here around raw deflate data; the window size is always
 * 32 KiB whatever wbits says. No zdict, no Z_RLE / Z_FIXED strategies.
 */
public final class ZlibModule {
    private ZlibModule() {}

    static final PyType ERROR = PyType.newBuiltin("error", PyExc.Exception, PyBaseException.class,
        BinasciiModule.Plain.class, "zlib");
    static final PyType COMPRESS = PyType.newBuiltin("Compress", PyType.OBJECT, Compressor.class, Compressor.class, "zlib");
    static final PyType DECOMPRESS =
        PyType.newBuiltin("Decompress", PyType.OBJECT, Decompressor.class, Decompressor.class, "zlib");

    static final int Z_NO_FLUSH = 0, Z_PARTIAL_FLUSH = 1, Z_SYNC_FLUSH = 2, Z_FULL_FLUSH = 3, Z_FINISH = 4;

    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("zlib");
        m.addFunctions(ZlibModule.class);
        PyDict d = m.getDict();
        d.put("error", ERROR);
        Object[][] consts = {{"DEFLATED", 8L}, {"DEF_BUF_SIZE", 16384L}, {"DEF_MEM_LEVEL", 8L}, {"MAX_WBITS", 15L},
            {"Z_BEST_COMPRESSION", 9L}, {"Z_BEST_SPEED", 1L}, {"Z_BLOCK", 5L}, {"Z_DEFAULT_COMPRESSION", -1L},
            {"Z_DEFAULT_STRATEGY", 0L}, {"Z_FILTERED", 1L}, {"Z_FINISH", 4L}, {"Z_FIXED", 4L}, {"Z_FULL_FLUSH", 3L},
            {"Z_HUFFMAN_ONLY", 2L}, {"Z_NO_COMPRESSION", 0L}, {"Z_NO_FLUSH", 0L}, {"Z_PARTIAL_FLUSH", 1L}, {"Z_RLE", 3L},
            {"Z_SYNC_FLUSH", 2L}, {"Z_TREES", 6L}, {"ZLIB_VERSION", "1.2.13"}, {"ZLIB_RUNTIME_VERSION", "1.2.13"}};
        for (Object[] c : consts) d.put((String) c[0], c[1]);
        return m;
    }

    static PyException error(String msg) {
        return PyExc.of(ERROR, msg);
    }

    // ------------------------------------------------------------------ checksums

    @Exposed.Method(params = {"data", "value=0", "/"})
    public static Object crc32(Object data, Object value) {
        return BinasciiModule.crc32Of(PyBytes.asBytes(data), value);
    }

    @Exposed.Method(params = {"data", "value=1", "/"})
    public static Object adler32(Object data, Object value) {
        long v = Abstract.asLong(Abstract.binaryOp(BinaryOp.AND, value, 0xffffffffL));
        return adler(v, PyBytes.asBytes(data), 0, PyBytes.asBytes(data).length);
    }

    static long adler(long start, byte[] b, int off, int len) {
        long a = start & 0xffff, s = start >>> 16;
        for (int i = off; i < off + len; i++) {
            a = (a + (b[i] & 0xff)) % 65521;
            s = (s + a) % 65521;
        }
        return s << 16 | a;
    }

    // ------------------------------------------------------------------ one-shot

    @Exposed.Method(params = {"data", "/", "level=-1", "wbits=15"})
    public static Object compress(Object data, Object level, Object wbits) {
        byte[] in = PyBytes.asBytes(data);
        int lv = (int) Abstract.asLong(level);
        int wb = (int) Abstract.asLong(wbits);
        if (lv < -1 || lv > 9 || format(wb, false) < 0) throw error("Bad compression level");
        Compressor c = new Compressor(lv, wb, 0);
        byte[] a = c.feed(in);
        byte[] b = c.flushOut(Z_FINISH);
        byte[] r = new byte[a.length + b.length];
        System.arraycopy(a, 0, r, 0, a.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return new PyBytes(r);
    }

    @Exposed.Method(params = {"data", "/", "wbits=15", "bufsize=16384"})
    public static Object decompress(Object data, Object wbits, Object bufsize) {
        byte[] in = PyBytes.asBytes(data);
        int wb = (int) Abstract.asLong(wbits);
        if (Abstract.asLong(bufsize) < 0) throw PyExc.valueError("bufsize must be non-negative");
        if (format(wb, true) < 0) throw error("Error -2 while preparing to decompress data: inconsistent stream state");
        Decompressor d = new Decompressor(wb);
        byte[] out = d.run(in, 0);
        if (!d.eof) throw error("Error -5 while decompressing data: incomplete or truncated stream");
        return new PyBytes(out);
    }

    /** 0 zlib, 1 raw, 2 gzip, 3 detect (decompression only); -1 invalid. */
    static int format(int wbits, boolean decompressing) {
        if (wbits >= 9 && wbits <= 15) return 0;
        if (decompressing && wbits == 8) return 0;
        if (decompressing && wbits == 0) return 0;
        if (wbits >= -15 && wbits <= -9) return 1;
        if (decompressing && wbits == -8) return 1;
        if (wbits >= 25 && wbits <= 31) return 2;
        if (decompressing && wbits >= 40 && wbits <= 47) return 3;
        return -1;
    }

    @Exposed.Method(params = {"level=-1", "method=8", "wbits=15", "memLevel=8", "strategy=0", "zdict=?"})
    public static Object compressobj(Object level, Object method, Object wbits, Object memLevel, Object strategy,
        Object zdict) {
        int lv = (int) Abstract.asLong(level);
        int wb = (int) Abstract.asLong(wbits);
        long ml = Abstract.asLong(memLevel);
        int st = (int) Abstract.asLong(strategy);
        if (lv < -1 || lv > 9 || Abstract.asLong(method) != 8 || format(wb, false) < 0 || ml < 1 || ml > 9
            || st < 0 || st > 4) {
            throw PyExc.valueError("Invalid initialization option");
        }
        if (st == 3 || st == 4) throw PyExc.notImplemented("zlib strategies Z_RLE and Z_FIXED are not supported by Jyco");
        if (zdict != Signature.MISSING) throw PyExc.notImplemented("zlib zdict is not supported by Jyco");
        return new Compressor(lv, wb, st);
    }

    @Exposed.Method(params = {"wbits=15", "zdict=?"})
    public static Object decompressobj(Object wbits, Object zdict) {
        int wb = (int) Abstract.asLong(wbits);
        if (format(wb, true) < 0) throw PyExc.valueError("Invalid initialization option");
        if (zdict != Signature.MISSING) throw PyExc.notImplemented("zlib zdict is not supported by Jyco");
        return new Decompressor(wb);
    }

    // ------------------------------------------------------------------ Compress

    /** A compression stream ({@code zlib.compressobj()}). */
    public static final class Compressor extends PyObject {
        final Deflater deflater;
        final int format;
        final int level;
        final int strategy;
        boolean headerDone;
        boolean finished;
        final CRC32 crc = new CRC32();
        long adler = 1;
        long size;

        Compressor(int level, int wbits, int strategy) {
            this.level = level;
            this.strategy = strategy;
            this.format = format(wbits, false);
            this.wbits = Math.abs(wbits) > 15 ? wbits - 16 : wbits;
            deflater = new Deflater(level, true);
            deflater.setStrategy(strategy == 1 ? Deflater.FILTERED : strategy == 2 ? Deflater.HUFFMAN_ONLY
                : Deflater.DEFAULT_STRATEGY);
        }

        final int wbits;

        @Override
        public PyType getType() {
            return COMPRESS;
        }

        private void header(ByteArrayOutputStream out) {
            if (headerDone) return;
            headerDone = true;
            int lv = level == -1 ? 6 : level;
            if (format == 0) {
                int cmf = (wbits - 8) << 4 | 8;
                int flevel = strategy >= 2 || lv < 2 ? 0 : lv < 6 ? 1 : lv == 6 ? 2 : 3;
                int flg = flevel << 6;
                flg += 31 - (cmf * 256 + flg) % 31;
                out.write(cmf);
                out.write(flg);
            } else if (format == 2) {
                int xfl = lv == 9 ? 2 : (strategy >= 2 || lv < 2) ? 4 : 0;
                out.writeBytes(new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, (byte) xfl, 3});
            }
        }

        byte[] feed(byte[] in) {
            if (finished) throw error("Error -2 while compressing data: inconsistent stream state");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            header(out);
            crc.update(in);
            adler = adler(adler, in, 0, in.length);
            size += in.length;
            deflater.setInput(in);
            byte[] buf = new byte[16384];
            while (!deflater.needsInput()) {
                int n = deflater.deflate(buf, 0, buf.length, Deflater.NO_FLUSH);
                out.write(buf, 0, n);
            }
            return out.toByteArray();
        }

        byte[] flushOut(int mode) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (mode == Z_NO_FLUSH) return new byte[0];
            if (finished) {
                if (mode == Z_FINISH) return new byte[0];
                throw error("Error -2 while flushing: inconsistent stream state");
            }
            header(out);
            byte[] buf = new byte[16384];
            if (mode == Z_FINISH) {
                deflater.finish();
                while (!deflater.finished()) {
                    int n = deflater.deflate(buf);
                    out.write(buf, 0, n);
                }
                deflater.end();
                finished = true;
                if (format == 0) {
                    for (int s = 24; s >= 0; s -= 8) out.write((int) (adler >>> s) & 0xff);
                } else if (format == 2) {
                    long c = crc.getValue();
                    for (int s = 0; s < 32; s += 8) out.write((int) (c >>> s) & 0xff);
                    for (int s = 0; s < 32; s += 8) out.write((int) (size >>> s) & 0xff);
                }
            } else {
                int jmode = mode == Z_FULL_FLUSH ? Deflater.FULL_FLUSH : Deflater.SYNC_FLUSH;
                int n;
                do {
                    n = deflater.deflate(buf, 0, buf.length, jmode);
                    out.write(buf, 0, n);
                } while (n == buf.length);
            }
            return out.toByteArray();
        }

        @Exposed.Method(name = "compress", params = {"data", "/"})
        public static Object compressMethod(Object self, Object data) {
            return new PyBytes(((Compressor) self).feed(PyBytes.asBytes(data)));
        }

        @Exposed.Method(params = {"mode=4", "/"})
        public static Object flush(Object self, Object mode) {
            return new PyBytes(((Compressor) self).flushOut((int) Abstract.asLong(mode)));
        }
    }

    // ------------------------------------------------------------------ Decompress

    /** A decompression stream ({@code zlib.decompressobj()}). */
    public static final class Decompressor extends PyObject {
        int format;
        Inflater inflater;
        /** Input not yet given to the inflater (a gzip header or trailer being gathered, or max_length leftovers). */
        byte[] pending = new byte[0];
        /** 0 header, 1 deflate data, 2 trailer, 3 done. */
        int stage;
        boolean eof;
        byte[] unusedData = new byte[0];
        byte[] unconsumedTail = new byte[0];
        final CRC32 crc = new CRC32();
        long size;

        Decompressor(int wbits) {
            format = format(wbits, true);
            stage = format == 0 || format == 1 ? 1 : 0;
            if (stage == 1) inflater = new Inflater(format == 1);
        }

        @Override
        public PyType getType() {
            return DECOMPRESS;
        }

        static byte[] concat(byte[] a, byte[] b) {
            if (a.length == 0) return b;
            byte[] r = new byte[a.length + b.length];
            System.arraycopy(a, 0, r, 0, a.length);
            System.arraycopy(b, 0, r, a.length, b.length);
            return r;
        }

        /** Length of a complete gzip header at the start of b, 0 if more bytes are needed. */
        static int gzipHeader(byte[] b) {
            if (b.length < 10) {
                if (b.length >= 1 && (b[0] & 0xff) != 0x1f || b.length >= 2 && (b[1] & 0xff) != 0x8b) {
                    throw error("Error -3 while decompressing data: incorrect header check");
                }
                return 0;
            }
            if ((b[0] & 0xff) != 0x1f || (b[1] & 0xff) != 0x8b) {
                throw error("Error -3 while decompressing data: incorrect header check");
            }
            if (b[2] != 8) throw error("Error -3 while decompressing data: unknown compression method");
            int flg = b[3] & 0xff;
            int p = 10;
            if ((flg & 4) != 0) {
                if (b.length < p + 2) return 0;
                p += 2 + ((b[p] & 0xff) | (b[p + 1] & 0xff) << 8);
            }
            for (int bit : new int[] {8, 16}) {
                if ((flg & bit) != 0) {
                    while (p < b.length && b[p] != 0) p++;
                    if (p >= b.length) return 0;
                    p++;
                }
            }
            if ((flg & 2) != 0) p += 2;
            return p <= b.length ? p : 0;
        }

        /** Decompresses more input, returning at most maxLength bytes (0: no limit). */
        byte[] run(byte[] data, long maxLength) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] in = concat(pending, data);
            pending = new byte[0];
            unconsumedTail = new byte[0];
            if (eof) {
                unusedData = concat(unusedData, in);
                return new byte[0];
            }
            if (stage == 0) {
                if (format == 3 && in.length >= 1 && (in[0] & 0xff) != 0x1f) {
                    format = 0;
                    stage = 1;
                    inflater = new Inflater(false);
                } else {
                    int h = gzipHeader(in);
                    if (h == 0) {
                        pending = in;
                        return new byte[0];
                    }
                    format = 2;
                    stage = 1;
                    inflater = new Inflater(true);
                    in = java.util.Arrays.copyOfRange(in, h, in.length);
                }
            }
            if (stage == 1) {
                inflater.setInput(in);
                byte[] buf = new byte[16384];
                try {
                    while (!inflater.finished()) {
                        int room = buf.length;
                        if (maxLength > 0) room = (int) Math.min(room, maxLength - out.size());
                        if (room <= 0) break;
                        int n = inflater.inflate(buf, 0, room);
                        if (n == 0) {
                            if (inflater.needsDictionary()) {
                                throw error("Error 2 while decompressing data");
                            }
                            if (inflater.needsInput()) break;
                        }
                        out.write(buf, 0, n);
                        if (format == 2) {
                            crc.update(buf, 0, n);
                            size += n;
                        }
                    }
                } catch (DataFormatException e) {
                    throw error("Error -3 while decompressing data: " + e.getMessage());
                }
                int rest = inflater.getRemaining();
                byte[] left = java.util.Arrays.copyOfRange(in, in.length - rest, in.length);
                if (!inflater.finished()) {
                    unconsumedTail = left;
                    return out.toByteArray();
                }
                inflater.end();
                in = left;
                stage = format == 2 ? 2 : 3;
            }
            if (stage == 2) {
                if (in.length < 8) {
                    pending = in;
                    return out.toByteArray();
                }
                long c = 0, s = 0;
                for (int i = 3; i >= 0; i--) {
                    c = c << 8 | (in[i] & 0xff);
                    s = s << 8 | (in[4 + i] & 0xff);
                }
                if (c != crc.getValue()) throw error("Error -3 while decompressing data: incorrect data check");
                if (s != (size & 0xffffffffL)) throw error("Error -3 while decompressing data: incorrect length check");
                in = java.util.Arrays.copyOfRange(in, 8, in.length);
                stage = 3;
            }
            eof = true;
            unusedData = in;
            return out.toByteArray();
        }

        @Exposed.Method(name = "decompress", params = {"data", "/", "max_length=0"})
        public static Object decompressMethod(Object self, Object data, Object maxLength) {
            long ml = Abstract.asLong(maxLength);
            if (ml < 0) throw PyExc.valueError("max_length must be non-negative");
            return new PyBytes(((Decompressor) self).run(PyBytes.asBytes(data), ml));
        }

        @Exposed.Method(params = {"length=16384", "/"})
        public static Object flush(Object self, Object length) {
            Decompressor d = (Decompressor) self;
            if (Abstract.asLong(length) <= 0) throw PyExc.valueError("length must be greater than zero");
            byte[] tail = d.unconsumedTail;
            d.unconsumedTail = new byte[0];
            return new PyBytes(d.run(tail, 0));
        }

        @Exposed.Getter("eof")
        public static Object eof(Object self) {
            return ((Decompressor) self).eof;
        }

        @Exposed.Getter("unused_data")
        public static Object unusedData(Object self) {
            return new PyBytes(((Decompressor) self).unusedData);
        }

        @Exposed.Getter("unconsumed_tail")
        public static Object unconsumedTail(Object self) {
            return new PyBytes(((Decompressor) self).unconsumedTail);
        }
    }
}
