package org.jyco.runtime;

/**
 * The Java throwable that carries a raised Python exception up the Java stack. It fills in no
 * Java stack trace (that is costly and useless here); the Python traceback is collected in the
 * exception object as the exception passes through Python frames.
 */
public final class PyException extends RuntimeException {
    private final PyBaseException value;
    /**
     * Set while a re-raise (a bare {@code raise}, the end of an except* statement) propagates
     * in the frame that raised it: as CPython's RERAISE, it adds no traceback entry for that frame.
     */
    boolean reraised;

    public PyException(PyBaseException value) {
        super(null, null, false, false);
        this.value = value;
    }

    /** The Python exception object. */
    public PyBaseException value() {
        return value;
    }

    /** The Python type of the exception. */
    public PyType type() {
        return value.getType();
    }

    /** True if the exception is an instance of {@code t}. */
    public boolean matches(PyType t) {
        return value.getType().isSubtype(t);
    }

    @Override
    public String getMessage() {
        return value.getType().getName() + ": " + Abstract.str(value);
    }
}
