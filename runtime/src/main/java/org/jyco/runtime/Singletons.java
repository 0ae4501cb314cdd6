package org.jyco.runtime;

/** {@code NotImplemented} and {@code Ellipsis}. */
public final class Singletons {
    private Singletons() {}

    /** The value binary special methods return to let the other operand try. */
    public static final PyObject NOT_IMPLEMENTED = new PyObject() {
        @Override public PyType getType() { return PyType.NOT_IMPLEMENTED_TYPE; }
        @Override public String toString() { return "NotImplemented"; }
    };

    /** {@code ...}. */
    public static final PyObject ELLIPSIS = new PyObject() {
        @Override public PyType getType() { return PyType.ELLIPSIS_TYPE; }
        @Override public String toString() { return "Ellipsis"; }
    };

    @Exposed.Method(name = "__repr__")
    public static Object repr(Object self) {
        return self.toString();
    }
}
