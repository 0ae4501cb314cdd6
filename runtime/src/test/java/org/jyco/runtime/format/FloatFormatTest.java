package org.jyco.runtime.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.File;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** FloatFormat against CPython (recorded cases and, when python3 is on the PATH, live) and an exact reference. */
class FloatFormatTest {

    @Test
    void reprMatchesRecordedCpythonCases() {
        CaseData.Mismatches m = new CaseData.Mismatches();
        for (String line : CaseData.lines("float-repr-cases.txt")) {
            String[] f = line.split("\t");
            double x = Double.longBitsToDouble(Long.parseUnsignedLong(f[0], 16));
            m.check("repr(" + f[0] + ")", f[1], FloatFormat.repr(x));
        }
        assertTrue(m.checked > 9000);
        m.assertNone();
    }

    @Test
    void formatMatchesRecordedCpythonCases() {
        CaseData.Mismatches m = new CaseData.Mismatches();
        for (String line : CaseData.lines("float-format-cases.txt")) {
            String[] f = line.split("\t", -1);
            double x = Double.longBitsToDouble(Long.parseUnsignedLong(f[0], 16));
            char type = f[1].equals("-") ? '\0' : f[1].charAt(0);
            int prec = Integer.parseInt(f[2]);
            int flags = Integer.parseInt(f[3]);
            m.check("format(" + f[0] + " " + f[1] + " " + f[2] + " " + f[3] + ")", f[4],
                CaseData.outcome(() -> FloatFormat.format(x, type, prec, flags)).substring(4));
        }
        assertTrue(m.checked > 8000);
        m.assertNone();
    }

    /** Random doubles: by bit pattern, and "nice" decimals with few digits. */
    static double randomDouble(SplittableRandom r) {
        switch (r.nextInt(4)) {
            case 0:
            case 1: {
                long bits = r.nextLong();
                double d = Double.longBitsToDouble(bits);
                return Double.isFinite(d) ? d : r.nextDouble();
            }
            case 2: {
                long digits = r.nextLong(1, 1_000_000_000_000L) / (long) Math.pow(10, r.nextInt(12));
                return Double.parseDouble(digits + "e" + r.nextInt(-330, 310));
            }
            default:
                return Math.round(r.nextDouble(-1e6, 1e6) * Math.pow(10, r.nextInt(9))) / Math.pow(10, r.nextInt(9));
        }
    }

    @Test
    void reprRoundTripsAndIsShortestAndClosest() {
        SplittableRandom r = new SplittableRandom(12345);
        CaseData.Mismatches m = new CaseData.Mismatches();
        for (int i = 0; i < 40_000; i++) {
            double x = randomDouble(r);
            if (x == 0 || !Double.isFinite(x)) continue;
            String ours = FloatFormat.repr(x);
            m.check(Double.toHexString(x), referenceDigits(x), digitsOf(ours));
        }
        m.assertNone();
    }

    @Test
    void reprRoundTripsOnMillionsOfBitPatterns() {
        SplittableRandom r = new SplittableRandom(99);
        for (int i = 0; i < 2_000_000; i++) {
            double x = Double.longBitsToDouble(r.nextLong());
            if (!Double.isFinite(x)) continue;
            String s = FloatFormat.repr(x);
            if (Double.doubleToRawLongBits(Double.parseDouble(s)) != Double.doubleToRawLongBits(x)) {
                throw new AssertionError(Double.toHexString(x) + " -> " + s);
            }
        }
    }

    /** The significant digits and exponent of a repr, as "digits@decimalExponent". */
    static String digitsOf(String repr) {
        BigDecimal b = new BigDecimal(repr).abs().stripTrailingZeros();
        return b.unscaledValue() + "@" + (-b.scale());
    }

    /**
     * An exact reference: for each length n, the n-digit decimals just below and above x; the
     * first n with one that reads back as x wins, the closer one (ties to even) if both do.
     */
    static String referenceDigits(double x) {
        BigDecimal v = new BigDecimal(x).abs();
        for (int n = 1; n <= 17; n++) {
            BigDecimal lo = v.round(new MathContext(n, RoundingMode.FLOOR));
            BigDecimal hi = v.round(new MathContext(n, RoundingMode.CEILING));
            boolean loOk = lo.signum() > 0 && Double.parseDouble(lo.toString()) == Math.abs(x);
            boolean hiOk = Double.parseDouble(hi.toString()) == Math.abs(x);
            BigDecimal pick = null;
            if (loOk && hiOk) {
                int c = v.subtract(lo).compareTo(hi.subtract(v));
                if (c < 0) pick = lo;
                else if (c > 0) pick = hi;
                else pick = lo.unscaledValue().testBit(0) ? hi : lo;
            } else if (loOk) {
                pick = lo;
            } else if (hiOk) {
                pick = hi;
            }
            if (pick != null) {
                BigDecimal b = pick.stripTrailingZeros();
                return b.unscaledValue() + "@" + (-b.scale());
            }
        }
        throw new AssertionError("no 17-digit decimal reads back as " + x);
    }

