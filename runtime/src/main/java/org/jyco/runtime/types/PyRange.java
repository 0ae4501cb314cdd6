package org.jyco.runtime.types;

import org.jyco.runtime.Abstract;
import org.jyco.runtime.Exposed;
import org.jyco.runtime.PyExc;
import org.jyco.runtime.PyObject;
import org.jyco.runtime.PyType;
import org.jyco.runtime.Signature;
import org.jyco.runtime.Singletons;

/** Python's {@code range} over longs (CPython's {@code Objects/rangeobject.c}). */
public final class PyRange extends PyObject {
    public final long start;
    public final long stop;
    public final long step;
    public final long length;

    public PyRange(long start, long stop, long step) {
        if (step == 0) throw PyExc.valueError("range() arg 3 must not be zero");
        this.start = start;
        this.stop = stop;
        this.step = step;
        long len;
        if (step > 0) len = start < stop ? (stop - start - 1) / step + 1 : 0;
        else len = stop < start ? (start - stop - 1) / (-step) + 1 : 0;
        this.length = len;
    }

    @Override
    public PyType getType() {
        return PyType.RANGE;
    }

    /** The i-th item, with i in [0, length). */
    public long item(long i) {
        return start + i * step;
    }

    /** A Python iterator over the range, counting on a long. */
    public PyIterators.Base iterator() {
        return new RangeIterator(start, step, length);
    }

    /** An iterator producing {@code remaining} items from {@code next} on by {@code step}. */
    public static PyIterators.Base restIterator(long next, long step, long remaining) {
        return new RangeIterator(next, step, remaining);
    }

    /** Iterates a range without boxing until an item is asked for. */
    public static final class RangeIterator extends PyIterators.Base {
        private long next;
        private final long step;
        private long remaining;

        RangeIterator(long start, long step, long length) {
            this.next = start;
            this.step = step;
            this.remaining = length;
        }

        @Override
        public PyType getType() {
            return PyIterators.RANGE_ITERATOR;
        }

        @Override
        public Object next() {
            if (remaining <= 0) return PyIterators.END;
            remaining--;
            long v = next;
            next += step;
            return v;
        }
    }

    private static long arg(Object o) {
        Object i = Abstract.index(o);
        if (i instanceof Long l) return l;
        throw PyExc.notImplemented("range() over ints beyond 64 bits is not supported yet");
    }

    @Exposed.Method(name = "__new__", isStatic = true, params = {"cls", "a", "b=?", "c=?", "/"})
    public static Object new_(Object cls, Object a, Object b, Object c) {
        if (b == Signature.MISSING) return new PyRange(0, arg(a), 1);
        return new PyRange(arg(a), arg(b), c == Signature.MISSING ? 1 : arg(c));
    }

    @Exposed.Method(name = "__len__")
    public static Object len(PyRange r) {
        return r.length;
    }

    @Exposed.Method(name = "__bool__")
    public static Object bool(PyRange r) {
        return r.length != 0;
    }

    @Exposed.Method(name = "__iter__")
    public static Object iter(PyRange r) {
        return r.iterator();
    }

    @Exposed.Method(name = "__reversed__")
    public static Object reversed(PyRange r) {
        return new RangeIterator(r.start + (r.length - 1) * r.step, -r.step, r.length);
    }

    @Exposed.Method(name = "__getitem__", params = {"index", "/"})
    public static Object getitem(PyRange r, Object index) {
        if (index instanceof PySlice s) {
            long[] ix = s.indicesLong(r.length);
            long st = r.step * ix[2];
            return new PyRange(r.start + ix[0] * r.step, r.start + ix[1] * r.step, st);
        }
        long i = Abstract.asIndexOrError(index, "range");
        if (i < 0) i += r.length;
        if (i < 0 || i >= r.length) throw PyExc.indexError("range object index out of range");
        return r.item(i);
    }

    private static boolean containsLong(PyRange r, long v) {
        if (r.step > 0 ? (v < r.start || v >= r.stop) : (v > r.start || v <= r.stop)) return false;
        return (v - r.start) % r.step == 0;
    }

    @Exposed.Method(name = "__contains__", params = {"value", "/"})
    public static Object contains(PyRange r, Object v) {
        if (v instanceof Long l) return containsLong(r, l);
        if (v instanceof Boolean b) return containsLong(r, b ? 1 : 0);
        for (long i = 0; i < r.length; i++) if (Abstract.eq(r.item(i), v)) return true;
        return false;
    }

    @Exposed.Method(name = "index", params = {"value", "/"})
    public static Object index(PyRange r, Object v) {
        if (v instanceof Long l && containsLong(r, l)) return (l - r.start) / r.step;
        for (long i = 0; i < r.length; i++) if (Abstract.eq(r.item(i), v)) return i;
        throw PyExc.valueError(Abstract.repr(v) + " is not in range");
    }

    @Exposed.Method(name = "count", params = {"value", "/"})
    public static Object count(PyRange r, Object v) {
        if (v instanceof Long l) return containsLong(r, l) ? 1L : 0L;
        long n = 0;
        for (long i = 0; i < r.length; i++) if (Abstract.eq(r.item(i), v)) n++;
        return n;
    }

    @Exposed.Getter("start")
    public static Object start(PyRange r) { return r.start; }
    @Exposed.Getter("stop")
    public static Object stop(PyRange r) { return r.stop; }
    @Exposed.Getter("step")
    public static Object step(PyRange r) { return r.step; }

    @Exposed.Method(name = "__repr__")
    public static Object repr(PyRange r) {
        return r.step == 1 ? "range(" + r.start + ", " + r.stop + ")" : "range(" + r.start + ", " + r.stop + ", " + r.step + ")";
    }

    @Exposed.Method(name = "__eq__", params = {"other", "/"})
    public static Object eq(PyRange r, Object other) {
        if (!(other instanceof PyRange o)) return Singletons.NOT_IMPLEMENTED;
        if (r.length != o.length) return false;
        if (r.length == 0) return true;
        if (r.start != o.start) return false;
        return r.length == 1 || r.step == o.step;
    }

    @Exposed.Method(name = "__hash__")
    public static Object hash(PyRange r) {
        Object[] key = r.length == 0 ? new Object[] {0L, org.jyco.runtime.PyNone.NONE, org.jyco.runtime.PyNone.NONE}
            : r.length == 1 ? new Object[] {1L, r.start, org.jyco.runtime.PyNone.NONE}
            : new Object[] {r.length, r.start, r.step};
        return PyTuple.hash(PyTuple.of(key));
    }
}
