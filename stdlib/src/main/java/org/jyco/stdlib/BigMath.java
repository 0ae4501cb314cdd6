package org.jyco.stdlib;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * High-precision evaluation of the special functions of the math module (erf, erfc, gamma,
 * lgamma) with {@link BigDecimal}: each is computed to about 80 significant digits and rounded
 * once to a double, so results are correctly rounded. Also a double-double base-2 logarithm.
 */
final class BigMath {
    private BigMath() {}

    static final int DIGITS = 80;
    static final MathContext MC = new MathContext(DIGITS, RoundingMode.HALF_EVEN);
    private static final BigDecimal TWO = BigDecimal.valueOf(2);
    private static final BigDecimal HALF = new BigDecimal("0.5");
    private static final BigDecimal EPS = BigDecimal.ONE.movePointLeft(DIGITS + 4);

    static final BigDecimal LN2 = computeLn2();
    static final BigDecimal PI = computePi();
    static final BigDecimal LN_PI = ln(PI);
    static final BigDecimal HALF_LN_2PI = ln(PI.multiply(TWO, MC)).multiply(HALF, MC);
    static final BigDecimal TWO_OVER_SQRT_PI = TWO.divide(PI.sqrt(MC), MC);
    static final BigDecimal ONE_OVER_SQRT_PI = BigDecimal.ONE.divide(PI.sqrt(MC), MC);
    /** B(2k) / (2k (2k-1)) for k = 1..40: the coefficients of Stirling's series. */
    private static final BigDecimal[] STIRLING = stirlingCoefficients(40);

    // ================================================================== elementary functions

    private static BigDecimal computeLn2() {
        // ln 2 = 2 atanh(1/3)
        return atanhSeries(BigDecimal.ONE.divide(BigDecimal.valueOf(3), MC)).multiply(TWO, MC);
    }

    /** atanh(z) = z + z^3/3 + z^5/5 + ... for small |z|. */
    private static BigDecimal atanhSeries(BigDecimal z) {
        BigDecimal z2 = z.multiply(z, MC);
        BigDecimal power = z;
        BigDecimal sum = z;
        for (int n = 3; ; n += 2) {
            power = power.multiply(z2, MC);
            BigDecimal term = power.divide(BigDecimal.valueOf(n), MC);
            sum = sum.add(term, MC);
            if (small(term, sum)) break;
        }
        return sum;
    }

    private static BigDecimal computePi() {
        // Machin: pi = 16 atan(1/5) - 4 atan(1/239)
        return atanInv(5).multiply(BigDecimal.valueOf(16), MC).subtract(atanInv(239).multiply(BigDecimal.valueOf(4), MC), MC);
    }

    private static BigDecimal atanInv(int n) {
        BigDecimal x = BigDecimal.ONE.divide(BigDecimal.valueOf(n), MC);
        BigDecimal x2 = x.multiply(x, MC);
        BigDecimal power = x;
        BigDecimal sum = x;
        for (int k = 3, sign = -1; ; k += 2, sign = -sign) {
            power = power.multiply(x2, MC);
            BigDecimal term = power.divide(BigDecimal.valueOf(k), MC);
            sum = sign < 0 ? sum.subtract(term, MC) : sum.add(term, MC);
            if (small(term, sum)) break;
        }
        return sum;
    }

    private static boolean small(BigDecimal term, BigDecimal sum) {
        if (term.signum() == 0) return true;
        if (sum.signum() == 0) return false;
        return term.abs().compareTo(sum.abs().multiply(EPS)) < 0;
    }

    /** 2**k exactly. */
    static BigDecimal pow2(long k) {
        if (k >= 0) return new BigDecimal(BigInteger.ONE.shiftLeft((int) k));
        return new BigDecimal(BigInteger.valueOf(5).pow((int) -k), (int) -k);
    }

