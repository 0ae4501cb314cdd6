package org.jyco.runtime.types;

import org.jyco.runtime.Abstract;
import org.jyco.runtime.Exposed;
import org.jyco.runtime.PyExc;
import org.jyco.runtime.PyObject;
import org.jyco.runtime.PyType;
import org.jyco.runtime.Signature;
import org.jyco.runtime.Singletons;
import org.jyco.runtime.format.FloatFormat;

/** Python's {@code complex} (CPython's {@code Objects/complexobject.c}). */
public final class PyComplex extends PyObject {
    public final double real;
    public final double imag;

    public PyComplex(double real, double imag) {
        this.real = real;
        this.imag = imag;
    }

    @Override
    public PyType getType() {
        return PyType.COMPLEX;
    }

    static PyComplex asComplex(Object o) {
        if (o instanceof PyComplex c) return c;
        Double d = PyFloat.asDouble(o);
        return d == null ? null : new PyComplex(d, 0);
    }

    private static PyComplex prod(PyComplex a, PyComplex b) {
        return new PyComplex(a.real * b.real - a.imag * b.imag, a.real * b.imag + a.imag * b.real);
    }

    /** x ** n for a positive int n by repeated squaring (CPython's c_powu). */
    private static PyComplex powu(PyComplex x, long n) {
        PyComplex r = new PyComplex(1, 0), p = x;
        long mask = 1;
        while (mask > 0 && n >= mask) {
            if ((n & mask) != 0) r = prod(r, p);
            mask <<= 1;
            p = prod(p, p);
        }
        return r;
    }

    /** {@code a ** b}: small integral exponents exactly by multiplication, others by polar form. */
    public static PyComplex power(PyComplex a, PyComplex b) {
        if (b.imag == 0 && b.real == Math.floor(b.real) && Math.abs(b.real) <= 100) {
            long n = (long) b.real;
            if (n > 0) return powu(a, n);
            if (n == 0) return new PyComplex(1, 0);
            PyComplex p = powu(a, -n);
            if (p.real == 0 && p.imag == 0) throw PyExc.zeroDivision("0.0 to a negative or complex power");
            return (PyComplex) op(new PyComplex(1, 0), p, '/', false);
        }
        return pow(a, b);
    }

    /** {@code a ** b} for complex numbers (CPython's _Py_c_pow). */
    public static PyComplex pow(PyComplex a, PyComplex b) {
        if (b.real == 0 && b.imag == 0) return new PyComplex(1, 0);
        if (a.real == 0 && a.imag == 0) {
            if (b.imag != 0 || b.real < 0) throw PyExc.zeroDivision("0.0 to a negative or complex power");
            return new PyComplex(0, 0);
        }
        double vabs = Math.hypot(a.real, a.imag);
        double len = Math.pow(vabs, b.real);
        double at = Math.atan2(a.imag, a.real);
        double phase = at * b.real;
        if (b.imag != 0.0) {
            len /= Math.exp(at * b.imag);
            phase += b.imag * Math.log(vabs);
        }
        return new PyComplex(len * Math.cos(phase), len * Math.sin(phase));
    }

    private static Object op(Object self, Object other, char op, boolean reflected) {
        PyComplex a = (PyComplex) self, b = asComplex(other);
        if (b == null) return Singletons.NOT_IMPLEMENTED;
        if (reflected) {
            PyComplex t = a;
            a = b;
            b = t;
        }
        switch (op) {
            case '+': return new PyComplex(a.real + b.real, a.imag + b.imag);
            case '-': return new PyComplex(a.real - b.real, a.imag - b.imag);
            case '*': return new PyComplex(a.real * b.real - a.imag * b.imag, a.real * b.imag + a.imag * b.real);
            case '/': {
                double abr = Math.abs(b.real), abi = Math.abs(b.imag);
                if (abr == 0 && abi == 0) throw PyExc.zeroDivision("complex division by zero");
                if (abr >= abi) {
                    double ratio = b.imag / b.real, denom = b.real + b.imag * ratio;
                    return new PyComplex((a.real + a.imag * ratio) / denom, (a.imag - a.real * ratio) / denom);
                }
                double ratio = b.real / b.imag, denom = b.real * ratio + b.imag;
                return new PyComplex((a.real * ratio + a.imag) / denom, (a.imag * ratio - a.real) / denom);
            }
            default: return power(a, b);
        }
    }

