package org.jyco.runtime.types;

import org.jyco.runtime.Abstract;
import org.jyco.runtime.CompareOp;
import org.jyco.runtime.Exposed;
import org.jyco.runtime.PyExc;
import org.jyco.runtime.PyNone;
import org.jyco.runtime.PyObject;
import org.jyco.runtime.PyType;
import org.jyco.runtime.Signature;
import org.jyco.runtime.Singletons;

/** Python's {@code slice(start, stop, step)}. */
public final class PySlice extends PyObject {
    public final Object start;
    public final Object stop;
    public final Object step;

    public PySlice(Object start, Object stop, Object step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    @Override
    public PyType getType() {
        return PyType.SLICE;
    }

    /** CPython's PySlice_GetIndicesEx: {start, stop, step, length} for a sequence of length n. */
    public int[] indices(int n) {
        long[] r = indicesLong(n);
        int step32 = (int) Math.max(Math.min(r[2], Integer.MAX_VALUE), -Integer.MAX_VALUE);
        return new int[] {(int) r[0], (int) r[1], step32, (int) r[3]};
    }

    /** {start, stop, step, length} for a sequence of length n, in longs (ranges longer than 2**31). */
    public long[] indicesLong(long n) {
        long st = step == PyNone.NONE ? 1 : Abstract.asLongClamped(step);
        if (st == 0) throw PyExc.valueError("slice step cannot be zero");
        if (st < -Long.MAX_VALUE) st = -Long.MAX_VALUE;
        long lo, hi;
        if (st > 0) {
            lo = start == PyNone.NONE ? 0 : clamp(Abstract.asLongClamped(start), n, 0, n);
            hi = stop == PyNone.NONE ? n : clamp(Abstract.asLongClamped(stop), n, 0, n);
        } else {
            lo = start == PyNone.NONE ? n - 1 : clamp(Abstract.asLongClamped(start), n, -1, n - 1);
            hi = stop == PyNone.NONE ? -1 : clamp(Abstract.asLongClamped(stop), n, -1, n - 1);
        }
        long len;
        if (st > 0) len = lo < hi ? (hi - lo - 1) / st + 1 : 0;
        else len = hi < lo ? (lo - hi - 1) / (-st) + 1 : 0;
        return new long[] {lo, hi, st, len};
    }

    private static long clamp(long v, long n, long min, long max) {
        if (v < 0) v += n;
        if (v < min) return min;
        if (v > max) return max;
        return v;
    }

    /** The items of a[start:stop:step] given {@link #indices}. */
    public static Object[] slice(Object[] a, int[] r) {
        int start = r[0], step = r[2], len = r[3];
        Object[] out = new Object[len];
        if (step == 1) {
            System.arraycopy(a, start, out, 0, len);
        } else {
            for (int k = 0, i = start; k < len; k++, i += step) out[k] = a[i];
        }
        return out;
    }

    @Exposed.Method(name = "__new__", isStatic = true, params = {"cls", "start", "stop=?", "step=?", "/"})
    public static Object new_(Object cls, Object a, Object b, Object c) {
        if (b == Signature.MISSING) return new PySlice(PyNone.NONE, a, PyNone.NONE);
        return new PySlice(a, b, c == Signature.MISSING ? PyNone.NONE : c);
    }

    @Exposed.Getter("start")
    public static Object start(PySlice s) { return s.start; }
    @Exposed.Getter("stop")
    public static Object stop(PySlice s) { return s.stop; }
    @Exposed.Getter("step")
    public static Object step(PySlice s) { return s.step; }

    @Exposed.Method(name = "indices", params = {"length", "/"})
    public static Object indices(PySlice s, Object length) {
        long n = Abstract.asLong(length);
        if (n < 0) throw PyExc.valueError("length should not be negative");
        int[] r = s.indices((int) Math.min(n, Integer.MAX_VALUE));
        return PyTuple.of((long) r[0], (long) r[1], (long) r[2]);
    }

    @Exposed.Method(name = "__repr__")
    public static Object repr(PySlice s) {
        return "slice(" + Abstract.repr(s.start) + ", " + Abstract.repr(s.stop) + ", " + Abstract.repr(s.step) + ")";
    }

    @Exposed.Method(name = "__eq__", params = {"other", "/"})
    public static Object eq(PySlice s, Object other) {
        if (!(other instanceof PySlice o)) return Singletons.NOT_IMPLEMENTED;
        return PyList.compareSequences(new Object[] {s.start, s.stop, s.step}, 3,
            new Object[] {o.start, o.stop, o.step}, 3, CompareOp.EQ);
    }
}
