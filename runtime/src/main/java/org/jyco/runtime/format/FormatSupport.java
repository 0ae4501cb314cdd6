package org.jyco.runtime.format;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.jyco.runtime.Abstract;
import org.jyco.runtime.PyException;
import org.jyco.runtime.PyExc;
import org.jyco.runtime.PyType;
import org.jyco.runtime.types.PyDict;
import org.jyco.runtime.types.PyTuple;

/**
 * The few things the format package needs from the object model beyond {@link Abstract}'s
 * protocols, kept in one place so that the package depends on the runtime only here and through
 * {@link Abstract}, {@link PyExc}, {@link PyTuple} and {@link PyDict}.
 */
final class FormatSupport {
    private FormatSupport() {}

    /** The name of the object's Python type, for messages. */
    static String typeName(Object o) {
        return PyType.of(o).getName();
    }

    /**
     * CPython's test for the right operand of {@code str % x} being a mapping: a dict, or any
     * object other than a tuple or str whose type defines {@code __getitem__}.
     */
    static boolean isMapping(Object o) {
        if (o instanceof PyDict) return true;
        if (o instanceof PyTuple || o instanceof String) return false;
        if (o instanceof Long || o instanceof Double || o instanceof Boolean || o instanceof BigInteger) return false;
        return PyType.of(o).lookup("__getitem__") != null;
    }

    /** True for Python ints (bool included): PyLong_Check. */
    static boolean isInt(Object o) {
        return o instanceof Long || o instanceof BigInteger || o instanceof Boolean;
    }

    /** An int as Long or BigInteger (bool as 0/1). */
    static Object asInt(Object o) {
        if (o instanceof Boolean b) return b ? 1L : 0L;
        return o;
    }

    /** {@code int(x)} for a float: truncation toward zero. */
    static Object floatToInt(double d) {
        if (Double.isNaN(d)) throw PyExc.valueError("cannot convert float NaN to integer");
        if (Double.isInfinite(d)) throw PyExc.overflow("cannot convert float infinity to integer");
        if (d > -9.2e18 && d < 9.2e18) return (long) d;
        return new BigDecimal(d).toBigInteger();
    }

    /**
     * The integer that {@code %d} (or, with index true, {@code %x %o %X}) formats for v, or null when
     * v is of the wrong type (the caller raises the "a real number is required" TypeError).
     * As CPython's mainformatlong: ints as they are; for %x/%o/%X {@code __index__}; otherwise
     * {@code int(v)} (floats truncate, else {@code __int__} then {@code __index__}).
     */
    static Object intFor(Object v, boolean index) {
        if (isInt(v)) return asInt(v);
        if (v instanceof String || v instanceof PyTuple || v instanceof PyDict) return null;
        if (!index && v instanceof Double d) return floatToInt(d);
        try {
            if (!index) {
                Object r = Abstract.callSpecial(v, "__int__");
                if (r != null) {
                    if (isInt(r)) return asInt(r);
                    throw PyExc.typeError("__int__ returned non-int (type " + typeName(r) + ")");
                }
            }
            return Abstract.index(v);
        } catch (PyException e) {
            if (e.matches(PyExc.TypeError)) return null;
            throw e;
        }
    }

    /** The C long of an int for %c, or null when it is not an int (nor has __index__). */
    static Object indexOrNull(Object v) {
        if (isInt(v)) return asInt(v);
        if (v instanceof String || v instanceof Double) return null;
        try {
            return Abstract.index(v);
        } catch (PyException e) {
            if (e.matches(PyExc.TypeError)) return null;
            throw e;
        }
    }
}
