package org.jyco.stdlib;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Elementary functions evaluated in double-double arithmetic (about 100 bits) and rounded once,
 * for the functions where Java's fdlibm-derived implementations are often an ulp away from the
 * correctly rounded result that glibc (and so CPython on Linux) returns: atan, asin, acos, atan2
 * and log10. Also cosh and sinh in fdlibm's formulation on top of the intrinsic exp.
 */
final class Accurate {
    private Accurate() {}

    private static final MathContext MC = new MathContext(50, RoundingMode.HALF_EVEN);

    // π/2 and π as double-double
    private static final double PIO2_HI = 1.5707963267948966;
    private static final double PIO2_LO = 6.123233995736766e-17;
    private static final double PI_HI = 3.141592653589793;
    private static final double PI_LO = 1.2246467991473532e-16;

    /** atan(k/16) for k = 0..16, as double-double. */
    private static final double[] ATAN_HI = new double[17];
    private static final double[] ATAN_LO = new double[17];

    static {
        for (int k = 0; k <= 16; k++) {
            BigDecimal v = bigAtan(BigDecimal.valueOf(k).divide(BigDecimal.valueOf(16), MC));
            double hi = v.doubleValue();
            ATAN_HI[k] = hi;
            ATAN_LO[k] = v.subtract(new BigDecimal(hi), MC).doubleValue();
        }
    }

    /** atan of a BigDecimal in [0, 1]: halve the argument twice, then the Taylor series. */
    private static BigDecimal bigAtan(BigDecimal y) {
        if (y.signum() == 0) return BigDecimal.ZERO;
        BigDecimal z = y;
        int halvings = 0;
        while (z.compareTo(new BigDecimal("0.1")) > 0) {
            // atan(z) = 2 atan(z / (1 + sqrt(1 + z^2)))
            z = z.divide(BigDecimal.ONE.add(BigDecimal.ONE.add(z.multiply(z, MC), MC).sqrt(MC), MC), MC);
            halvings++;
        }
        BigDecimal z2 = z.multiply(z, MC);
        BigDecimal power = z;
        BigDecimal sum = z;
        for (int n = 3, sign = -1; n < 200; n += 2, sign = -sign) {
            power = power.multiply(z2, MC);
            BigDecimal term = power.divide(BigDecimal.valueOf(n), MC);
            sum = sign < 0 ? sum.subtract(term, MC) : sum.add(term, MC);
            if (term.compareTo(BigDecimal.ONE.movePointLeft(60)) < 0) break;
        }
        return sum.multiply(BigDecimal.valueOf(1L << halvings), MC);
    }

    // ================================================================== atan and friends

