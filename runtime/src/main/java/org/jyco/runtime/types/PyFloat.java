package org.jyco.runtime.types;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import org.jyco.runtime.Abstract;
import org.jyco.runtime.Exposed;
import org.jyco.runtime.PyExc;
import org.jyco.runtime.PyNone;
import org.jyco.runtime.PyType;
import org.jyco.runtime.PyValueInstance;
import org.jyco.runtime.Signature;
import org.jyco.runtime.Singletons;
import org.jyco.runtime.format.FloatFormat;
import org.jyco.runtime.format.FormatSpec;

/**
 * Python's {@code float} as Java's {@link Double} (CPython's {@code Objects/floatobject.c}).
 * Mixed int/float arithmetic lives here: {@code int.__add__(float)} returns NotImplemented and
 * {@code float.__radd__} does the work, as in CPython. The {@code double}-typed static methods
 * are the fast paths the linker binds for (Double, Double) and (Double, Long) operands.
 */
public final class PyFloat {
    private PyFloat() {}

    // ------------------------------------------------------------------ fast paths

    public static double add(double a, double b) { return a + b; }
    public static double sub(double a, double b) { return a - b; }
    public static double mul(double a, double b) { return a * b; }

    public static double truediv(double a, double b) {
        if (b == 0.0) throw PyExc.zeroDivision("float division by zero");
        return a / b;
    }

    public static double floordiv(double a, double b) {
        if (b == 0.0) throw PyExc.zeroDivision("float floor division by zero");
        return divmod(a, b)[0];
    }

    public static double mod(double a, double b) {
        if (b == 0.0) throw PyExc.zeroDivision("float modulo");
        double m = a % b;
        if (m != 0) {
            if ((b < 0) != (m < 0)) m += b;
        } else {
            m = Math.copySign(0.0, b);
        }
        return m;
    }

    /** CPython's float_divmod. */
    static double[] divmod(double vx, double wx) {
        double mod = vx % wx;
        double div = (vx - mod) / wx;
        if (mod != 0) {
            if ((wx < 0) != (mod < 0)) {
                mod += wx;
                div -= 1.0;
            }
        } else {
            mod = Math.copySign(0.0, wx);
        }
        double floordiv;
        if (div != 0) {
            floordiv = Math.floor(div);
            if (div - floordiv > 0.5) floordiv += 1.0;
        } else {
            floordiv = Math.copySign(0.0, vx / wx);
        }
        return new double[] {floordiv, mod};
    }

    /** {@code a ** b} for floats (CPython's float_pow), complex results as PyComplex. */
    public static Object pow(double a, double b) {
        if (b == 0) return 1.0;
        if (Double.isNaN(a)) return a;
        if (Double.isNaN(b)) return a == 1.0 ? 1.0 : b;
        if (a == 0.0) {
            if (b < 0) throw PyExc.zeroDivision("0.0 cannot be raised to a negative power");
        }
        if (a < 0 && b != Math.floor(b) && !Double.isInfinite(b)) {
            return PyComplex.pow(new PyComplex(a, 0), new PyComplex(b, 0));
        }
        double r = Math.pow(a, b);
        if (Double.isInfinite(r) && !Double.isInfinite(a) && !Double.isInfinite(b)) {
            throw PyExc.overflow("(34, 'Numerical result out of range')");
        }
        return r;
    }

    public static boolean lt(double a, double b) { return a < b; }
    public static boolean le(double a, double b) { return a <= b; }
    public static boolean eq(double a, double b) { return a == b; }
    public static boolean ne(double a, double b) { return a != b; }
    public static boolean gt(double a, double b) { return a > b; }
    public static boolean ge(double a, double b) { return a >= b; }

    // ------------------------------------------------------------------ conversions

    /** The float value of a float or int operand, or null when it is neither. */
    static Double asDouble(Object o) {
        if (o instanceof Double d) return d;
        if (o instanceof PyValueInstance.OfFloat sub) return (Double) sub.value();
        if (o instanceof Float f) return f.doubleValue();
        Object i = PyLong.asInt(o);
        if (i != null) return PyLong.toDouble(i);
        return null;
    }

