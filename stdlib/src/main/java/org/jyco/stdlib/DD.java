package org.jyco.stdlib;

import java.math.BigDecimal;

/**
 * A double-double number (an unevaluated sum hi + lo with |lo| at most half an ulp of hi),
 * about 106 bits of precision, with the operations the fast paths of {@link BigMath} need:
 * arithmetic, exp and log. Relative errors are a few units of 2**-104 per operation.
 */
final class DD {
    final double hi;
    final double lo;

    DD(double hi, double lo) {
        this.hi = hi;
        this.lo = lo;
    }

    static final DD ONE = new DD(1.0, 0.0);
    static final DD LN2 = of(new BigDecimal("0.693147180559945309417232121458176568075500134360255254120680009493393621969694715605863326996418687542"));
    static final DD PI = of(new BigDecimal("3.14159265358979323846264338327950288419716939937510582097494459230781640628620899862803482534211706798"));

    static DD of(double x) {
        return new DD(x, 0.0);
    }

    static DD of(BigDecimal b) {
        double hi = b.doubleValue();
        double lo = b.subtract(new BigDecimal(hi)).doubleValue();
        return new DD(hi, lo);
    }

    BigDecimal toBig() {
        return new BigDecimal(hi).add(new BigDecimal(lo));
    }

    private static DD fast(double a, double b) {
        double s = a + b;
        return new DD(s, b - (s - a));
    }

    static DD twoSum(double a, double b) {
        double s = a + b;
        double bb = s - a;
        return new DD(s, (a - (s - bb)) + (b - bb));
    }

    DD add(DD b) {
        double s = hi + b.hi;
        double bb = s - hi;
        double e = (hi - (s - bb)) + (b.hi - bb);
        double t = lo + b.lo;
        double tb = t - lo;
        double f = (lo - (t - tb)) + (b.lo - tb);
        e += t;
        double s2 = s + e;
        e = e - (s2 - s);
        e += f;
        return fast(s2, e);
    }

    DD add(double b) {
        double s = hi + b;
        double bb = s - hi;
        double e = (hi - (s - bb)) + (b - bb);
        e += lo;
        return fast(s, e);
    }

    DD neg() {
        return new DD(-hi, -lo);
    }

    DD sub(DD b) {
        return add(b.neg());
    }

    DD sub(double b) {
        return add(-b);
    }

    DD mul(DD b) {
        double p = hi * b.hi;
        double e = Math.fma(hi, b.hi, -p) + (hi * b.lo + lo * b.hi);
        return fast(p, e);
    }

    DD mul(double b) {
        double p = hi * b;
        double e = Math.fma(hi, b, -p) + lo * b;
        return fast(p, e);
    }

    DD div(DD b) {
        double q1 = hi / b.hi;
        DD r = sub(b.mul(q1));
        double q2 = r.hi / b.hi;
        r = r.sub(b.mul(q2));
        double q3 = r.hi / b.hi;
        return fast(q1, q2).add(q3);
    }

    DD div(double b) {
        double q1 = hi / b;
        DD r = sub(of(b).mul(q1));
        double q2 = r.hi / b;
        r = r.sub(of(b).mul(q2));
        double q3 = r.hi / b;
        return fast(q1, q2).add(q3);
    }

    DD scalb(int k) {
        return new DD(Math.scalb(hi, k), Math.scalb(lo, k));
    }

    double value() {
        return hi + lo;
    }

    // ================================================================== exp and log

    /** e**a; infinite or zero beyond the double range (precision degrades below about 1e-290). */
    static DD exp(DD a) {
        if (a.hi > 709.8) return of(Double.POSITIVE_INFINITY);
        if (a.hi < -745.2) return of(0.0);
        double k = Math.rint(a.hi / LN2.hi);
        DD r = a.sub(LN2.mul(k));
        DD s = r.scalb(-8);
        // expm1(s) by its Taylor series, |s| < 0.0014
        DD term = s;
        DD sum = s;
        for (int n = 2; n < 16; n++) {
            term = term.mul(s).div((double) n);
            sum = sum.add(term);
            if (Math.abs(term.hi) < 1e-36 * Math.abs(sum.hi)) break;
        }
        // (1 + t)^2 - 1 = t (t + 2), eight times
        for (int i = 0; i < 8; i++) sum = sum.mul(sum.add(2.0));
        return sum.add(1.0).scalb((int) k);
    }

    /** Natural logarithm of a positive number. */
    static DD log(DD a) {
        int k = Math.getExponent(a.hi);
        DD m = a.scalb(-k);
        double y = Math.log(m.hi);
        // one Newton step: log m = y + log(m e**-y), and m e**-y = 1 + t with tiny t
        DD t = m.mul(exp(of(-y))).sub(1.0);
        DD l = of(y).add(t.sub(t.mul(t).mul(0.5)));
        return l.add(LN2.mul(k));
    }
}
