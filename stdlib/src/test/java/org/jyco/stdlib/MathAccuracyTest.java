package org.jyco.stdlib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.jyco.runtime.types.PyList;
import org.junit.jupiter.api.Test;

/**
 * Accuracy of the math module's own implementations, checked against high-precision reference
 * values computed here with BigDecimal (independently of the code under test): these functions
 * are meant to be correctly rounded.
 */
class MathAccuracyTest {
    private static final MathContext MC = new MathContext(60, RoundingMode.HALF_EVEN);
    private static final BigDecimal PI = new BigDecimal(
        "3.14159265358979323846264338327950288419716939937510582097494459230781640628620899863");

    /** atan by argument halving and the Taylor series. */
    private static BigDecimal refAtan(BigDecimal x) {
        if (x.signum() < 0) return refAtan(x.negate()).negate();
        if (x.compareTo(BigDecimal.ONE) > 0) {
            return PI.divide(BigDecimal.valueOf(2), MC).subtract(refAtan(BigDecimal.ONE.divide(x, MC)), MC);
        }
        int k = 0;
        while (x.compareTo(new BigDecimal("0.05")) > 0) {
            x = x.divide(BigDecimal.ONE.add(BigDecimal.ONE.add(x.multiply(x, MC)).sqrt(MC)), MC);
            k++;
        }
        BigDecimal x2 = x.multiply(x, MC), p = x, s = x;
        for (int n = 3; n < 400; n += 2) {
            p = p.multiply(x2, MC).negate();
            BigDecimal t = p.divide(BigDecimal.valueOf(n), MC);
            s = s.add(t, MC);
            if (t.abs().compareTo(new BigDecimal("1e-70")) < 0) break;
        }
        return s.multiply(BigDecimal.valueOf(1L << k));
    }

    private static BigDecimal refAsin(double x) {
        BigDecimal b = new BigDecimal(x);
        BigDecimal c = BigDecimal.ONE.subtract(b.multiply(b)).sqrt(MC);
        if (c.signum() == 0) return PI.divide(BigDecimal.valueOf(x > 0 ? 2 : -2), MC);
        return refAtan(b.divide(c, MC));
    }

    private static double randomScaled(SplittableRandom r, int minExp, int maxExp) {
        return Math.scalb(r.nextDouble(), minExp + r.nextInt(maxExp - minExp + 1)) * (r.nextBoolean() ? 1 : -1);
    }

    @Test
    void atanAsinAcosAtan2AreCorrectlyRounded() {
        SplittableRandom r = new SplittableRandom(42);
        List<String> bad = new ArrayList<>();
        for (int i = 0; i < 1500; i++) {
            double x = randomScaled(r, -30, 30);
            double want = refAtan(new BigDecimal(x)).doubleValue();
            if (Accurate.atan(x) != want) bad.add("atan(" + x + ")");
            double y = r.nextDouble() * 2 - 1;
            if (Accurate.asin(y) != refAsin(y).doubleValue()) bad.add("asin(" + y + ")");
            BigDecimal acos = PI.divide(BigDecimal.valueOf(2), MC).subtract(refAsin(y), MC);
            if (Accurate.acos(y) != acos.doubleValue()) bad.add("acos(" + y + ")");
            double a = randomScaled(r, -10, 10), b = randomScaled(r, -10, 10);
            BigDecimal at = refAtan(new BigDecimal(a).divide(new BigDecimal(b), MC));
            if (b < 0) at = a >= 0 ? at.add(PI, MC) : at.subtract(PI, MC);
            if (Accurate.atan2(a, b) != at.doubleValue()) bad.add("atan2(" + a + ", " + b + ")");
        }
        assertTrue(bad.size() <= 2, "not correctly rounded: " + bad);
    }