    private static double self(Object o) {
        if (o instanceof Double d) return d;
        if (o instanceof PyValueInstance.OfFloat sub) return (Double) sub.value();
        if (o instanceof Float f) return f;
        throw PyExc.typeError("descriptor requires a 'float' object but received '" + PyType.of(o).getName() + "'");
    }

    /** {@code int(d)}. */
    public static Object toInt(double d) {
        if (Double.isNaN(d)) throw PyExc.valueError("cannot convert float NaN to integer");
        if (Double.isInfinite(d)) throw PyExc.overflow("cannot convert float infinity to integer");
        if (Math.abs(d) < 9.2e18) return (long) d;
        return PyLong.normalize(new BigDecimal(d).toBigInteger());
    }

    /** {@code a op b} on doubles for kind 0..5 = lt..ge (NaN compares unequal to everything). */
    public static boolean compareDoubles(int kind, double a, double b) {
        switch (kind) {
            case 0: return a < b;
            case 1: return a <= b;
            case 2: return a == b;
            case 3: return a != b;
            case 4: return a > b;
            default: return a >= b;
        }
    }

    /** Compares an int with a float exactly (no rounding of big ints), for kind 0..5 = lt..ge. */
    public static Object compareIntFloat(Object i, double d, int kind) {
        int c;
        if (Double.isNaN(d)) return kind == 3;
        if (Double.isInfinite(d)) c = d > 0 ? -1 : 1;
        else if (i instanceof Long l && Math.abs(l) < (1L << 53)) c = (double) l < d ? -1 : (double) l > d ? 1 : 0;
        else c = new BigDecimal(PyLong.big(i)).compareTo(new BigDecimal(d));
        return result(c, kind);
    }

    private static Object result(int c, int kind) {
        switch (kind) {
            case 0: return c < 0;
            case 1: return c <= 0;
            case 2: return c == 0;
            case 3: return c != 0;
            case 4: return c > 0;
            default: return c >= 0;
        }
    }

