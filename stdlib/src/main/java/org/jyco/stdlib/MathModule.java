package org.jyco.stdlib;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.jyco.runtime.Abstract;
import org.jyco.runtime.BinaryOp;
import org.jyco.runtime.Exposed;
import org.jyco.runtime.Interpreter;
import org.jyco.runtime.PyException;
import org.jyco.runtime.PyExc;
import org.jyco.runtime.PyModule;
import org.jyco.runtime.PyNone;
import org.jyco.runtime.PyType;
import org.jyco.runtime.Signature;
import org.jyco.runtime.types.PyFloat;
import org.jyco.runtime.types.PyIterators;
import org.jyco.runtime.types.PyLong;
import org.jyco.runtime.types.PyTuple;

/**
 * The {@code math} module of CPython 3.11: the same functions, constants, result types and error
 * messages. Floating-point functions follow C99 Annex F as CPython does: a NaN result from a
 * non-NaN argument is a ValueError ("math domain error"), an infinite result from a finite
 * argument an OverflowError ("math range error") for functions that can overflow and a
 * ValueError for the others (poles).
 *
 * <p>Where Java has no such function (log2, the inverse hyperbolic functions, erf, gamma...)
 * it is written here; {@link BigMath} computes the special functions to high precision and
 * rounds once, so they are correctly rounded.
 */
public final class MathModule {
    private MathModule() {}

