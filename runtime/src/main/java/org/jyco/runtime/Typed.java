package org.jyco.runtime;

import org.jyco.runtime.types.PyFloat;
import org.jyco.runtime.types.PyIterators;
import org.jyco.runtime.types.PyRange;

/**
 * Helpers of the typed (unboxed) version of a function the compiler emits next to its generic
 * version (see the compiler's {@code TypedCodeGen}). Python ints that fit a {@code long} and
 * floats travel there as JVM primitives; every operation whose Python result would not be the
 * primitive result (overflow past 64 bits, division by zero, a negative shift) throws
 * {@link ArithmeticException}, which the typed code catches to redo that one expression the
 * generic way. The JDK's {@code Math.*Exact} methods are used for + - * so C2 compiles them to
 * an add and an overflow flag test.
 */
public final class Typed {
    private Typed() {}

    /**
     * The value a typed local's object slot holds while the current value lives only in its
     * primitive slot: "bound, box not made yet". A null slot still means "unbound".
     */
    public static final Object STALE = new Object() {
        @Override
        public String toString() {
            return "<typed local>";
        }
    };

    private static ArithmeticException fail() {
        return new ArithmeticException("not representable on the typed path");
    }

    // ------------------------------------------------------------------ int (long)

    /** {@code a // b}: fails for b == 0 and for the one quotient past 64 bits. */
    public static long floorDiv(long a, long b) {
        if (b == -1 && a == Long.MIN_VALUE) throw fail();
        return Math.floorDiv(a, b);
    }

    /** {@code a << b} while the result fits; fails for a negative count too. */
    public static long lshift(long a, long b) {
        if (b < 0) throw fail();
        if (a == 0) return 0;
        if (b < 63) {
            long r = a << b;
            if (r >> b == a) return r;
        }
        throw fail();
    }

    /** {@code a >> b}; fails for a negative count. */
    public static long rshift(long a, long b) {
        if (b < 0) throw fail();
        return a >> Math.min(b, 63);
    }

    /** {@code a / b} of two ints, when both convert to float exactly. */
    public static double trueDiv(long a, long b) {
        if (b == 0 || Math.abs(a) >= 1L << 53 || Math.abs(b) >= 1L << 53) throw fail();
        return (double) a / (double) b;
    }

    // ------------------------------------------------------------------ float (double)

    public static double div(double a, double b) {
        if (b == 0.0) throw fail();
        return a / b;
    }

    public static double floorDiv(double a, double b) {
        if (b == 0.0) throw fail();
        return PyFloat.floordiv(a, b);
    }

    public static double mod(double a, double b) {
        if (b == 0.0) throw fail();
        return PyFloat.mod(a, b);
    }

    // ------------------------------------------------------------------ range loops

    /** True if {@code f} is the builtin {@code range} (a typed loop may count on longs). */
    public static boolean isRange(Object f) {
        return f == PyType.RANGE;
    }

    /** The number of items of {@code range(start, stop, step)}; -1 if step is 0 or it overflows. */
    public static long rangeLength(long start, long stop, long step) {
        if (step == 0 || step == Long.MIN_VALUE) return -1;
        try {
            if (step > 0) return start < stop ? Math.subtractExact(stop, start) / step + (Math.subtractExact(stop, start) % step == 0 ? 0 : 1) : 0;
            return stop < start ? Math.subtractExact(start, stop) / -step + (Math.subtractExact(start, stop) % -step == 0 ? 0 : 1) : 0;
        } catch (ArithmeticException e) {
            return -1;
        }
    }

    /** The iterator of the items a typed range loop has not produced yet (when leaving for the generic code). */
    public static PyIterators.Base rangeRest(long next, long step, long remaining) {
        return PyRange.restIterator(next, step, remaining);
    }
}
