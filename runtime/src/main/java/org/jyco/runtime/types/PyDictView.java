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
        PyType t = v.kind == 0 ? REVERSE_KEYS : v.kind == 1 ? REVERSE_VALUES : REVERSE_ITEMS;
        int[] i = {0};
        return PyIterators.of(t, () -> i[0] < all.length ? all[i[0]++] : PyIterators.END);
    }

    private static final PyType REVERSE_KEYS = PyIterators.DICT_REVERSEKEYITERATOR;
    private static final PyType REVERSE_VALUES =
        PyType.newBuiltin("dict_reversevalueiterator", PyType.OBJECT, null, PyIterators.Base.class, "builtins");
    private static final PyType REVERSE_ITEMS =
        PyType.newBuiltin("dict_reverseitemiterator", PyType.OBJECT, null, PyIterators.Base.class, "builtins");

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

    private static boolean setLike(Object o) {
        return o instanceof PySet || o instanceof PyDictView dv && dv.kind != 1;
    }

    private static boolean iterable(Object o) {
        return PyType.of(o).lookup("__iter__") != null;
    }

    private static Object compare(PyDictView v, Object other, org.jyco.runtime.CompareOp op) {
        if (v.kind == 1) {
            if (op == org.jyco.runtime.CompareOp.EQ) return v == other;
            if (op == org.jyco.runtime.CompareOp.NE) return v != other;
            return Singletons.NOT_IMPLEMENTED;
        }
        if (!setLike(other)) return Singletons.NOT_IMPLEMENTED;
        PySet a = asSet(v);
        Object b = other instanceof PySet ? other : asSet(other);
        switch (op) {
            case EQ: return PySet.eq(a, b);
            case NE: return PySet.ne(a, b);
            case LE: return PySet.le(a, b);
            case LT: return PySet.lt(a, b);
            case GE: return PySet.ge(a, b);
            default: return PySet.gt(a, b);
        }
    }

    @Exposed.Method(name = "__eq__", params = {"other", "/"})
    public static Object eq(PyDictView v, Object other) { return compare(v, other, org.jyco.runtime.CompareOp.EQ); }
    @Exposed.Method(name = "__ne__", params = {"other", "/"})
    public static Object ne(PyDictView v, Object other) { return compare(v, other, org.jyco.runtime.CompareOp.NE); }
    @Exposed.Method(name = "__le__", params = {"other", "/"})
    public static Object le(PyDictView v, Object other) { return compare(v, other, org.jyco.runtime.CompareOp.LE); }
    @Exposed.Method(name = "__lt__", params = {"other", "/"})
    public static Object lt(PyDictView v, Object other) { return compare(v, other, org.jyco.runtime.CompareOp.LT); }
    @Exposed.Method(name = "__ge__", params = {"other", "/"})
    public static Object ge(PyDictView v, Object other) { return compare(v, other, org.jyco.runtime.CompareOp.GE); }
    @Exposed.Method(name = "__gt__", params = {"other", "/"})
    public static Object gt(PyDictView v, Object other) { return compare(v, other, org.jyco.runtime.CompareOp.GT); }

    /** A set operation between a view and any iterable, either way round. */
    private static Object setOp(PyDictView v, Object other, int op, boolean reflected) {
        if (v.kind == 1 || !iterable(other)) return Singletons.NOT_IMPLEMENTED;
        PySet a = asSet(v), b = asSet(other);
        if (reflected) {
            PySet t = a;
            a = b;
            b = t;
        }
        switch (op) {
            case 0: return PySet.and(a, b);
            case 1: return PySet.or(a, b);
            case 2: return PySet.sub(a, b);
            default: return PySet.xor(a, b);
        }
    }

    @Exposed.Method(name = "__and__", params = {"other", "/"})
    public static Object and(PyDictView v, Object other) { return setOp(v, other, 0, false); }
    @Exposed.Method(name = "__or__", params = {"other", "/"})
    public static Object or(PyDictView v, Object other) { return setOp(v, other, 1, false); }
    @Exposed.Method(name = "__sub__", params = {"other", "/"})
    public static Object sub(PyDictView v, Object other) { return setOp(v, other, 2, false); }
    @Exposed.Method(name = "__xor__", params = {"other", "/"})
    public static Object xor(PyDictView v, Object other) { return setOp(v, other, 3, false); }
    @Exposed.Method(name = "__rand__", params = {"other", "/"})
    public static Object rand(PyDictView v, Object other) { return setOp(v, other, 0, true); }
    @Exposed.Method(name = "__ror__", params = {"other", "/"})
    public static Object ror(PyDictView v, Object other) { return setOp(v, other, 1, true); }
    @Exposed.Method(name = "__rsub__", params = {"other", "/"})
    public static Object rsub(PyDictView v, Object other) { return setOp(v, other, 2, true); }
    @Exposed.Method(name = "__rxor__", params = {"other", "/"})
    public static Object rxor(PyDictView v, Object other) { return setOp(v, other, 3, true); }

    @Exposed.Method(name = "isdisjoint", params = {"other", "/"})
    public static Object isdisjoint(PyDictView v, Object other) {
        Object it = Abstract.iter(other);
        for (Object x = Abstract.next(it); x != PyIterators.END; x = Abstract.next(it)) {
            if (Abstract.isTrue(contains(v, x))) return false;
        }
        return true;
    }

}
