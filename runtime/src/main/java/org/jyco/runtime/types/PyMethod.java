package org.jyco.runtime.types;

import org.jyco.runtime.Abstract;
import org.jyco.runtime.Exposed;
import org.jyco.runtime.PyCallable;
import org.jyco.runtime.PyObject;
import org.jyco.runtime.PyType;

/** A function bound to an instance ({@code obj.method} without the call). */
public final class PyMethod extends PyObject implements PyCallable {

    @Exposed.Method(name = "__call__", params = {"*args", "**kwargs"})
    public static Object dunderCall(Object self, Object[] args, PyDict kwargs) {
        return org.jyco.runtime.Ops.callEx(self, args, kwargs);
    }
    public final Object function;
    public final Object self;

    public PyMethod(Object function, Object self) {
        this.function = function;
        this.self = self;
    }

    @Override
    public PyType getType() {
        return PyType.METHOD;
    }

    @Override
    public Object call(Object[] args, String[] kwnames) {
        Object[] all = new Object[args.length + 1];
        all[0] = self;
        System.arraycopy(args, 0, all, 1, args.length);
        return Abstract.call(function, all, kwnames);
    }

    @Exposed.Method(name = "__new__", isStatic = true, params = {"cls", "function", "instance", "/"})
    public static Object new_(Object cls, Object function, Object instance) {
        if (!org.jyco.runtime.Abstract.isCallable(function)) throw org.jyco.runtime.PyExc.typeError("first argument must be callable");
        if (instance == org.jyco.runtime.PyNone.NONE) throw org.jyco.runtime.PyExc.typeError("instance must not be None");
        return new PyMethod(function, instance);
    }

    @Exposed.Getter("__func__")
    public static Object func(PyMethod m) {
        return m.function;
    }

    @Exposed.Getter("__self__")
    public static Object self(PyMethod m) {
        return m.self;
    }

    @Exposed.Getter("__name__")
    public static Object name(PyMethod m) {
        return Abstract.getAttr(m.function, "__name__");
    }

    @Exposed.Getter("__qualname__")
    public static Object qualname(PyMethod m) {
        return Abstract.getAttr(m.function, "__qualname__");
    }

    @Exposed.Getter("__doc__")
    public static Object doc(PyMethod m) {
        return Abstract.getAttr(m.function, "__doc__");
    }

    /** Other attributes are the function's, as CPython's method_getattro forwards them. */
    @Exposed.Method(name = "__getattr__", params = {"name", "/"})
    public static Object getattr(PyMethod m, Object name) {
        String n = Abstract.str(name);
        Object v = Abstract.getAttrOrNull(m.function, n);
        if (v == null) throw org.jyco.runtime.PyExc.noAttribute(m, n);
        return v;
    }

    @Exposed.Method(name = "__eq__", params = {"other"})
    public static Object eq(PyMethod m, Object other) {
        return other instanceof PyMethod o && o.function == m.function && o.self == m.self;
    }

    @Exposed.Method(name = "__hash__")
    public static Object hash(PyMethod m) {
        return (long) (System.identityHashCode(m.function) * 31 + System.identityHashCode(m.self));
    }

    @Exposed.Method(name = "__repr__")
    public static Object repr(PyMethod m) {
        Object qn = Abstract.getAttrOrNull(m.function, "__qualname__");
        return "<bound method " + (qn == null ? "?" : Abstract.str(qn)) + " of " + Abstract.repr(m.self) + ">";
    }
}