    /** e**x for moderate |x| (below a few thousand). */
    static BigDecimal exp(BigDecimal x) {
        if (x.signum() == 0) return BigDecimal.ONE;
        long k = x.divide(LN2, MathContext.DECIMAL64).setScale(0, RoundingMode.HALF_EVEN).longValueExact();
        BigDecimal r = x.subtract(LN2.multiply(BigDecimal.valueOf(k)), MC);
        BigDecimal term = BigDecimal.ONE;
        BigDecimal sum = BigDecimal.ONE;
        for (int n = 1; ; n++) {
            term = term.multiply(r, MC).divide(BigDecimal.valueOf(n), MC);
            sum = sum.add(term, MC);
            if (small(term, sum)) break;
        }
        return sum.multiply(pow2(k), MC);
    }

    /** Natural logarithm of a positive number. */
    static BigDecimal ln(BigDecimal x) {
        if (x.signum() <= 0) throw new ArithmeticException("ln of non-positive");
        // x = m * 2**k with m in [1/sqrt2, sqrt2]
        long k = Math.round((x.unscaledValue().bitLength() - x.scale() * 3.321928094887362));
        BigDecimal m = x.multiply(pow2(-k));
        double md = m.doubleValue();
        int adj = Math.getExponent(md);
        if (md / Math.scalb(1.0, adj) > 1.4142135623730951) adj++;
        if (adj != 0) {
            k += adj;
            m = m.multiply(pow2(-adj));
        }
        m = m.round(new MathContext(DIGITS + 10));
        BigDecimal z = m.subtract(BigDecimal.ONE).divide(m.add(BigDecimal.ONE), MC);
        BigDecimal lnm = z.signum() == 0 ? BigDecimal.ZERO : atanhSeries(z).multiply(TWO, MC);
        return lnm.add(LN2.multiply(BigDecimal.valueOf(k), MC), MC);
    }

    /** sin(pi * r) for an exact r. */
    static BigDecimal sinPi(BigDecimal r) {
        BigDecimal t = r.remainder(TWO);
        if (t.signum() < 0) t = t.add(TWO);
        int sign = 1;
        if (t.compareTo(BigDecimal.ONE) >= 0) {
            t = t.subtract(BigDecimal.ONE);
            sign = -1;
        }
        if (t.compareTo(HALF) > 0) t = BigDecimal.ONE.subtract(t);
        if (t.signum() == 0) return BigDecimal.ZERO;
        BigDecimal a = PI.multiply(t, MC);
        BigDecimal a2 = a.multiply(a, MC);
        BigDecimal term = a;
        BigDecimal sum = a;
        for (int n = 1; ; n++) {
            term = term.multiply(a2, MC).divide(BigDecimal.valueOf((2L * n) * (2L * n + 1)), MC).negate();
            sum = sum.add(term, MC);
            if (small(term, sum)) break;
        }
        return sign < 0 ? sum.negate() : sum;
    }

    // ================================================================== gamma

    private static BigDecimal[] stirlingCoefficients(int count) {
        // Bernoulli numbers as fractions: B_m = -1/(m+1) * sum_{j<m} C(m+1, j) B_j
        int max = 2 * count;
        BigInteger[] num = new BigInteger[max + 1];
        BigInteger[] den = new BigInteger[max + 1];
        num[0] = BigInteger.ONE;
        den[0] = BigInteger.ONE;
        for (int m = 1; m <= max; m++) {
            BigInteger sn = BigInteger.ZERO, sd = BigInteger.ONE;
            BigInteger binom = BigInteger.ONE; // C(m+1, 0)
            for (int j = 0; j < m; j++) {
                if (j > 0) binom = binom.multiply(BigInteger.valueOf(m + 2 - j)).divide(BigInteger.valueOf(j));
                if (num[j].signum() == 0) continue;
                BigInteger tn = binom.multiply(num[j]);
                BigInteger td = den[j];
                sn = sn.multiply(td).add(tn.multiply(sd));
                sd = sd.multiply(td);
                BigInteger g = sn.gcd(sd);
                if (g.signum() != 0 && !g.equals(BigInteger.ONE)) {
                    sn = sn.divide(g);
                    sd = sd.divide(g);
                }
            }
            BigInteger n = sn.negate();
            BigInteger d = sd.multiply(BigInteger.valueOf(m + 1));
            BigInteger g = n.gcd(d);
            if (g.signum() != 0) {
                n = n.divide(g);
                d = d.divide(g);
            }
            num[m] = n;
            den[m] = d;
        }
        BigDecimal[] out = new BigDecimal[count];
        for (int k = 1; k <= count; k++) {
            BigInteger d = den[2 * k].multiply(BigInteger.valueOf((2L * k) * (2L * k - 1)));
            out[k - 1] = new BigDecimal(num[2 * k]).divide(new BigDecimal(d), MC);
        }
        return out;
    }

