package org.jyco.runtime.types;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import org.jyco.runtime.Abstract;
import org.jyco.runtime.Exposed;
import org.jyco.runtime.PyExc;
import org.jyco.runtime.PyNone;
import org.jyco.runtime.PyType;
import org.jyco.runtime.PyValueInstance;
import org.jyco.runtime.Signature;
import org.jyco.runtime.Singletons;
import org.jyco.runtime.format.FormatSpec;

/**
 * Python's {@code int} (CPython's {@code Objects/longobject.c}). Values are {@link Long} while
 * they fit and {@link BigInteger} beyond; every result is normalised back to Long when it fits.
 * {@code bool} values and Java's smaller boxes are accepted as ints.
 *
 * <p>The {@code long}-typed static methods ({@code add(long, long)} ...) are the fast paths the
 * call-site linker binds when a guard has proved both operands are Longs: they check overflow
 * with {@code Math.*Exact}-style tests and fall to BigInteger only when it happens.
 */
public final class PyLong {
    private PyLong() {}

    static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);
    /** CPython's hash modulus, 2**61 - 1. */
    static final long HASH_MODULUS = (1L << 61) - 1;
    public static final int MAX_STR_DIGITS = 4300;

    // ------------------------------------------------------------------ representation

    /** A BigInteger as the canonical int: Long when it fits. */
    public static Object normalize(BigInteger b) {
        return b.bitLength() < 64 ? (Object) b.longValue() : b;
    }

    /** The int value of an int-like (Long, BigInteger, Boolean, Integer...), or null. */
    public static Object asInt(Object o) {
        if (o instanceof Long || o instanceof BigInteger) return o;
        if (o instanceof Boolean b) return b ? 1L : 0L;
        if (o instanceof PyValueInstance.OfInt sub) return sub.value();
        if (o instanceof Integer || o instanceof Short || o instanceof Byte) return ((Number) o).longValue();
        return null;
    }

    public static BigInteger big(Object i) {
        if (i instanceof BigInteger b) return b;
        if (i instanceof Boolean b) return b ? BigInteger.ONE : BigInteger.ZERO;
        return BigInteger.valueOf(((Number) i).longValue());
    }

    public static int signum(Object i) {
        if (i instanceof Long l) return Long.signum(l);
        if (i instanceof Boolean b) return b ? 1 : 0;
        return ((BigInteger) i).signum();
    }

    /** Correctly rounded conversion of a big int to float, OverflowError when too large. */
    public static double toDouble(BigInteger b) {
        if (b.bitLength() <= 53) return b.longValue();
        double d = new BigDecimal(b).doubleValue();
        if (Double.isInfinite(d)) throw PyExc.overflow("int too large to convert to float");
        return d;
    }

    public static double toDouble(Object i) {
        if (i instanceof Long l) return l;
        if (i instanceof Boolean b) return b ? 1 : 0;
        if (i instanceof BigInteger b) return toDouble(b);
        return ((Number) i).doubleValue();
    }

    // ------------------------------------------------------------------ fast paths on long

    public static Object add(long a, long b) {
        long r = a + b;
        if (((a ^ r) & (b ^ r)) < 0) return BigInteger.valueOf(a).add(BigInteger.valueOf(b));
        return r;
    }

    public static Object sub(long a, long b) {
        long r = a - b;
        if (((a ^ b) & (a ^ r)) < 0) return BigInteger.valueOf(a).subtract(BigInteger.valueOf(b));
        return r;
    }

    public static Object mul(long a, long b) {
        long hi = Math.multiplyHigh(a, b);
        long lo = a * b;
        if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) return lo;
        return BigInteger.valueOf(a).multiply(BigInteger.valueOf(b));
    }

    public static Object floordiv(long a, long b) {
        if (b == 0) throw PyExc.zeroDivision("integer division or modulo by zero");
        if (a == Long.MIN_VALUE && b == -1) return LONG_MIN.negate();
        return Math.floorDiv(a, b);
    }

    public static Object mod(long a, long b) {
        if (b == 0) throw PyExc.zeroDivision("integer modulo by zero");
        return Math.floorMod(a, b);
    }

    public static Object truediv(long a, long b) {
        if (b == 0) throw PyExc.zeroDivision("division by zero");
        if (Math.abs(a) < (1L << 53) && Math.abs(b) < (1L << 53)) return (double) a / (double) b;
        return trueDivide(BigInteger.valueOf(a), BigInteger.valueOf(b));
    }

    public static Object lshift(long a, long b) {
        if (b < 0) throw PyExc.valueError("negative shift count");
        if (a == 0) return 0L;
        if (b < 63) {
            long r = a << b;
            if ((r >> b) == a) return r;
        }
        if (b > Integer.MAX_VALUE) throw PyExc.overflow("too many digits in integer");
        return normalize(BigInteger.valueOf(a).shiftLeft((int) b));
    }

    public static Object rshift(long a, long b) {
        if (b < 0) throw PyExc.valueError("negative shift count");
        return a >> Math.min(b, 63);
    }

    public static Object and(long a, long b) {
        return a & b;
    }

    public static Object or(long a, long b) {
        return a | b;
    }

    public static Object xor(long a, long b) {
        return a ^ b;
    }

    public static Object pow(long a, long b) {
        if (b < 0) return PyFloat.pow((double) a, (double) b);
        long result = 1, base = a, e = b;
        while (e > 0) {
            if ((e & 1) != 0) {
                long hi = Math.multiplyHigh(result, base);
                long lo = result * base;
                if (!((hi == 0 && lo >= 0) || (hi == -1 && lo < 0))) return bigPow(BigInteger.valueOf(a), b);
                result = lo;
            }
            e >>= 1;
            if (e > 0) {
                long hi = Math.multiplyHigh(base, base);
                long lo = base * base;
                if (!((hi == 0 && lo >= 0) || (hi == -1 && lo < 0))) return bigPow(BigInteger.valueOf(a), b);
                base = lo;
            }
        }
        return result;
    }

    public static Object neg(long a) {
        if (a == Long.MIN_VALUE) return LONG_MIN.negate();
        return -a;
    }

    public static boolean lt(long a, long b) { return a < b; }
    public static boolean le(long a, long b) { return a <= b; }
    public static boolean eq(long a, long b) { return a == b; }
    public static boolean ne(long a, long b) { return a != b; }
    public static boolean gt(long a, long b) { return a > b; }
    public static boolean ge(long a, long b) { return a >= b; }

    // ------------------------------------------------------------------ general (Long or BigInteger)

    private static Object bigPow(BigInteger a, long b) {
        if (b > Integer.MAX_VALUE) throw PyExc.overflow("exponent too large");
        return normalize(a.pow((int) b));
    }

    static Object trueDivide(BigInteger a, BigInteger b) {
        if (b.signum() == 0) throw PyExc.zeroDivision("division by zero");
        if (a.bitLength() <= 53 && b.bitLength() <= 53) return a.doubleValue() / b.doubleValue();
        BigDecimal q = new BigDecimal(a).divide(new BigDecimal(b), new MathContext(60));
        double d = q.doubleValue();
        if (Double.isInfinite(d)) throw PyExc.overflow("integer division result too large for a float");
        return d;
    }

    /** {@code a op b} for two ints in any representation; NotImplemented never arises here. */
    public static Object binary(String op, Object x, Object y) {
        if (x instanceof Long a && y instanceof Long b) {
            switch (op) {
                case "add": return add(a, b);
                case "sub": return sub(a, b);
                case "mul": return mul(a, b);
                case "floordiv": return floordiv(a, b);
                case "mod": return mod(a, b);
                case "truediv": return truediv(a, b);
                case "lshift": return lshift(a, b);
                case "rshift": return rshift(a, b);
                case "and": return a & b;
                case "or": return a | b;
                case "xor": return a ^ b;
                case "pow": return pow(a, b);
                default: throw new IllegalArgumentException(op);
            }
        }
        BigInteger a = big(x), b = big(y);
        switch (op) {
            case "add": return normalize(a.add(b));
            case "sub": return normalize(a.subtract(b));
            case "mul": return normalize(a.multiply(b));
            case "floordiv": {
                if (b.signum() == 0) throw PyExc.zeroDivision("integer division or modulo by zero");
                return normalize(floorDivBig(a, b));
            }
            case "mod": {
                if (b.signum() == 0) throw PyExc.zeroDivision("integer modulo by zero");
                return normalize(a.subtract(floorDivBig(a, b).multiply(b)));
            }
            case "truediv": return trueDivide(a, b);
            case "lshift": {
                if (b.signum() < 0) throw PyExc.valueError("negative shift count");
                if (b.bitLength() > 31) {
                    if (a.signum() == 0) return 0L;
                    throw PyExc.overflow("too many digits in integer");
                }
                return normalize(a.shiftLeft(b.intValue()));
            }
            case "rshift": {
                if (b.signum() < 0) throw PyExc.valueError("negative shift count");
                if (b.bitLength() > 31) return a.signum() < 0 ? -1L : 0L;
                return normalize(a.shiftRight(b.intValue()));
            }
            case "and": return normalize(a.and(b));
            case "or": return normalize(a.or(b));
            case "xor": return normalize(a.xor(b));
            case "pow": {
                if (b.signum() < 0) return PyFloat.pow(toDouble(a), toDouble(b));
                if (a.equals(BigInteger.ONE)) return 1L;
                if (a.signum() == 0) return b.signum() == 0 ? 1L : 0L;
                if (a.equals(BigInteger.ONE.negate())) return b.testBit(0) ? -1L : 1L;
                if (b.bitLength() > 31) throw PyExc.overflow("exponent too large");
                return bigPow(a, b.longValue());
            }
            default: throw new IllegalArgumentException(op);
        }
    }

    static BigInteger floorDivBig(BigInteger a, BigInteger b) {
        BigInteger[] qr = a.divideAndRemainder(b);
        if (qr[1].signum() != 0 && (qr[1].signum() != b.signum())) return qr[0].subtract(BigInteger.ONE);
        return qr[0];
    }

    public static int compare(Object x, Object y) {
        if (x instanceof Long a && y instanceof Long b) return Long.compare(a, b);
        return big(x).compareTo(big(y));
    }

    /** CPython's int hash: the value modulo 2**61-1, sign kept, -1 mapped to -2. */
    public static long hash(long v) {
        long h;
        if (v >= 0) {
            h = v % HASH_MODULUS;
        } else {
            h = -((-(v + 1) % HASH_MODULUS + 1) % HASH_MODULUS);
            if (v == Long.MIN_VALUE) h = -(BigInteger.valueOf(v).negate().mod(BigInteger.valueOf(HASH_MODULUS)).longValue());
        }
        return h == -1 ? -2 : h;
    }

    public static long hash(BigInteger b) {
        long h = b.abs().mod(BigInteger.valueOf(HASH_MODULUS)).longValue();
        if (b.signum() < 0) h = -h;
        return h == -1 ? -2 : h;
    }

    public static long hashOf(Object i) {
        return i instanceof Long l ? hash(l) : hash(big(i));
    }

    /** Decimal text, with CPython's limit on huge conversions. */
    public static String toString(Object i) {
        if (i instanceof Long l) return Long.toString(l);
        BigInteger b = big(i);
        if (b.bitLength() > 14000 && b.abs().toString().length() > MAX_STR_DIGITS) {
            throw PyExc.valueError("Exceeds the limit (" + MAX_STR_DIGITS + " digits) for integer string conversion; "
                + "use sys.set_int_max_str_digits() to increase the limit");
        }
        return b.toString();
    }

    // ------------------------------------------------------------------ Python methods

    private static Object self(Object o) {
        Object v = asInt(o);
        if (v == null) throw PyExc.typeError("descriptor requires an 'int' object but received '" + PyType.of(o).getName() + "'");
        return v;
    }

    private static Object binop(String op, Object self, Object other) {
        Object b = asInt(other);
        if (b == null) return Singletons.NOT_IMPLEMENTED;
        return binary(op, self(self), b);
    }

    private static Object rbinop(String op, Object self, Object other) {
        Object a = asInt(other);
        if (a == null) return Singletons.NOT_IMPLEMENTED;
        return binary(op, a, self(self));
    }

    @Exposed.Method(name = "__add__", params = {"other", "/"})
    public static Object __add__(Object self, Object other) { return binop("add", self, other); }
    @Exposed.Method(name = "__radd__", params = {"other", "/"})
    public static Object __radd__(Object self, Object other) { return rbinop("add", self, other); }
    @Exposed.Method(name = "__sub__", params = {"other", "/"})
    public static Object __sub__(Object self, Object other) { return binop("sub", self, other); }
    @Exposed.Method(name = "__rsub__", params = {"other", "/"})
    public static Object __rsub__(Object self, Object other) { return rbinop("sub", self, other); }
    @Exposed.Method(name = "__mul__", params = {"other", "/"})
    public static Object __mul__(Object self, Object other) { return binop("mul", self, other); }
    @Exposed.Method(name = "__rmul__", params = {"other", "/"})
    public static Object __rmul__(Object self, Object other) { return rbinop("mul", self, other); }
    @Exposed.Method(name = "__floordiv__", params = {"other", "/"})
    public static Object __floordiv__(Object self, Object other) { return binop("floordiv", self, other); }
    @Exposed.Method(name = "__rfloordiv__", params = {"other", "/"})
    public static Object __rfloordiv__(Object self, Object other) { return rbinop("floordiv", self, other); }
    @Exposed.Method(name = "__truediv__", params = {"other", "/"})
    public static Object __truediv__(Object self, Object other) { return binop("truediv", self, other); }
    @Exposed.Method(name = "__rtruediv__", params = {"other", "/"})
    public static Object __rtruediv__(Object self, Object other) { return rbinop("truediv", self, other); }
    @Exposed.Method(name = "__mod__", params = {"other", "/"})
    public static Object __mod__(Object self, Object other) { return binop("mod", self, other); }
    @Exposed.Method(name = "__rmod__", params = {"other", "/"})
    public static Object __rmod__(Object self, Object other) { return rbinop("mod", self, other); }
    @Exposed.Method(name = "__lshift__", params = {"other", "/"})
    public static Object __lshift__(Object self, Object other) { return binop("lshift", self, other); }
    @Exposed.Method(name = "__rlshift__", params = {"other", "/"})
    public static Object __rlshift__(Object self, Object other) { return rbinop("lshift", self, other); }
    @Exposed.Method(name = "__rshift__", params = {"other", "/"})
    public static Object __rshift__(Object self, Object other) { return binop("rshift", self, other); }
    @Exposed.Method(name = "__rrshift__", params = {"other", "/"})
    public static Object __rrshift__(Object self, Object other) { return rbinop("rshift", self, other); }
    @Exposed.Method(name = "__and__", params = {"other", "/"})
    public static Object __and__(Object self, Object other) { return binop("and", self, other); }
    @Exposed.Method(name = "__rand__", params = {"other", "/"})
    public static Object __rand__(Object self, Object other) { return rbinop("and", self, other); }
    @Exposed.Method(name = "__or__", params = {"other", "/"})
    public static Object __or__(Object self, Object other) { return binop("or", self, other); }
    @Exposed.Method(name = "__ror__", params = {"other", "/"})
    public static Object __ror__(Object self, Object other) { return rbinop("or", self, other); }
    @Exposed.Method(name = "__xor__", params = {"other", "/"})
    public static Object __xor__(Object self, Object other) { return binop("xor", self, other); }
    @Exposed.Method(name = "__rxor__", params = {"other", "/"})
    public static Object __rxor__(Object self, Object other) { return rbinop("xor", self, other); }

    @Exposed.Method(name = "__pow__", params = {"other", "mod=None", "/"})
    public static Object __pow__(Object self, Object other, Object mod) {
        Object b = asInt(other);
        if (b == null) return Singletons.NOT_IMPLEMENTED;
        if (mod == PyNone.NONE) return binary("pow", self(self), b);
        Object m = asInt(mod);
        if (m == null) return Singletons.NOT_IMPLEMENTED;
        return powMod(big(self(self)), big(b), big(m));
    }

    @Exposed.Method(name = "__rpow__", params = {"other", "mod=None", "/"})
    public static Object __rpow__(Object self, Object other, Object mod) {
        Object a = asInt(other);
        if (a == null) return Singletons.NOT_IMPLEMENTED;
        if (mod == PyNone.NONE) return binary("pow", a, self(self));
        return powMod(big(a), big(self(self)), big(asInt(mod)));
    }

    private static Object powMod(BigInteger a, BigInteger b, BigInteger m) {
        if (m.signum() == 0) throw PyExc.valueError("pow() 3rd argument cannot be 0");
        BigInteger mabs = m.abs();
        BigInteger r;
        if (b.signum() < 0) {
            try {
                r = a.modInverse(mabs).modPow(b.negate(), mabs);
            } catch (ArithmeticException e) {
                throw PyExc.valueError("base is not invertible for the given modulus");
            }
        } else {
            r = a.modPow(b, mabs);
        }
        if (m.signum() < 0 && r.signum() != 0) r = r.add(m);
        return normalize(r);
    }

    @Exposed.Method(name = "__divmod__", params = {"other", "/"})
    public static Object __divmod__(Object self, Object other) {
        Object b = asInt(other);
        if (b == null) return Singletons.NOT_IMPLEMENTED;
        if (signum(b) == 0) throw PyExc.zeroDivision("integer division or modulo by zero");
        return PyTuple.of(binary("floordiv", self(self), b), binary("mod", self(self), b));
    }

    @Exposed.Method(name = "__rdivmod__", params = {"other", "/"})
    public static Object __rdivmod__(Object self, Object other) {
        Object a = asInt(other);
        if (a == null) return Singletons.NOT_IMPLEMENTED;
        return __divmod__(a, self);
    }

    @Exposed.Method(name = "__neg__")
    public static Object __neg__(Object self) {
        Object v = self(self);
        return v instanceof Long l ? neg(l) : normalize(((BigInteger) v).negate());
    }

    @Exposed.Method(name = "__pos__")
    public static Object __pos__(Object self) {
        return self(self);
    }

    @Exposed.Method(name = "__invert__")
    public static Object __invert__(Object self) {
        Object v = self(self);
        return v instanceof Long l ? (Object) (~l) : normalize(((BigInteger) v).not());
    }

    @Exposed.Method(name = "__abs__")
    public static Object __abs__(Object self) {
        Object v = self(self);
        if (v instanceof Long l) return l < 0 ? neg(l) : l;
        return normalize(((BigInteger) v).abs());
    }

    @Exposed.Method(name = "__bool__")
    public static Object __bool__(Object self) {
        return signum(self(self)) != 0;
    }

    @Exposed.Method(name = "__index__")
    public static Object __index__(Object self) {
        return self(self);
    }

    @Exposed.Method(name = "__int__")
    public static Object __int__(Object self) {
        return self(self);
    }

    @Exposed.Method(name = "__float__")
    public static Object __float__(Object self) {
        return toDouble(self(self));
    }

    @Exposed.Method(name = "__hash__")
    public static Object __hash__(Object self) {
        return hashOf(self(self));
    }

    @Exposed.Method(name = "__repr__")
    public static Object __repr__(Object self) {
        if (self instanceof Boolean b) return b ? "True" : "False";
        return toString(self(self));
    }

    @Exposed.Method(name = "__format__", params = {"spec", "/"})
    public static Object __format__(Object self, Object spec) {
        String s = (String) spec;
        if (s.isEmpty()) return Abstract.str(self);
        return FormatSpec.formatInt(self(self), s, PyType.of(self).getName());
    }

    private static Object cmp(Object self, Object other, int kind) {
        Object b = asInt(other);
        if (b == null) {
            if (other instanceof Double d) return PyFloat.compareIntFloat(self(self), d, kind);
            return Singletons.NOT_IMPLEMENTED;
        }
        int c = compare(self(self), b);
        switch (kind) {
            case 0: return c < 0;
            case 1: return c <= 0;
            case 2: return c == 0;
            case 3: return c != 0;
            case 4: return c > 0;
            default: return c >= 0;
        }
    }

    @Exposed.Method(name = "__lt__", params = {"other", "/"})
    public static Object __lt__(Object self, Object other) { return cmp(self, other, 0); }
    @Exposed.Method(name = "__le__", params = {"other", "/"})
    public static Object __le__(Object self, Object other) { return cmp(self, other, 1); }
    @Exposed.Method(name = "__eq__", params = {"other", "/"})
    public static Object __eq__(Object self, Object other) { return cmp(self, other, 2); }
    @Exposed.Method(name = "__ne__", params = {"other", "/"})
    public static Object __ne__(Object self, Object other) { return cmp(self, other, 3); }
    @Exposed.Method(name = "__gt__", params = {"other", "/"})
    public static Object __gt__(Object self, Object other) { return cmp(self, other, 4); }
    @Exposed.Method(name = "__ge__", params = {"other", "/"})
    public static Object __ge__(Object self, Object other) { return cmp(self, other, 5); }

    @Exposed.Method(name = "bit_length")
    public static Object bitLength(Object self) {
        Object v = self(self);
        if (v instanceof Long l) return (long) (64 - Long.numberOfLeadingZeros(l < 0 ? (l == Long.MIN_VALUE ? l : -l) : l))
            - (l == Long.MIN_VALUE ? 0 : 0);
        return (long) ((BigInteger) v).abs().bitLength();
    }

    @Exposed.Method(name = "bit_count")
    public static Object bitCount(Object self) {
        return (long) big(self(self)).abs().bitCount();
    }

    @Exposed.Method(name = "conjugate")
    public static Object conjugate(Object self) {
        return self(self);
    }

    @Exposed.Method(name = "as_integer_ratio")
    public static Object asIntegerRatio(Object self) {
        return PyTuple.of(self(self), 1L);
    }

    @Exposed.Method(name = "is_integer")
    public static Object isInteger(Object self) {
        return true;
    }

    @Exposed.Getter("real")
    public static Object real(Object self) {
        return self(self);
    }

    @Exposed.Getter("imag")
    public static Object imag(Object self) {
        return 0L;
    }

    @Exposed.Getter("numerator")
    public static Object numerator(Object self) {
        return self(self);
    }

    @Exposed.Getter("denominator")
    public static Object denominator(Object self) {
        return 1L;
    }

    @Exposed.Method(name = "__trunc__")
    public static Object trunc(Object self) {
        return self(self);
    }

    @Exposed.Method(name = "__floor__")
    public static Object floor(Object self) {
        return self(self);
    }

    @Exposed.Method(name = "__ceil__")
    public static Object ceil(Object self) {
        return self(self);
    }

    @Exposed.Method(name = "__round__", params = {"ndigits=None", "/"})
    public static Object round(Object self, Object ndigits) {
        Object v = self(self);
        if (ndigits == PyNone.NONE) return v;
        long nd = Abstract.asLong(ndigits);
        if (nd >= 0) return v;
        BigInteger pow = BigInteger.TEN.pow((int) Math.min(-nd, 10000));
        BigInteger b = big(v);
        BigInteger[] qr = b.divideAndRemainder(pow);
        BigInteger q = floorDivBig(b, pow);
        BigInteger r = b.subtract(q.multiply(pow));
        int c = r.shiftLeft(1).compareTo(pow);
        if (c > 0 || (c == 0 && q.testBit(0))) q = q.add(BigInteger.ONE);
        return normalize(q.multiply(pow));
    }

    @Exposed.Method(name = "to_bytes", params = {"length=1", "byteorder='big'", "*", "signed=False"})
    public static Object toBytes(Object self, Object length, Object byteorder, Object signed) {
        BigInteger v = big(self(self));
        int n = (int) Abstract.asLong(length);
        boolean sgn = Abstract.isTrue(signed);
        if (!sgn && v.signum() < 0) throw PyExc.overflow("can't convert negative int to unsigned");
        byte[] raw = v.toByteArray();
        byte[] out = new byte[n];
        byte fill = (byte) (v.signum() < 0 ? 0xff : 0);
        java.util.Arrays.fill(out, fill);
        int start = 0;
        while (start < raw.length - 1 && raw[start] == (v.signum() < 0 ? (byte) 0xff : 0)
            && (sgn ? (raw[start + 1] & 0x80) == (v.signum() < 0 ? 0x80 : 0) : true)) start++;
        int len = raw.length - start;
        if (!sgn && len > n && raw[start] == 0) {
            start++;
            len--;
        }
        if (len > n) throw PyExc.overflow("int too big to convert");
        System.arraycopy(raw, start, out, n - len, len);
        if ("little".equals(byteorder)) {
            for (int i = 0; i < n / 2; i++) {
                byte t = out[i];
                out[i] = out[n - 1 - i];
                out[n - 1 - i] = t;
            }
        } else if (!"big".equals(byteorder)) {
            throw PyExc.valueError("byteorder must be either 'little' or 'big'");
        }
        return new PyBytes(out);
    }

    @Exposed.Method(name = "from_bytes", classMethod = true, params = {"bytes", "byteorder='big'", "*", "signed=False"})
    public static Object fromBytes(Object cls, Object bytes, Object byteorder, Object signed) {
        byte[] b = PyBytes.asBytes(bytes).clone();
        if ("little".equals(byteorder)) {
            for (int i = 0; i < b.length / 2; i++) {
                byte t = b[i];
                b[i] = b[b.length - 1 - i];
                b[b.length - 1 - i] = t;
            }
        } else if (!"big".equals(byteorder)) {
            throw PyExc.valueError("byteorder must be either 'little' or 'big'");
        }
        BigInteger v = b.length == 0 ? BigInteger.ZERO : Abstract.isTrue(signed) ? new BigInteger(b) : new BigInteger(1, b);
        Object r = normalize(v);
        return cls == PyType.INT ? r : Abstract.call(cls, r);
    }

    @Exposed.Method(name = "__getnewargs__")
    public static Object getnewargs(Object self) {
        return PyTuple.of(self(self));
    }

    @Exposed.Method(name = "__new__", isStatic = true, params = {"cls", "x=?", "/", "base=?"})
    public static Object new_(Object cls, Object x, Object base) {
        Object v;
        if (x == Signature.MISSING) {
            if (base != Signature.MISSING) throw PyExc.typeError("int() missing string argument");
            v = 0L;
        } else if (base != Signature.MISSING) {
            String text = PyStr.strOrNull(x);
            if (text == null && !(x instanceof PyBytes)) {
                throw PyExc.typeError("int() can't convert non-string with explicit base");
            }
            v = parse(text != null ? text : ((PyBytes) x).decodeLatin1(), (int) Abstract.asLong(base));
        } else {
            v = toInt(x);
        }
        return PyValueInstance.create(PyType.INT, cls, v);
    }

    /** {@code int(x)} for one argument. */
    public static Object toInt(Object x) {
        Object i = asInt(x);
        if (i != null) return i;
        if (x instanceof Double d) return PyFloat.toInt(d);
        String text = PyStr.strOrNull(x);
        if (text != null) return parse(text, 10);
        if (x instanceof PyBytes b) return parse(b.decodeLatin1(), 10);
        Object r = Abstract.callSpecial(x, "__int__");
        if (r == null) r = Abstract.callSpecial(x, "__index__");
        if (r == null) r = Abstract.callSpecial(x, "__trunc__");
        if (r == null) {
            throw PyExc.typeError("int() argument must be a string, a bytes-like object or a real number, not '"
                + PyType.of(x).getName() + "'");
        }
        Object ri = asInt(r);
        if (ri == null) throw PyExc.typeError("__int__ returned non-int (type " + PyType.of(r).getName() + ")");
        return ri;
    }

    /** Parses an int literal as {@code int(s, base)} does (whitespace, sign, underscores, prefixes). */
    public static Object parse(String text, int base) {
        if (base != 0 && (base < 2 || base > 36)) throw PyExc.valueError("int() base must be >= 2 and <= 36, or 0");
        String s = text.strip();
        int i = 0;
        boolean neg = false;
        if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            neg = s.charAt(i) == '-';
            i++;
        }
        int b = base;
        if (s.length() - i >= 2 && s.charAt(i) == '0') {
            char p = Character.toLowerCase(s.charAt(i + 1));
            int pb = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
            if (pb != 0 && (b == 0 || b == pb)) {
                b = pb;
                i += 2;
                if (i < s.length() && s.charAt(i) == '_') i++;
            }
        }
        if (b == 0) {
            b = 10;
            // base 0: no leading zeros in a non-zero decimal
            String rest = s.substring(i).replace("_", "");
            if (rest.length() > 1 && rest.charAt(0) == '0' && !rest.chars().allMatch(c -> c == '0')) {
                throw invalidLiteral(text, base);
            }
        }
        StringBuilder digits = new StringBuilder();
        boolean lastUnderscore = true;
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '_') {
                if (lastUnderscore) throw invalidLiteral(text, base);
                lastUnderscore = true;
                continue;
            }
            int d = Character.digit(c, b);
            if (d < 0) throw invalidLiteral(text, base);
            digits.append(c);
            lastUnderscore = false;
        }
        if (digits.length() == 0 || lastUnderscore) throw invalidLiteral(text, base);
        if (b == 10 && digits.length() > MAX_STR_DIGITS) {
            throw PyExc.valueError("Exceeds the limit (" + MAX_STR_DIGITS + " digits) for integer string conversion: "
                + "value has " + digits.length() + " digits; use sys.set_int_max_str_digits() to increase the limit");
        }
        String ds = digits.toString();
        if (ds.length() <= 18 && b == 10) {
            long v = Long.parseLong(ds);
            return neg ? -v : v;
        }
        BigInteger v = new BigInteger(ds, b);
        return normalize(neg ? v.negate() : v);
    }

    private static RuntimeException invalidLiteral(String text, int base) {
        return PyExc.valueError("invalid literal for int() with base " + base + ": " + Abstract.repr(text));
    }
}