    @Exposed.Method(name = "__add__", params = {"o", "/"})
    public static Object add(Object s, Object o) { return op(s, o, '+', false); }
    @Exposed.Method(name = "__radd__", params = {"o", "/"})
    public static Object radd(Object s, Object o) { return op(s, o, '+', true); }
    @Exposed.Method(name = "__sub__", params = {"o", "/"})
    public static Object sub(Object s, Object o) { return op(s, o, '-', false); }
    @Exposed.Method(name = "__rsub__", params = {"o", "/"})
    public static Object rsub(Object s, Object o) { return op(s, o, '-', true); }
    @Exposed.Method(name = "__mul__", params = {"o", "/"})
    public static Object mul(Object s, Object o) { return op(s, o, '*', false); }
    @Exposed.Method(name = "__rmul__", params = {"o", "/"})
    public static Object rmul(Object s, Object o) { return op(s, o, '*', true); }
    @Exposed.Method(name = "__truediv__", params = {"o", "/"})
    public static Object truediv(Object s, Object o) { return op(s, o, '/', false); }
    @Exposed.Method(name = "__rtruediv__", params = {"o", "/"})
    public static Object rtruediv(Object s, Object o) { return op(s, o, '/', true); }
    @Exposed.Method(name = "__pow__", params = {"o", "mod=None", "/"})
    public static Object pow(Object s, Object o, Object mod) { return op(s, o, 'p', false); }
    @Exposed.Method(name = "__rpow__", params = {"o", "mod=None", "/"})
    public static Object rpow(Object s, Object o, Object mod) { return op(s, o, 'p', true); }

    @Exposed.Method(name = "__neg__")
    public static Object neg(Object s) {
        PyComplex c = (PyComplex) s;
        return new PyComplex(-c.real, -c.imag);
    }

    @Exposed.Method(name = "__pos__")
    public static Object pos(Object s) { return s; }

    @Exposed.Method(name = "__abs__")
    public static Object abs(Object s) {
        PyComplex c = (PyComplex) s;
        return Math.hypot(c.real, c.imag);
    }

    @Exposed.Method(name = "__bool__")
    public static Object bool(Object s) {
        PyComplex c = (PyComplex) s;
        return c.real != 0 || c.imag != 0;
    }

    @Exposed.Method(name = "__eq__", params = {"o", "/"})
    public static Object eq(Object s, Object o) {
        PyComplex a = (PyComplex) s, b = asComplex(o);
        if (b == null) return Singletons.NOT_IMPLEMENTED;
        return a.real == b.real && a.imag == b.imag;
    }

    @Exposed.Method(name = "__ne__", params = {"o", "/"})
    public static Object ne(Object s, Object o) {
        Object r = eq(s, o);
        return r == Singletons.NOT_IMPLEMENTED ? r : !(Boolean) r;
    }

    @Exposed.Method(name = "__hash__")
    public static Object hash(Object s) {
        PyComplex c = (PyComplex) s;
        long h = PyFloat.hash(c.real) + 1000003L * PyFloat.hash(c.imag);
        return h == -1 ? -2L : h;
    }

    @Exposed.Method(name = "conjugate")
    public static Object conjugate(Object s) {
        PyComplex c = (PyComplex) s;
        return new PyComplex(c.real, -c.imag);
    }

    @Exposed.Getter("real")
    public static Object real(Object s) { return ((PyComplex) s).real; }
    @Exposed.Getter("imag")
    public static Object imag(Object s) { return ((PyComplex) s).imag; }