    /** ln Gamma(w) by Stirling's series, for w >= 40. */
    private static BigDecimal lnGammaLarge(BigDecimal w) {
        BigDecimal s = w.subtract(HALF).multiply(ln(w), MC).subtract(w, MC).add(HALF_LN_2PI, MC);
        BigDecimal w2 = w.multiply(w, MC);
        BigDecimal wpow = w;
        for (BigDecimal c : STIRLING) {
            BigDecimal term = c.divide(wpow, MC);
            s = s.add(term, MC);
            if (small(term, s)) break;
            wpow = wpow.multiply(w2, MC);
        }
        return s;
    }

    private static final BigDecimal SHIFT = BigDecimal.valueOf(40);

    /** {ln Gamma(z + n), product z (z+1) ... (z+n-1)} with z + n >= 40, for z > 0. */
    private static BigDecimal[] shifted(BigDecimal z) {
        BigDecimal prod = BigDecimal.ONE;
        BigDecimal w = z;
        while (w.compareTo(SHIFT) < 0) {
            prod = prod.multiply(w, MC);
            w = w.add(BigDecimal.ONE);
        }
        return new BigDecimal[] {lnGammaLarge(w), prod};
    }

    /** Gamma(z) for z > 0 (not too large). */
    private static BigDecimal gammaPos(BigDecimal z) {
        BigDecimal[] s = shifted(z);
        return exp(s[0]).divide(s[1], MC);
    }

    /** ln Gamma(z) for z > 0. */
    private static BigDecimal lnGammaPos(BigDecimal z) {
        BigDecimal[] s = shifted(z);
        return s[1].compareTo(BigDecimal.ONE) == 0 ? s[0] : s[0].subtract(ln(s[1]), MC);
    }

    /** Gamma(x) for finite x, not zero or a negative integer, x <= 200. */
    static double gammaSlow(double x) {
        BigDecimal z = new BigDecimal(x);
        if (x > 0) return gammaPos(z).doubleValue();
        BigDecimal s = sinPi(z);
        if (x < -200) return s.signum() < 0 ? -0.0 : 0.0;
        // reflection: Gamma(x) = pi / (sin(pi x) Gamma(1 - x))
        BigDecimal g = gammaPos(BigDecimal.ONE.subtract(z));
        double r = PI.divide(s.multiply(g, MC), MC).doubleValue();
        if (r == 0.0) r = s.signum() < 0 ? -0.0 : 0.0;
        return r;
    }

    /** ln |Gamma(x)| for finite x, not zero or a negative integer. */
    static double lgammaSlow(double x) {
        BigDecimal z = new BigDecimal(x);
        if (x > 0) return lnGammaPos(z).doubleValue();
        BigDecimal s = sinPi(z).abs();
        BigDecimal r = LN_PI.subtract(ln(s), MC).subtract(lnGammaPos(BigDecimal.ONE.subtract(z)), MC);
        return r.doubleValue();
    }

    // ================================================================== error function

