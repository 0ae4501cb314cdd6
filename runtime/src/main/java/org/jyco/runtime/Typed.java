package org.jyco.runtime;

import org.jyco.runtime.types.PyFloat;
import org.jyco.runtime.types.PyIterators;
import org.jyco.runtime.types.PyRange;

/**
 * Helpers of the typed (unboxed) version of a function the compiler emits next to its generic
 * version (see the compiler's {@code TypedCodeGen}). Python ints that fit a {@code long} and
 * floats travel there as JVM primitives. Before each operation whose Python result could differ
 * from the primitive one (overflow past 64 bits, division by zero, a negative shift) the typed
 * code asks one of the {@code ...Ok} checks here, and on false computes that expression again
 * the generic way.
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

    private static final boolean LOG = Boolean.getBoolean("jyco.typed.log");

    /**
     * Called when a typed version moves to its generic version (a typed assumption failed at
     * {@code line} of {@code function}); printed with {@code -Djyco.typed.log=true}.
     */
    public static void leaving(String function, int line) {
        if (LOG) System.err.println("[jyco.typed] " + function + " line " + line + ": continues in the generic version");
    }

    // ------------------------------------------------------------------ checks
    // Each tells whether the primitive operation gives Python's result; the typed code tests
    // it before doing the operation (C2 inlines these and shares the arithmetic).

    public static boolean addOk(long a, long b) {
        long r = a + b;
        return ((a ^ r) & (b ^ r)) >= 0;
    }

    public static boolean subOk(long a, long b) {
        long r = a - b;
        return ((a ^ b) & (a ^ r)) >= 0;
    }

    public static boolean mulOk(long a, long b) {
        return Math.multiplyHigh(a, b) == (a * b) >> 63;
    }

    /** {@code a // b}: not for b == 0, nor for the one quotient past 64 bits. */
    public static boolean floorDivOk(long a, long b) {
        return b != 0 && !(b == -1 && a == Long.MIN_VALUE);
    }

    public static boolean nonZero(long a, long b) {
        return b != 0;
    }

    /** {@code a << b} while the result fits (and the count is not negative). */
    public static boolean lshiftOk(long a, long b) {
        if (b < 0) return false;
        if (b >= 63) return a == 0;
        return (a << b) >> b == a;
    }

    public static boolean rshiftOk(long a, long b) {
        return b >= 0;
    }

    /** {@code a >> b} for a count checked not negative. */
    public static long rshift(long a, long b) {
        return a >> Math.min(b, 63);
    }

    public static boolean negOk(long a) {
        return a != Long.MIN_VALUE;
    }

    /** {@code a / b} of two ints, when both convert to float exactly. */
    public static boolean trueDivOk(long a, long b) {
        return b != 0 && Math.abs(a) < 1L << 53 && Math.abs(b) < 1L << 53;
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
