package org.jyco.parser;

import java.math.BigInteger;

import org.jyco.parser.ast.ConstantValue;

/**
 * Values of NUMBER tokens, as CPython 3.11's parser computes them: {@link BigInteger} for
 * integers (decimal, {@code 0x}, {@code 0o}, {@code 0b}, with underscores), {@link Double} for
 * floats and {@link ConstantValue.Imaginary} for imaginary literals. The tokenizer has already
 * checked the form of the literal, so these methods do not validate it again.
 */
public final class NumberLiterals {
    private NumberLiterals() {}

    /**
     * CPython's default {@code sys.get_int_max_str_digits()}: decimal integer literals with more
     * digits are a syntax error.
     */
    public static final int DEFAULT_MAX_STR_DIGITS = 4300;

    /** The value of a NUMBER token's text; no limit on the number of decimal digits. */
    public static Object parse(String text) {
        int len = text.length();
        char lastCh = text.charAt(len - 1);
        if (lastCh == 'j' || lastCh == 'J') {
            return new ConstantValue.Imaginary(parseFloat(text, len - 1));
        }
        if (len > 2 && text.charAt(0) == '0') {
            switch (text.charAt(1)) {
                case 'x': case 'X': return parseRadix(text, 16, 4);
                case 'o': case 'O': return parseRadix(text, 8, 3);
                case 'b': case 'B': return parseRadix(text, 2, 1);
                default: break;
            }
        }
        // a decimal integer unless there is a point or an exponent
        long v = 0;
        int digits = 0;
        for (int i = 0; i < len; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                v = v * 10 + (c - '0');
                digits++;
            } else if (c != '_') {
                return parseFloat(text, len);
            }
        }
        if (digits <= 18) return BigInteger.valueOf(v);
        return new BigInteger(withoutUnderscores(text, len));
    }

    /**
     * The value of a NUMBER token, with CPython's default limit on the length of decimal integer
     * literals ({@link #DEFAULT_MAX_STR_DIGITS}).
     */
    public static Object parse(PyToken token, Source source) {
        return parse(token, source, DEFAULT_MAX_STR_DIGITS);
    }

    /**
     * The value of a NUMBER token. A decimal integer literal with more than {@code maxStrDigits}
     * digits (0: no limit) is the {@link PySyntaxError} CPython reports; like CPython's, it
     * names the line but no column.
     */
    public static Object parse(PyToken token, Source source, int maxStrDigits) {
        String text = token.getText();
        if (maxStrDigits > 0 && text.length() > maxStrDigits && text.charAt(0) != '0') {
            int digits = 0;
            for (int i = 0, len = text.length(); i < len; i++) {
                char c = text.charAt(i);
                if (c >= '0' && c <= '9') {
                    digits++;
                } else if (c != '_') {
                    digits = -1; // a float or an imaginary number: no limit
                    break;
                }
            }
            if (digits > maxStrDigits) {
                String msg = "Exceeds the limit (" + maxStrDigits + " digits) for integer string conversion: value has "
                        + digits + " digits; use sys.set_int_max_str_digits() to increase the limit"
                        + " - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.";
                throw source.error(PySyntaxError.Kind.SyntaxError, msg, token.getLine(), -1, token.endLine, -1);
            }
        }
        return parse(text);
    }

    /** A {@code 0x}/{@code 0o}/{@code 0b} literal: digits from index 2, underscores allowed. */
    private static BigInteger parseRadix(String text, int radix, int bitsPerDigit) {
        int len = text.length();
        int digits = 0;
        for (int i = 2; i < len; i++) {
            if (text.charAt(i) != '_') digits++;
        }
        if (digits * bitsPerDigit <= 63) {
            long v = 0;
            for (int i = 2; i < len; i++) {
                char c = text.charAt(i);
                if (c != '_') v = (v << bitsPerDigit) | Character.digit(c, radix);
            }
            return BigInteger.valueOf(v);
        }
        StringBuilder sb = new StringBuilder(digits);
        for (int i = 2; i < len; i++) {
            char c = text.charAt(i);
            if (c != '_') sb.append(c);
        }
        return new BigInteger(sb.toString(), radix);
    }

    /** A float literal in {@code text[0, end)}; correctly rounded, overflow gives infinity. */
    private static double parseFloat(String text, int end) {
        boolean underscores = false;
        for (int i = 0; i < end; i++) {
            if (text.charAt(i) == '_') {
                underscores = true;
                break;
            }
        }
        String s = underscores ? withoutUnderscores(text, end) : end == text.length() ? text : text.substring(0, end);
        return Double.parseDouble(s);
    }

    private static String withoutUnderscores(String text, int end) {
        StringBuilder sb = new StringBuilder(end);
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (c != '_') sb.append(c);
        }
        return sb.toString();
    }
}
