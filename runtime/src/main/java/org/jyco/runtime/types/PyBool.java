package org.jyco.runtime.types;

import org.jyco.runtime.Abstract;
import org.jyco.runtime.Exposed;
import org.jyco.runtime.PyExc;
import org.jyco.runtime.PyType;

/** Python's {@code bool} as Java's {@link Boolean}: a subclass of int whose &amp;, |, ^ stay bool. */
public final class PyBool {
    private PyBool() {}

    @Exposed.Method(name = "__new__", isStatic = true, params = {"cls", "x=False", "/"})
    public static Object new_(Object cls, Object x) {
        if (cls != PyType.BOOL) throw PyExc.typeError("type 'bool' is not an acceptable base type");
        return Abstract.isTrue(x);
    }

    @Exposed.Method(name = "__repr__")
    public static Object repr(Object self) {
        return ((Boolean) self) ? "True" : "False";
    }

    @Exposed.Method(name = "__and__", params = {"other", "/"})
    public static Object and(Object self, Object other) {
        if (other instanceof Boolean b) return (Boolean) self & b;
        return PyLong.__and__(self, other);
    }

    @Exposed.Method(name = "__rand__", params = {"other", "/"})
    public static Object rand(Object self, Object other) {
        return and(self, other);
    }

    @Exposed.Method(name = "__or__", params = {"other", "/"})
    public static Object or(Object self, Object other) {
        if (other instanceof Boolean b) return (Boolean) self | b;
        return PyLong.__or__(self, other);
    }

    @Exposed.Method(name = "__ror__", params = {"other", "/"})
    public static Object ror(Object self, Object other) {
        return or(self, other);
    }

    @Exposed.Method(name = "__xor__", params = {"other", "/"})
    public static Object xor(Object self, Object other) {
        if (other instanceof Boolean b) return (Boolean) self ^ b;
        return PyLong.__xor__(self, other);
    }

    @Exposed.Method(name = "__rxor__", params = {"other", "/"})
    public static Object rxor(Object self, Object other) {
        return xor(self, other);
    }

}
