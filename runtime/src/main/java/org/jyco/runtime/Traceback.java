package org.jyco.runtime;

import java.util.List;

/**
 * A traceback object as {@code sys.exc_info()[2]} and {@code exc.__traceback__} give it: the
 * innermost recorded frame's line, its frame (file and function) and a link to the next, read-only.
 */
public final class Traceback extends PyObject {
    public static final PyType TYPE = PyType.newBuiltin("traceback", PyType.OBJECT, Traceback.class, Traceback.class,
        "builtins");

    private final List<PyBaseException.TracebackEntry> entries;
    private final int index;

    private Traceback(List<PyBaseException.TracebackEntry> entries, int index) {
        this.entries = entries;
        this.index = index;
    }

    /** The traceback of an exception (outermost frame first), or None if it has none yet. */
    public static Object of(PyBaseException e) {
        return e.tracebackObject(tb -> tb.isEmpty() ? PyNone.NONE : new Traceback(tb, 0));
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @Exposed.Getter("tb_lineno")
    public static Object lineno(Traceback t) {
        return (long) t.entries.get(t.index).line();
    }

    /** A frame standing for this entry: its code (file and function name) and line; no locals or globals. */
    @Exposed.Getter("tb_frame")
    public static Object frame(Traceback t) {
        PyBaseException.TracebackEntry e = t.entries.get(t.index);
        return PyFrame.ofEntry(e.filename(), e.function(), e.line());
    }

    /** The entries from this one inward (outermost first). */
    public List<PyBaseException.TracebackEntry> entriesFromHere() {
        return entries.subList(index, entries.size());
    }

    /** No bytecode offsets in Jyco: -1, as CPython gives for an unknown instruction. */
    @Exposed.Getter("tb_lasti")
    public static Object lasti(Traceback t) {
        return -1L;
    }

    @Exposed.Getter("tb_next")
    public static Object next(Traceback t) {
        return t.index + 1 < t.entries.size() ? new Traceback(t.entries, t.index + 1) : PyNone.NONE;
    }
}
