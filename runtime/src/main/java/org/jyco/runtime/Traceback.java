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

    /** The frame the entry was recorded in: its code's file and name and the line. */
    @Exposed.Getter("tb_frame")
    public static Object frame(Traceback t) {
        return PyFrame.ofEntry(t.entries.get(t.index));
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
