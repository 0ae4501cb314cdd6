package org.jyco.runtime;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import org.jyco.runtime.types.PyIterators;
import org.jyco.runtime.types.PyList;

/**
 * A text file object over a Java Writer or Reader: {@code sys.stdout}, {@code sys.stderr},
 * {@code sys.stdin} and files opened in text mode (a subset of {@code io.TextIOWrapper}).
 */
public final class PyTextIO extends PyObject {
    public static final PyType TYPE = PyType.newBuiltin("TextIOWrapper", PyType.OBJECT, PyTextIO.class, PyTextIO.class, "_io");

    private final Writer writer;
    private final BufferedReader reader;
    private final String name;
    private boolean closed;
    private final boolean lineBuffered;

    public PyTextIO(Writer writer, String name) {
        this.writer = writer;
        this.reader = null;
        this.name = name;
        this.lineBuffered = name.startsWith("<std");
    }

    public PyTextIO(Reader reader, String name) {
        this.writer = null;
        this.reader = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        this.name = name;
        this.lineBuffered = false;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    private void checkOpen() {
        if (closed) throw PyExc.valueError("I/O operation on closed file.");
    }

    public void write(String s) {
        checkOpen();
        if (writer == null) throw PyExc.of(PyExc.OSError, "not writable");
        try {
            writer.write(s);
            if (lineBuffered && name.equals("<stderr>")) writer.flush();
        } catch (IOException e) {
            throw PyExc.osError(e.getMessage());
        }
    }

    /** Reads one line including its newline; "" at end of file. */
    public String readLine() {
        checkOpen();
        if (reader == null) throw PyExc.of(PyExc.OSError, "not readable");
        try {
            StringBuilder sb = new StringBuilder();
            int c;
            while ((c = reader.read()) >= 0) {
                sb.append((char) c);
                if (c == '\n') break;
            }
            return sb.toString();
        } catch (IOException e) {
            throw PyExc.osError(e.getMessage());
        }
    }

    @Exposed.Method(name = "write", params = {"s", "/"})
    public static Object write(PyTextIO f, Object s) {
        if (!(s instanceof String str)) {
            throw PyExc.typeError("write() argument must be str, not " + PyType.of(s).getName());
        }
        f.write(str);
        return (long) str.length();
    }

    @Exposed.Method(name = "writelines", params = {"lines", "/"})
    public static Object writelines(PyTextIO f, Object lines) {
        for (Object l : Abstract.toArray(lines)) write(f, l);
        return PyNone.NONE;
    }

    @Exposed.Method(name = "flush")
    public static Object flush(PyTextIO f) {
        if (f.writer != null && !f.closed) {
            try {
                f.writer.flush();
            } catch (IOException e) {
                throw PyExc.osError(e.getMessage());
            }
        }
        return PyNone.NONE;
    }

    @Exposed.Method(name = "read", params = {"size=-1", "/"})
    public static Object read(PyTextIO f, Object size) {
        f.checkOpen();
        if (f.reader == null) throw PyExc.of(PyExc.OSError, "not readable");
        long n = size == PyNone.NONE ? -1 : Abstract.asLong(size);
        try {
            StringBuilder sb = new StringBuilder();
            int c;
            while ((n < 0 || sb.length() < n) && (c = f.reader.read()) >= 0) sb.append((char) c);
            return sb.toString();
        } catch (IOException e) {
            throw PyExc.osError(e.getMessage());
        }
    }

    @Exposed.Method(name = "readline", params = {"size=-1", "/"})
    public static Object readline(PyTextIO f, Object size) {
        return f.readLine();
    }

    @Exposed.Method(name = "readlines", params = {"hint=-1", "/"})
    public static Object readlines(PyTextIO f, Object hint) {
        PyList out = new PyList();
        for (String l = f.readLine(); !l.isEmpty(); l = f.readLine()) out.append(l);
        return out;
    }

    @Exposed.Method(name = "__iter__")
    public static Object iter(PyTextIO f) {
        f.checkOpen();
        return PyIterators.of(() -> {
            String l = f.readLine();
            return l.isEmpty() ? PyIterators.END : l;
        });
    }

    @Exposed.Method(name = "close")
    public static Object close(PyTextIO f) {
        if (f.closed) return PyNone.NONE;
        try {
            if (f.writer != null) {
                f.writer.flush();
                if (!f.lineBuffered) f.writer.close();
            }
            if (f.reader != null && !f.name.equals("<stdin>")) f.reader.close();
        } catch (IOException e) {
            throw PyExc.osError(e.getMessage());
        }
        f.closed = true;
        return PyNone.NONE;
    }

    @Exposed.Method(name = "__enter__")
    public static Object enter(PyTextIO f) {
        f.checkOpen();
        return f;
    }

    @Exposed.Method(name = "__exit__", params = {"*args"})
    public static Object exit(PyTextIO f, Object[] args) {
        close(f);
        return PyNone.NONE;
    }

    @Exposed.Method(name = "fileno")
    public static Object fileno(PyTextIO f) {
        return f.name.equals("<stdin>") ? 0L : f.name.equals("<stdout>") ? 1L : f.name.equals("<stderr>") ? 2L : 3L;
    }

    @Exposed.Method(name = "isatty")
    public static Object isatty(PyTextIO f) {
        return false;
    }

    @Exposed.Method(name = "readable")
    public static Object readable(PyTextIO f) {
        return f.reader != null;
    }

    @Exposed.Method(name = "writable")
    public static Object writable(PyTextIO f) {
        return f.writer != null;
    }

    @Exposed.Getter("closed")
    public static Object closed(PyTextIO f) {
        return f.closed;
    }

    @Exposed.Getter("name")
    public static Object name(PyTextIO f) {
        return f.name;
    }

    @Exposed.Getter("encoding")
    public static Object encoding(PyTextIO f) {
        return "utf-8";
    }

    @Exposed.Method(name = "__repr__")
    public static Object repr(PyTextIO f) {
        return "<_io.TextIOWrapper name='" + f.name + "' encoding='utf-8'>";
    }
}
