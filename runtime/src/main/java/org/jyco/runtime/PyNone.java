package org.jyco.runtime;

/** Python's {@code None}: the one instance of {@code NoneType}. */
public final class PyNone extends PyObject {
    public static final PyNone NONE = new PyNone();

    private PyNone() {}

    @Override
    public PyType getType() {
        return PyType.NONE_TYPE;
    }

    @Override
    public String toString() {
        return "None";
    }

    @Exposed.Method(name = "__repr__")
    public static Object repr(Object self) {
        return "None";
    }

    @Exposed.Method(name = "__bool__")
    public static Object bool(Object self) {
        return false;
    }

    @Exposed.Method(name = "__hash__")
    public static Object hash(Object self) {
        return 0x5c3b7a1L;
    }
}
