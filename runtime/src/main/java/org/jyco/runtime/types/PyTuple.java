package org.jyco.runtime.types;

import java.util.Arrays;
import org.jyco.runtime.Abstract;
import org.jyco.runtime.CompareOp;
import org.jyco.runtime.Exposed;
import org.jyco.runtime.PyExc;
import org.jyco.runtime.PyObject;
import org.jyco.runtime.PyType;
import org.jyco.runtime.Signature;
import org.jyco.runtime.Singletons;

/** Python's {@code tuple}: an immutable array (CPython's {@code Objects/tupleobject.c}). */
public class PyTuple extends PyObject {
    public static final PyTuple EMPTY = new PyTuple(new Object[0]);

    private final Object[] items;

    private PyTuple(Object[] items) {
        this.items = items;
    }

    /** An instance of a Python subclass of tuple (or of a built-in struct sequence type). */
    public static class Sub extends PyTuple {
        private final PyType type;
        private final PyDict dict;

        public Sub(PyType type, Object[] items) {
            super(items);
            this.type = type;
            this.dict = type.isBuiltin() || !type.hasInstanceDict() ? null : new PyDict();
        }

        @Override
        public PyType getType() {
            return type;
        }

        @Override
        public PyDict getDict() {
            return dict;
        }
    }

    /** True if this is an exact tuple (not a subclass instance). */
    public final boolean isExact() {
        return !(this instanceof Sub);
    }

    /** A tuple owning the given array (the caller must not change it afterwards). */
    public static PyTuple of(Object... items) {
        return items.length == 0 ? EMPTY : new PyTuple(items);
    }

    @Override
    public PyType getType() {
        return PyType.TUPLE;
    }

    public int size() {
        return items.length;
    }

    public Object get(int i) {
        return items[i];
    }

    /** The backing array: read only. */
    public Object[] array() {
        return items;
    }

    // ------------------------------------------------------------------ Python methods

    @Exposed.Method(name = "__new__", isStatic = true, params = {"cls", "iterable=?", "/"})
    public static Object new_(Object cls, Object iterable) {
        if (cls != PyType.TUPLE) {
            if (!(cls instanceof PyType t) || !t.isSubtype(PyType.TUPLE)) {
                throw PyExc.typeError("tuple.__new__(X): X is not a subtype of tuple");
            }
            Object[] a = iterable == Signature.MISSING ? new Object[0] : Abstract.toArray(iterable);
            if (iterable instanceof PyTuple || iterable instanceof PyList) a = a.clone();
            return new Sub(t, a);
        }
        if (iterable == Signature.MISSING) return EMPTY;
        if (iterable instanceof PyTuple t && t.isExact()) return t;
        return of(Abstract.toArray(iterable).clone());
    }

    @Exposed.Method(name = "__len__")
    public static Object len(PyTuple self) {
        return (long) self.items.length;
    }

    @Exposed.Method(name = "__getitem__", params = {"index", "/"})
    public static Object getitem(PyTuple self, Object index) {
        if (index instanceof PySlice s) {
            int[] r = s.indices(self.items.length);
            return of(PySlice.slice(self.items, r));
        }
        return self.items[PyList.normIndex(Abstract.asIndexOrError(index, "tuple"), self.items.length, "tuple")];
    }

    @Exposed.Method(name = "__contains__", params = {"value", "/"})
    public static Object contains(PyTuple self, Object value) {
        for (Object x : self.items) if (Abstract.eq(x, value)) return true;
        return false;
    }

    @Exposed.Method(name = "__iter__")
    public static Object iter(PyTuple self) {
        return new PyIterators.ArrayIterator(self.items, self.items.length);
    }

    @Exposed.Method(name = "__add__", params = {"other", "/"})
    public static Object add(PyTuple self, Object other) {
        if (!(other instanceof PyTuple o)) {
            return org.jyco.runtime.Singletons.NOT_IMPLEMENTED;
        }
        Object[] r = Arrays.copyOf(self.items, self.items.length + o.items.length);
        System.arraycopy(o.items, 0, r, self.items.length, o.items.length);
        return of(r);
    }

