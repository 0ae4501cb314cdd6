package org.jyco.runtime;

import java.util.ArrayList;
import java.util.List;
import org.jyco.runtime.types.PyDict;
import org.jyco.runtime.types.PyList;
import org.jyco.runtime.types.PyTuple;
import org.jyco.runtime.types.PyStr;

/**
 * An instance of {@code BaseException} or any subclass, built-in or Python-defined (CPython's
 * {@code Objects/exceptions.c}). Its traceback is a list of (file, line, function) entries added
 * as it unwinds Python frames, innermost last.
 */
public class PyBaseException extends PyObject implements Subclassable {
    private PyType type;
    private PyDict dict;
    private PyTuple args = PyTuple.EMPTY;
    private Object cause = PyNone.NONE;
    private Object context = PyNone.NONE;
    private boolean suppressContext;
    private final List<TracebackEntry> traceback = new ArrayList<>();
    /**
     * Stands for the identity of CPython's traceback object: replaced whenever an entry is
     * added, shared by the groups split() derives from this one, null when there is none.
     */
    private Object tracebackId;
    /** The traceback object made for tracebackId, so that {@code e.__traceback__ is e.__traceback__}. */
    private Object tracebackObject;
    private Object tracebackObjectId;
    private PyList notes;

    /** One line of a traceback. */
    public record TracebackEntry(String filename, int line, String function) {}

    public PyBaseException(PyType type, Object... args) {
        this.type = type;
        this.args = PyTuple.of(args);
    }

    @Override
    public PyType getType() {
        return type;
    }

    @Override
    public void becomeInstanceOf(PyType t) {
        this.type = t;
        if (dict == null) this.dict = new PyDict();
    }

    @Override
    public PyDict getDict() {
        if (dict == null) dict = new PyDict();
        return dict;
    }

    public PyTuple getArgs() { return args; }
    public void setArgs(PyTuple args) { this.args = args; }
    public Object getCause() { return cause; }
    public void setCause(Object cause) {
        this.cause = cause;
        this.suppressContext = true;
    }
    public Object getContext() { return context; }
    public void setContext(Object context) { this.context = context; }
    public boolean getSuppressContext() { return suppressContext; }
    public void setSuppressContext(boolean s) { this.suppressContext = s; }
    public PyList getNotes() { return notes; }
    public void setNotes(PyList notes) { this.notes = notes; }

    /** Traceback entries, outermost first (as printed). */
    public List<TracebackEntry> traceback() {
        synchronized (traceback) {
            List<TracebackEntry> out = new ArrayList<>(traceback);
            java.util.Collections.reverse(out);
            return out;
        }
    }

    /** Entries kept per exception: a runaway recursion must not exhaust memory with them. */
    static final int MAX_TRACEBACK = 4000;
    private int droppedFrames;

    /** Records a frame the exception is leaving (called innermost first). */
    public void addFrame(String filename, int line, String function) {
        synchronized (traceback) {
            if (traceback.size() >= MAX_TRACEBACK) {
                // keep the innermost half and the outermost frames: drop from the middle
                traceback.remove(MAX_TRACEBACK / 2);
                droppedFrames++;
            }
            TracebackEntry entry = new TracebackEntry(filename, line, function);
            traceback.add(entry);
            tracebackId = entry; // a new object: a new traceback
        }
    }

    /** The {@code __traceback__} object: made once per state of the traceback. */
    Object tracebackObject(java.util.function.Function<List<TracebackEntry>, Object> make) {
        synchronized (traceback) {
            if (tracebackObject == null || tracebackObjectId != tracebackId) {
                tracebackObject = make.apply(traceback());
                tracebackObjectId = tracebackId;
            }
            return tracebackObject;
        }
    }

    /** True if the exception has a traceback (it has been raised). */
    public boolean hasTraceback() {
        synchronized (traceback) {
            return !traceback.isEmpty();
        }
    }

    /** Gives this exception the traceback of another (as {@code e.__traceback__ = o.__traceback__}). */
    public void copyTracebackFrom(PyBaseException o) {
        if (o == this) return;
        Traceback.of(o); // made now, so that both share one __traceback__ object, as in CPython
        List<TracebackEntry> entries;
        Object id;
        int dropped;
        Object tbObject, tbObjectId;
        synchronized (o.traceback) {
            entries = new ArrayList<>(o.traceback);
            id = o.tracebackId;
            dropped = o.droppedFrames;
            tbObject = o.tracebackObject;
            tbObjectId = o.tracebackObjectId;
        }
        synchronized (traceback) {
            traceback.clear();
            traceback.addAll(entries);
            tracebackId = id;
            droppedFrames = dropped;
            tracebackObject = tbObject;
            tracebackObjectId = tbObjectId;
        }
    }

    /**
     * True if both exceptions have the same traceback, cause and context objects (CPython's
     * test for an exception re-raised unchanged from an except* clause).
     */
    public boolean sameMetadata(PyBaseException o) {
        Object a, b;
        synchronized (traceback) {
            a = tracebackId;
        }
        synchronized (o.traceback) {
            b = o.tracebackId;
        }
        return a == b && cause == o.cause && context == o.context;
    }

    /** Frames left out of a very long traceback. */
    public int droppedFrames() {
        return droppedFrames;
    }

    public void clearTraceback() {
        synchronized (traceback) {
            traceback.clear();
            tracebackId = null;
            droppedFrames = 0;
        }
    }

    /** {@code str(exc)}: as {@code BaseException.__str__}. */
    public String message() {
        if (args.size() == 0) return "";
        if (args.size() == 1) return Abstract.str(args.get(0));
        return Abstract.str(args);
    }

    /** The Java throwable that raises this exception. */
    public PyException toThrowable() {
        return new PyException(this);
    }

    /** {@code repr(exc)}. */
    public String repr() {
        String n = type.getName();
        if (args.size() == 1) return n + "(" + Abstract.repr(args.get(0)) + ")";
        return n + PyStr.reprTupleBody(args);
    }
}
