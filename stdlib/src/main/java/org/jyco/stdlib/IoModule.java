package org.jyco.stdlib;

import java.util.Arrays;
import org.jyco.runtime.Abstract;
import org.jyco.runtime.Exposed;
import org.jyco.runtime.Interpreter;
import org.jyco.runtime.PyExc;
import org.jyco.runtime.PyException;
import org.jyco.runtime.PyModule;
import org.jyco.runtime.PyNone;
import org.jyco.runtime.PyObject;
import org.jyco.runtime.PyTextIO;
import org.jyco.runtime.PyType;
import org.jyco.runtime.Subclassable;
import org.jyco.runtime.types.PyByteArray;
import org.jyco.runtime.types.PyBytes;
import org.jyco.runtime.types.PyDict;
import org.jyco.runtime.types.PyList;

/**
 * The {@code io} module: in-memory streams {@code StringIO} and {@code BytesIO} (subclassable,
 * CPython's newline handling and error messages), {@code open} and {@code TextIOWrapper} as the
 * built-in file objects, {@code UnsupportedOperation}.
 */
public final class IoModule {
    private IoModule() {}

    static final PyType STRING_IO = PyType.newBuiltin("StringIO", PyType.OBJECT, StringIO.class, StringIO.class, "_io");
    static final PyType BYTES_IO = PyType.newBuiltin("BytesIO", PyType.OBJECT, BytesIO.class, BytesIO.class, "_io");
    static final PyType UNSUPPORTED;

