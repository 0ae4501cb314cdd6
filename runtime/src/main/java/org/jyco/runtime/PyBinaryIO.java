package org.jyco.runtime;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import org.jyco.runtime.types.PyBytes;
import org.jyco.runtime.types.PyIterators;
import org.jyco.runtime.types.PyList;

/**
 * A binary file object over a FileChannel: what {@code open(name, "rb"/"wb"/"ab"/"xb"/"r+b")} returns
 * (a subset of {@code io.BufferedReader}/{@code io.BufferedWriter}/{@code io.BufferedRandom}).
 */
public final class PyBinaryIO extends PyObject {
    public static final PyType TYPE = PyType.newBuiltin("BufferedIOBase", PyType.OBJECT, PyBinaryIO.class, PyBinaryIO.class, "_io");

    private final FileChannel channel;
    private final String name;
    private final String mode;
    private final boolean readable, writable, append;
    private boolean closed;

    public PyBinaryIO(FileChannel channel, String name, String mode, boolean readable, boolean writable, boolean append) {
        this.channel = channel;
        this.name = name;
        this.mode = mode;
        this.readable = readable;
        this.writable = writable;
        this.append = append;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    private void checkOpen() {
        if (closed) throw PyExc.valueError("I/O operation on closed file.");
    }

    private void checkReadable() {
        if (closed) throw PyExc.valueError("read of closed file");
        if (!readable) throw PyExc.of(PyExc.OSError, "read");
    }

    private String className() {
        return readable && writable ? "BufferedRandom" : readable ? "BufferedReader" : "BufferedWriter";
    }

    /** Up to n bytes (all that remain if n < 0). */
    private byte[] readBytes(long n) {
        checkReadable();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteBuffer buf = ByteBuffer.allocate(8192);
            while (n < 0 || out.size() < n) {
                buf.clear();
                if (n >= 0) buf.limit((int) Math.min(buf.capacity(), n - out.size()));
                int k = channel.read(buf);
                if (k <= 0) break;
                out.write(buf.array(), 0, k);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw OsErrors.from(e, name);
        }
    }

    private byte[] readLineBytes(long limit) {
        checkReadable();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteBuffer one = ByteBuffer.allocate(1);
            while (limit < 0 || out.size() < limit) {
                one.clear();
                if (channel.read(one) <= 0) break;
                byte b = one.get(0);
                out.write(b);
                if (b == '\n') break;
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw OsErrors.from(e, name);
        }
    }

    @Exposed.Method(name = "read", params = {"size=-1", "/"})
    public static Object read(PyBinaryIO f, Object size) {
        long n = size == PyNone.NONE ? -1 : Abstract.asLong(size);
        return new PyBytes(f.readBytes(n));
    }

    @Exposed.Method(name = "read1", params = {"size=-1", "/"})
    public static Object read1(PyBinaryIO f, Object size) {
        return read(f, size);
    }

    @Exposed.Method(name = "readline", params = {"size=-1", "/"})
    public static Object readline(PyBinaryIO f, Object size) {
        long n = size == PyNone.NONE ? -1 : Abstract.asLong(size);
        return new PyBytes(f.readLineBytes(n));
    }

    @Exposed.Method(name = "readlines", params = {"hint=-1", "/"})
    public static Object readlines(PyBinaryIO f, Object hint) {
        PyList out = new PyList();
        for (byte[] l = f.readLineBytes(-1); l.length > 0; l = f.readLineBytes(-1)) out.append(new PyBytes(l));
        return out;
    }

    @Exposed.Method(name = "__iter__")
    public static Object iter(PyBinaryIO f) {
        f.checkOpen();
        return PyIterators.of(() -> {
            byte[] l = f.readLineBytes(-1);
            return l.length == 0 ? PyIterators.END : new PyBytes(l);
        });
    }

    @Exposed.Method(name = "write", params = {"b", "/"})
    public static Object write(PyBinaryIO f, Object b) {
        if (f.closed) throw PyExc.valueError("write to closed file");
        if (!f.writable) throw PyExc.of(PyExc.OSError, "write");
        byte[] data = PyBytes.asBytes(b);
        try {
            if (f.append) f.channel.position(f.channel.size());
            ByteBuffer buf = ByteBuffer.wrap(data);
            while (buf.hasRemaining()) f.channel.write(buf);
        } catch (IOException e) {
            throw OsErrors.from(e, f.name);
        }
        return (long) data.length;
    }

    @Exposed.Method(name = "writelines", params = {"lines", "/"})
    public static Object writelines(PyBinaryIO f, Object lines) {
        for (Object l : Abstract.toArray(lines)) write(f, l);
        return PyNone.NONE;
    }

    @Exposed.Method(name = "seek", params = {"pos", "whence=0", "/"})
    public static Object seek(PyBinaryIO f, Object pos, Object whence) {
        f.checkOpen();
        long p = Abstract.asLong(pos);
        long w = Abstract.asLong(whence);
        try {
            long base = w == 0 ? 0 : w == 1 ? f.channel.position() : w == 2 ? f.channel.size() : -1;
            if (base < 0) throw PyExc.valueError("whence value " + w + " unsupported");
            long target = base + p;
            if (target < 0) throw PyExc.of(PyExc.OSError, "[Errno 22] Invalid argument");
            f.channel.position(target);
            return target;
        } catch (IOException e) {
            throw OsErrors.from(e, f.name);
        }
    }

    @Exposed.Method(name = "tell")
    public static Object tell(PyBinaryIO f) {
        f.checkOpen();
        try {
            return f.channel.position();
        } catch (IOException e) {
            throw OsErrors.from(e, f.name);
        }
    }

    @Exposed.Method(name = "truncate", params = {"pos=None", "/"})
    public static Object truncate(PyBinaryIO f, Object pos) {
        f.checkOpen();
        try {
            long p = pos == PyNone.NONE ? f.channel.position() : Abstract.asLong(pos);
            f.channel.truncate(p);
            return p;
        } catch (IOException e) {
            throw OsErrors.from(e, f.name);
        }
    }

    @Exposed.Method(name = "flush")
    public static Object flush(PyBinaryIO f) {
        f.checkOpen();
        return PyNone.NONE;
    }

    @Exposed.Method(name = "close")
    public static Object close(PyBinaryIO f) {
        if (f.closed) return PyNone.NONE;
        f.closed = true;
        try {
            f.channel.close();
        } catch (IOException e) {
            throw OsErrors.from(e, f.name);
        }
        return PyNone.NONE;
    }

    @Exposed.Method(name = "__enter__")
    public static Object enter(PyBinaryIO f) {
        f.checkOpen();
        return f;
    }

    @Exposed.Method(name = "__exit__", params = {"*args"})
    public static Object exit(PyBinaryIO f, Object[] args) {
        close(f);
        return PyNone.NONE;
    }

    @Exposed.Method(name = "readable")
    public static Object readable(PyBinaryIO f) {
        f.checkOpen();
        return f.readable;
    }

    @Exposed.Method(name = "writable")
    public static Object writable(PyBinaryIO f) {
        f.checkOpen();
        return f.writable;
    }

    @Exposed.Method(name = "seekable")
    public static Object seekable(PyBinaryIO f) {
        f.checkOpen();
        return true;
    }

    @Exposed.Method(name = "isatty")
    public static Object isatty(PyBinaryIO f) {
        return false;
    }

    @Exposed.Getter("closed")
    public static Object closed(PyBinaryIO f) {
        return f.closed;
    }

    @Exposed.Getter("name")
    public static Object name(PyBinaryIO f) {
        return f.name;
    }

    @Exposed.Getter("mode")
    public static Object mode(PyBinaryIO f) {
        return f.mode;
    }

    @Exposed.Method(name = "__repr__")
    public static Object repr(PyBinaryIO f) {
        return "<_io." + f.className() + " name=" + Abstract.repr(f.name) + ">";
    }
}
