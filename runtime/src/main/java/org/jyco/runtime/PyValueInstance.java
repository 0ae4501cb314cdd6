package org.jyco.runtime;

/**
 * An instance of a Python subclass of {@code int}, {@code float} or {@code str}
 * ({@code class Celsius(float)}, {@code class Color(str, Enum)}): the built-in value it stands
 * for (a Long or BigInteger, a Double, a String), its class and its attribute dictionary. The
 * built-in types' methods take their value from it ({@code PyLong.asInt}, {@code PyFloat.asDouble},
 * {@code PyStr.s}), so inherited methods and operators work on it; a subclass's own methods
 * and attributes are found through its class like those of any instance.
 *
 * <p>Each base type has its own subclass of this class, so Python's "instance lay-out
 * conflict" between {@code int} and {@code str} bases is the JVM classes' conflict.
 */
public abstract class PyValueInstance extends PyInstance {
    private final Object value;

    PyValueInstance(PyType type, Object value) {
        super(type);
        this.value = value;
    }

    /** The built-in value. */
    public Object value() {
        return value;
    }

    /** An instance of subclass {@code cls} of int. */
    public static final class OfInt extends PyValueInstance {
        OfInt(PyType type, Object value) {
            super(type, value);
        }
    }

    /** An instance of a subclass of float. */
    public static final class OfFloat extends PyValueInstance {
        OfFloat(PyType type, Object value) {
            super(type, value);
        }
    }

    /** An instance of a subclass of str. */
    public static final class OfStr extends PyValueInstance {
        OfStr(PyType type, Object value) {
            super(type, value);
        }
    }

    /** The layout class of instances of Python subclasses of a built-in value type, or null. */
    static Class<?> layoutOf(PyType builtin) {
        if (builtin == PyType.INT) return OfInt.class;
        if (builtin == PyType.FLOAT) return OfFloat.class;
        if (builtin == PyType.STR) return OfStr.class;
        return null;
    }

    /**
     * {@code base.__new__(cls, ...)} with the built-in value already computed: the value itself
     * when {@code cls} is the base, else an instance of the subclass.
     */
    public static Object create(PyType base, Object cls, Object value) {
        if (cls == base) return value;
        if (!(cls instanceof PyType t)) {
            throw PyExc.typeError(base.getName() + ".__new__(X): X is not a type object (" + PyType.of(cls).getName() + ")");
        }
        if (!t.isSubtype(base)) {
            throw PyExc.typeError(base.getName() + ".__new__(" + t.getName() + "): " + t.getName() + " is not a subtype of "
                + base.getName());
        }
        if (t.isBuiltin()) {
            throw PyExc.typeError(base.getName() + ".__new__(" + t.getName() + ") is not safe, use " + t.getName() + ".__new__()");
        }
        Class<?> layout = t.instanceLayout();
        if (layout == OfInt.class) return new OfInt(t, value);
        if (layout == OfFloat.class) return new OfFloat(t, value);
        if (layout == OfStr.class) return new OfStr(t, value);
        throw PyExc.typeError(base.getName() + ".__new__(" + t.getName() + ") is not safe, use " + t.getName() + ".__new__()");
    }
}
