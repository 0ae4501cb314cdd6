package org.jyco.parser.ast;

import java.util.Arrays;

/**
 * Values of {@link Expr.Constant} and {@link Pattern.MatchSingleton} that have no natural Java
 * counterpart. The others are: {@link java.math.BigInteger} for {@code int}, {@link Double} for
 * {@code float}, {@link String} for {@code str}, {@link Boolean} for {@code bool}.
 */
public final class ConstantValue {
    private ConstantValue() {}

    /** Python's {@code None} and {@code ...} as constants. */
    public enum Singleton { NONE, ELLIPSIS }

    /** A {@code bytes} literal. */
    public record Bytes(byte[] value) {
        @Override public boolean equals(Object o) {
            return o instanceof Bytes b && Arrays.equals(value, b.value);
        }

        @Override public int hashCode() {
            return Arrays.hashCode(value);
        }

        @Override public String toString() {
            return "Bytes" + Arrays.toString(value);
        }
    }

    /** An imaginary literal such as {@code 3j}: a complex number with a zero real part. */
    public record Imaginary(double imag) {}
}