    /** erf(x) to high precision, for |x| < 7. */
    private static BigDecimal erfBig(BigDecimal x) {
        BigDecimal x2 = x.multiply(x, MC);
        BigDecimal twoX2 = x2.multiply(TWO, MC);
        BigDecimal term = x;
        BigDecimal sum = x;
        for (int n = 1; ; n++) {
            term = term.multiply(twoX2, MC).divide(BigDecimal.valueOf(2L * n + 1), MC);
            sum = sum.add(term, MC);
            if (small(term, sum)) break;
        }
        return TWO_OVER_SQRT_PI.multiply(exp(x2.negate()), MC).multiply(sum, MC);
    }

    static double erfSlow(double x) {
        if (Double.isNaN(x)) return x;
        if (x == 0.0) return x;
        if (Math.abs(x) >= 6.0) return Math.copySign(1.0, x);
        return erfBig(new BigDecimal(x)).doubleValue();
    }

    static double erfcSlow(double x) {
        if (Double.isNaN(x)) return x;
        if (x <= -6.0) return 2.0;
        if (x >= 30.0) return 0.0;
        BigDecimal bx = new BigDecimal(x);
        if (x < 6.0) return BigDecimal.ONE.subtract(erfBig(bx), MC).doubleValue();
        // continued fraction: erfc x = exp(-x^2)/sqrt(pi) / (x + (1/2)/(x + 1/(x + (3/2)/(x + ...))))
        BigDecimal f = bx, c = bx, d = BigDecimal.ZERO;
        for (int n = 1; n < 100000; n++) {
            BigDecimal a = BigDecimal.valueOf(n).multiply(HALF);
            d = bx.add(a.multiply(d, MC), MC);
            d = BigDecimal.ONE.divide(d, MC);
            c = bx.add(a.divide(c, MC), MC);
            BigDecimal delta = c.multiply(d, MC);
            f = f.multiply(delta, MC);
            if (delta.subtract(BigDecimal.ONE).abs().compareTo(EPS) < 0) break;
        }
        BigDecimal r = exp(bx.multiply(bx).negate()).multiply(ONE_OVER_SQRT_PI, MC).divide(f, MC);
        return r.doubleValue();
    }

    // ================================================================== fast paths

    /*
     * The special functions evaluated in double-double arithmetic with a conservative bound on
     * their error: when the bound shows the rounded result is certain it is returned, otherwise
     * (near a rounding boundary, or outside the ranges handled) the BigDecimal evaluation
     * decides. The results are the same, only much faster.
     */

    private static final DD HALF_LN_2PI_DD = DD.of(HALF_LN_2PI);
    private static final DD LN_PI_DD = DD.of(LN_PI);
    private static final DD TWO_OVER_SQRT_PI_DD = DD.of(TWO_OVER_SQRT_PI);
    private static final DD ONE_OVER_SQRT_PI_DD = DD.of(ONE_OVER_SQRT_PI);
    private static final DD[] STIRLING_DD = new DD[18];
    /** Relative error bound of one double-double evaluation step, generously. */
    private static final double E = 0x1p-92;

    static {
        for (int k = 0; k < STIRLING_DD.length; k++) STIRLING_DD[k] = DD.of(STIRLING[k]);
    }

    /** v rounded to a double if an error of up to errAbs cannot change the rounding, else NaN. */
    static double certain(DD v, double errAbs) {
        double hi = v.hi, lo = v.lo;
        double a = Math.abs(hi);
        if (!(a >= Double.MIN_NORMAL && a < Double.POSITIVE_INFINITY)) return Double.NaN;
        // double-double loses precision near the subnormal range: allow for it
        errAbs += 0x1p-1070;
        boolean down = lo != 0.0 && (lo < 0) != (hi < 0);
        double gap = down ? a - Math.nextDown(a) : Math.nextUp(a) - a;
        return Math.abs(lo) + errAbs < gap * 0.5 ? hi : Double.NaN;
    }

