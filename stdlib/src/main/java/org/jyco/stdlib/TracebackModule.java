package org.jyco.stdlib;

import java.util.ArrayList;
import java.util.List;
import org.jyco.runtime.Abstract;
import org.jyco.runtime.Exposed;
import org.jyco.runtime.Interpreter;
import org.jyco.runtime.PyBaseException;
import org.jyco.runtime.PyExc;
import org.jyco.runtime.PyException;
import org.jyco.runtime.PyModule;
import org.jyco.runtime.PyNone;
import org.jyco.runtime.PyType;
import org.jyco.runtime.ThreadState;
import org.jyco.runtime.Traceback;
import org.jyco.runtime.Tracebacks;
import org.jyco.runtime.types.PyList;

/**
 * The {@code traceback} module's formatting functions (format_exception, print_exc, ...) on top
 * of the runtime's own traceback printer, so that they print what an uncaught exception prints.
 * Frame summaries (extract_tb, StackSummary, TracebackException) are not provided.
 */
public final class TracebackModule {
    private TracebackModule() {}

    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("traceback");
        m.addFunctions(TracebackModule.class);
        return m;
    }

    /** The exception and traceback that (exc, value, tb) stand for: value and tb default to exc's. */
    private static String format(Object exc, Object value, Object tb, Object limit, Object chain) {
        Object v = value == PyNone.NONE ? exc : value;
        if (!(v instanceof PyBaseException e)) {
            if (v == PyNone.NONE) return "NoneType: None\n";
            throw PyExc.typeError("Exception expected for value, " + PyType.of(v).getName() + " found");
        }
        Traceback t;
        if (value == PyNone.NONE) {
            Object own = Abstract.getAttr(e, "__traceback__");
            t = own instanceof Traceback x ? x : null;
        } else {
            t = tb instanceof Traceback x ? x : null;
        }
        int lim = limit == PyNone.NONE ? -1 : (int) Math.max(0, Abstract.asLong(limit));
        return Tracebacks.format(e, t, lim, Abstract.isTrue(chain));
    }

    /** Lines with their ends, as the list the module's format functions return. */
    private static PyList lines(String text) {
        List<Object> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                out.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < text.length()) out.add(text.substring(start));
        return PyList.of(out.toArray());
    }

    private static void write(Interpreter interp, Object file, String text) {
        Object f = file == PyNone.NONE ? interp.sys().getDict().getOrNull("stderr") : file;
        Abstract.callMethod(f, "write", text);
    }

    private static Object handled() {
        PyException h = ThreadState.current().handled;
        return h == null ? PyNone.NONE : h.value();
    }

    @Exposed.Method(name = "format_exception", params = {"exc", "/", "value=None", "tb=None", "limit=None", "chain=True"})
    public static Object formatException(Object exc, Object value, Object tb, Object limit, Object chain) {
        return lines(format(exc, value, tb, limit, chain));
    }

    @Exposed.Method(name = "print_exception", params = {"exc", "/", "value=None", "tb=None", "limit=None", "file=None", "chain=True"})
    public static Object printException(Interpreter interp, Object exc, Object value, Object tb, Object limit, Object file,
                                        Object chain) {
        write(interp, file, format(exc, value, tb, limit, chain));
        return PyNone.NONE;
    }

    @Exposed.Method(name = "format_exception_only", params = {"exc", "/", "value=None"})
    public static Object formatExceptionOnly(Object exc, Object value) {
        Object v = value == PyNone.NONE ? exc : value;
        if (v instanceof PyBaseException e) return lines(Tracebacks.formatExceptionOnly(e));
        if (v == PyNone.NONE && exc instanceof PyType t) return lines(t.getName() + "\n");
        return lines("NoneType: None\n");
    }

    @Exposed.Method(name = "format_exc", params = {"limit=None", "chain=True"})
    public static Object formatExc(Object limit, Object chain) {
        return format(handled(), PyNone.NONE, PyNone.NONE, limit, chain);
    }

    @Exposed.Method(name = "print_exc", params = {"limit=None", "file=None", "chain=True"})
    public static Object printExc(Interpreter interp, Object limit, Object file, Object chain) {
        write(interp, file, format(handled(), PyNone.NONE, PyNone.NONE, limit, chain));
        return PyNone.NONE;
    }

    /** The entries of a traceback, without the header or the exception line. */
    private static String formatEntries(Object tb, Object limit) {
        if (tb == PyNone.NONE) return "";
        if (!(tb instanceof Traceback t)) throw PyExc.typeError("expected a traceback object");
        int lim = limit == PyNone.NONE ? -1 : (int) Math.max(0, Abstract.asLong(limit));
        String all = Tracebacks.formatEntries(t.entriesFromHere(), lim);
        return all;
    }

    @Exposed.Method(name = "format_tb", params = {"tb", "limit=None"})
    public static Object formatTb(Object tb, Object limit) {
        PyList out = new PyList();
        String text = formatEntries(tb, limit);
        // one item per entry: "  File ..." and its source line
        StringBuilder cur = null;
        for (Object line : lines(text).toArray()) {
            String s = (String) line;
            if (s.startsWith("  File ")) {
                if (cur != null) out.append(cur.toString());
                cur = new StringBuilder();
            }
            if (cur == null) cur = new StringBuilder();
            cur.append(s);
        }
        if (cur != null) out.append(cur.toString());
        return out;
    }

    @Exposed.Method(name = "print_tb", params = {"tb", "limit=None", "file=None"})
    public static Object printTb(Interpreter interp, Object tb, Object limit, Object file) {
        write(interp, file, formatEntries(tb, limit));
        return PyNone.NONE;
    }
}