    /**
     * atan(t) for t = hi + lo with 0 <= hi (any size): the result as double-double in out[0..1].
     */
    private static void atanDD(double hi, double lo, double[] out) {
        boolean invert = hi > 1.0;
        if (invert) {
            if (Double.isInfinite(hi)) {
                out[0] = PIO2_HI;
                out[1] = PIO2_LO;
                return;
            }
            double r = 1.0 / hi;
            double rLo = (Math.fma(-r, hi, 1.0) - r * lo) / hi;
            hi = r;
            lo = rLo;
        }
        // t = c + ..., c = k/16 nearest; u = (t - c) / (1 + t c)
        int k = (int) Math.rint(hi * 16.0);
        double c = k / 16.0;
        double nHi = hi - c; // exact: c is within 1/32 of hi (or zero)
        double n2 = nHi + lo;
        double nb = n2 - nHi;
        double nLo = (nHi - (n2 - nb)) + (lo - nb);
        nHi = n2;
        double p = hi * c;
        double pLo = Math.fma(hi, c, -p) + lo * c;
        double dHi = 1.0 + p;
        double dLo = ((1.0 - dHi) + p) + pLo;
        double u = nHi / dHi;
        double uLo = (Math.fma(-u, dHi, nHi) + nLo - u * dLo) / dHi;
        // atan(u) = u (1 + S), S = -u^2/3 + u^4/5 - ...
        double u2 = u * u;
        double u2Lo = Math.fma(u, u, -u2) + 2.0 * u * uLo;
        double tail = 0.0;
        double pow = u2 * u2;
        for (int n = 5, sign = 1; n < 40 && pow != 0.0; n += 2, sign = -sign) {
            double term = pow / n;
            tail += sign * term;
            if (term < 1e-40) break;
            pow *= u2;
        }
        double t3 = u2 / 3.0;
        double t3Lo = (Math.fma(-t3, 3.0, u2) + u2Lo) / 3.0;
        double s = -t3 + tail;
        double sLo = ((-t3 - s) + tail) - t3Lo;
        // u * S
        double us = u * s;
        double usLo = Math.fma(u, s, -us) + u * sLo + uLo * s;
        // atan(u) = u + u S
        double aHi = u + us;
        double aLo = ((u - aHi) + us) + uLo + usLo;
        // + atan(c)
        double rHi = ATAN_HI[k] + aHi;
        double bp = rHi - ATAN_HI[k];
        double rLo = ((ATAN_HI[k] - (rHi - bp)) + (aHi - bp)) + aLo + ATAN_LO[k];
        if (invert) {
            // pi/2 - r
            double q = PIO2_HI - rHi;
            double bq = q - PIO2_HI;
            double qLo = ((PIO2_HI - (q - bq)) + (-rHi - bq)) + PIO2_LO - rLo;
            rHi = q;
            rLo = qLo;
        }
        double f = rHi + rLo;
        out[0] = f;
        out[1] = rLo - (f - rHi);
    }

    static double atan(double x) {
        if (Double.isNaN(x)) return x;
        double a = Math.abs(x);
        if (a < 0x1p-27) return x;
        if (a > 0x1p66) return Math.copySign(PIO2_HI, x);
        double[] r = new double[2];
        atanDD(a, 0.0, r);
        return Math.copySign(r[0] + r[1], x);
    }

    static double asin(double x) {
        if (Double.isNaN(x)) return x;
        double a = Math.abs(x);
        if (a > 1.0) return Double.NaN;
        if (a < 0x1p-26) return x;
        if (a == 1.0) return Math.copySign(PIO2_HI, x);
        // w = 1 - a^2 in double-double
        double p = a * a;
        double pLo = Math.fma(a, a, -p);
        double w = 1.0 - p;
        double wLo = ((1.0 - w) - p) - pLo;
        // s = sqrt(w)
        double s = Math.sqrt(w);
        double sLo = (Math.fma(-s, s, w) + wLo) / (2.0 * s);
        // t = a / s
        double t = a / s;
        double tLo = (Math.fma(-t, s, a) - t * sLo) / s;
        double[] r = new double[2];
        atanDD(t, tLo, r);
        return Math.copySign(r[0] + r[1], x);
    }

    static double acos(double x) {
        if (Double.isNaN(x)) return x;
        if (Math.abs(x) > 1.0) return Double.NaN;
        if (x == 1.0) return 0.0;
        if (x == -1.0) return PI_HI;
        // acos x = 2 atan(sqrt((1 - x) / (1 + x)))
        double n = 1.0 - x;
        double nLo = ((1.0 - n) - x);
        double d = 1.0 + x;
        double dLo = ((1.0 - d) + x);
        double q = n / d;
        double qLo = (Math.fma(-q, d, n) + nLo - q * dLo) / d;
        double s = Math.sqrt(q);
        double sLo = (Math.fma(-s, s, q) + qLo) / (2.0 * s);
        double[] r = new double[2];
        atanDD(s, sLo, r);
        return 2.0 * r[0] + 2.0 * r[1];
    }

