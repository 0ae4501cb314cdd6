package org.jyco.parser;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.jyco.parser.ast.ConstantValue;
import org.jyco.parser.ast.Expr;
import org.jyco.parser.ast.ExprContext;
import org.jyco.parser.ast.Positioned;

/**
 * Checks {@link StringLiterals} against CPython 3.11. The cases in string-literal-cases.txt
 * (made by tools/gen_literal_cases.py) carry the tokens of each run as CPython's tokenizer sees
 * them and the tree or error CPython's parser produces.
 */
class StringLiteralsTest {

    /** The fake field parser: a Name for an identifier, otherwise a Name with id "?" (rendered E). */
    static final StringLiterals.FieldParser FIELDS = (text, line, byteCol) -> {
        int n = text.length();
        int i = 0;
        int l = line, c = byteCol;
        while (i < n && isWs(text.charAt(i))) {
            if (text.charAt(i) == '\n') {
                l++;
                c = 0;
            } else {
                c++;
            }
            i++;
        }
        int j = n;
        while (j > i && isWs(text.charAt(j - 1))) j--;
        String core = text.substring(i, j);
        int l2 = l, c2 = c;
        for (int k = 0; k < core.length(); k++) {
            char ch = core.charAt(k);
            if (ch == '\n') {
                l2++;
                c2 = 0;
            } else {
                c2 += ch < 0x80 ? 1 : ch < 0x800 || Character.isSurrogate(ch) ? 2 : 3;
            }
        }
        String id = isIdentifier(core) ? core : "?";
        return new Expr.Name(id, ExprContext.Load, l, c, l2, c2);
    };

    static boolean isWs(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\f';
    }

    static boolean isIdentifier(String s) {
        if (s.isEmpty() || !Character.isJavaIdentifierStart(s.charAt(0)) || s.charAt(0) == '$') return false;
        for (int i = 1; i < s.length(); i++) {
            if (!Character.isJavaIdentifierPart(s.charAt(i)) || s.charAt(i) == '$') return false;
        }
        return true;
    }

    // ----- the CPython-generated cases -------------------------------------------------------

    record Case(String source, List<PyToken> tokens, PyToken next, String expect, String errMsg, int[] errPos) {}

    @TestFactory
    Stream<DynamicTest> cpythonCases() throws IOException {
        return loadCases().stream().map(c -> DynamicTest.dynamicTest(c.source.strip(), () -> check(c)));
    }

    static void check(Case c) {
        Source source = new Source("x", c.source);
        if (c.expect != null) {
            Expr e;
            try {
                e = StringLiterals.concat(c.tokens, c.next, source, FIELDS);
            } catch (PySyntaxError err) {
                fail("unexpected error " + err.msg() + " for " + c.source);
                return;
            }
            assertEquals(c.expect, render(e), c.source);
        } else {
            PySyntaxError err = assertThrows(PySyntaxError.class,
                    () -> StringLiterals.concat(c.tokens, c.next, source, FIELDS), c.source);
            assertEquals(c.errMsg, err.msg(), c.source);
            assertArrayEquals(c.errPos, new int[] {err.lineno(), err.offset(), err.endLineno(), err.endOffset()},
                    "error position for " + c.source);
            assertEquals(PySyntaxError.Kind.SyntaxError, err.kind());
        }
    }

    static List<Case> loadCases() throws IOException {
        List<Case> cases = new ArrayList<>();
        try (InputStream in = StringLiteralsTest.class.getResourceAsStream("string-literal-cases.txt")) {
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String src = null;
            List<PyToken> toks = null;
            PyToken next = null;
            for (String line; (line = r.readLine()) != null; ) {
                String[] f = line.split("\t", -1);
                switch (f[0]) {
                    case "CASE" -> {
                        src = unescape(f[1]);
                        toks = new ArrayList<>();
                        next = null;
                    }
                    case "TOK" -> toks.add(token(f, unescape(f[7])));
                    case "NEXT" -> next = token(f, "");
                    case "EXPECT" -> cases.add(new Case(src, toks, next, f[1], null, null));
                    case "ERROR" -> cases.add(new Case(src, toks, next, null, unescape(f[1]), new int[] {
                        Integer.parseInt(f[2]), Integer.parseInt(f[3]), Integer.parseInt(f[4]), Integer.parseInt(f[5])}));
                    default -> throw new IllegalStateException(line);
                }
            }
        }
        return cases;
    }

    static PyToken token(String[] f, String text) {
        PyToken t = new PyToken(0, text);
        t.setLine(Integer.parseInt(f[1]));
        t.setCharPositionInLine(Integer.parseInt(f[2]));
        t.endLine = Integer.parseInt(f[3]);
        t.endCol = Integer.parseInt(f[4]);
        t.charCol = Integer.parseInt(f[5]);
        t.endCharCol = Integer.parseInt(f[6]);
        return t;
    }