    @Exposed.Method(name = "__mul__", params = {"n", "/"})
    public static Object mul(PyTuple self, Object n) {
        if (PyLong.asInt(n) == null && !(n instanceof PyObject && Abstract.lookupSpecial(n, "__index__") != null)) {
            return Singletons.NOT_IMPLEMENTED;
        }
        return of(PyList.repeat(self.items, self.items.length, Abstract.asLong(n)));
    }

    @Exposed.Method(name = "__rmul__", params = {"n", "/"})
    public static Object rmul(PyTuple self, Object n) {
        return mul(self, n);
    }

    @Exposed.Method(name = "__hash__")
    public static Object hash(PyTuple self) {
        // CPython 3.8+ tuple hash (xxHash-based), so hash-ordered containers of tuples iterate alike
        final long prime1 = 0x9E3779B185EBCA87L, prime2 = 0xC2B2AE3D27D4EB4FL, prime5 = 0x27D4EB2F165667C5L;
        long acc = prime5;
        for (Object x : self.items) {
            long lane = Abstract.hash(x);
            acc += lane * prime2;
            acc = Long.rotateLeft(acc, 31);
            acc *= prime1;
        }
        acc += self.items.length ^ (prime5 ^ 3527539L);
        if (acc == -1) return 1546275796L;
        return acc;
    }

    @Exposed.Method(name = "count", params = {"value", "/"})
    public static Object count(PyTuple self, Object value) {
        long n = 0;
        for (Object x : self.items) if (Abstract.eq(x, value)) n++;
        return n;
    }

    @Exposed.Method(name = "index", params = {"value", "start=0", "stop=9223372036854775807", "/"})
    public static Object index(PyTuple self, Object value, Object start, Object stop) {
        int[] r = PyList.searchRange(start, stop, self.items.length);
        for (int i = r[0]; i < r[1]; i++) if (Abstract.eq(self.items[i], value)) return (long) i;
        throw PyExc.valueError("tuple.index(x): x not in tuple");
    }

    @Exposed.Method(name = "__repr__")
    public static Object repr(PyTuple self) {
        if (self.items.length == 0) return "()";
        return Abstract.reprGuarded(self, "(...)", () -> PyStr.reprTupleBody(self));
    }

    private static Object compare(PyTuple self, Object other, CompareOp op) {
        if (!(other instanceof PyTuple o)) return Singletons.NOT_IMPLEMENTED;
        return PyList.compareSequences(self.items, self.items.length, o.items, o.items.length, op);
    }

    @Exposed.Method(name = "__eq__", params = {"other", "/"})
    public static Object eq(PyTuple self, Object other) { return compare(self, other, CompareOp.EQ); }
    @Exposed.Method(name = "__ne__", params = {"other", "/"})
    public static Object ne(PyTuple self, Object other) { return compare(self, other, CompareOp.NE); }
    @Exposed.Method(name = "__lt__", params = {"other", "/"})
    public static Object lt(PyTuple self, Object other) { return compare(self, other, CompareOp.LT); }
    @Exposed.Method(name = "__le__", params = {"other", "/"})
    public static Object le(PyTuple self, Object other) { return compare(self, other, CompareOp.LE); }
    @Exposed.Method(name = "__gt__", params = {"other", "/"})
    public static Object gt(PyTuple self, Object other) { return compare(self, other, CompareOp.GT); }
    @Exposed.Method(name = "__ge__", params = {"other", "/"})
    public static Object ge(PyTuple self, Object other) { return compare(self, other, CompareOp.GE); }

    @Exposed.Method(name = "__getnewargs__")
    public static Object getnewargs(PyTuple self) {
        return of(self.isExact() ? self : of(self.items));
    }

    @Exposed.Method(name = "__class_getitem__", classMethod = true, params = {"item", "/"})
    public static Object classGetitem(Object cls, Object item) {
        return PyGenericAlias.classGetItem(cls, item);
    }
}
