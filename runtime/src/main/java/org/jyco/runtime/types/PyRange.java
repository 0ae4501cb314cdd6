package org.jyco.runtime.types;

import java.math.BigInteger;

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
    /**
     * For a range whose bounds do not fit in a long: start, stop, step and length as
     * BigIntegers (the long fields are then unused); null for the usual range.
     */
    final BigInteger[] big;

    public PyRange(long start, long stop, long step) {
        if (step == 0) throw PyExc.valueError("range() arg 3 must not be zero");
        this.start = start;
        this.stop = stop;
        this.step = step;
        long len;
        if (step > 0) len = start < stop ? (stop - start - 1) / step + 1 : 0;
        else len = stop < start ? (start - stop - 1) / (-step) + 1 : 0;
        this.length = len;
        this.big = null;
    }

    /** A range over ints past 64 bits. */
    PyRange(BigInteger start, BigInteger stop, BigInteger step) {
        if (step.signum() == 0) throw PyExc.valueError("range() arg 3 must not be zero");
        BigInteger len;
        if (step.signum() > 0) {
            len = start.compareTo(stop) < 0 ? stop.subtract(start).subtract(BigInteger.ONE).divide(step).add(BigInteger.ONE) : BigInteger.ZERO;
        } else {
            len = stop.compareTo(start) < 0 ? start.subtract(stop).subtract(BigInteger.ONE).divide(step.negate()).add(BigInteger.ONE)
                : BigInteger.ZERO;
        }
        this.start = this.stop = this.step = this.length = 0;
        this.big = new BigInteger[] {start, stop, step, len};
    }

    private static BigInteger bigOf(Object i) {
        return i instanceof BigInteger b ? b : BigInteger.valueOf((Long) i);
    }

    /** The i-th item of a big range. */
    private Object bigItem(BigInteger i) {
        return PyLong.normalize(big[0].add(i.multiply(big[2])));
    }

    /** Iterates a big range. */
    private static final class BigIterator extends PyIterators.Base {
        private BigInteger next;
        private final BigInteger step;
        private BigInteger remaining;

        BigIterator(BigInteger start, BigInteger step, BigInteger remaining) {
            this.next = start;
            this.step = step;
            this.remaining = remaining;
        }

        @Override
        public PyType getType() {
            return PyIterators.RANGE_ITERATOR;
        }

        @Override
        public Object next() {
            if (remaining.signum() <= 0) return PyIterators.END;
            remaining = remaining.subtract(BigInteger.ONE);
            BigInteger v = next;
            next = next.add(step);
            return PyLong.normalize(v);
        }
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
        if (big != null) return new BigIterator(big[0], big[2], big[3]);
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

    @Exposed.Method(name = "__new__", isStatic = true, params = {"cls", "a", "b=?", "c=?", "/"})
    public static Object new_(Object cls, Object a, Object b, Object c) {
        Object lo = b == Signature.MISSING ? 0L : Abstract.index(a);
        Object hi = Abstract.index(b == Signature.MISSING ? a : b);
        Object st = c == Signature.MISSING ? 1L : Abstract.index(c);
        if (lo instanceof Long l && hi instanceof Long h && st instanceof Long t) {
            // the length itself may not fit a long (range(-2**63, 2**63 - 1)): then a big range
            if (t == 0 || org.jyco.runtime.Typed.rangeLength(l, h, t) >= 0) return new PyRange(l, h, t);
        }
        return new PyRange(bigOf(lo), bigOf(hi), bigOf(st));
    }

    @Exposed.Method(name = "__len__")
    public static Object len(PyRange r) {
        if (r.big != null) {
            if (r.big[3].bitLength() >= 64) throw PyExc.overflow("Python int too large to convert to C ssize_t");
            return r.big[3].longValue();
        }
        return r.length;
    }

    @Exposed.Method(name = "__bool__")
    public static Object bool(PyRange r) {
        if (r.big != null) return r.big[3].signum() != 0;
        return r.length != 0;
    }

    @Exposed.Method(name = "__iter__")
    public static Object iter(PyRange r) {
        return r.iterator();
    }

    @Exposed.Method(name = "__reversed__")
    public static Object reversed(PyRange r) {
        if (r.big != null) {
            BigInteger last = r.big[0].add(r.big[3].subtract(BigInteger.ONE).multiply(r.big[2]));
            return new BigIterator(last, r.big[2].negate(), r.big[3]);
        }
        return new RangeIterator(r.start + (r.length - 1) * r.step, -r.step, r.length);
    }

    @Exposed.Method(name = "__getitem__", params = {"index", "/"})
    public static Object getitem(PyRange r, Object index) {
        if (r.big != null) {
            if (index instanceof PySlice) throw PyExc.notImplemented("slicing a range over ints beyond 64 bits is not supported yet");
            if (PyLong.asInt(index) == null && Abstract.lookupSpecial(index, "__index__") == null) {
                throw PyExc.typeError("range indices must be integers or slices, not " + PyType.of(index).getName());
            }
            BigInteger i = bigOf(PyLong.asInt(Abstract.index(index)));
            if (i.signum() < 0) i = i.add(r.big[3]);
            if (i.signum() < 0 || i.compareTo(r.big[3]) >= 0) throw PyExc.indexError("range object index out of range");
            return r.bigItem(i);
        }
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
        if (r.big != null) return bigIndex(r, v) != null;
        if (v instanceof Long l) return containsLong(r, l);
        if (v instanceof Boolean b) return containsLong(r, b ? 1 : 0);
        for (long i = 0; i < r.length; i++) if (Abstract.eq(r.item(i), v)) return true;
        return false;
    }

    @Exposed.Method(name = "index", params = {"value", "/"})
    public static Object index(PyRange r, Object v) {
        if (r.big != null) {
            BigInteger i = bigIndex(r, v);
            if (i == null) throw PyExc.valueError(Abstract.repr(v) + " is not in range");
            return PyLong.normalize(i);
        }
        if (v instanceof Long l && containsLong(r, l)) return (l - r.start) / r.step;
        for (long i = 0; i < r.length; i++) if (Abstract.eq(r.item(i), v)) return i;
        throw PyExc.valueError(Abstract.repr(v) + " is not in range");
    }

    @Exposed.Method(name = "count", params = {"value", "/"})
    public static Object count(PyRange r, Object v) {
        if (r.big != null) return bigIndex(r, v) != null ? 1L : 0L;
        if (v instanceof Long l) return containsLong(r, l) ? 1L : 0L;
        long n = 0;
        for (long i = 0; i < r.length; i++) if (Abstract.eq(r.item(i), v)) n++;
        return n;
    }

    /** The number of items as a Python int (any size). */
    private static Object lengthOf(PyRange r) {
        return r.big != null ? PyLong.normalize(r.big[3]) : (Object) r.length;
    }

    /** The position of int v in a big range, or null (only ints are compared: ranges hold ints). */
    private static BigInteger bigIndex(PyRange r, Object v) {
        Object i = PyLong.asInt(v);
        if (i == null) return null;
        BigInteger d = bigOf(i).subtract(r.big[0]);
        BigInteger[] qr = d.divideAndRemainder(r.big[2]);
        if (qr[1].signum() != 0 || qr[0].signum() < 0 || qr[0].compareTo(r.big[3]) >= 0) return null;
        return qr[0];
    }

    @Exposed.Getter("start")
    public static Object start(PyRange r) { return r.big != null ? PyLong.normalize(r.big[0]) : r.start; }
    @Exposed.Getter("stop")
    public static Object stop(PyRange r) { return r.big != null ? PyLong.normalize(r.big[1]) : r.stop; }
    @Exposed.Getter("step")
    public static Object step(PyRange r) { return r.big != null ? PyLong.normalize(r.big[2]) : r.step; }

    @Exposed.Method(name = "__repr__")
    public static Object repr(PyRange r) {
        Object a = start(r), b = stop(r), c = step(r);
        return Abstract.eq(c, 1L) ? "range(" + a + ", " + b + ")" : "range(" + a + ", " + b + ", " + c + ")";
    }

    @Exposed.Method(name = "__eq__", params = {"other", "/"})
    public static Object eq(PyRange r, Object other) {
        if (!(other instanceof PyRange o)) return Singletons.NOT_IMPLEMENTED;
        if (r.big != null || o.big != null) {
            Object lr = lengthOf(r), lo = lengthOf(o);
            if (!Abstract.eq(lr, lo)) return false;
            if (Abstract.eq(lr, 0L)) return true;
            if (!Abstract.eq(start(r), start(o))) return false;
            return Abstract.eq(lr, 1L) || Abstract.eq(step(r), step(o));
        }
        if (r.length != o.length) return false;
        if (r.length == 0) return true;
        if (r.start != o.start) return false;
        return r.length == 1 || r.step == o.step;
    }

    @Exposed.Method(name = "__hash__")
    public static Object hash(PyRange r) {
        if (r.big != null) {
            Object n = lengthOf(r);
            Object[] k = Abstract.eq(n, 0L) ? new Object[] {0L, org.jyco.runtime.PyNone.NONE, org.jyco.runtime.PyNone.NONE}
                : Abstract.eq(n, 1L) ? new Object[] {1L, start(r), org.jyco.runtime.PyNone.NONE}
                : new Object[] {n, start(r), step(r)};
            return PyTuple.hash(PyTuple.of(k));
        }
        Object[] key = r.length == 0 ? new Object[] {0L, org.jyco.runtime.PyNone.NONE, org.jyco.runtime.PyNone.NONE}
            : r.length == 1 ? new Object[] {1L, r.start, org.jyco.runtime.PyNone.NONE}
            : new Object[] {r.length, r.start, r.step};
        return PyTuple.hash(PyTuple.of(key));
    }
}
