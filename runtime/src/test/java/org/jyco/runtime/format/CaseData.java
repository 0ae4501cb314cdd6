package org.jyco.runtime.format;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jyco.runtime.PyException;
import org.jyco.runtime.PyNone;
import org.jyco.runtime.types.PyDict;
import org.jyco.runtime.types.PyTuple;

/**
 * Reads the case files written by tools/gen_format_cases.py: lines of text or of JSON (a minimal
 * parser: objects become LinkedHashMap, arrays List, strings String, true/false Boolean, null null,
 * numbers Long), and turns the tagged values into runtime objects.
 */
final class CaseData {
    private CaseData() {}

    static List<String> lines(String name) {
        try (InputStream in = CaseData.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing test resource " + name);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> out = new ArrayList<>();
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.isEmpty()) out.add(line);
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> jsonLines(String name) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (String line : lines(name)) out.add((Map<String, Object>) new Json(line).value());
        return out;
    }

    /** Decodes a tagged value: ["i","12"], ["f","hexbits"], ["s",".."], ["b",true], ["n"], ["t",[..]], ["d",[[k,v]..]]. */
    @SuppressWarnings("unchecked")
    static Object value(Object tagged) {
        List<Object> l = (List<Object>) tagged;
        String tag = (String) l.get(0);
        switch (tag) {
            case "i": {
                BigInteger b = new BigInteger((String) l.get(1));
                return b.bitLength() < 64 ? (Object) b.longValue() : b;
            }
            case "f": return Double.longBitsToDouble(Long.parseUnsignedLong((String) l.get(1), 16));
            case "s": return l.get(1);
            case "b": return l.get(1);
            case "n": return PyNone.NONE;
            case "t": {
                List<Object> items = (List<Object>) l.get(1);
                Object[] a = new Object[items.size()];
                for (int i = 0; i < a.length; i++) a[i] = value(items.get(i));
                return PyTuple.of(a);
            }
            case "d": {
                PyDict d = new PyDict();
                for (Object kv : (List<Object>) l.get(1)) {
                    List<Object> p = (List<Object>) kv;
                    d.put(value(p.get(0)), value(p.get(1)));
                }
                return d;
            }
            default: throw new IllegalArgumentException(tag);
        }
    }

    /** The expectation of a case: "out:<text>" or "err:<Type>: <message>". */
    @SuppressWarnings("unchecked")
    static String expected(Map<String, Object> c) {
        if (c.containsKey("out")) return "out:" + c.get("out");
        List<Object> e = (List<Object>) c.get("err");
        return "err:" + e.get(0) + ": " + e.get(1);
    }

    /** Runs the action and describes its outcome like {@link #expected}. */
    static String outcome(Supplier<String> action) {
        try {
            return "out:" + action.get();
        } catch (PyException e) {
            return "err:" + e.getMessage(); // "Type: str(exception)"
        } catch (RuntimeException e) {
            return "java:" + e;
        }
    }

    /** Collects mismatches; fails listing the first ones. */
    static final class Mismatches {
        final List<String> list = new ArrayList<>();
        int checked;

        void check(String what, String expected, String actual) {
            checked++;
            if (!expected.equals(actual)) {
                list.add(what + "\n      expected " + show(expected) + "\n      actual   " + show(actual));
            }
        }

        void assertNone() {
            if (!list.isEmpty()) {
                StringBuilder sb = new StringBuilder(list.size() + " of " + checked + " cases differ from CPython:\n");
                for (int i = 0; i < Math.min(40, list.size()); i++) sb.append("  ").append(list.get(i)).append('\n');
                throw new AssertionError(sb.toString());
            }
        }
    }

    static String show(String s) {
        StringBuilder sb = new StringBuilder("\"");
        s.codePoints().forEach(cp -> {
            if (cp == '"' || cp == '\\') sb.append('\\').appendCodePoint(cp);
            else if (cp >= 32 && cp < 127) sb.appendCodePoint(cp);
            else sb.append(String.format("\\u{%x}", cp));
        });
        return sb.append('"').toString();
    }

    /** A small JSON reader, enough for the generated files. */
    static final class Json {
        private final String s;
        private int p;

        Json(String s) {
            this.s = s;
        }

        Object value() {
            ws();
            char c = s.charAt(p);
            switch (c) {
                case '{': {
                    p++;
                    Map<String, Object> m = new LinkedHashMap<>();
                    ws();
                    if (s.charAt(p) == '}') {
                        p++;
                        return m;
                    }
                    for (;;) {
                        ws();
                        String k = string();
                        ws();
                        expect(':');
                        m.put(k, value());
                        ws();
                        if (s.charAt(p) == ',') {
                            p++;
                            continue;
                        }
                        expect('}');
                        return m;
                    }
                }
                case '[': {
                    p++;
                    List<Object> l = new ArrayList<>();
                    ws();
                    if (s.charAt(p) == ']') {
                        p++;
                        return l;
                    }
                    for (;;) {
                        l.add(value());
                        ws();
                        if (s.charAt(p) == ',') {
                            p++;
                            continue;
                        }
                        expect(']');
                        return l;
                    }
                }
                case '"': return string();
                case 't': p += 4; return Boolean.TRUE;
                case 'f': p += 5; return Boolean.FALSE;
                case 'n': p += 4; return null;
                default: {
                    int st = p;
                    while (p < s.length() && "+-0123456789.eE".indexOf(s.charAt(p)) >= 0) p++;
                    return Long.parseLong(s.substring(st, p));
                }
            }
        }

        private void ws() {
            while (p < s.length() && Character.isWhitespace(s.charAt(p))) p++;
        }

        private void expect(char c) {
            if (s.charAt(p) != c) throw new IllegalStateException("expected " + c + " at " + p + " in " + s);
            p++;
        }

        private String string() {
            expect('"');
            StringBuilder sb = new StringBuilder();
            for (;;) {
                char c = s.charAt(p++);
                if (c == '"') return sb.toString();
                if (c != '\\') {
                    sb.append(c);
                    continue;
                }
                char e = s.charAt(p++);
                switch (e) {
                    case 'n': sb.append('\n'); break;
                    case 't': sb.append('\t'); break;
                    case 'r': sb.append('\r'); break;
                    case 'b': sb.append('\b'); break;
                    case 'f': sb.append('\f'); break;
                    case 'u': sb.append((char) Integer.parseInt(s.substring(p, p + 4), 16)); p += 4; break;
                    default: sb.append(e); break;
                }
            }
        }
    }
}