    /** sin(pi x) for a double x that is not an integer. */
    private static DD sinPiDD(double x) {
        double r = Math.abs(x) % 2.0;
        boolean neg = x < 0;
        if (r >= 1.0) {
            r -= 1.0;
            neg = !neg;
        }
        if (r > 0.5) r = 1.0 - r;
        DD t = DD.PI.mul(r);
        DD t2 = t.mul(t);
        DD term = t, sum = t;
        for (int n = 1; n < 40; n++) {
            term = term.mul(t2).div((double) ((2 * n) * (2 * n + 1))).neg();
            sum = sum.add(term);
            if (Math.abs(term.hi) < 0x1p-112 * Math.abs(sum.hi)) break;
        }
        return neg ? sum.neg() : sum;
    }

    /** {ln Gamma(w), z (z+1) ... (w-1)} with w = z + n >= 20, for z > 0. */
    private static DD[] lnGammaShiftedDD(DD z) {
        DD prod = DD.ONE;
        DD w = z;
        while (w.hi < 20.0) {
            prod = prod.mul(w);
            w = w.add(1.0);
        }
        DD res = w.sub(0.5).mul(DD.log(w)).sub(w).add(HALF_LN_2PI_DD);
        DD iw = DD.ONE.div(w);
        DD iw2 = iw.mul(iw);
        DD s = STIRLING_DD[STIRLING_DD.length - 1];
        for (int k = STIRLING_DD.length - 2; k >= 0; k--) s = s.mul(iw2).add(STIRLING_DD[k]);
        return new DD[] {res.add(s.mul(iw)), prod};
    }

    static double gamma(double x) {
        double r = gammaFast(x);
        return Double.isNaN(r) ? gammaSlow(x) : r;
    }

    static double gammaFast(double x) {
        if (x > 0) {
            DD[] s = lnGammaShiftedDD(DD.of(x));
            if (s[0].hi > 709.0) return Double.NaN;
            DD g = DD.exp(s[0]).div(s[1]);
            return certain(g, Math.abs(g.hi) * E * (Math.abs(s[0].hi) + 16));
        }
        if (x < -170.0) return Double.NaN;
        DD sp = sinPiDD(x);
        DD[] s = lnGammaShiftedDD(DD.twoSum(1.0, -x));
        if (s[0].hi > 709.0) return Double.NaN;
        DD g = DD.PI.mul(s[1]).div(sp.mul(DD.exp(s[0])));
        return certain(g, Math.abs(g.hi) * E * (Math.abs(s[0].hi) + 16));
    }

    static double lgamma(double x) {
        double r = lgammaFast(x);
        return Double.isNaN(r) ? lgammaSlow(x) : r;
    }

    static double lgammaFast(double x) {
        if (x > 0) {
            DD[] s = lnGammaShiftedDD(DD.of(x));
            DD lp = s[1].hi == 1.0 && s[1].lo == 0.0 ? DD.of(0.0) : DD.log(s[1]);
            DD r = s[0].sub(lp);
            return certain(r, E * (Math.abs(s[0].hi) + Math.abs(lp.hi) + 1));
        }
        DD sp = sinPiDD(x);
        if (sp.hi < 0) sp = sp.neg();
        DD[] s = lnGammaShiftedDD(DD.twoSum(1.0, -x));
        DD lp = DD.log(s[1]);
        DD ls = DD.log(sp);
        DD r = LN_PI_DD.sub(ls).sub(s[0].sub(lp));
        return certain(r, E * (2 + Math.abs(ls.hi) + Math.abs(s[0].hi) + Math.abs(lp.hi)));
    }

    /** erf(x) in double-double for 0 < |x| < 6, by the series without cancellation. */
    private static DD erfDD(double x) {
        DD X = DD.of(x);
        DD x2 = X.mul(X);
        DD twoX2 = x2.mul(2.0);
        DD term = X, sum = X;
        for (int n = 1; n < 400; n++) {
            term = term.mul(twoX2).div((double) (2 * n + 1));
            sum = sum.add(term);
            if (Math.abs(term.hi) < 0x1p-112 * Math.abs(sum.hi)) break;
        }
        return TWO_OVER_SQRT_PI_DD.mul(DD.exp(x2.neg())).mul(sum);
    }