    static {
        PyDict ns = new PyDict();
        ns.put("__module__", "io");
        UNSUPPORTED = PyType.newClass(PyType.TYPE, "UnsupportedOperation", new PyType[] {PyExc.OSError, PyExc.ValueError}, ns);
    }

    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("io");
        PyDict d = m.getDict();
        d.put("__doc__", "The io module provides the Python interfaces to stream handling.");
        d.put("StringIO", STRING_IO);
        d.put("BytesIO", BYTES_IO);
        d.put("TextIOWrapper", PyTextIO.TYPE);
        d.put("UnsupportedOperation", UNSUPPORTED);
        d.put("open", interp.builtins().getDict().getOrNull("open"));
        d.put("DEFAULT_BUFFER_SIZE", 8192L);
        d.put("SEEK_SET", 0L);
        d.put("SEEK_CUR", 1L);
        d.put("SEEK_END", 2L);
        return m;
    }

    static PyException unsupported(String msg) {
        return new PyException((org.jyco.runtime.PyBaseException) Abstract.call(UNSUPPORTED, msg));
    }

    // ================================================================== StringIO

    /** {@code io.StringIO}: a text buffer; positions count code points. */
    public static final class StringIO extends PyObject implements Subclassable {
        private PyType type = STRING_IO;
        private PyDict dict;
        private final StringBuilder buf = new StringBuilder();
        /** Position in chars of {@link #buf}. */
        private int pos;
        private boolean closed;
        /** The newline argument: null (None), "", "\n", "\r" or "\r\n". */
        private String newline = "\n";
        private boolean astral;

        @Override
        public PyType getType() {
            return type;
        }

        @Override
        public PyDict getDict() {
            return dict;
        }

        @Override
        public void becomeInstanceOf(PyType t) {
            type = t;
            if (dict == null) dict = new PyDict();
        }

        private void check() {
            if (closed) throw PyExc.valueError("I/O operation on closed file");
        }

        @Exposed.Method(name = "__new__", isStatic = true, params = {"cls", "*args", "**kwargs"})
        public static Object new_(Object cls, Object[] args, PyDict kwargs) {
            StringIO s = new StringIO();
            if (cls != STRING_IO) s.becomeInstanceOf((PyType) cls);
            return s;
        }

        @Exposed.Method(name = "__init__", params = {"initial_value=''", "newline='\\n'"})
        public static Object init(StringIO self, Object initial, Object newline) {
            if (newline != PyNone.NONE && !(newline instanceof String)) {
                throw PyExc.typeError("newline must be str or None, not " + PyType.of(newline).getName());
            }
            if (newline instanceof String nl && !nl.isEmpty() && !nl.equals("\n") && !nl.equals("\r") && !nl.equals("\r\n")) {
                throw PyExc.valueError("illegal newline value: " + Abstract.repr(nl));
            }
            if (initial != PyNone.NONE && !(initial instanceof String)) {
                throw PyExc.typeError("initial_value must be str or None, not " + PyType.of(initial).getName());
            }
            self.newline = newline == PyNone.NONE ? null : (String) newline;
            self.buf.setLength(0);
            self.pos = 0;
            self.closed = false;
            self.astral = false;
            if (initial instanceof String s && !s.isEmpty()) {
                self.writeText(s);
                self.pos = 0;
            }
            return PyNone.NONE;
        }

        private String translate(String s) {
            if (newline == null) {
                if (s.indexOf('\r') < 0) return s;
                return s.replace("\r\n", "\n").replace('\r', '\n');
            }
            if (newline.equals("\r") || newline.equals("\r\n")) return s.replace("\n", newline);
            return s;
        }

        void writeText(String s) {
            String t = translate(s);
            if (!astral) {
                for (int i = 0; i < t.length(); i++) {
                    if (Character.isSurrogate(t.charAt(i))) {
                        astral = true;
                        break;
                    }
                }
            }
            int len = buf.length();
            if (pos > len) {
                for (int i = len; i < pos; i++) buf.append('\0');
                len = pos;
            }
            if (pos == len) {
                buf.append(t);
            } else {
                int end = Math.min(len, pos + t.length());
                buf.replace(pos, end, t);
            }
            pos += t.length();
        }

        private int cpToChar(long cp) {
            if (!astral) return (int) Math.min(cp, Integer.MAX_VALUE);
            int len = buf.length();
            int i = 0;
            long n = 0;
            while (i < len && n < cp) {
                i += Character.isHighSurrogate(buf.charAt(i)) && i + 1 < len ? 2 : 1;
                n++;
            }
            return i < len ? i : (int) (len + (cp - n));
        }

        private long charToCp(int c) {
            if (!astral) return c;
            int len = Math.min(c, buf.length());
            return buf.codePointCount(0, len) + (c - len);
        }

        /** Up to n code points from the position (n &lt; 0: all). */
        private String take(long n) {
            int len = buf.length();
            if (pos >= len) return "";
            int end = n < 0 ? len : Math.min(len, pos + (int) Math.min(n, Integer.MAX_VALUE));
            if (astral && n >= 0) end = Math.min(len, pos + (cpToChar(charToCp(pos) + n) - pos));
            String r = buf.substring(pos, end);
            pos = end;
            return r;
        }

        String readLine(long limit) {
            int len = buf.length();
            if (pos >= len) return "";
            int i = pos;
            int end = len;
            for (; i < len; i++) {
                char c = buf.charAt(i);
                if (newline == null || newline.equals("\n")) {
                    if (c == '\n') {
                        end = i + 1;
                        break;
                    }
                } else if (newline.isEmpty()) {
                    if (c == '\n') {
                        end = i + 1;
                        break;
                    }
                    if (c == '\r') {
                        end = i + 1 < len && buf.charAt(i + 1) == '\n' ? i + 2 : i + 1;
                        break;
                    }
                } else if ((buf.charAt(i) == newline.charAt(0) && (newline.length() == 1 || (i + 1 < len && buf.charAt(i + 1) == '\n')))) {
                    end = i + newline.length();
                    break;
                }
            }
            if (limit >= 0) {
                int lim = astral ? cpToChar(charToCp(pos) + limit) : (int) Math.min((long) pos + limit, Integer.MAX_VALUE);
                end = Math.min(end, lim);
            }
            String r = buf.substring(pos, end);
            pos = end;
            return r;
        }

        private static long size(Object size) {
            return size == PyNone.NONE ? -1 : Abstract.asIndexOrError(size, "argument should be integer or None, not '"
                + PyType.of(size).getName() + "'");
        }

        @Exposed.Method(name = "write", params = {"s", "/"})
        public static Object write(StringIO self, Object s) {
            self.check();
            if (!(s instanceof String str)) {
                throw PyExc.typeError("string argument expected, got '" + PyType.of(s).getName() + "'");
            }
            if (!str.isEmpty()) self.writeText(str);
            return (long) str.codePointCount(0, str.length());
        }

        @Exposed.Method(name = "writelines", params = {"lines", "/"})
        public static Object writelines(StringIO self, Object lines) {
            self.check();
            for (Object l : Abstract.toArray(lines)) Abstract.callMethod(self, "write", l);
            return PyNone.NONE;
        }

        @Exposed.Method(name = "read", params = {"size=-1", "/"})
        public static Object read(StringIO self, Object size) {
            self.check();
            return self.take(size(size));
        }

        @Exposed.Method(name = "readline", params = {"size=-1", "/"})
        public static Object readline(StringIO self, Object size) {
            self.check();
            return self.readLine(size(size));
        }

        @Exposed.Method(name = "readlines", params = {"hint=-1", "/"})
        public static Object readlines(StringIO self, Object hint) {
            self.check();
            long h = size(hint);
            PyList out = new PyList();
            long total = 0;
            for (String l = self.readLine(-1); !l.isEmpty(); l = self.readLine(-1)) {
                out.append(l);
                total += l.length();
                if (h > 0 && total >= h) break;
            }
            return out;
        }

        @Exposed.Method(name = "__iter__")
        public static Object iter(StringIO self) {
            self.check();
            return self;
        }

        @Exposed.Method(name = "__next__")
        public static Object next(StringIO self) {
            self.check();
            String l = self.readLine(-1);
            if (l.isEmpty()) throw PyExc.stopIteration(null);
            return l;
        }

        @Exposed.Method(name = "getvalue")
        public static Object getvalue(StringIO self) {
            self.check();
            return self.buf.toString();
        }

        @Exposed.Method(name = "tell")
        public static Object tell(StringIO self) {
            self.check();
            return self.charToCp(self.pos);
        }

        @Exposed.Method(name = "seek", params = {"pos", "whence=0", "/"})
        public static Object seek(StringIO self, Object pos, Object whence) {
            long p = Abstract.asLong(pos), w = Abstract.asLong(whence);
            self.check();
            if (w < 0 || w > 2) throw PyExc.valueError("Invalid whence (" + w + ", should be 0, 1 or 2)");
            if (w == 0 && p < 0) throw PyExc.valueError("Negative seek position " + p);
            if (w != 0 && p != 0) throw PyExc.of(PyExc.OSError, "Can't do nonzero cur-relative seeks");
            if (w == 2) {
                self.pos = self.buf.length();
            } else if (w == 0) {
                self.pos = self.cpToChar(p);
            }
            return self.charToCp(self.pos);
        }

        @Exposed.Method(name = "truncate", params = {"pos=None", "/"})
        public static Object truncate(StringIO self, Object pos) {
            self.check();
            long size = pos == PyNone.NONE ? self.charToCp(self.pos) : Abstract.asLong(pos);
            if (size < 0) throw PyExc.valueError("Negative size value " + size);
            int c = self.cpToChar(size);
            if (c < self.buf.length()) self.buf.setLength(c);
            return size;
        }

        @Exposed.Method(name = "close")
        public static Object close(StringIO self) {
            self.closed = true;
            return PyNone.NONE;
        }

        @Exposed.Getter("closed")
        public static Object closed(StringIO self) {
            return self.closed;
        }

        @Exposed.Getter("line_buffering")
        public static Object lineBuffering(StringIO self) {
            self.check();
            return false;
        }

        @Exposed.Getter("newlines")
        public static Object newlines(StringIO self) {
            self.check();
            return PyNone.NONE;
        }

        @Exposed.Method(name = "flush")
        public static Object flush(StringIO self) {
            self.check();
            return PyNone.NONE;
        }

        @Exposed.Method(name = "readable")
        public static Object readable(StringIO self) {
            self.check();
            return true;
        }

        @Exposed.Method(name = "writable")
        public static Object writable(StringIO self) {
            self.check();
            return true;
        }

        @Exposed.Method(name = "seekable")
        public static Object seekable(StringIO self) {
            self.check();
            return true;
        }

        @Exposed.Method(name = "isatty")
        public static Object isatty(StringIO self) {
            self.check();
            return false;
        }

        @Exposed.Method(name = "fileno")
        public static Object fileno(StringIO self) {
            throw unsupported("fileno");
        }

        @Exposed.Method(name = "detach")
        public static Object detach(StringIO self) {
            throw unsupported("detach");
        }

        @Exposed.Method(name = "__enter__")
        public static Object enter(StringIO self) {
            self.check();
            return self;
        }

        @Exposed.Method(name = "__exit__", params = {"*args"})
        public static Object exit(StringIO self, Object[] args) {
            Abstract.callMethod(self, "close");
            return PyNone.NONE;
        }

        @Exposed.Method(name = "__repr__")
        public static Object repr(StringIO self) {
            return "<_io.StringIO object at 0x" + Long.toHexString(System.identityHashCode(self)) + ">";
        }
    }

    // ================================================================== BytesIO

    /** {@code io.BytesIO}: a growable byte buffer. */
    public static final class BytesIO extends PyObject implements Subclassable {
        private PyType type = BYTES_IO;
        private PyDict dict;
        private byte[] buf = new byte[0];
        private int len;
        private int pos;
        private boolean closed;

        @Override
        public PyType getType() {
            return type;
        }

        @Override
        public PyDict getDict() {
            return dict;
        }

        @Override
        public void becomeInstanceOf(PyType t) {
            type = t;
            if (dict == null) dict = new PyDict();
        }

        private void check() {
            if (closed) throw PyExc.valueError("I/O operation on closed file.");
        }

        @Exposed.Method(name = "__new__", isStatic = true, params = {"cls", "*args", "**kwargs"})
        public static Object new_(Object cls, Object[] args, PyDict kwargs) {
            BytesIO b = new BytesIO();
            if (cls != BYTES_IO) b.becomeInstanceOf((PyType) cls);
            return b;
        }

        @Exposed.Method(name = "__init__", params = {"initial_bytes=None"})
        public static Object init(BytesIO self, Object initial) {
            byte[] b = initial == PyNone.NONE ? new byte[0] : PyBytes.bytesLike(initial);
            if (b == null) throw PyExc.typeError("a bytes-like object is required, not '" + PyType.of(initial).getName() + "'");
            self.buf = b.clone();
            self.len = b.length;
            self.pos = 0;
            self.closed = false;
            return PyNone.NONE;
        }

        private void ensure(int n) {
            if (n > buf.length) buf = Arrays.copyOf(buf, Math.max(n, buf.length * 2 + 16));
        }

        private byte[] take(long n) {
            if (pos >= len) return new byte[0];
            int end = n < 0 ? len : (int) Math.min(len, pos + Math.min(n, Integer.MAX_VALUE));
            byte[] r = Arrays.copyOfRange(buf, pos, end);
            pos = end;
            return r;
        }

        private byte[] line(long limit) {
            if (pos >= len) return new byte[0];
            int end = len;
            for (int i = pos; i < len; i++) {
                if (buf[i] == '\n') {
                    end = i + 1;
                    break;
                }
            }
            if (limit >= 0) end = (int) Math.min(end, pos + Math.min(limit, Integer.MAX_VALUE));
            byte[] r = Arrays.copyOfRange(buf, pos, end);
            pos = end;
            return r;
        }

        private static long size(Object size) {
            return size == PyNone.NONE ? -1 : Abstract.asIndexOrError(size, "argument should be integer or None, not '"
                + PyType.of(size).getName() + "'");
        }

        @Exposed.Method(name = "write", params = {"b", "/"})
        public static Object write(BytesIO self, Object b) {
            self.check();
            byte[] data = PyBytes.bytesLike(b);
            if (data == null) throw PyExc.typeError("a bytes-like object is required, not '" + PyType.of(b).getName() + "'");
            int end = self.pos + data.length;
            self.ensure(end);
            if (self.pos > self.len) Arrays.fill(self.buf, self.len, self.pos, (byte) 0);
            System.arraycopy(data, 0, self.buf, self.pos, data.length);
            self.pos = end;
            if (end > self.len) self.len = end;
            return (long) data.length;
        }

        @Exposed.Method(name = "writelines", params = {"lines", "/"})
        public static Object writelines(BytesIO self, Object lines) {
            self.check();
            for (Object l : Abstract.toArray(lines)) Abstract.callMethod(self, "write", l);
            return PyNone.NONE;
        }

        @Exposed.Method(name = "read", params = {"size=-1", "/"})
        public static Object read(BytesIO self, Object size) {
            self.check();
            return new PyBytes(self.take(size(size)));
        }

        @Exposed.Method(name = "read1", params = {"size=-1", "/"})
        public static Object read1(BytesIO self, Object size) {
            return read(self, size);
        }

        @Exposed.Method(name = "readinto", params = {"buffer", "/"})
        public static Object readinto(BytesIO self, Object buffer) {
            self.check();
            if (!(buffer instanceof PyByteArray ba)) {
                throw PyExc.typeError("readinto() argument must be read-write bytes-like object, not "
                    + PyType.of(buffer).getName());
            }
            long n = Abstract.len(ba);
            byte[] got = self.take(n);
            for (int i = 0; i < got.length; i++) Abstract.setItem(ba, (long) i, (long) (got[i] & 0xff));
            return (long) got.length;
        }

        @Exposed.Method(name = "readline", params = {"size=-1", "/"})
        public static Object readline(BytesIO self, Object size) {
            self.check();
            return new PyBytes(self.line(size(size)));
        }

        @Exposed.Method(name = "readlines", params = {"hint=-1", "/"})
        public static Object readlines(BytesIO self, Object hint) {
            self.check();
            long h = size(hint);
            PyList out = new PyList();
            long total = 0;
            for (byte[] l = self.line(-1); l.length > 0; l = self.line(-1)) {
                out.append(new PyBytes(l));
                total += l.length;
                if (h > 0 && total >= h) break;
            }
            return out;
        }

        @Exposed.Method(name = "__iter__")
        public static Object iter(BytesIO self) {
            self.check();
            return self;
        }

        @Exposed.Method(name = "__next__")
        public static Object next(BytesIO self) {
            self.check();
            byte[] l = self.line(-1);
            if (l.length == 0) throw PyExc.stopIteration(null);
            return new PyBytes(l);
        }

        @Exposed.Method(name = "getvalue")
        public static Object getvalue(BytesIO self) {
            self.check();
            return new PyBytes(Arrays.copyOf(self.buf, self.len));
        }

        @Exposed.Method(name = "tell")
        public static Object tell(BytesIO self) {
            self.check();
            return (long) self.pos;
        }

        @Exposed.Method(name = "seek", params = {"pos", "whence=0", "/"})
        public static Object seek(BytesIO self, Object pos, Object whence) {
            long p = Abstract.asLong(pos), w = Abstract.asLong(whence);
            self.check();
            if (w < 0 || w > 2) throw PyExc.valueError("invalid whence (" + w + ", should be 0, 1 or 2)");
            if (w == 0 && p < 0) throw PyExc.valueError("negative seek value " + p);
            long np = w == 0 ? p : w == 1 ? self.pos + p : self.len + p;
            if (np < 0) np = 0;
            if (np > Integer.MAX_VALUE - 16) throw PyExc.overflow("new position too large");
            self.pos = (int) np;
            return np;
        }

        @Exposed.Method(name = "truncate", params = {"size=None", "/"})
        public static Object truncate(BytesIO self, Object size) {
            self.check();
            long n = size == PyNone.NONE ? self.pos : Abstract.asLong(size);
            if (n < 0) throw PyExc.valueError("negative size value " + n);
            if (n < self.len) self.len = (int) n;
            return n;
        }

        @Exposed.Method(name = "close")
        public static Object close(BytesIO self) {
            self.closed = true;
            return PyNone.NONE;
        }

        @Exposed.Getter("closed")
        public static Object closed(BytesIO self) {
            return self.closed;
        }

        @Exposed.Method(name = "flush")
        public static Object flush(BytesIO self) {
            self.check();
            return PyNone.NONE;
        }

        @Exposed.Method(name = "readable")
        public static Object readable(BytesIO self) {
            self.check();
            return true;
        }

        @Exposed.Method(name = "writable")
        public static Object writable(BytesIO self) {
            self.check();
            return true;
        }

        @Exposed.Method(name = "seekable")
        public static Object seekable(BytesIO self) {
            self.check();
            return true;
        }

        @Exposed.Method(name = "isatty")
        public static Object isatty(BytesIO self) {
            self.check();
            return false;
        }

        @Exposed.Method(name = "fileno")
        public static Object fileno(BytesIO self) {
            throw unsupported("fileno");
        }

        @Exposed.Method(name = "__enter__")
        public static Object enter(BytesIO self) {
            self.check();
            return self;
        }

        @Exposed.Method(name = "__exit__", params = {"*args"})
        public static Object exit(BytesIO self, Object[] args) {
            Abstract.callMethod(self, "close");
            return PyNone.NONE;
        }

        @Exposed.Method(name = "__repr__")
        public static Object repr(BytesIO self) {
            return "<_io.BytesIO object at 0x" + Long.toHexString(System.identityHashCode(self)) + ">";
        }
    }
}
