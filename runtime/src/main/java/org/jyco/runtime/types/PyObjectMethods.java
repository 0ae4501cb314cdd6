package org.jyco.runtime.types;

import org.jyco.runtime.Abstract;
import org.jyco.runtime.Exposed;
import org.jyco.runtime.PyExc;
import org.jyco.runtime.PyInstance;
import org.jyco.runtime.PyNone;
import org.jyco.runtime.PyObject;
import org.jyco.runtime.PyType;
import org.jyco.runtime.Singletons;
import org.jyco.runtime.Subclassable;

/** The methods of {@code object}, the root of every class (CPython's {@code object_*} slots). */
public final class PyObjectMethods {
    private PyObjectMethods() {}

    /** True if {@code t} overrides {@code name} relative to object. */
    private static boolean overrides(PyType t, String name) {
        return t.lookup(name) != PyType.OBJECT.dict().get(name);
    }

    @Exposed.Method(name = "__new__", isStatic = true, params = {"cls", "*args", "**kwargs"})
    public static Object new_(Object cls, Object[] args, PyDict kwargs) {
        if (!(cls instanceof PyType t)) throw PyExc.typeError("object.__new__(X): X is not a type object");
        boolean excess = args.length > 0 || (kwargs != null && kwargs.size() > 0);
        if (excess && (overrides(t, "__new__") || !overrides(t, "__init__"))) {
            throw PyExc.typeError(t.getName() + "() takes no arguments");
        }
        return instantiate(t);
    }