    private static String part(double d) {
        String r = FloatFormat.repr(d);
        return r.endsWith(".0") ? r.substring(0, r.length() - 2) : r;
    }

    @Exposed.Method(name = "__repr__")
    public static Object repr(Object s) {
        PyComplex c = (PyComplex) s;
        if (c.real == 0 && Math.copySign(1.0, c.real) > 0) return part(c.imag) + "j";
        String im = part(c.imag);
        String sign = im.startsWith("-") ? "" : "+";
        if (Double.isNaN(c.imag)) sign = "+";
        return "(" + part(c.real) + sign + im + "j)";
    }

    @Exposed.Method(name = "__new__", isStatic = true, params = {"cls", "real=?", "imag=?"})
    public static Object new_(Object cls, Object real, Object imag) {
        if (real instanceof String str) {
            if (imag != Signature.MISSING) throw PyExc.typeError("complex() can't take second arg if first is a string");
            return parse(str);
        }
        if (imag instanceof String) throw PyExc.typeError("complex() second arg can't be a string");
        double crReal = 0, crImag = 0, ciReal = 0, ciImag = 0;
        boolean crComplex = false, ciComplex = false;
        if (real != Signature.MISSING) {
            PyComplex c = real instanceof PyComplex pc ? pc : complexOf(real);
            if (c != null) {
                crReal = c.real;
                crImag = c.imag;
                crComplex = true;
            } else {
                crReal = Abstract.asDouble(real);
            }
        }
        if (imag != Signature.MISSING) {
            if (imag instanceof PyComplex c) {
                ciReal = c.real;
                ciImag = c.imag;
                ciComplex = true;
            } else {
                ciReal = Abstract.asDouble(imag);
            }
        } else if (crComplex) {
            return new PyComplex(crReal, crImag);
        }
        if (ciComplex) crReal -= ciImag;
        if (crComplex && imag != Signature.MISSING) ciReal += crImag;
        return new PyComplex(crReal, ciReal);
    }

    /** An object's {@code __complex__} result, or null if it has none. */
    private static PyComplex complexOf(Object o) {
        if (o instanceof Double || o instanceof Long || o instanceof Boolean) return null;
        Object r = Abstract.callSpecial(o, "__complex__");
        if (r == null) return null;
        if (r instanceof PyComplex c) return c;
        throw PyExc.typeError("__complex__ returned non-complex (type " + PyType.of(r).getName() + ")");
    }

    @Exposed.Method(name = "__format__", params = {"spec", "/"})
    public static Object format(Object s, Object spec) {
        PyComplex c = (PyComplex) s;
        String sp = (String) spec;
        if (sp.isEmpty()) return Abstract.str(s);
        return org.jyco.runtime.format.FormatSpec.formatComplex(c.real, c.imag, sp);
    }

    private static PyComplex parse(String text) {
        String s = text.strip().replace("_", "");
        if (s.startsWith("(") && s.endsWith(")")) s = s.substring(1, s.length() - 1).strip();
        try {
            if (s.endsWith("j") || s.endsWith("J")) {
                String body = s.substring(0, s.length() - 1);
                int split = -1;
                for (int k = body.length() - 1; k > 0; k--) {
                    char ch = body.charAt(k);
                    if ((ch == '+' || ch == '-') && Character.toLowerCase(body.charAt(k - 1)) != 'e') {
                        split = k;
                        break;
                    }
                }
                if (split < 0) {
                    double im = body.isEmpty() || body.equals("+") ? 1 : body.equals("-") ? -1 : PyFloat.parse(body);
                    return new PyComplex(0, im);
                }
                String re = body.substring(0, split), im = body.substring(split);
                double imv = im.equals("+") ? 1 : im.equals("-") ? -1 : PyFloat.parse(im);
                return new PyComplex(PyFloat.parse(re), imv);
            }
            return new PyComplex(PyFloat.parse(s), 0);
        } catch (org.jyco.runtime.PyException e) {
            throw PyExc.valueError("complex() arg is a malformed string");
        }
    }
}