    static double erf(double x) {
        if (Double.isNaN(x) || x == 0.0) return x;
        if (Math.abs(x) >= 6.0) return Math.copySign(1.0, x);
        DD r = erfDD(x);
        double v = certain(r, Math.abs(r.hi) * E * (8 + x * x));
        return Double.isNaN(v) ? erfSlow(x) : v;
    }

    static double erfc(double x) {
        double v = erfcFast(x);
        return Double.isNaN(v) ? erfcSlow(x) : v;
    }

    static double erfcFast(double x) {
        if (Double.isNaN(x)) return x;
        if (x <= -6.0) return 2.0;
        if (x >= 27.5) return Double.NaN;
        if (x < 2.5) {
            if (x == 0.0) return 1.0;
            DD r = DD.ONE.sub(erfDD(x));
            return certain(r, E * (8 + x * x));
        }
        DD X = DD.of(x);
        DD f = X, c = X, d = DD.of(0.0);
        int n = 1;
        for (; n < 1000; n++) {
            double a = 0.5 * n;
            d = X.add(d.mul(a));
            d = DD.ONE.div(d);
            c = X.add(DD.of(a).div(c));
            DD delta = c.mul(d);
            f = f.mul(delta);
            if (Math.abs(delta.hi - 1.0) + Math.abs(delta.lo) < 0x1p-106) break;
        }
        DD r = DD.exp(X.mul(X).neg()).mul(ONE_OVER_SQRT_PI_DD).div(f);
        return certain(r, Math.abs(r.hi) * E * (16 + x * x + n));
    }

    // ================================================================== base-2 logarithm

    private static final double INV_LN2_HI = 1.4426950408889634;
    private static final double INV_LN2_LO = 2.0355273740931033e-17;

    /**
     * e + log2(m) for m in [1/sqrt2, sqrt2], in double-double arithmetic: ln m = 2 atanh(s)
     * with s = (m-1)/(m+1), then scaled by 1/ln 2 and rounded once.
     */
    static double log2Reduced(double m, int e) {
        double num = m - 1.0; // exact
        double den = m + 1.0;
        double denLo = (m - (den - 1.0));
        double q = num / den;
        double qLo = (Math.fma(-q, den, num) - q * denLo) / den;
        double s2 = q * q;
        double s2Lo = Math.fma(q, q, -s2) + 2.0 * q * qLo;
        // tail: s^4/5 + s^6/7 + ... in plain double
        double tail = 0.0;
        double p = s2 * s2;
        for (int k = 5; k < 80 && p != 0.0; k += 2) {
            double t = p / k;
            tail += t;
            if (t < 1e-40) break;
            p *= s2;
        }
        // T = s2/3 + tail
        double t3 = s2 / 3.0;
        double t3Lo = (Math.fma(-t3, 3.0, s2) + s2Lo) / 3.0;
        double tHi = t3 + tail;
        double tLo = (t3 - tHi) + tail + t3Lo;
        // U = 1 + T
        double uHi = 1.0 + tHi;
        double uLo = ((1.0 - uHi) + tHi) + tLo;
        // ln m = 2 s U
        double l = q * uHi;
        double lLo = Math.fma(q, uHi, -l) + q * uLo + qLo * uHi;
        l *= 2.0;
        lLo *= 2.0;
        // times 1/ln2
        double r = l * INV_LN2_HI;
        double rLo = Math.fma(l, INV_LN2_HI, -r) + l * INV_LN2_LO + lLo * INV_LN2_HI;
        // plus e
        double sum = e + r;
        double bp = sum - e;
        double err = (e - (sum - bp)) + (r - bp);
        return sum + (err + rLo);
    }
}
