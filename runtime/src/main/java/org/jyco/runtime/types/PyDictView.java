package org.jyco.runtime.types;

import org.jyco.runtime.Abstract;
import org.jyco.runtime.Exposed;
import org.jyco.runtime.PyExc;
import org.jyco.runtime.PyObject;
import org.jyco.runtime.PyType;
import org.jyco.runtime.Singletons;

/** {@code dict.keys()}, {@code values()} and {@code items()}: live views of a dict. */
public final class PyDictView extends PyObject {
    public static final PyType KEYS = PyType.newBuiltin("dict_keys", PyType.OBJECT, PyDictView.class, PyDictView.class, "builtins");
    public static final PyType VALUES = PyType.newBuiltin("dict_values", PyType.OBJECT, PyDictView.class, PyDictView.class, "builtins");
    public static final PyType ITEMS = PyType.newBuiltin("dict_items", PyType.OBJECT, PyDictView.class, PyDictView.class, "builtins");

    final PyDict dict;
    final int kind;

    PyDictView(PyDict dict, int kind) {
        this.dict = dict;
        this.kind = kind;
    }

    @Override
    public PyType getType() {
        return kind == 0 ? KEYS : kind == 1 ? VALUES : ITEMS;
    }

    @Exposed.Method(name = "__len__")
    public static Object len(PyDictView v) {
        return (long) v.dict.size();
    }

    @Exposed.Method(name = "__iter__")
    public static Object iter(PyDictView v) {
        return v.dict.iter(v.kind);
    }

    @Exposed.Method(name = "__reversed__")
    public static Object reversed(PyDictView v) {
        Object[] all = Abstract.toArray(v);
        java.util.Collections.reverse(java.util.Arrays.asList(all));
        return new PyIterators.ArrayIterator(all, all.length);
    }

    @Exposed.Method(name = "__contains__", params = {"x", "/"})
    public static Object contains(PyDictView v, Object x) {
        if (v.kind == 0) return v.dict.containsKey(x);
        if (v.kind == 2) {
            if (!(x instanceof PyTuple t) || t.size() != 2) return false;
            Object val = v.dict.getOrNull(t.get(0));
            return val != null && Abstract.eq(val, t.get(1));
        }
        for (Object val : v.dict.values()) if (Abstract.eq(val, x)) return true;
        return false;
    }

    @Exposed.Method(name = "__repr__")
    public static Object repr(PyDictView v) {
        String name = v.getType().getName();
        return Abstract.reprGuarded(v, "...", () -> name + "(" + PyList.repr(PyList.from(v)) + ")");
    }

    private static PySet asSet(Object o) {
        PySet s = new PySet();
        PySet.update(s, new Object[] {o});
        return s;
    }

    @Exposed.Method(name = "__eq__", params = {"other", "/"})
    public static Object eq(PyDictView v, Object other) {
        if (v.kind == 1) return v == other;
        if (!(other instanceof PyDictView || other instanceof PySet)) return Singletons.NOT_IMPLEMENTED;
        return PySet.eq(asSet(v), other instanceof PySet ? other : asSet(other));
    }

    @Exposed.Method(name = "__and__", params = {"other", "/"})
    public static Object and(PyDictView v, Object other) {
        return PySet.and(asSet(v), asSet(other));
    }

    @Exposed.Method(name = "__or__", params = {"other", "/"})
    public static Object or(PyDictView v, Object other) {
        return PySet.or(asSet(v), asSet(other));
    }

    @Exposed.Method(name = "__sub__", params = {"other", "/"})
    public static Object sub(PyDictView v, Object other) {
        return PySet.sub(asSet(v), asSet(other));
    }

    @Exposed.Method(name = "__xor__", params = {"other", "/"})
    public static Object xor(PyDictView v, Object other) {
        return PySet.xor(asSet(v), asSet(other));
    }

    @Exposed.Method(name = "isdisjoint", params = {"other", "/"})
    public static Object isdisjoint(PyDictView v, Object other) {
        Object it = Abstract.iter(other);
        for (Object x = Abstract.next(it); x != PyIterators.END; x = Abstract.next(it)) {
            if (Abstract.isTrue(contains(v, x))) return false;
        }
        return true;
    }

}