    static double atan2(double y, double x) {
        if (Double.isNaN(x) || Double.isNaN(y)) return x + y;
        if (y == 0.0 || x == 0.0 || Double.isInfinite(x) || Double.isInfinite(y)) return Math.atan2(y, x);
        int ey = Math.getExponent(y), ex = Math.getExponent(x);
        if (Math.abs(ey - ex) > 900 || ey < -960 || ex < -960) return Math.atan2(y, x);
        double ay = Math.abs(y), ax = Math.abs(x);
        double[] r = new double[2];
        double hi, lo;
        if (ay <= ax) {
            double t = ay / ax;
            double tLo = Math.fma(-t, ax, ay) / ax;
            atanDD(t, tLo, r);
            hi = r[0];
            lo = r[1];
            if (x < 0) {
                // pi - atan(|y/x|)
                double q = PI_HI - hi;
                double bq = q - PI_HI;
                lo = ((PI_HI - (q - bq)) + (-hi - bq)) + PI_LO - lo;
                hi = q;
            }
        } else {
            double t = ax / ay;
            double tLo = Math.fma(-t, ay, ax) / ay;
            atanDD(t, tLo, r);
            // pi/2 -/+ atan(|x/y|)
            double sgn = x < 0 ? 1.0 : -1.0;
            double q = PIO2_HI + sgn * r[0];
            double bq = q - PIO2_HI;
            lo = ((PIO2_HI - (q - bq)) + (sgn * r[0] - bq)) + PIO2_LO + sgn * r[1];
            hi = q;
        }
        return Math.copySign(hi + lo, y);
    }

    // ================================================================== logarithms

    private static final double LN2_HI = 0.6931471805599453;

    private static final double IVLN10 = 4.34294481903251816668e-01;
    private static final double LOG10_2HI = 3.01029995663611771306e-01;
    private static final double LOG10_2LO = 3.69423907715893078616e-13;

    /**
     * log10 as glibc computes it (fdlibm's formulation over the natural logarithm): splitting
     * off the binary exponent keeps exact results for powers of ten.
     */
    static double log10(double x) {
        if (Double.isNaN(x) || x < 0) return Double.NaN;
        if (x == 0) return Double.NEGATIVE_INFINITY;
        if (Double.isInfinite(x)) return x;
        int k = 0;
        if (x < Double.MIN_NORMAL) {
            k -= 54;
            x *= 0x1p54;
        }
        int e = Math.getExponent(x);
        k += e;
        double m = Math.scalb(x, -e); // [1, 2)
        double y;
        if (k < 0) {
            m *= 0.5;
            y = k + 1;
        } else {
            y = k;
        }
        double z = y * LOG10_2LO + IVLN10 * Math.log(m);
        return z + y * LOG10_2HI;
    }

    // ================================================================== hyperbolic functions

    private static final double LN_MAX = 7.09782712893383973096e+02;
    private static final double OVERFLOW_THRESHOLD = 7.10475860073943863426e+02;

    static double cosh(double x) {
        if (Double.isNaN(x)) return x;
        double a = Math.abs(x);
        if (Double.isInfinite(a)) return a;
        if (a < 0.5 * LN2_HI) {
            double t = Math.expm1(a);
            double w = 1.0 + t;
            if (a < 0x1p-55) return w;
            return 1.0 + (t * t) / (w + w);
        }
        if (a < 22.0) {
            double t = Math.exp(a);
            return 0.5 * t + 0.5 / t;
        }
        if (a < LN_MAX) return 0.5 * Math.exp(a);
        if (a <= OVERFLOW_THRESHOLD) {
            double w = Math.exp(0.5 * a);
            double t = 0.5 * w;
            return t * w;
        }
        return Double.POSITIVE_INFINITY;
    }

    static double sinh(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) return x;
        double a = Math.abs(x);
        double h = x < 0 ? -0.5 : 0.5;
        if (a < 22.0) {
            if (a < 0x1p-28) return x;
            double t = Math.expm1(a);
            if (a < 1.0) return h * (2.0 * t - t * t / (t + 1.0));
            return h * (t + t / (t + 1.0));
        }
        if (a < LN_MAX) return h * Math.exp(a);
        if (a <= OVERFLOW_THRESHOLD) {
            double w = Math.exp(0.5 * a);
            double t = h * w;
            return t * w;
        }
        return x * 1e307 * 1e307;
    }
}