    static String unescape(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            char d = s.charAt(++i);
            switch (d) {
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                case '\\' -> sb.append('\\');
                case 'u' -> {
                    int close = s.indexOf('}', i);
                    sb.appendCodePoint(Integer.parseInt(s.substring(i + 2, close), 16));
                    i = close;
                }
                default -> throw new IllegalArgumentException(s);
            }
        }
        return sb.toString();
    }

    /** The compact rendering of tools/gen_literal_cases.py. */
    static String render(Expr e) {
        if (e instanceof Expr.Constant c) {
            if (c.value() instanceof ConstantValue.Bytes b) {
                StringBuilder sb = new StringBuilder("C(b\"");
                for (byte x : b.value()) sb.append(String.format("%02x", x & 0xff));
                return sb.append('"').append(pos(c)).append(')').toString();
            }
            String v = (String) c.value();
            StringBuilder sb = new StringBuilder("C(s\"");
            v.codePoints().forEach(cp -> {
                if (cp >= ' ' && cp <= '~' && cp != '\\' && cp != '"') sb.append((char) cp);
                else sb.append("\\u{").append(Integer.toHexString(cp)).append('}');
            });
            sb.append('"');
            if ("u".equals(c.kind())) sb.append(",u");
            else assertNull(c.kind());
            return sb.append(pos(c)).append(')').toString();
        }
        if (e instanceof Expr.JoinedStr j) {
            StringBuilder sb = new StringBuilder("J([");
            for (int i = 0; i < j.values().size(); i++) {
                if (i > 0) sb.append(',');
                sb.append(render(j.values().get(i)));
            }
            return sb.append(']').append(pos(j)).append(')').toString();
        }
        if (e instanceof Expr.FormattedValue f) {
            Expr.Name n = (Expr.Name) f.value();
            String value = n.id().equals("?") ? "E" + pos(n) : "N(" + n.id() + pos(n) + ")";
            String spec = f.format_spec() == null ? "-" : render(f.format_spec());
            return "F(" + value + "," + f.conversion() + "," + spec + pos(f) + ")";
        }
        throw new AssertionError(e);
    }

    static String pos(Positioned p) {
        return "@" + p.lineno() + ":" + p.col_offset() + "-" + p.end_lineno() + ":" + p.end_col_offset();
    }

    // ----- direct checks (expected values verified with python3) ------------------------------

    /** Tokens for a one-line source: each (start char column, text), on line 1, ASCII only. */
    static List<PyToken> tokens(Object... colAndText) {
        List<PyToken> list = new ArrayList<>();
        for (int i = 0; i < colAndText.length; i += 2) {
            int col = (Integer) colAndText[i];
            String text = (String) colAndText[i + 1];
            PyToken t = new PyToken(0, text);
            t.setLine(1);
            t.setCharPositionInLine(col);
            t.charCol = col;
            t.endLine = 1;
            t.endCol = t.endCharCol = col + text.length();
            list.add(t);
        }
        return list;
    }

    static Expr concat(String src, Object... colAndText) {
        return StringLiterals.concat(tokens(colAndText), new Source("x", src), FIELDS);
    }

    @Test
    void plainLiteralIsASubstring() {
        Expr.Constant c = (Expr.Constant) concat("'abc'", 0, "'abc'");
        assertEquals("abc", c.value());
        assertNull(c.kind());
        assertEquals(List.of(1, 0, 1, 5), List.of(c.lineno(), c.col_offset(), c.end_lineno(), c.end_col_offset()));
    }

    @Test
    void kindUOnlyFromTheFirstTokensLowercaseU() {
        assertEquals("u", ((Expr.Constant) concat("u'a' 'b'", 0, "u'a'", 5, "'b'")).kind());
        assertNull(((Expr.Constant) concat("U'a'", 0, "U'a'")).kind());
        assertNull(((Expr.Constant) concat("'a' u'b'", 0, "'a'", 4, "u'b'")).kind());
    }

    @Test
    void bytesValue() {
        Expr.Constant c = (Expr.Constant) concat("b'a\\x00' B'\\377'", 0, "b'a\\x00'", 9, "B'\\377'");
        assertArrayEquals(new byte[] {'a', 0, (byte) 0xff}, ((ConstantValue.Bytes) c.value()).value());
        assertNull(c.kind());
    }

    @Test
    void implicitConcatenationWithFString() {
        // f"a" "b" f"{c}d" -> JoinedStr([Constant('ab'), FormattedValue(Name c, -1), Constant('d')])
        Expr.JoinedStr j = (Expr.JoinedStr) concat("f\"a\" \"b\" f\"{c}d\"", 0, "f\"a\"", 5, "\"b\"", 9, "f\"{c}d\"");
        assertEquals(3, j.values().size());
        assertEquals("ab", ((Expr.Constant) j.values().get(0)).value());
        Expr.FormattedValue f = (Expr.FormattedValue) j.values().get(1);
        assertEquals("c", ((Expr.Name) f.value()).id());
        assertEquals(-1, f.conversion());
        assertNull(f.format_spec());
        assertEquals(12, ((Expr.Name) f.value()).col_offset());
        assertEquals("d", ((Expr.Constant) j.values().get(2)).value());
        assertEquals(List.of(1, 0, 1, 16), List.of(j.lineno(), j.col_offset(), j.end_lineno(), j.end_col_offset()));
    }

    @Test
    void emptyFStringIsAnEmptyJoinedStr() {
        Expr.JoinedStr j = (Expr.JoinedStr) concat("f''", 0, "f''");
        assertEquals(List.of(), j.values());
    }

    @Test
    void debugSpecifierKeepsTheTextAndDefaultsToRepr() {
        Expr.JoinedStr j = (Expr.JoinedStr) concat("f'{ x = }'", 0, "f'{ x = }'");
        assertEquals(" x = ", ((Expr.Constant) j.values().get(0)).value());
        assertEquals('r', ((Expr.FormattedValue) j.values().get(1)).conversion());
        j = (Expr.JoinedStr) concat("f'{x=:>5}'", 0, "f'{x=:>5}'");
        Expr.FormattedValue f = (Expr.FormattedValue) j.values().get(1);
        assertEquals(-1, f.conversion());
        assertEquals(">5", ((Expr.Constant) ((Expr.JoinedStr) f.format_spec()).values().get(0)).value());
    }

    @Test
    void nestedFormatSpec() {
        Expr.JoinedStr j = (Expr.JoinedStr) concat("f'{x!r:>{w}}'", 0, "f'{x!r:>{w}}'");
        Expr.FormattedValue f = (Expr.FormattedValue) j.values().get(0);
        assertEquals(114, f.conversion());
        Expr.JoinedStr spec = assertInstanceOf(Expr.JoinedStr.class, f.format_spec());
        assertEquals(">", ((Expr.Constant) spec.values().get(0)).value());
        assertEquals("w", ((Expr.Name) ((Expr.FormattedValue) spec.values().get(1)).value()).id());
    }

    @Test
    void fieldParserGetsTheTextAndItsPosition() {
        List<Object[]> calls = new ArrayList<>();
        StringLiterals.FieldParser fp = (text, line, col) -> {
            calls.add(new Object[] {text, line, col});
            return FIELDS.parse(text, line, col);
        };
        // x = f"""é\n  {a +\n b!r} {c}"""
        String src = "x = f\"\"\"\u00e9\n  {a +\n b!r} {c}\"\"\"";
        PyToken t = new PyToken(0, src.substring(4));
        t.setLine(1);
        t.setCharPositionInLine(4);
        t.charCol = 4;
        t.endLine = 3;
        t.endCol = t.endCharCol = 12;
        StringLiterals.concat(List.of(t), new Source("x", src), fp);
        assertEquals(2, calls.size());
        assertArrayEquals(new Object[] {"a +\n b", 2, 3}, calls.get(0));
        assertArrayEquals(new Object[] {"c", 3, 7}, calls.get(1));
    }

    @Test
    void unknownEscapesAreKept() {
        assertEquals("\\d\\{", ((Expr.Constant) concat("'\\d\\{'", 0, "'\\d\\{'")).value());
    }

    @Test
    void namedEscapes() {
        assertEquals("a\u0000\n\u4e00\uac00\u2014",
                ((Expr.Constant) concat("", 0, "'\\N{latin small letter a}\\N{NULL}\\N{LF}"
                        + "\\N{CJK UNIFIED IDEOGRAPH-4E00}\\N{HANGUL SYLLABLE GA}\\N{EM DASH}'")).value());
        assertEquals(-1, StringLiterals.UnicodeNames.lookup("LINE FEED (LF)"));
        assertEquals(-1, StringLiterals.UnicodeNames.lookup("BASIC LATIN 41"));
        assertEquals(0x1E290, StringLiterals.UnicodeNames.lookup("TOTO LETTER PA")); // Unicode 14
        assertEquals(0xFEFF, StringLiterals.UnicodeNames.lookup("bom"));
    }

    @Test
    void errorsPointJustPastTheRunWithoutANextToken() {
        PySyntaxError e = assertThrows(PySyntaxError.class, () -> concat("b'a' 'b'", 0, "b'a'", 5, "'b'"));
        assertEquals("cannot mix bytes and nonbytes literals", e.msg());
        assertEquals(List.of(1, 9, 1, 9), List.of(e.lineno(), e.offset(), e.endLineno(), e.endOffset()));
    }

    @Test
    void surrogateEscapesStayAsWritten() {
        // CPython: '\\ud800\\udfff' is two lone surrogates (len 2). A Java String cannot tell them from
        // the pair that encodes U+103FF; the chars are the same.
        assertEquals("\ud800\udfff", ((Expr.Constant) concat("", 0, "'\\ud800\\udfff'")).value());
        assertEquals("\udfff\ud800", ((Expr.Constant) concat("", 0, "'\\udfff\\ud800'")).value());
    }
}