    /** A new, empty instance of a class, of the Java layout its bases require. */
    public static Object instantiate(PyType t) {
        if (t.isBuiltin() && t != PyType.OBJECT) {
            throw PyExc.typeError("object.__new__(" + t.getName() + ") is not safe, use " + t.getName() + ".__new__()");
        }
        Object abstracts = t.lookup("__abstractmethods__");
        if (abstracts instanceof PySet s && s.size() > 0 || abstracts instanceof PyTuple tt && tt.size() > 0) {
            Object[] names = abstracts instanceof PySet s2 ? s2.toArray() : ((PyTuple) abstracts).array();
            java.util.Arrays.sort(names, (a, b) -> PyStr.compare(Abstract.str(a), Abstract.str(b)));
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < names.length; i++) {
                if (i > 0) sb.append(", ");
                sb.append(Abstract.str(names[i]));
            }
            throw PyExc.typeError("Can't instantiate abstract class " + t.getName() + " with abstract method"
                + (names.length > 1 ? "s " : " ") + sb);
        }
        Class<?> layout = t.instanceLayout();
        if (layout == PyInstance.class) return new PyInstance(t);
        if (!Subclassable.class.isAssignableFrom(layout)) {
            // CPython names the nearest class whose __new__ is not written in Python
            PyType solid = t;
            while (solid != null && !solid.isBuiltin() && solid.dict().get("__new__") != null) solid = solid.getBase();
            String n = solid == null ? "object" : solid.getName();
            throw PyExc.typeError("object.__new__(" + t.getName() + ") is not safe, use " + n + ".__new__()");
        }
        try {
            Object o = layout.getConstructor().newInstance();
            ((Subclassable) o).becomeInstanceOf(t);
            return o;
        } catch (ReflectiveOperationException e) {
            throw PyExc.systemError("cannot instantiate " + t.getName() + ": " + e);
        }
    }

    @Exposed.Method(name = "__init__", params = {"*args", "**kwargs"})
    public static Object init(Object self, Object[] args, PyDict kwargs) {
        boolean excess = args.length > 0 || (kwargs != null && kwargs.size() > 0);
        if (excess) {
            PyType t = PyType.of(self);
            if (overrides(t, "__init__")) {
                throw PyExc.typeError("object.__init__() takes exactly one argument (the instance to initialize)");
            }
            if (!overrides(t, "__new__")) {
                throw PyExc.typeError(t.getName() + "() takes no arguments");
            }
        }
        return PyNone.NONE;
    }

    @Exposed.Method(name = "__getattribute__", params = {"name", "/"})
    public static Object getattribute(Object self, Object name) {
        if (!(name instanceof String n)) {
            throw PyExc.typeError("attribute name must be string, not '" + PyType.of(name).getName() + "'");
        }
        return Abstract.genericGetAttr(self, n, PyType.of(self), false);
    }

    @Exposed.Method(name = "__setattr__", params = {"name", "value", "/"})
    public static Object setattr(Object self, Object name, Object value) {
        if (!(name instanceof String n)) {
            throw PyExc.typeError("attribute name must be string, not '" + PyType.of(name).getName() + "'");
        }
        Abstract.genericSetAttr(self, n, value, PyType.of(self));
        return PyNone.NONE;
    }

    @Exposed.Method(name = "__delattr__", params = {"name", "/"})
    public static Object delattr(Object self, Object name) {
        Abstract.genericSetAttr(self, (String) name, null, PyType.of(self));
        return PyNone.NONE;
    }

    @Exposed.Method(name = "__repr__")
    public static Object repr(Object self) {
        PyType t = PyType.of(self);
        Object mod = t.dict().get("__module__");
        String prefix = mod instanceof String m && !m.equals("builtins") ? m + "." : "";
        return "<" + prefix + t.getQualname() + " object at 0x" + Integer.toHexString(System.identityHashCode(self)) + ">";
    }

    @Exposed.Method(name = "__str__")
    public static Object str(Object self) {
        return Abstract.repr(self);
    }

    @Exposed.Method(name = "__hash__")
    public static Object hash(Object self) {
        return (long) System.identityHashCode(self);
    }

    @Exposed.Method(name = "__eq__", params = {"other", "/"})
    public static Object eq(Object self, Object other) {
        return self == other ? Boolean.TRUE : Singletons.NOT_IMPLEMENTED;
    }

    @Exposed.Method(name = "__ne__", params = {"other", "/"})
    public static Object ne(Object self, Object other) {
        Object r = Abstract.callSpecial(self, "__eq__", other);
        if (r == null || r == Singletons.NOT_IMPLEMENTED) return Singletons.NOT_IMPLEMENTED;
        return !Abstract.isTrue(r);
    }

    @Exposed.Method(name = "__lt__", params = {"other", "/"})
    public static Object lt(Object self, Object other) { return Singletons.NOT_IMPLEMENTED; }
    @Exposed.Method(name = "__le__", params = {"other", "/"})
    public static Object le(Object self, Object other) { return Singletons.NOT_IMPLEMENTED; }
    @Exposed.Method(name = "__gt__", params = {"other", "/"})
    public static Object gt(Object self, Object other) { return Singletons.NOT_IMPLEMENTED; }
    @Exposed.Method(name = "__ge__", params = {"other", "/"})
    public static Object ge(Object self, Object other) { return Singletons.NOT_IMPLEMENTED; }

    @Exposed.Method(name = "__format__", params = {"spec", "/"})
    public static Object format(Object self, Object spec) {
        if (!(spec instanceof String s)) throw PyExc.typeError("format spec must be a str");
        if (!s.isEmpty()) {
            throw PyExc.typeError("unsupported format string passed to " + PyType.of(self).getName() + ".__format__");
        }
        return Abstract.str(self);
    }

    @Exposed.Method(name = "__dir__")
    public static Object dir(Object self) {
        PySet names = new PySet();
        if (self instanceof PyObject po && po.getDict() != null) names.addAll(po.getDict());
        for (PyType t : PyType.of(self).getMro()) for (String k : t.dict().keySet()) names.add(k);
        return PyList.of(names.toArray());
    }

    @Exposed.Method(name = "__init_subclass__", classMethod = true)
    public static Object initSubclass(Object cls) {
        return PyNone.NONE;
    }

    @Exposed.Method(name = "__subclasshook__", classMethod = true, params = {"*args"})
    public static Object subclasshook(Object cls, Object[] args) {
        return Singletons.NOT_IMPLEMENTED;
    }

    @Exposed.Method(name = "__sizeof__")
    public static Object sizeof(Object self) {
        return 16L;
    }

    @Exposed.Method(name = "__reduce_ex__", params = {"protocol", "/"})
    public static Object reduceEx(Object self, Object protocol) {
        PyType t = PyType.of(self);
        Object reduce = t.lookup("__reduce__");
        if (reduce != PyType.OBJECT.dict().get("__reduce__")) return Abstract.call(Abstract.bindDescriptor(reduce, self, t));
        return Reduce.reduce(self, Abstract.asLong(protocol));
    }

    @Exposed.Method(name = "__reduce__")
    public static Object reduce(Object self) {
        return Reduce.reduce(self, 0);
    }

    @Exposed.Method(name = "__getstate__")
    public static Object getstate(Object self) {
        return Reduce.state(self);
    }

    @Exposed.Getter("__class__")
    public static Object getClass(Object self) {
        return PyType.of(self);
    }

    @Exposed.Setter("__class__")
    public static void setClass(Object self, Object cls) {
        if (!(self instanceof PyInstance inst) || !(cls instanceof PyType t) || t.instanceLayout() != PyInstance.class) {
            throw PyExc.typeError("__class__ assignment only supported for mutable types or ModuleType subclasses");
        }
        inst.setType(t);
    }

    @Exposed.Getter("__dict__")
    public static Object getDict(Object self) {
        PyDict d = self instanceof PyObject po ? po.getDict() : null;
        if (d == null) throw PyExc.noAttribute(self, "__dict__");
        return d;
    }

    @Exposed.Setter("__dict__")
    public static void setDict(Object self, Object d) {
        if (self instanceof PyInstance inst && d instanceof PyDict pd) {
            inst.setDict(pd);
            return;
        }
        throw PyExc.typeError("__dict__ must be set to a dictionary, not a '" + PyType.of(d).getName() + "'");
    }
}