    static final double INF = Double.POSITIVE_INFINITY;
    static final double NAN = Double.NaN;
    private static final double LN2 = 0.6931471805599453;

    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("math");
        m.addFunctions(MathModule.class);
        var d = m.getDict();
        d.put("__doc__", "This module provides access to the mathematical functions\ndefined by the C standard.");
        d.put("pi", Math.PI);
        d.put("e", Math.E);
        d.put("tau", 2 * Math.PI);
        d.put("inf", INF);
        d.put("nan", NAN);
        return m;
    }

    // ================================================================== errors

    static PyException domainError() {
        return PyExc.valueError("math domain error");
    }

    static PyException rangeError() {
        return PyExc.overflow("math range error");
    }

    /** CPython's math_1: applies f and turns NaN/infinite results into the matching errors. */
    private static Object math1(Object arg, DoubleUnaryOperator f, boolean canOverflow) {
        double x = Abstract.asDouble(arg);
        double r = f.applyAsDouble(x);
        return check1(x, r, canOverflow);
    }

    private static Object check1(double x, double r, boolean canOverflow) {
        if (Double.isNaN(r) && !Double.isNaN(x)) throw domainError();
        if (Double.isInfinite(r) && Double.isFinite(x)) {
            throw canOverflow ? rangeError() : domainError();
        }
        return r;
    }

    /** CPython's math_2 (atan2, copysign...): NaN from non-NaN arguments is a domain error. */
    private static Object check2(double x, double y, double r, boolean canOverflow) {
        if (Double.isNaN(r) && !Double.isNaN(x) && !Double.isNaN(y)) throw domainError();
        if (Double.isInfinite(r) && Double.isFinite(x) && Double.isFinite(y)) {
            throw canOverflow ? rangeError() : domainError();
        }
        return r;
    }

    // ================================================================== simple functions of one float

    @Exposed.Method(params = {"x", "/"})
    public static Object sqrt(Object x) {
        if (x instanceof Double d && d >= 0) return Math.sqrt(d);
        return math1(x, Math::sqrt, false);
    }

    @Exposed.Method(params = {"x", "/"})
    public static Object exp(Object x) {
        return math1(x, Math::exp, true);
    }

    @Exposed.Method(params = {"x", "/"})
    public static Object exp2(Object x) {
        return math1(x, MathModule::exp2d, true);
    }

    static double exp2d(double x) {
        if (x == Math.rint(x) && Math.abs(x) < 2000) return Math.scalb(1.0, (int) x);
        return Math.pow(2.0, x);
    }

    @Exposed.Method(params = {"x", "/"})
    public static Object expm1(Object x) {
        return math1(x, Math::expm1, true);
    }

    @Exposed.Method(params = {"x", "/"})
    public static Object log1p(Object x) {
        return math1(x, Math::log1p, false);
    }

    @Exposed.Method(params = {"x", "/"})
    public static Object cbrt(Object x) {
        return math1(x, Math::cbrt, false);
    }

    @Exposed.Method(params = {"x", "/"})
    public static Object fabs(Object x) {
        return Math.abs(Abstract.asDouble(x));
    }

    @Exposed.Method(params = {"x", "/"})
    public static Object sin(Object x) {
        return math1(x, Math::sin, false);
    }

    @Exposed.Method(params = {"x", "/"})
    public static Object cos(Object x) {
        return math1(x, Math::cos, false);
    }

    @Exposed.Method(params = {"x", "/"})
    public static Object tan(Object x) {
        return math1(x, Math::tan, false);
    }

    @Exposed.Method(params = {"x", "/"})
    public static Object asin(Object x) {
        return math1(x, Accurate::asin, false);
    }

    @Exposed.Method(params = {"x", "/"})
    public static Object acos(Object x) {
        return math1(x, Accurate::acos, false);
    }

    @Exposed.Method(params = {"x", "/"})
    public static Object atan(Object x) {
        return math1(x, Accurate::atan, false);
    }

    @Exposed.Method(params = {"y", "x", "/"})
    public static Object atan2(Object y, Object x) {
        double a = Abstract.asDouble(y), b = Abstract.asDouble(x);
        return check2(a, b, Accurate.atan2(a, b), false);
    }

    @Exposed.Method(params = {"x", "/"})
    public static Object sinh(Object x) {
        return math1(x, Accurate::sinh, true);
    }

    @Exposed.Method(params = {"x", "/"})
    public static Object cosh(Object x) {
        return math1(x, Accurate::cosh, true);
    }

    @Exposed.Method(params = {"x", "/"})
    public static Object tanh(Object x) {
        return math1(x, Math::tanh, false);
    }

    @Exposed.Method(params = {"x", "/"})
    public static Object asinh(Object x) {
        return math1(x, MathModule::asinhd, false);
    }

    @Exposed.Method(params = {"x", "/"})
    public static Object acosh(Object x) {
        return math1(x, MathModule::acoshd, false);
    }

    @Exposed.Method(params = {"x", "/"})
    public static Object atanh(Object x) {
        return math1(x, MathModule::atanhd, false);
    }

    private static final double TWO_POW_28 = 268435456.0;

    static double asinhd(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) return x;
        double a = Math.abs(x);
        double r;
        if (a < 1.0 / TWO_POW_28) {
            return x;
        } else if (a > TWO_POW_28) {
            r = Math.log(a) + LN2;
        } else if (a > 2.0) {
            r = Math.log(2.0 * a + 1.0 / (Math.sqrt(x * x + 1.0) + a));
        } else {
            double t = x * x;
            r = Math.log1p(a + t / (1.0 + Math.sqrt(1.0 + t)));
        }
        return Math.copySign(r, x);
    }

    static double acoshd(double x) {
        if (Double.isNaN(x)) return x;
        if (x < 1.0) return NAN;
        if (Double.isInfinite(x)) return x;
        if (x >= TWO_POW_28) return Math.log(x) + LN2;
        if (x == 1.0) return 0.0;
        if (x > 2.0) return Math.log(2.0 * x - 1.0 / (x + Math.sqrt(x * x - 1.0)));
        double t = x - 1.0;
        return Math.log1p(t + Math.sqrt(2.0 * t + t * t));
    }

    static double atanhd(double x) {
        if (Double.isNaN(x)) return x;
        double a = Math.abs(x);
        if (a > 1.0) return NAN;
        if (a == 1.0) return Math.copySign(INF, x);
        if (a < 1.0 / TWO_POW_28) return x;
        double r;
        if (a < 0.5) {
            double t = a + a;
            r = 0.5 * Math.log1p(t + t * a / (1.0 - a));
        } else {
            r = 0.5 * Math.log1p((a + a) / (1.0 - a));
        }
        return Math.copySign(r, x);
    }

    @Exposed.Method(params = {"x", "/"})
    public static Object erf(Object x) {
        double v = Abstract.asDouble(x);
        return BigMath.erf(v);
    }

    @Exposed.Method(params = {"x", "/"})
    public static Object erfc(Object x) {
        double v = Abstract.asDouble(x);
        return BigMath.erfc(v);
    }

    @Exposed.Method(params = {"x", "/"})
    public static Object gamma(Object x) {
        double v = Abstract.asDouble(x);
        if (Double.isNaN(v)) return v;
        if (Double.isInfinite(v)) {
            if (v > 0) return v;
            throw domainError();
        }
        if (v == 0.0 || (v < 0 && v == Math.rint(v))) throw domainError();
        if (v > 200.0) throw rangeError();
        double r = BigMath.gamma(v);
        if (Double.isInfinite(r)) throw rangeError();
        return r;
    }

    @Exposed.Method(params = {"x", "/"})
    public static Object lgamma(Object x) {
        double v = Abstract.asDouble(x);
        if (Double.isNaN(v)) return v;
        if (Double.isInfinite(v)) return INF;
        if (v <= 0 && v == Math.rint(v)) throw domainError();
        if (v == 1.0 || v == 2.0) return 0.0;
        double r = BigMath.lgamma(v);
        if (Double.isInfinite(r)) throw rangeError();
        return r;
    }

    // ================================================================== logarithms

    private static final int LN = 0, LOG2 = 1, LOG10 = 2;

    private static double logFunc(int kind, double x) {
        switch (kind) {
            case LN: return Math.log(x);
            case LOG2: return log2d(x);
            default: return Accurate.log10(x);
        }
    }

    /** CPython's loghelper: ints of any size are handled exactly, other numbers as floats. */
    private static double logHelper(Object arg, int kind) {
        Object i = PyLong.asInt(arg);
        if (i != null) {
            if (PyLong.signum(i) <= 0) throw domainError();
            if (i instanceof BigInteger b && b.bitLength() > 1000) {
                // the int may be too large for a float: log(m * 2**e) = log(m) + log(2) * e
                int n = b.bitLength();
                int shift = n - 62;
                long q = b.shiftRight(shift).longValue();
                if (b.getLowestSetBit() < shift) q |= 1;
                double m = Math.scalb((double) q, -62);
                long e = n;
                if (m == 1.0) {
                    m = 0.5;
                    e++;
                }
                if (e <= 1024 && Math.scalb(m, (int) e) != INF) {
                    return logFunc(kind, Math.scalb(m, (int) e));
                }
                return logFunc(kind, m) + logFunc(kind, 2.0) * (double) e;
            }
            return logFunc(kind, PyLong.toDouble(i));
        }
        double x = Abstract.asDouble(arg);
        double r = logFunc(kind, x);
        if (Double.isNaN(r) && !Double.isNaN(x)) throw domainError();
        if (Double.isInfinite(r) && Double.isFinite(x)) throw domainError();
        return r;
    }

    @Exposed.Method(params = {"x", "base=?", "/"})
    public static Object log(Object x, Object base) {
        if (x instanceof Double d && d > 0 && d < INF && base == Signature.MISSING) return Math.log(d);
        double num = logHelper(x, LN);
        if (base == Signature.MISSING) return num;
        double den = logHelper(base, LN);
        if (den == 0.0) throw PyExc.zeroDivision("float division by zero");
        return num / den;
    }

    @Exposed.Method(params = {"x", "/"})
    public static Object log2(Object x) {
        return logHelper(x, LOG2);
    }

    @Exposed.Method(params = {"x", "/"})
    public static Object log10(Object x) {
        return logHelper(x, LOG10);
    }

    /** Base-2 logarithm: exact for powers of two, else within an ulp. */
    static double log2d(double x) {
        if (Double.isNaN(x) || x < 0) return NAN;
        if (x == 0) return Double.NEGATIVE_INFINITY;
        if (Double.isInfinite(x)) return x;
        int e = Math.getExponent(x);
        double m;
        if (e == Double.MIN_EXPONENT - 1) {
            double y = x * 0x1p54;
            e = Math.getExponent(y) - 54;
            m = Math.scalb(y, -(e + 54));
        } else {
            m = Math.scalb(x, -e);
        }
        if (m == 1.0) return e;
        if (m > 1.4142135623730951) {
            m *= 0.5;
            e++;
        }
        return BigMath.log2Reduced(m, e);
    }

    // ================================================================== powers and the like

    @Exposed.Method(params = {"x", "y", "/"})
    public static Object pow(Object x, Object y) {
        double a = Abstract.asDouble(x), b = Abstract.asDouble(y);
        return powd(a, b);
    }

    static double powd(double x, double y) {
        double r;
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            if (Double.isNaN(x)) {
                r = y == 0.0 ? 1.0 : x;
            } else if (Double.isNaN(y)) {
                r = x == 1.0 ? 1.0 : y;
            } else if (Double.isInfinite(x)) {
                boolean oddY = Double.isFinite(y) && Math.abs(y) % 2.0 == 1.0;
                if (y > 0) r = oddY ? x : Math.abs(x);
                else if (y == 0) r = 1.0;
                else r = oddY ? Math.copySign(0.0, x) : 0.0;
            } else {
                if (Math.abs(x) == 1.0) r = 1.0;
                else if (y > 0 && Math.abs(x) > 1.0) r = y;
                else if (y < 0 && Math.abs(x) < 1.0) r = -y;
                else r = 0.0;
            }
            return r;
        }
        r = Math.pow(x, y);
        if (!Double.isFinite(r)) {
            if (Double.isNaN(r)) throw domainError();
            if (x == 0.0) throw domainError();
            throw rangeError();
        }
        return r;
    }

    @Exposed.Method(params = {"x", "y", "/"})
    public static Object fmod(Object x, Object y) {
        double a = Abstract.asDouble(x), b = Abstract.asDouble(y);
        if (Double.isInfinite(b) && Double.isFinite(a)) return a;
        double r = a % b;
        if (Double.isNaN(r) && !Double.isNaN(a) && !Double.isNaN(b)) throw domainError();
        return r;
    }

    @Exposed.Method(params = {"x", "y", "/"})
    public static Object remainder(Object x, Object y) {
        double a = Abstract.asDouble(x), b = Abstract.asDouble(y);
        if (Double.isNaN(a)) return a;
        if (Double.isNaN(b)) return b;
        if (Double.isInfinite(a) || b == 0.0) throw domainError();
        if (Double.isInfinite(b)) return a;
        double r = Math.IEEEremainder(a, b);
        if (r == 0.0) r = Math.copySign(0.0, a);
        return r;
    }

    @Exposed.Method(params = {"x", "y", "/"})
    public static Object copysign(Object x, Object y) {
        return Math.copySign(Abstract.asDouble(x), Abstract.asDouble(y));
    }

    @Exposed.Method(params = {"x", "/"})
    public static Object degrees(Object x) {
        return Abstract.asDouble(x) * (180.0 / Math.PI);
    }

    @Exposed.Method(params = {"x", "/"})
    public static Object radians(Object x) {
        return Abstract.asDouble(x) * (Math.PI / 180.0);
    }

    @Exposed.Method(params = {"x", "/"})
    public static Object isfinite(Object x) {
        return Double.isFinite(Abstract.asDouble(x));
    }

    @Exposed.Method(params = {"x", "/"})
    public static Object isinf(Object x) {
        return Double.isInfinite(Abstract.asDouble(x));
    }

    @Exposed.Method(params = {"x", "/"})
    public static Object isnan(Object x) {
        return Double.isNaN(Abstract.asDouble(x));
    }

    @Exposed.Method(params = {"a", "b", "*", "rel_tol=?", "abs_tol=0.0"})
    public static Object isclose(Object a, Object b, Object relTol, Object absTol) {
        double x = Abstract.asDouble(a), y = Abstract.asDouble(b);
        double rel = relTol == Signature.MISSING ? 1e-9 : Abstract.asDouble(relTol);
        double abs = Abstract.asDouble(absTol);
        if (rel < 0.0 || abs < 0.0) throw PyExc.valueError("tolerances must be non-negative");
        if (x == y) return true;
        if (Double.isInfinite(x) || Double.isInfinite(y)) return false;
        double diff = Math.abs(y - x);
        return (diff <= Math.abs(rel * y)) || (diff <= Math.abs(rel * x)) || (diff <= abs);
    }

    @Exposed.Method(params = {"x", "y", "/"})
    public static Object nextafter(Object x, Object y) {
        double a = Abstract.asDouble(x), b = Abstract.asDouble(y);
        if (Double.isNaN(a)) return a;
        if (Double.isNaN(b)) return b;
        if (a == b) return b;
        return Math.nextAfter(a, b);
    }

    @Exposed.Method(params = {"x", "/"})
    public static Object ulp(Object x) {
        double v = Abstract.asDouble(x);
        if (Double.isNaN(v)) return v;
        v = Math.abs(v);
        if (Double.isInfinite(v)) return v;
        double up = Math.nextUp(v);
        if (Double.isInfinite(up)) return v - Math.nextDown(v);
        return up - v;
    }

    // ================================================================== float decomposition

    @Exposed.Method(params = {"x", "/"})
    public static Object frexp(Object x) {
        double v = Abstract.asDouble(x);
        if (v == 0.0 || Double.isNaN(v) || Double.isInfinite(v)) return PyTuple.of(v, 0L);
        int e = Math.getExponent(v);
        double m;
        if (e == Double.MIN_EXPONENT - 1) {
            double y = v * 0x1p54;
            e = Math.getExponent(y) - 54;
            m = Math.scalb(y, -(e + 54));
        } else {
            m = Math.scalb(v, -e);
        }
        // m in [1, 2): Python wants [0.5, 1)
        return PyTuple.of(m * 0.5, (long) (e + 1));
    }

    @Exposed.Method(params = {"x", "i", "/"})
    public static Object ldexp(Object x, Object i) {
        double v = Abstract.asDouble(x);
        Object n = PyLong.asInt(i);
        if (n == null) throw PyExc.typeError("Expected an int as second argument to ldexp.");
        if (v == 0.0 || !Double.isFinite(v)) return v;
        long exp;
        if (n instanceof Long l) exp = l;
        else exp = ((BigInteger) n).signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        if (exp > 100000) throw rangeError();
        if (exp < -100000) return Math.copySign(0.0, v);
        double r = ldexpd(v, (int) exp);
        if (Double.isInfinite(r)) throw rangeError();
        return r;
    }

    /** x * 2**n with a single rounding, also when the result is subnormal. */
    static double ldexpd(double x, int n) {
        if (x == 0.0 || !Double.isFinite(x)) return x;
        int e = Math.getExponent(x);
        if (e == Double.MIN_EXPONENT - 1) {
            x *= 0x1p54;
            n -= 54;
            e = Math.getExponent(x);
        }
        long target = (long) e + n;
        if (target > Double.MAX_EXPONENT) return Math.copySign(INF, x);
        if (target >= Double.MIN_EXPONENT) return Math.scalb(x, n);
        // subnormal or zero result: scale to [1, 2) * 2**-1000 exactly, then round once
        double y = Math.scalb(x, -e - 1000);
        long rest = target + 1000;
        if (rest < -1074) return Math.copySign(0.0, x);
        return y * Math.scalb(1.0, (int) rest);
    }

    @Exposed.Method(params = {"x", "/"})
    public static Object modf(Object x) {
        double v = Abstract.asDouble(x);
        if (Double.isInfinite(v)) return PyTuple.of(Math.copySign(0.0, v), v);
        if (Double.isNaN(v)) return PyTuple.of(v, v);
        double ip = v < 0 ? Math.ceil(v) : Math.floor(v);
        return PyTuple.of(Math.copySign(v - ip, v), ip);
    }

    // ================================================================== rounding to int

    @Exposed.Method(params = {"x", "/"})
    public static Object floor(Object x) {
        if (x instanceof Double d) return PyFloat.toInt(Math.floor(d));
        if (x instanceof Long) return x;
        Object f = Abstract.lookupSpecial(x, "__floor__");
        if (f != null) return Abstract.call(f);
        return PyFloat.toInt(Math.floor(Abstract.asDouble(x)));
    }

    @Exposed.Method(params = {"x", "/"})
    public static Object ceil(Object x) {
        if (x instanceof Double d) return PyFloat.toInt(Math.ceil(d));
        if (x instanceof Long) return x;
        Object f = Abstract.lookupSpecial(x, "__ceil__");
        if (f != null) return Abstract.call(f);
        return PyFloat.toInt(Math.ceil(Abstract.asDouble(x)));
    }

    @Exposed.Method(params = {"x", "/"})
    public static Object trunc(Object x) {
        if (x instanceof Double d) return PyFloat.toInt(d);
        if (x instanceof Long) return x;
        Object f = Abstract.lookupSpecial(x, "__trunc__");
        if (f == null) throw PyExc.typeError("type " + PyType.of(x).getName() + " doesn't define __trunc__ method");
        return Abstract.call(f);
    }

    // ================================================================== integer functions

    private static final long[] SMALL_FACTORIALS = new long[21];

    static {
        SMALL_FACTORIALS[0] = 1;
        for (int i = 1; i <= 20; i++) SMALL_FACTORIALS[i] = SMALL_FACTORIALS[i - 1] * i;
    }

    @Exposed.Method(params = {"n", "/"})
    public static Object factorial(Object n) {
        Object i = Abstract.index(n);
        if (PyLong.signum(i) < 0) throw PyExc.valueError("factorial() not defined for negative values");
        if (!(i instanceof Long l)) {
            throw PyExc.overflow("factorial() argument should not exceed " + Long.MAX_VALUE);
        }
        if (l <= 20) return SMALL_FACTORIALS[(int) (long) l];
        return PyLong.normalize(factorialBig(l));
    }

    static BigInteger factorialBig(long n) {
        if (n <= 20) return BigInteger.valueOf(SMALL_FACTORIALS[(int) n]);
        // n! = oddpart * 2**(n - popcount(n)); the odd part as a product of products of odd numbers
        BigInteger odd = BigInteger.ONE;
        BigInteger inner = BigInteger.ONE;
        int bits = 63 - Long.numberOfLeadingZeros(n);
        for (int i = bits; i >= 0; i--) {
            long hi = n >> i;
            long lo = n >> (i + 1);
            // odd numbers in (lo, hi]
            long first = (lo + 1) | 1;
            long last = (hi - 1) | 1;
            if (first <= last && hi > 2) {
                inner = inner.multiply(oddProduct(first, last));
            }
            odd = odd.multiply(inner);
        }
        return odd.shiftLeft((int) (n - Long.bitCount(n)));
    }

    /** Product of the odd numbers in [first, last] (both odd). */
    private static BigInteger oddProduct(long first, long last) {
        long count = (last - first) / 2 + 1;
        if (count <= 8) {
            BigInteger r = BigInteger.ONE;
            long acc = 1;
            for (long k = first; k <= last; k += 2) {
                if (acc != 0 && Math.multiplyHigh(acc, k) == 0 && acc * k > 0) {
                    acc *= k;
                } else {
                    r = r.multiply(BigInteger.valueOf(acc));
                    acc = k;
                }
            }
            return r.multiply(BigInteger.valueOf(acc));
        }
        long mid = first + 2 * (count / 2);
        return oddProduct(first, mid - 2).multiply(oddProduct(mid, last));
    }

    /** Product of the integers in [lo, lo + count). */
    static BigInteger rangeProduct(BigInteger lo, long count) {
        if (count <= 0) return BigInteger.ONE;
        if (count <= 16) {
            BigInteger r = lo;
            BigInteger k = lo;
            for (long j = 1; j < count; j++) {
                k = k.add(BigInteger.ONE);
                r = r.multiply(k);
            }
            return r;
        }
        long half = count / 2;
        return rangeProduct(lo, half).multiply(rangeProduct(lo.add(BigInteger.valueOf(half)), count - half));
    }

    private static Object nonNegative(Object v, String name) {
        Object i = Abstract.index(v);
        if (PyLong.signum(i) < 0) throw PyExc.valueError(name + " must be a non-negative integer");
        return i;
    }

    @Exposed.Method(params = {"n", "k", "/"})
    public static Object comb(Object n, Object k) {
        Object ni = nonNegative(n, "n");
        Object ki = nonNegative(k, "k");
        if (PyLong.compare(ki, ni) > 0) return 0L;
        Object nk = PyLong.binary("sub", ni, ki);
        if (PyLong.compare(nk, ki) < 0) ki = nk;
        if (!(ki instanceof Long kk)) {
            throw PyExc.overflow("min(n - k, k) must not exceed " + Long.MAX_VALUE);
        }
        if (kk == 0) return 1L;
        if (ni instanceof Long nl) {
            // small results stay in longs
            long r = 1;
            boolean ok = true;
            for (long j = 1; j <= kk; j++) {
                long f = nl - kk + j;
                long hi = Math.multiplyHigh(r, f);
                long lo = r * f;
                if (hi != 0 || lo < 0) {
                    ok = false;
                    break;
                }
                r = lo / j;
            }
            if (ok) return r;
        }
        BigInteger nb = PyLong.big(ni);
        BigInteger num = rangeProduct(nb.subtract(BigInteger.valueOf(kk - 1)), kk);
        return PyLong.normalize(num.divide(factorialBig(kk)));
    }

    @Exposed.Method(params = {"n", "k=None", "/"})
    public static Object perm(Object n, Object k) {
        if (k == PyNone.NONE) return factorial(n);
        Object ni = nonNegative(n, "n");
        Object ki = nonNegative(k, "k");
        if (PyLong.compare(ki, ni) > 0) return 0L;
        if (!(ki instanceof Long kk)) throw PyExc.overflow("k must not exceed " + Long.MAX_VALUE);
        if (kk == 0) return 1L;
        BigInteger nb = PyLong.big(ni);
        return PyLong.normalize(rangeProduct(nb.subtract(BigInteger.valueOf(kk - 1)), kk));
    }

    @Exposed.Method(params = {"n", "/"})
    public static Object isqrt(Object n) {
        Object i = Abstract.index(n);
        if (PyLong.signum(i) < 0) throw PyExc.valueError("isqrt() argument must be nonnegative");
        if (i instanceof Long l) {
            long r = (long) Math.sqrt((double) l);
            while (r * r > l || r > 3037000499L) r--;
            while ((r + 1) <= 3037000499L && (r + 1) * (r + 1) <= l) r++;
            return r;
        }
        return PyLong.normalize(((BigInteger) i).sqrt());
    }

    private static Object gcd2(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y && x != Long.MIN_VALUE && y != Long.MIN_VALUE) {
            long p = Math.abs(x), q = Math.abs(y);
            while (q != 0) {
                long t = p % q;
                p = q;
                q = t;
            }
            return p;
        }
        return PyLong.normalize(PyLong.big(a).gcd(PyLong.big(b)));
    }

    private static Object absInt(Object i) {
        return PyLong.signum(i) < 0 ? PyLong.normalize(PyLong.big(i).negate()) : i;
    }

    @Exposed.Method(params = {"*integers"})
    public static Object gcd(Object[] args) {
        if (args.length == 0) return 0L;
        Object r = Abstract.index(args[0]);
        if (args.length == 1) return absInt(r);
        for (int i = 1; i < args.length; i++) {
            Object x = Abstract.index(args[i]);
            if (r instanceof Long l && l == 1) continue;
            r = gcd2(r, x);
        }
        return r;
    }

    @Exposed.Method(params = {"*integers"})
    public static Object lcm(Object[] args) {
        if (args.length == 0) return 1L;
        Object r = Abstract.index(args[0]);
        if (args.length == 1) return absInt(r);
        for (int i = 1; i < args.length; i++) {
            Object x = Abstract.index(args[i]);
            if (PyLong.signum(r) == 0) continue;
            if (PyLong.signum(x) == 0) {
                r = 0L;
                continue;
            }
            Object g = gcd2(r, x);
            BigInteger v = PyLong.big(r).divide(PyLong.big(g)).multiply(PyLong.big(x)).abs();
            r = PyLong.normalize(v);
        }
        return r;
    }

    // ================================================================== sums, products, norms

    @Exposed.Method(params = {"iterable", "/", "*", "start=1"})
    public static Object prod(Object iterable, Object start) {
        Object it = Abstract.iter(iterable);
        Object r = start;
        for (Object x = Abstract.next(it); x != PyIterators.END; x = Abstract.next(it)) {
            if (r instanceof Double a && x instanceof Double b) r = a * b;
            else r = Abstract.binaryOp(BinaryOp.MUL, r, x);
        }
        return r;
    }

    /** Exact summation (Shewchuk's partials) with one final correctly rounded result. */
    @Exposed.Method(params = {"seq", "/"})
    public static Object fsum(Object seq) {
        Object it = Abstract.iter(seq);
        double[] p = new double[32];
        int n = 0;
        double specialSum = 0.0, infSum = 0.0;
        for (Object o = Abstract.next(it); o != PyIterators.END; o = Abstract.next(it)) {
            double x = Abstract.asDouble(o);
            double xsave = x;
            int i = 0;
            for (int j = 0; j < n; j++) {
                double y = p[j];
                if (Math.abs(x) < Math.abs(y)) {
                    double t = x;
                    x = y;
                    y = t;
                }
                double hi = x + y;
                double yr = hi - x;
                double lo = y - yr;
                if (lo != 0.0) p[i++] = lo;
                x = hi;
            }
            n = i;
            if (x != 0.0) {
                if (!Double.isFinite(x)) {
                    // an infinite or NaN summand, or an overflow of the partial sums
                    if (Double.isFinite(xsave)) throw PyExc.overflow("intermediate overflow in fsum");
                    if (Double.isInfinite(xsave)) infSum += xsave;
                    specialSum += xsave;
                    n = 0;
                } else {
                    if (n == p.length) p = java.util.Arrays.copyOf(p, n * 2);
                    p[n++] = x;
                }
            }
        }
        if (specialSum != 0.0) {
            if (Double.isNaN(infSum)) throw PyExc.valueError("-inf + inf in fsum");
            return specialSum;
        }
        double hi = 0.0;
        if (n > 0) {
            hi = p[--n];
            double lo = 0.0;
            while (n > 0) {
                double x = hi;
                double y = p[--n];
                hi = x + y;
                double yr = hi - x;
                lo = y - yr;
                if (lo != 0.0) break;
            }
            // round half to even across the remaining partials
            if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
                double y = lo * 2.0;
                double x = hi + y;
                double yr = x - hi;
                if (y == yr) hi = x;
            }
        }
        return hi;
    }

    @Exposed.Method(params = {"*coordinates"})
    public static Object hypot(Object[] args) {
        if (args.length == 2 && args[0] instanceof Double a && args[1] instanceof Double b) {
            return hypot2(a, b);
        }
        double[] v = new double[args.length];
        double max = 0.0;
        boolean nan = false;
        for (int i = 0; i < args.length; i++) {
            double x = Math.abs(Abstract.asDouble(args[i]));
            v[i] = x;
            nan |= Double.isNaN(x);
            if (x > max) max = x;
        }
        return vectorNorm(v, max, nan);
    }

    private static double hypot2(double a, double b) {
        a = Math.abs(a);
        b = Math.abs(b);
        double max = Math.max(a, b);
        if (Double.isNaN(a) || Double.isNaN(b)) {
            return Double.isInfinite(a) || Double.isInfinite(b) ? INF : NAN;
        }
        return vectorNorm(new double[] {a, b}, max, false);
    }

    @Exposed.Method(params = {"p", "q", "/"})
    public static Object dist(Object p, Object q) {
        Object[] ps = p instanceof PyTuple t ? t.array() : Abstract.toArray(p);
        Object[] qs = q instanceof PyTuple t ? t.array() : Abstract.toArray(q);
        if (ps.length != qs.length) {
            throw PyExc.valueError("both points must have the same number of dimensions");
        }
        double[] v = new double[ps.length];
        double max = 0.0;
        boolean nan = false;
        for (int i = 0; i < ps.length; i++) {
            double x = Math.abs(Abstract.asDouble(ps[i]) - Abstract.asDouble(qs[i]));
            v[i] = x;
            nan |= Double.isNaN(x);
            if (x > max) max = x;
        }
        return vectorNorm(v, max, nan);
    }

    /**
     * The Euclidean norm of non-negative values with maximum {@code max}: the squares summed
     * exactly in double-double after scaling by a power of two, then a square root with one
     * Newton correction, which is correctly rounded in all but the rarest cases.
     */
    static double vectorNorm(double[] v, double max, boolean nan) {
        if (Double.isInfinite(max)) return max;
        if (nan) return NAN;
        if (max == 0.0 || v.length <= 1) return max;
        int maxE = Math.getExponent(max);
        if (maxE == Double.MIN_EXPONENT - 1) {
            // all subnormal: scale up exactly
            double[] w = new double[v.length];
            for (int i = 0; i < v.length; i++) w[i] = v[i] * 0x1p100;
            return vectorNorm(w, max * 0x1p100, false) * 0x1p-100;
        }
        // scale so that max lies in [0.5, 1): squares cannot overflow, sums stay accurate
        int s = -(maxE + 1);
        double hi = 0.0, lo = 0.0;
        for (double x0 : v) {
            double x = Math.scalb(x0, s);
            double sq = x * x;
            double sqLo = Math.fma(x, x, -sq);
            double t = hi + sq;
            double bp = t - hi;
            double err = (hi - (t - bp)) + (sq - bp);
            hi = t;
            lo += err + sqLo;
        }
        double sum = hi + lo;
        double sumLo = lo - (sum - hi);
        double h = Math.sqrt(sum);
        double hh = h * h;
        double hhLo = Math.fma(h, h, -hh);
        double resid = ((sum - hh) - hhLo) + sumLo;
        h += resid / (2.0 * h);
        return Math.scalb(h, -s);
    }
}
