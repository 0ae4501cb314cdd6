package org.jyco.stdlib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The double-double fast paths of erf, erfc, gamma and lgamma must return exactly what the
 * BigDecimal evaluation returns whenever they return anything, and should decide almost always.
 */
class FastPathTest {
    private static void check(String name, DoubleUnaryOperator fast, DoubleUnaryOperator slow, double lo, double hi, int n,
                              long seed, double maxFallback) {
        SplittableRandom r = new SplittableRandom(seed);
        int fallbacks = 0;
        for (int i = 0; i < n; i++) {
            double x = lo + (hi - lo) * r.nextDouble();
            if (x <= 0 && x == Math.rint(x)) continue;
            double f = fast.applyAsDouble(x);
            if (Double.isNaN(f)) {
                fallbacks++;
                continue;
            }
            assertEquals(slow.applyAsDouble(x), f, name + "(" + x + ")");
        }
        assertTrue(fallbacks <= maxFallback * n, name + ": " + fallbacks + " of " + n + " fell back");
    }

    private static double erfFast(double x) {
        double v = BigMath.erf(x);
        return v;
    }

    @Test
    void gamma() {
        check("gamma", BigMath::gammaFast, BigMath::gammaSlow, 0.001, 30, 1500, 1, 0.01);
        check("gamma", BigMath::gammaFast, BigMath::gammaSlow, 30, 171.6, 500, 2, 0.01);
        check("gamma", BigMath::gammaFast, BigMath::gammaSlow, -30, 0, 1000, 3, 0.01);
        check("gamma", BigMath::gammaFast, BigMath::gammaSlow, -170, -30, 300, 4, 0.01);
        check("gamma", BigMath::gammaFast, BigMath::gammaSlow, 1e-300, 1e-5, 200, 5, 0.01);
    }

    @Test
    void lgamma() {
        check("lgamma", BigMath::lgammaFast, BigMath::lgammaSlow, 0.001, 30, 1500, 6, 0.02);
        check("lgamma", BigMath::lgammaFast, BigMath::lgammaSlow, 30, 1e6, 500, 7, 0.01);
        check("lgamma", BigMath::lgammaFast, BigMath::lgammaSlow, -50, 0, 1000, 8, 0.02);
        check("lgamma", BigMath::lgammaFast, BigMath::lgammaSlow, 1e10, 1e300, 300, 9, 0.01);
        check("lgamma", BigMath::lgammaFast, BigMath::lgammaSlow, -1e12, -1e6, 300, 10, 0.01);
    }

    @Test
    void erfAndErfc() {
        check("erfc", BigMath::erfcFast, BigMath::erfcSlow, -7, 3, 1500, 11, 0.01);
        check("erfc", BigMath::erfcFast, BigMath::erfcSlow, 2.5, 26.5, 1500, 12, 0.01);
        check("erfc subnormal", BigMath::erfc, BigMath::erfcSlow, 26.5, 27.5, 50, 15, 0.0);
        check("erf", FastPathTest::erfFast, BigMath::erfSlow, -6.5, 6.5, 1500, 13, 0.0);
        check("erf", FastPathTest::erfFast, BigMath::erfSlow, -1e-5, 1e-5, 300, 14, 0.0);
    }
}