    @Test
    void specialFunctionsAreCorrectlyRounded() {
        BigDecimal sqrtPi = PI.sqrt(MC);
        assertEquals(sqrtPi.doubleValue(), BigMath.gamma(0.5));
        assertEquals(sqrtPi.divide(BigDecimal.valueOf(2), MC).doubleValue(), BigMath.gamma(1.5));
        assertEquals(sqrtPi.multiply(BigDecimal.valueOf(-2)).doubleValue(), BigMath.gamma(-0.5));
        for (int n = 1; n <= 30; n++) {
            assertEquals(new BigDecimal(MathModule.factorialBig(n - 1)).doubleValue(), BigMath.gamma(n), "gamma(" + n + ")");
        }
        // lgamma(-2.5) = ln(8 sqrt(pi) / 15)
        assertEquals(-0.056243716497674050672594530097654284122944102552849, BigMath.lgamma(-2.5));
        assertEquals(new BigDecimal("0.8427007929497148693412206350826092592960669979663029").doubleValue(), BigMath.erf(1.0));
        assertEquals(new BigDecimal("0.1572992070502851306587793649173907407039330020336971").doubleValue(), BigMath.erfc(1.0));
        assertEquals(new BigDecimal("2.088487583762544757000786294957788611560818119321163727e-45").doubleValue(), BigMath.erfc(10.0));
        assertEquals(new BigDecimal("1.5374597944280348501883434853833788901180503147233804e-12").doubleValue(), BigMath.erfc(5.0));
        assertEquals(1.0, BigMath.erf(6.0));
        assertEquals(0.0, BigMath.erfc(28.0));
    }

    @Test
    void logarithmsAreExactWhereTheyShouldBe() {
        for (int e = -1074; e <= 1023; e++) {
            assertEquals((double) e, MathModule.log2d(Math.scalb(1.0, e)), "log2(2**" + e + ")");
        }
        double p = 1.0;
        for (int e = 0; e <= 22; e++, p *= 10) {
            assertEquals((double) e, Accurate.log10(p), "log10(1e" + e + ")");
        }
        SplittableRandom r = new SplittableRandom(7);
        int bad = 0;
        for (int i = 0; i < 2000; i++) {
            double x = Math.abs(randomScaled(r, -100, 100));
            // log2(x) = ln(x) / ln(2) to 60 digits
            BigDecimal ref = BigMath.ln(new BigDecimal(x)).divide(BigMath.LN2, MC);
            if (MathModule.log2d(x) != ref.doubleValue()) bad++;
        }
        assertTrue(bad <= 2, bad + " log2 results not correctly rounded");
    }

    @Test
    void fsumIsExactlyRounded() {
        SplittableRandom r = new SplittableRandom(3);
        for (int t = 0; t < 300; t++) {
            int n = 1 + r.nextInt(50);
            Object[] xs = new Object[n];
            BigDecimal exact = BigDecimal.ZERO;
            for (int i = 0; i < n; i++) {
                double x = randomScaled(r, -60, 60);
                xs[i] = x;
                exact = exact.add(new BigDecimal(x));
            }
            double got = (Double) MathModule.fsum(PyList.of(xs));
            assertEquals(exact.doubleValue(), got, "fsum #" + t);
        }
    }

    @Test
    void hypotIsCorrectlyRounded() {
        SplittableRandom r = new SplittableRandom(5);
        int bad = 0;
        for (int t = 0; t < 2000; t++) {
            int n = 2 + r.nextInt(4);
            double[] v = new double[n];
            BigDecimal sum = BigDecimal.ZERO;
            double max = 0;
            for (int i = 0; i < n; i++) {
                v[i] = Math.abs(randomScaled(r, -20, 20));
                max = Math.max(max, v[i]);
                BigDecimal b = new BigDecimal(v[i]);
                sum = sum.add(b.multiply(b));
            }
            if (MathModule.vectorNorm(v, max, false) != sum.sqrt(MC).doubleValue()) bad++;
        }
        assertTrue(bad <= 2, bad + " hypot results not correctly rounded");
    }

    @Test
    void ldexpRoundsOnceIntoSubnormals() {
        SplittableRandom r = new SplittableRandom(11);
        for (int t = 0; t < 2000; t++) {
            double x = 1 + r.nextDouble();
            int n = -1022 - r.nextInt(60);
            BigDecimal exact = new BigDecimal(x).multiply(BigMath.pow2(n));
            assertEquals(exact.doubleValue(), MathModule.ldexpd(x, n), "ldexp(" + x + ", " + n + ")");
        }
    }
}
