package org.jyco.runtime;

/**
 * Java exceptions thrown by Java code that Python code called: they become Python exceptions of
 * a type named after the Java class (a subclass of Exception), carrying the Java throwable.
 */
public final class JavaExceptions {
    private JavaExceptions() {}

    private static final ClassValue<PyType> TYPES = new ClassValue<>() {
        @Override
        protected PyType computeValue(Class<?> c) {
            PyType base = c == Throwable.class || c.getSuperclass() == null ? PyExc.Exception : TYPES.get(c.getSuperclass());
            if (c == Exception.class || c == Throwable.class || c == RuntimeException.class) base = PyExc.Exception;
            return PyType.newBuiltin(c.getName(), base, PyBaseException.class, null, "java");
        }
    };

    /** The Python exception for a Java throwable; the throwable is kept as its cause-like payload. */
    public static PyException wrap(Throwable t) {
        PyBaseException e = new PyBaseException(TYPES.get(t.getClass()), String.valueOf(t.getMessage()));
        e.getDict().put("__java_exception__", t);
        return new PyException(e);
    }

    /** The Python type that stands for a Java exception class in {@code except} clauses. */
    public static PyType typeFor(Class<? extends Throwable> c) {
        return TYPES.get(c);
    }
}