    /** CPython's {@code _Py_HashDouble}: equal to the int hash for integral values. */
    public static long hash(double v) {
        if (Double.isInfinite(v)) return v > 0 ? 314159 : -314159;
        if (Double.isNaN(v)) return 0;
        if (v == Math.rint(v) && Math.abs(v) < 9.2e18) return PyLong.hash((long) v);
        long p = PyLong.HASH_MODULUS;
        int sign = 1;
        if (v < 0) {
            sign = -1;
            v = -v;
        }
        int e = Math.getExponent(v) + 1;
        double m = v / Math.scalb(1.0, e);
        if (Math.getExponent(v) == Double.MIN_EXPONENT - 1) { // subnormal
            e = Math.getExponent(v * 0x1p54) + 1 - 54;
            m = v * 0x1p54 / Math.scalb(1.0, e + 54);
        }
        long x = 0;
        while (m != 0) {
            x = ((x << 28) & p) | x >> (61 - 28);
            m *= 268435456.0;
            e -= 28;
            long y = (long) m;
            m -= y;
            x += y;
            if (x >= p) x -= p;
        }
        e = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61);
        x = ((x << e) & p) | x >> (61 - e);
        x = x * sign;
        return x == -1 ? -2 : x;
    }

    /** {@code float(s)} parsing: Python's spelling of floats, infinities and NaNs. */
    public static double parse(String text) {
        String s = text.strip();
        String t = s.toLowerCase();
        String body = t.startsWith("+") || t.startsWith("-") ? t.substring(1) : t;
        boolean neg = t.startsWith("-");
        if (body.equals("inf") || body.equals("infinity")) return neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        if (body.equals("nan")) return Double.NaN;
        if (!validFloat(body)) throw PyExc.valueError("could not convert string to float: " + Abstract.repr(text));
        return Double.parseDouble((neg ? "-" : "") + body.replace("_", ""));
    }

    private static boolean validFloat(String s) {
        int i = 0, n = s.length();
        boolean digits = false;
        i = digitRun(s, i);
        if (i > 0) digits = true;
        if (i < 0) return false;
        if (i < n && s.charAt(i) == '.') {
            int j = digitRun(s, i + 1);
            if (j < 0) return false;
            if (j > i + 1) digits = true;
            i = j;
        }
        if (!digits) return false;
        if (i < n && s.charAt(i) == 'e') {
            i++;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) i++;
            int j = digitRun(s, i);
            if (j <= i) return false;
            i = j;
        }
        return i == n;
    }

    /** End of a run of digits with single underscores between digits; -1 if malformed. */
    private static int digitRun(String s, int i) {
        int n = s.length();
        int start = i;
        while (i < n) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                i++;
            } else if (c == '_' && i > start && i + 1 < n && Character.isDigit(s.charAt(i + 1))) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    // ------------------------------------------------------------------ Python methods

    private static Object binop(Object self, Object other, char op, boolean reflected) {
        Double o = asDouble(other);
        if (o == null) return Singletons.NOT_IMPLEMENTED;
        double a = self(self), b = o;
        if (reflected) {
            double t = a;
            a = b;
            b = t;
        }
        switch (op) {
            case '+': return a + b;
            case '-': return a - b;
            case '*': return a * b;
            case '/': return truediv(a, b);
            case 'f': return floordiv(a, b);
            case '%': return mod(a, b);
            default: return pow(a, b);
        }
    }

    @Exposed.Method(name = "__add__", params = {"other", "/"})
    public static Object __add__(Object self, Object other) { return binop(self, other, '+', false); }
    @Exposed.Method(name = "__radd__", params = {"other", "/"})
    public static Object __radd__(Object self, Object other) { return binop(self, other, '+', true); }
    @Exposed.Method(name = "__sub__", params = {"other", "/"})
    public static Object __sub__(Object self, Object other) { return binop(self, other, '-', false); }
    @Exposed.Method(name = "__rsub__", params = {"other", "/"})
    public static Object __rsub__(Object self, Object other) { return binop(self, other, '-', true); }
    @Exposed.Method(name = "__mul__", params = {"other", "/"})
    public static Object __mul__(Object self, Object other) { return binop(self, other, '*', false); }
    @Exposed.Method(name = "__rmul__", params = {"other", "/"})
    public static Object __rmul__(Object self, Object other) { return binop(self, other, '*', true); }
    @Exposed.Method(name = "__truediv__", params = {"other", "/"})
    public static Object __truediv__(Object self, Object other) { return binop(self, other, '/', false); }
    @Exposed.Method(name = "__rtruediv__", params = {"other", "/"})
    public static Object __rtruediv__(Object self, Object other) { return binop(self, other, '/', true); }
    @Exposed.Method(name = "__floordiv__", params = {"other", "/"})
    public static Object __floordiv__(Object self, Object other) { return binop(self, other, 'f', false); }
    @Exposed.Method(name = "__rfloordiv__", params = {"other", "/"})
    public static Object __rfloordiv__(Object self, Object other) { return binop(self, other, 'f', true); }
    @Exposed.Method(name = "__mod__", params = {"other", "/"})
    public static Object __mod__(Object self, Object other) { return binop(self, other, '%', false); }
    @Exposed.Method(name = "__rmod__", params = {"other", "/"})
    public static Object __rmod__(Object self, Object other) { return binop(self, other, '%', true); }

    @Exposed.Method(name = "__pow__", params = {"other", "mod=None", "/"})
    public static Object __pow__(Object self, Object other, Object mod) {
        if (mod != PyNone.NONE) throw PyExc.typeError("pow() 3rd argument not allowed unless all arguments are integers");
        return binop(self, other, 'p', false);
    }

    @Exposed.Method(name = "__rpow__", params = {"other", "mod=None", "/"})
    public static Object __rpow__(Object self, Object other, Object mod) {
        return binop(self, other, 'p', true);
    }

    @Exposed.Method(name = "__divmod__", params = {"other", "/"})
    public static Object __divmod__(Object self, Object other) {
        Double o = asDouble(other);
        if (o == null) return Singletons.NOT_IMPLEMENTED;
        if (o == 0.0) throw PyExc.zeroDivision("float divmod()");
        double[] r = divmod(self(self), o);
        return PyTuple.of(r[0], r[1]);
    }

    @Exposed.Method(name = "__rdivmod__", params = {"other", "/"})
    public static Object __rdivmod__(Object self, Object other) {
        Double o = asDouble(other);
        if (o == null) return Singletons.NOT_IMPLEMENTED;
        return __divmod__(o, self);
    }

    @Exposed.Method(name = "__neg__")
    public static Object __neg__(Object self) { return -self(self); }
    @Exposed.Method(name = "__pos__")
    public static Object __pos__(Object self) { return self(self); }
    @Exposed.Method(name = "__abs__")
    public static Object __abs__(Object self) { return Math.abs(self(self)); }
    @Exposed.Method(name = "__bool__")
    public static Object __bool__(Object self) { return self(self) != 0.0; }
    @Exposed.Method(name = "__float__")
    public static Object __float__(Object self) { return self(self); }
    @Exposed.Method(name = "__int__")
    public static Object __int__(Object self) { return toInt(self(self)); }
    @Exposed.Method(name = "__trunc__")
    public static Object __trunc__(Object self) { return toInt(self(self)); }
    @Exposed.Method(name = "__floor__")
    public static Object __floor__(Object self) { return toInt(Math.floor(self(self))); }
    @Exposed.Method(name = "__ceil__")
    public static Object __ceil__(Object self) { return toInt(Math.ceil(self(self))); }
    @Exposed.Method(name = "__hash__")
    public static Object __hash__(Object self) { return hash(self(self)); }
    @Exposed.Method(name = "is_integer")
    public static Object isInteger(Object self) {
        double d = self(self);
        return !Double.isInfinite(d) && d == Math.floor(d);
    }

    @Exposed.Method(name = "__repr__")
    public static Object __repr__(Object self) {
        return FloatFormat.repr(self(self));
    }

    @Exposed.Method(name = "__format__", params = {"spec", "/"})
    public static Object __format__(Object self, Object spec) {
        String s = (String) spec;
        if (s.isEmpty()) return Abstract.str(self);
        return FormatSpec.formatFloat(self(self), s);
    }

    @Exposed.Method(name = "__round__", params = {"ndigits=None", "/"})
    public static Object __round__(Object self, Object ndigits) {
        double x = self(self);
        if (ndigits == PyNone.NONE) {
            double r = Math.rint(x);
            return toInt(r);
        }
        long nd = Abstract.asLong(ndigits);
        if (Double.isNaN(x) || Double.isInfinite(x) || x == 0.0) return x;
        if (nd > 323) return x;
        if (nd < -308) return Math.copySign(0.0, x);
        BigDecimal bd = new BigDecimal(x).setScale((int) nd, RoundingMode.HALF_EVEN);
        double r = bd.doubleValue();
        if (Double.isInfinite(r)) throw PyExc.overflow("rounded value too large to represent");
        return r == 0 ? Math.copySign(0.0, x) : r;
    }

    private static Object cmp(Object self, Object other, int kind) {
        double a = self(self);
        if (other instanceof PyValueInstance.OfFloat sub) other = sub.value();
        if (other instanceof Double d) {
            if (Double.isNaN(a) || Double.isNaN(d)) return kind == 3;
            return result(a < d ? -1 : a > d ? 1 : 0, kind);
        }
        Object i = PyLong.asInt(other);
        if (i == null) return Singletons.NOT_IMPLEMENTED;
        if (Double.isNaN(a)) return kind == 3;
        // reverse the int/float comparison
        int[] rev = {4, 5, 2, 3, 0, 1};
        return compareIntFloat(i, a, rev[kind]);
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

    @Exposed.Getter("real")
    public static Object real(Object self) { return self(self); }
    @Exposed.Getter("imag")
    public static Object imag(Object self) { return 0.0; }
    @Exposed.Method(name = "conjugate")
    public static Object conjugate(Object self) { return self(self); }

    @Exposed.Method(name = "as_integer_ratio")
    public static Object asIntegerRatio(Object self) {
        double d = self(self);
        if (Double.isInfinite(d)) throw PyExc.overflow("cannot convert Infinity to integer ratio");
        if (Double.isNaN(d)) throw PyExc.valueError("cannot convert NaN to integer ratio");
        BigDecimal bd = new BigDecimal(d);
        BigInteger num = bd.unscaledValue(), den = BigInteger.ONE;
        int scale = bd.scale();
        if (scale > 0) den = BigInteger.TEN.pow(scale);
        else num = num.multiply(BigInteger.TEN.pow(-scale));
        BigInteger g = num.gcd(den);
        return PyTuple.of(PyLong.normalize(num.divide(g)), PyLong.normalize(den.divide(g)));
    }

    @Exposed.Method(name = "hex")
    public static Object hex(Object self) {
        double d = self(self);
        if (Double.isNaN(d)) return "nan";
        if (Double.isInfinite(d)) return d > 0 ? "inf" : "-inf";
        if (d == 0) return (1 / d < 0 ? "-" : "") + "0x0.0p+0";
        String h = Double.toHexString(d); // 0x1.8p1 style
        String sign = h.startsWith("-") ? "-" : "";
        if (!sign.isEmpty()) h = h.substring(1);
        int p = h.indexOf('p');
        String mant = h.substring(2, p);
        String exp = h.substring(p + 1);
        if (!mant.contains(".")) mant = mant + ".0";
        String[] parts = mant.split("\\.");
        String frac = (parts[1] + "0000000000000").substring(0, 13);
        int e = Integer.parseInt(exp);
        return sign + "0x" + parts[0] + "." + frac + "p" + (e >= 0 ? "+" : "") + e;
    }

    @Exposed.Method(name = "fromhex", classMethod = true, params = {"string", "/"})
    public static Object fromhex(Object cls, Object s) {
        String t = ((String) s).strip().toLowerCase();
        try {
            if (!t.contains("p")) t = t + "p0";
            if (!t.contains("0x")) t = t.startsWith("-") ? "-0x" + t.substring(1) : "0x" + t;
            return Double.parseDouble(t);
        } catch (NumberFormatException e) {
            throw PyExc.valueError("invalid hexadecimal floating-point string");
        }
    }

    @Exposed.Method(name = "__getnewargs__")
    public static Object getnewargs(Object self) {
        return PyTuple.of(self(self));
    }

    @Exposed.Method(name = "__new__", isStatic = true, params = {"cls", "x=?", "/"})
    public static Object new_(Object cls, Object x) {
        return PyValueInstance.create(PyType.FLOAT, cls, x == Signature.MISSING ? 0.0 : toFloat(x));
    }

    /** {@code float(x)}. */
    public static double toFloat(Object x) {
        if (x instanceof Double d) return d;
        if (x instanceof PyValueInstance.OfFloat sub) return (Double) sub.value();
        String text = PyStr.strOrNull(x);
        if (text != null) return parse(text);
        if (x instanceof PyBytes b) return parse(b.decodeLatin1());
        if (x instanceof PyByteArray ba) return parse(new PyBytes(ba.toBytes()).decodeLatin1());
        Object i = PyLong.asInt(x);
        if (i != null) return PyLong.toDouble(i);
        Object r = Abstract.callSpecial(x, "__float__");
        if (r instanceof Double d) return d;
        if (r != null) throw PyExc.typeError(PyType.of(x).getName() + ".__float__ returned non-float (type "
            + PyType.of(r).getName() + ")");
        Object idx = Abstract.callSpecial(x, "__index__");
        if (idx != null) return PyLong.toDouble(idx);
        throw PyExc.typeError("float() argument must be a string or a real number, not '" + PyType.of(x).getName() + "'");
    }

    @Exposed.Method(name = "__getformat__", classMethod = true, params = {"typestr", "/"})
    public static Object getformat(Object cls, Object typestr) {
        if (!(typestr instanceof String t)) {
            throw PyExc.typeError("__getformat__() argument must be str, not " + PyType.of(typestr).getName());
        }
        if (!t.equals("double") && !t.equals("float")) {
            throw PyExc.valueError("__getformat__() argument 1 must be 'double' or 'float'");
        }
        return "IEEE, little-endian";
    }
}