    @Test
    void reprMatchesLivePython() throws Exception {
        File python = findPython();
        Assumptions.assumeTrue(python != null, "python3 not on the PATH");
        SplittableRandom r = new SplittableRandom(2024);
        int n = 300_000;
        long[] bits = new long[n];
        for (int i = 0; i < n; i++) {
            double x = i % 3 == 0 ? Double.longBitsToDouble(r.nextLong()) : randomDouble(r);
            bits[i] = Double.doubleToRawLongBits(x);
        }
        Process p = new ProcessBuilder(python.getPath(), "-c",
            "import sys,struct\n"
            + "for l in sys.stdin:\n"
            + "    print(repr(struct.unpack('<d', struct.pack('<Q', int(l, 16)))[0]))\n")
            .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        Thread feeder = new Thread(() -> {
            try (Writer w = new BufferedWriter(new OutputStreamWriter(p.getOutputStream(), StandardCharsets.US_ASCII))) {
                for (long b : bits) w.write(Long.toHexString(b) + "\n");
            } catch (Exception e) {
                throw new RuntimeException(e);
            }
        });
        feeder.start();
        List<String> got = new ArrayList<>(n);
        try (BufferedReader rd = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.US_ASCII))) {
            for (String line; (line = rd.readLine()) != null; ) got.add(line);
        }
        feeder.join();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(n, got.size());
        CaseData.Mismatches m = new CaseData.Mismatches();
        for (int i = 0; i < n; i++) {
            m.check(Long.toHexString(bits[i]), got.get(i), FloatFormat.repr(Double.longBitsToDouble(bits[i])));
        }
        m.assertNone();
    }

    static File findPython() {
        String path = System.getenv("PATH");
        if (path == null) return null;
        for (String dir : path.split(File.pathSeparator)) {
            File f = new File(dir, "python3");
            if (f.canExecute()) return f;
        }
        return null;
    }

    @Test
    void floorLogApproximationsAreExactOverTheirRange() {
        for (int q = -1100; q <= 1100; q++) {
            // k = floor(q log10 2): 10^k <= 2^q < 10^(k+1)
            int k = FloatFormat.flog10pow2(q);
            assertTrue(cmpPow(10, k, 2, q) <= 0 && cmpPow(10, k + 1, 2, q) > 0, "flog10pow2 " + q);
            // floor(log10(3/4 2^q)): 10^k <= 3 * 2^(q-2) < 10^(k+1)
            int k3 = FloatFormat.flog10ThreeQuartersPow2(q);
            BigDecimal three4 = pow(2, q - 2).multiply(BigDecimal.valueOf(3));
            assertTrue(pow(10, k3).compareTo(three4) <= 0 && pow(10, k3 + 1).compareTo(three4) > 0, "flog10¾pow2 " + q);
        }
        for (int e = -400; e <= 400; e++) {
            int b = FloatFormat.flog2pow10(e);
            assertTrue(cmpPow(2, b, 10, e) <= 0 && cmpPow(2, b + 1, 10, e) > 0, "flog2pow10 " + e);
        }
    }

    private static BigDecimal pow(int base, int e) {
        return e >= 0 ? new BigDecimal(BigInteger.valueOf(base).pow(e))
            : BigDecimal.ONE.divide(new BigDecimal(BigInteger.valueOf(base).pow(-e)));
    }

    private static int cmpPow(int b1, int e1, int b2, int e2) {
        return pow(b1, e1).compareTo(pow(b2, e2));
    }

    @Test
    void exactRoundingHelpersAgreeWithBigInteger() {
        SplittableRandom r = new SplittableRandom(7);
        for (int i = 0; i < 200_000; i++) {
            long m = r.nextLong(1L << 53);
            int q = r.nextInt(-1100, 1000);
            int s = r.nextInt(-30, 40);
            long fast = FloatFormat.roundScaled(m, q, s);
            if (fast < 0) continue;
            assertEquals(FloatFormat.roundScaledBig(m, q, s), BigInteger.valueOf(fast), m + " " + q + " " + s);
        }
        // the halfway cases are where rounding to even matters
        for (int i = 0; i < 100_000; i++) {
            long m = r.nextLong(1L << 53) | 1;
            int q = -r.nextInt(1, 60);
            long fast = FloatFormat.roundScaled(m, q, 0);
            assertEquals(FloatFormat.roundScaledBig(m, q, 0), BigInteger.valueOf(fast), m + " " + q);
        }
    }
}
