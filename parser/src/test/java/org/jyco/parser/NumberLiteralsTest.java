package org.jyco.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.jyco.parser.ast.ConstantValue;

/**
 * Checks {@link NumberLiterals} against CPython 3.11: number-literal-cases.txt (made by
 * tools/gen_literal_cases.py) holds each literal with the value CPython gives it, floats as
 * their IEEE bits.
 */
class NumberLiteralsTest {

    @TestFactory
    Stream<DynamicTest> cpythonCases() throws IOException {
        List<String[]> cases = new ArrayList<>();
        try (InputStream in = NumberLiteralsTest.class.getResourceAsStream("number-literal-cases.txt")) {
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) cases.add(line.split("\t"));
        }
        return cases.stream().map(c -> DynamicTest.dynamicTest(c[0].length() > 60 ? c[0].substring(0, 60) + "..." : c[0], () -> {
            Object v = NumberLiterals.parse(c[0]);
            switch (c[1]) {
                case "int" -> assertEquals(new BigInteger(c[2]), assertInstanceOf(BigInteger.class, v), c[0]);
                case "float" -> assertEquals(c[2], bits(assertInstanceOf(Double.class, v)), c[0]);
                case "imag" -> assertEquals(c[2], bits(assertInstanceOf(ConstantValue.Imaginary.class, v).imag()), c[0]);
                default -> throw new IllegalStateException(c[1]);
            }
        }));
    }

    static String bits(double d) {
        return String.format("%016x", Double.doubleToRawLongBits(d));
    }

    @Test
    void basicValues() {
        assertEquals(BigInteger.valueOf(255), NumberLiterals.parse("0xff"));
        assertEquals(BigInteger.valueOf(1000), NumberLiterals.parse("1_000"));
        assertEquals(0.5, NumberLiterals.parse(".5"));
        assertEquals(Double.POSITIVE_INFINITY, NumberLiterals.parse("1e400"));
        assertEquals(new ConstantValue.Imaginary(1000.0), NumberLiterals.parse("1e3j"));
    }

    static PyToken token(String text) {
        PyToken t = new PyToken(0, text);
        t.setLine(1);
        t.setCharPositionInLine(4);
        t.charCol = 4;
        t.endLine = 1;
        t.endCol = t.endCharCol = 4 + text.length();
        return t;
    }

    @Test
    void decimalDigitLimit() {
        // python3 -c "compile('x = ' + '1'*4301, 'x', 'exec')": offset 0, end offset 0
        String big = "1".repeat(4301);
        PySyntaxError e = assertThrows(PySyntaxError.class,
                () -> NumberLiterals.parse(token(big), new Source("x", "x = " + big)));
        assertEquals("Exceeds the limit (4300 digits) for integer string conversion: value has 4301 digits;"
                + " use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge"
                + " integer literals to avoid decimal conversion limits.", e.msg());
        assertEquals(List.of(1, 0, 1, 0), List.of(e.lineno(), e.offset(), e.endLineno(), e.endOffset()));
        // underscores do not count; 4300 digits, hex, floats, imaginaries and zeros have no limit
        String underscored = "1_".repeat(4300) + "1";
        e = assertThrows(PySyntaxError.class,
                () -> NumberLiterals.parse(token(underscored), new Source("x", "x = " + underscored)));
        assertEquals(true, e.msg().contains("value has 4301 digits"));
        for (String ok : new String[] {"1".repeat(4300), "0x" + "1".repeat(5000), "1".repeat(4301) + "j",
                "1".repeat(4301) + ".0", "0".repeat(5001), "1_".repeat(4299) + "1"}) {
            NumberLiterals.parse(token(ok), new Source("x", "x = " + ok));
        }
        assertEquals(new BigInteger("1".repeat(4301)), NumberLiterals.parse(big));
    }
}
