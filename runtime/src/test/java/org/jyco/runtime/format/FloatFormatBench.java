package org.jyco.runtime.format;

import java.util.SplittableRandom;

/**
 * A rough timing of FloatFormat against the JDK (not a test): run with
 * {@code java -cp target/classes:target/test-classes org.jyco.runtime.format.FloatFormatBench}.
 */
public final class FloatFormatBench {
    private FloatFormatBench() {}

    interface Op {
        String apply(double d);
    }

    public static void main(String[] args) {
        int n = 1 << 20;
        SplittableRandom r = new SplittableRandom(1);
        double[] random = new double[n];
        double[] nice = new double[n];
        for (int i = 0; i < n; i++) {
            double d;
            do {
                d = Double.longBitsToDouble(r.nextLong());
            } while (!Double.isFinite(d));
            random[i] = d;
            nice[i] = Math.round(r.nextDouble(-1e5, 1e5) * 100) / 100.0;
        }
        for (int round = 0; round < 3; round++) {
            System.out.println("round " + round);
            time("FloatFormat.repr    random bits", random, FloatFormat::repr);
            time("Double.toString     random bits", random, Double::toString);
            time("FloatFormat.repr    2-decimals ", nice, FloatFormat::repr);
            time("Double.toString     2-decimals ", nice, Double::toString);
            time("FloatFormat '.2f'   2-decimals ", nice, d -> FloatFormat.format(d, 'f', 2, 0));
            time("String.format %.2f  2-decimals ", nice, d -> String.format("%.2f", d));
            time("FloatFormat '.6e'   random bits", random, d -> FloatFormat.format(d, 'e', 6, 0));
            time("FloatFormat '.17g'  random bits", random, d -> FloatFormat.format(d, 'g', 17, 0));
        }
    }

    static void time(String name, double[] xs, Op op) {
        long sink = 0;
        long t0 = System.nanoTime();
        int reps = name.startsWith("String.format") ? 1 : 3;
        for (int k = 0; k < reps; k++) {
            for (double x : xs) sink += op.apply(x).length();
        }
        long t1 = System.nanoTime();
        System.out.printf("  %s  %7.1f ns/op   (%d)%n", name, (t1 - t0) / (double) (xs.length * reps), sink);
    }
}
