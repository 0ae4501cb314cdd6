package org.jyco.stdlib;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.jyco.runtime.Abstract;
import org.jyco.runtime.Exposed;
import org.jyco.runtime.Interpreter;
import org.jyco.runtime.PyBaseException;
import org.jyco.runtime.PyException;
import org.jyco.runtime.PyExc;
import org.jyco.runtime.PyModule;
import org.jyco.runtime.PyNone;
import org.jyco.runtime.PyObject;
import org.jyco.runtime.PyType;
import org.jyco.runtime.types.PyByteArray;
import org.jyco.runtime.types.PyBytes;
import org.jyco.runtime.types.PyDict;
import org.jyco.runtime.types.PyIterators;
import org.jyco.runtime.types.PyList;
import org.jyco.runtime.types.PyStr;
import org.jyco.runtime.types.PyTuple;

/**
 * The {@code re} module of CPython 3.11 on top of {@code java.util.regex}: {@link ReTranslator}
 * turns the Python pattern into a Java one; this class gives it Python's API and semantics —
 * positions in code points, {@code pos}/{@code endpos}, the iteration rule for empty matches
 * (a match may not be empty where the previous one ended), replacement templates, split with
 * groups — for str and bytes patterns (bytes are matched as Latin-1 text).
 */
public final class ReModule {
    private ReModule() {}

    static final PyType ERROR = PyType.newBuiltin("error", PyExc.Exception, PyBaseException.class, ErrorMethods.class, "re");
    static final PyType PATTERN = PyType.newBuiltin("Pattern", PyType.OBJECT, PyPattern.class, PyPattern.class, "re");
    static final PyType MATCH = PyType.newBuiltin("Match", PyType.OBJECT, PyMatch.class, PyMatch.class, "re");

    private static final String[] FLAG_NAMES = {"TEMPLATE", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "UNICODE",
        "VERBOSE", "DEBUG", "ASCII"};

    private static final int CACHE_MAX = 512;
    private static final Map<List<Object>, PyPattern> CACHE = new LinkedHashMap<>();

    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("re");
        m.addFunctions(ReModule.class);
        PyDict d = m.getDict();
        d.put("__doc__", "Support for regular expressions (RE).");
        d.put("error", ERROR);
        d.put("Pattern", PATTERN);
        d.put("Match", MATCH);
        String[] shortNames = {"T", "I", "L", "M", "S", "U", "X", null, "A"};
        for (int b = 0; b < FLAG_NAMES.length; b++) {
            d.put(FLAG_NAMES[b], (long) (1 << b));
            if (shortNames[b] != null) d.put(shortNames[b], (long) (1 << b));
        }
        d.put("NOFLAG", 0L);
        d.put("__all__", PyList.of("match", "fullmatch", "search", "sub", "subn", "split", "findall", "finditer",
            "compile", "purge", "escape", "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U", "ASCII",
            "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE", "UNICODE", "NOFLAG"));
        return m;
    }

    // ================================================================== re.error

    static PyException error(String msg, Object pattern, int pos) {
        PyBaseException e = new PyBaseException(ERROR);
        ErrorMethods.init(e, msg, pattern == null ? PyNone.NONE : pattern, pos < 0 ? PyNone.NONE : (Object) (long) pos);
        return new PyException(e);
    }

    /** {@code re.error(msg, pattern=None, pos=None)} with lineno and colno. */
    public static final class ErrorMethods {
        private ErrorMethods() {}

        @Exposed.Method(name = "__init__", params = {"msg", "pattern=None", "pos=None"})
        public static Object init(Object self, Object msg, Object pattern, Object pos) {
            PyBaseException e = (PyBaseException) self;
            PyDict d = e.getDict();
            String text = Abstract.str(msg);
            Object lineno = PyNone.NONE, colno = PyNone.NONE;
            if (pattern != PyNone.NONE && pos != PyNone.NONE) {
                int p = (int) Abstract.asLong(pos);
                String pat = pattern instanceof PyBytes b ? new String(b.bytes(), StandardCharsets.ISO_8859_1) : Abstract.str(pattern);
                int[] cps = pat.codePoints().toArray();
                int line = 1, lastNl = -1;
                for (int k = 0; k < Math.min(p, cps.length); k++) {
                    if (cps[k] == '\n') {
                        line++;
                        lastNl = k;
                    }
                }
                lineno = (long) line;
                colno = (long) (p - lastNl);
                text = text + " at position " + p;
                if (pat.indexOf('\n') >= 0) text += " (line " + line + ", column " + (p - lastNl) + ")";
            }
            e.setArgs(PyTuple.of(text));
            d.put("msg", msg);
            d.put("pattern", pattern);
            d.put("pos", pos);
            d.put("lineno", lineno);
            d.put("colno", colno);
            return PyNone.NONE;
        }
    }

    // ================================================================== compiling

    static PyPattern compile(Object pattern, Object flagsObj) {
        if (pattern instanceof PyPattern pp) {
            if (Abstract.asLong(flagsObj) != 0) throw PyExc.valueError("cannot process flags argument with a compiled pattern");
            return pp;
        }
        int flags = (int) Abstract.asLong(flagsObj);
        if (!(pattern instanceof String || pattern instanceof PyBytes)) {
            throw PyExc.typeError("first argument must be string or compiled pattern");
        }
        List<Object> key = List.of(pattern instanceof String ? "s" : "b",
            pattern instanceof PyBytes b ? latin1(b.bytes()) : pattern, (long) flags);
        synchronized (CACHE) {
            PyPattern cached = CACHE.get(key);
            if (cached != null) return cached;
        }
        PyPattern p = new PyPattern(pattern, flags);
        synchronized (CACHE) {
            if (CACHE.size() >= CACHE_MAX) CACHE.remove(CACHE.keySet().iterator().next());
            CACHE.put(key, p);
        }
        return p;
    }

    static String latin1(byte[] b) {
        return new String(b, StandardCharsets.ISO_8859_1);
    }

    /** A pattern: the Java pattern and Python's view of it. */
    public static final class PyPattern extends PyObject {
        final Object pattern;
        final boolean bytes;
        final int flags;
        final int groups;
        final Map<String, Integer> names;
        final String[] groupNames;
        final Pattern jp;
        final String java;
        private Pattern advance;

        PyPattern(Object pattern, int flags) {
            this.pattern = pattern;
            this.bytes = pattern instanceof PyBytes;
            String text = bytes ? latin1(((PyBytes) pattern).bytes()) : (String) pattern;
            ReTranslator.Result r;
            try {
                r = ReTranslator.translate(text.codePoints().toArray(), bytes, flags);
            } catch (ReTranslator.Error e) {
                throw error(e.msg, pattern, e.pos);
            } catch (IllegalArgumentException e) {
                throw PyExc.valueError(e.getMessage());
            } catch (UnsupportedOperationException e) {
                throw PyExc.notImplemented("re: " + e.getMessage());
            }
            this.flags = r.flags();
            this.groups = r.groups();
            this.names = r.names();
            this.groupNames = new String[groups + 1];
            for (var e : names.entrySet()) groupNames[e.getValue()] = e.getKey();
            this.java = r.java();
            try {
                this.jp = Pattern.compile(java);
            } catch (PatternSyntaxException e) {
                throw error(e.getDescription(), pattern, -1);
            }
        }

        Pattern advancing() {
            if (advance == null) advance = Pattern.compile("(?:" + java + ")(?!\\G)");
            return advance;
        }

        @Override
        public PyType getType() {
            return PATTERN;
        }

        Subject subject(Object s) {
            if (s instanceof String str) {
                if (bytes) throw PyExc.typeError("cannot use a bytes pattern on a string-like object");
                return new Subject(s, str, false);
            }
            if (s instanceof PyBytes b) {
                if (!bytes) throw PyExc.typeError("cannot use a string pattern on a bytes-like object");
                return new Subject(s, latin1(b.bytes()), true);
            }
            if (s instanceof PyByteArray b) {
                if (!bytes) throw PyExc.typeError("cannot use a string pattern on a bytes-like object");
                return new Subject(s, latin1(b.toBytes()), true);
            }
            throw PyExc.typeError("expected string or bytes-like object, got '" + PyType.of(s).getName() + "'");
        }

        // ------------------------------------------------------------------ attributes

        @Exposed.Getter("pattern")
        public static Object pattern(Object self) {
            return ((PyPattern) self).pattern;
        }

        @Exposed.Getter("flags")
        public static Object flags(Object self) {
            return (long) ((PyPattern) self).flags;
        }

        @Exposed.Getter("groups")
        public static Object groups(Object self) {
            return (long) ((PyPattern) self).groups;
        }

        @Exposed.Getter("groupindex")
        public static Object groupindex(Object self) {
            PyDict d = new PyDict();
            for (var e : ((PyPattern) self).names.entrySet()) d.put(e.getKey(), (long) e.getValue());
            return d;
        }

        @Exposed.Method(name = "__repr__")
        public static Object repr(Object self) {
            PyPattern p = (PyPattern) self;
            String pr = Abstract.repr(p.pattern);
            if (pr.length() > 200) pr = pr.substring(0, 200);
            int f = p.flags;
            if (!p.bytes) f &= ~ReTranslator.UNICODE;
            if (f == 0) return "re.compile(" + pr + ")";
            return "re.compile(" + pr + ", " + flagsRepr(f) + ")";
        }

        @Exposed.Method(name = "__eq__", params = {"other"})
        public static Object eq(Object self, Object other) {
            if (!(other instanceof PyPattern o)) return org.jyco.runtime.Singletons.NOT_IMPLEMENTED;
            PyPattern p = (PyPattern) self;
            return p.flags == o.flags && p.bytes == o.bytes && Abstract.eq(p.pattern, o.pattern);
        }

        @Exposed.Method(name = "__hash__")
        public static Object hash(Object self) {
            PyPattern p = (PyPattern) self;
            return Abstract.hash(p.pattern) * 31 + p.flags;
        }

        @Exposed.Method(name = "__copy__")
        public static Object copy(Object self) {
            return self;
        }

        @Exposed.Method(name = "__deepcopy__", params = {"memo"})
        public static Object deepcopy(Object self, Object memo) {
            return self;
        }

        // ------------------------------------------------------------------ matching

        @Exposed.Method(params = {"string", "pos=0", "endpos=9223372036854775807"})
        public static Object match(Object self, Object string, Object pos, Object endpos) {
            return ((PyPattern) self).matchAt(string, pos, endpos, 0);
        }

        @Exposed.Method(params = {"string", "pos=0", "endpos=9223372036854775807"})
        public static Object fullmatch(Object self, Object string, Object pos, Object endpos) {
            return ((PyPattern) self).matchAt(string, pos, endpos, 1);
        }

        @Exposed.Method(params = {"string", "pos=0", "endpos=9223372036854775807"})
        public static Object search(Object self, Object string, Object pos, Object endpos) {
            return ((PyPattern) self).matchAt(string, pos, endpos, 2);
        }

        Object matchAt(Object string, Object pos, Object endpos, int mode) {
            Subject s = subject(string);
            Scan sc = new Scan(this, s, Abstract.asLong(pos), Abstract.asLong(endpos));
            if (sc.empty) return PyNone.NONE;
            Matcher m = sc.matcher(false);
            m.region(sc.fromChar, sc.endChar);
            boolean ok = switch (mode) {
                case 0 -> m.lookingAt();
                case 1 -> m.matches();
                default -> m.find();
            };
            return ok ? sc.toMatch(m) : PyNone.NONE;
        }

        @Exposed.Method(params = {"string", "pos=0", "endpos=9223372036854775807"})
        public static Object findall(Object self, Object string, Object pos, Object endpos) {
            PyPattern p = (PyPattern) self;
            Subject s = p.subject(string);
            Scan sc = new Scan(p, s, Abstract.asLong(pos), Abstract.asLong(endpos));
            PyList out = new PyList();
            if (sc.empty) return out;
            while (sc.next()) {
                Matcher m = sc.current;
                if (p.groups == 0) {
                    out.append(s.slice(m.start(), m.end()));
                } else if (p.groups == 1) {
                    out.append(m.start(1) < 0 ? s.empty() : s.slice(m.start(1), m.end(1)));
                } else {
                    Object[] t = new Object[p.groups];
                    for (int g = 1; g <= p.groups; g++) t[g - 1] = m.start(g) < 0 ? s.empty() : s.slice(m.start(g), m.end(g));
                    out.append(PyTuple.of(t));
                }
            }
            return out;
        }

        @Exposed.Method(params = {"string", "pos=0", "endpos=9223372036854775807"})
        public static Object finditer(Object self, Object string, Object pos, Object endpos) {
            PyPattern p = (PyPattern) self;
            Subject s = p.subject(string);
            Scan sc = new Scan(p, s, Abstract.asLong(pos), Abstract.asLong(endpos));
            return new PyIterators.Base() {
                boolean done = sc.empty;

                @Override
                public Object next() {
                    if (done) return PyIterators.END;
                    if (!sc.next()) {
                        done = true;
                        return PyIterators.END;
                    }
                    return sc.toMatch(sc.current);
                }
            };
        }

        @Exposed.Method(params = {"repl", "string", "count=0"})
        public static Object sub(Object self, Object repl, Object string, Object count) {
            return ((PyPattern) self).subn(repl, string, count, false);
        }

        @Exposed.Method(params = {"repl", "string", "count=0"})
        public static Object subn(Object self, Object repl, Object string, Object count) {
            return ((PyPattern) self).subn(repl, string, count, true);
        }

        Object subn(Object repl, Object string, Object countObj, boolean withCount) {
            Subject s = subject(string);
            long count = Abstract.asLong(countObj);
            Template tpl = null;
            boolean callable = false;
            if (repl instanceof String || repl instanceof PyBytes || repl instanceof PyByteArray) {
                boolean rb = !(repl instanceof String);
                if (rb != bytes) {
                    throw PyExc.typeError(bytes ? "expected a bytes-like object, str found"
                        : "expected str instance, " + PyType.of(repl).getName() + " found");
                }
                tpl = Template.parse(this, repl);
            } else if (Abstract.isCallable(repl)) {
                callable = true;
            } else {
                throw PyExc.typeError(bytes ? "a bytes-like object is required, not '" + PyType.of(repl).getName() + "'"
                    : "decoding to str: need a bytes-like object, " + PyType.of(repl).getName() + " found");
            }
            Scan sc = new Scan(this, s, 0, Long.MAX_VALUE);
            StringBuilder out = new StringBuilder();
            int last = 0;
            long n = 0;
            while ((count <= 0 || n < count) && sc.next()) {
                Matcher m = sc.current;
                out.append(s.text, last, m.start());
                if (callable) {
                    Object r = Abstract.call(repl, sc.toMatch(m));
                    if (r != PyNone.NONE) out.append(s.textOf(r, bytes));
                } else {
                    tpl.expand(out, m, s);
                }
                last = m.end();
                n++;
            }
            out.append(s.text, last, s.text.length());
            Object result = s.wrap(out.toString());
            return withCount ? PyTuple.of(result, n) : result;
        }

        @Exposed.Method(params = {"string", "maxsplit=0"})
        public static Object split(Object self, Object string, Object maxsplit) {
            PyPattern p = (PyPattern) self;
            Subject s = p.subject(string);
            long max = Abstract.asLong(maxsplit);
            PyList out = new PyList();
            Scan sc = new Scan(p, s, 0, Long.MAX_VALUE);
            int last = 0;
            long n = 0;
            while ((max <= 0 || n < max) && sc.next()) {
                Matcher m = sc.current;
                out.append(s.slice(last, m.start()));
                for (int g = 1; g <= p.groups; g++) out.append(m.start(g) < 0 ? PyNone.NONE : s.slice(m.start(g), m.end(g)));
                last = m.end();
                n++;
            }
            out.append(s.slice(last, s.text.length()));
            return out;
        }
    }

    static String flagsRepr(int f) {
        StringBuilder sb = new StringBuilder();
        for (int b = 0; b < FLAG_NAMES.length; b++) {
            if ((f & (1 << b)) != 0) {
                if (sb.length() > 0) sb.append('|');
                sb.append("re.").append(FLAG_NAMES[b]);
                f &= ~(1 << b);
            }
        }
        if (f != 0) {
            if (sb.length() > 0) sb.append('|');
            sb.append("0x").append(Integer.toHexString(f));
        }
        return sb.toString();
    }

    // ================================================================== subjects and scanning

    /** The string being searched: Java text (Latin-1 for bytes) and code point positions. */
    static final class Subject {
        final Object original;
        final String text;
        final boolean bytes;
        final boolean bmp;
        private int[] cpToChar;

        Subject(Object original, String text, boolean bytes) {
            this.original = original;
            this.text = text;
            this.bytes = bytes;
            this.bmp = bytes || PyStr.isBmp(text);
        }

        int cpLength() {
            return bmp ? text.length() : offsets().length - 1;
        }

        private int[] offsets() {
            if (cpToChar == null) {
                int n = text.codePointCount(0, text.length());
                cpToChar = new int[n + 1];
                int c = 0;
                for (int k = 0; k < n; k++) {
                    cpToChar[k] = c;
                    c += Character.charCount(text.codePointAt(c));
                }
                cpToChar[n] = text.length();
            }
            return cpToChar;
        }

        int toChar(int cp) {
            return bmp ? cp : offsets()[cp];
        }

        int toCp(int ch) {
            if (bmp || ch < 0) return ch;
            int[] o = offsets();
            int k = java.util.Arrays.binarySearch(o, ch);
            return k >= 0 ? k : -k - 1;
        }

        Object wrap(String s) {
            if (!bytes) return s;
            byte[] b = s.getBytes(StandardCharsets.ISO_8859_1);
            return new PyBytes(b);
        }

        Object slice(int a, int b) {
            return wrap(text.substring(a, b));
        }

        Object empty() {
            return wrap("");
        }

        /** The text of a replacement value (str, or bytes-like for bytes patterns). */
        String textOf(Object r, boolean bytesPattern) {
            if (!bytesPattern) {
                if (r instanceof String s) return s;
                throw PyExc.typeError("expected str instance, " + PyType.of(r).getName() + " found");
            }
            if (r instanceof PyBytes b) return latin1(b.bytes());
            if (r instanceof PyByteArray b) return latin1(b.toBytes());
            throw PyExc.typeError("expected a bytes-like object, " + PyType.of(r).getName() + " found");
        }
    }

    /** One search over a subject between pos and endpos, with CPython's rule for empty matches. */
    static final class Scan {
        final PyPattern p;
        final Subject s;
        final int pos, endpos;
        final int fromChar, endChar;
        final boolean empty;
        final String input;
        private Matcher plain, advancing;
        Matcher current;
        int next;
        boolean mustAdvance;
        boolean finished;

        Scan(PyPattern p, Subject s, long pos, long endpos) {
            this.p = p;
            this.s = s;
            int len = s.cpLength();
            if (pos < 0) pos = 0;
            if (pos > len) pos = len;
            if (endpos < 0) endpos = 0;
            if (endpos > len) endpos = len;
            this.pos = (int) pos;
            this.endpos = (int) endpos;
            this.empty = pos > endpos;
            this.fromChar = s.toChar(this.pos);
            this.endChar = s.toChar(Math.max(this.pos, this.endpos));
            this.input = endChar == s.text.length() ? s.text : s.text.substring(0, endChar);
            this.next = fromChar;
        }

        Matcher matcher(boolean adv) {
            if (adv) {
                if (advancing == null) advancing = configure(p.advancing().matcher(input));
                return advancing;
            }
            if (plain == null) plain = configure(p.jp.matcher(input));
            return plain;
        }

        private static Matcher configure(Matcher m) {
            m.useTransparentBounds(true);
            m.useAnchoringBounds(false);
            return m;
        }

        /** Finds the next match (sets current); false at the end. */
        boolean next() {
            if (finished || empty || next > endChar) return false;
            Matcher m = matcher(mustAdvance);
            m.region(next, endChar);
            boolean found;
            try {
                found = m.find();
            } catch (StackOverflowError e) {
                throw PyExc.recursionError("maximum recursion depth exceeded in regular expression matching");
            }
            if (!found) {
                finished = true;
                return false;
            }
            current = m;
            mustAdvance = m.start() == m.end();
            next = m.end();
            return true;
        }

        PyMatch toMatch(Matcher m) {
            int[] spans = new int[2 * (p.groups + 1)];
            for (int g = 0; g <= p.groups; g++) {
                spans[2 * g] = m.start(g);
                spans[2 * g + 1] = m.end(g);
            }
            return new PyMatch(p, s, pos, endpos, spans);
        }
    }

    // ================================================================== replacement templates

    /** A parsed replacement template: literal pieces and group numbers. */
    static final class Template {
        final List<Object> parts = new ArrayList<>();

        static Template parse(PyPattern p, Object repl) {
            Template t = new Template();
            String text = repl instanceof String s ? s : latin1(repl instanceof PyBytes b ? b.bytes() : ((PyByteArray) repl).toBytes());
            int[] c = text.codePoints().toArray();
            StringBuilder lit = new StringBuilder();
            int i = 0;
            while (i < c.length) {
                int ch = c[i];
                if (ch != '\\') {
                    lit.appendCodePoint(ch);
                    i++;
                    continue;
                }
                int start = i;
                i++;
                if (i >= c.length) throw error("bad escape (end of pattern)", repl, start);
                int e = c[i];
                i++;
                int group = -1;
                if (e == 'g') {
                    if (i >= c.length || c[i] != '<') throw error("missing <", repl, i);
                    i++;
                    int ns = i;
                    while (i < c.length && c[i] != '>') i++;
                    if (i >= c.length) {
                        if (ns == i) throw error("missing group name", repl, ns);
                        throw error("missing >, unterminated name", repl, ns);
                    }
                    String name = new String(c, ns, i - ns);
                    i++;
                    if (name.isEmpty()) throw error("missing group name", repl, ns);
                    if (name.chars().allMatch(Character::isDigit) && name.chars().allMatch(x -> x < 128)) {
                        group = name.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(name);
                        if (group > p.groups) throw error("invalid group reference " + name, repl, ns);
                    } else {
                        if (!ReTranslator.isIdentifier(name)) {
                            throw error("bad character in group name " + PyStr.repr(name), repl, ns);
                        }
                        Integer g = p.names.get(name);
                        if (g == null) throw PyExc.indexError("unknown group name " + PyStr.repr(name));
                        group = g;
                    }
                } else if (e == '0') {
                    int v = 0, k = 0;
                    while (k < 2 && i < c.length && c[i] >= '0' && c[i] <= '7') {
                        v = v * 8 + (c[i] - '0');
                        i++;
                        k++;
                    }
                    lit.appendCodePoint(v);
                    continue;
                } else if (e >= '1' && e <= '9') {
                    int g = e - '0';
                    if (i < c.length && c[i] >= '0' && c[i] <= '9') {
                        if (e <= '7' && c[i] <= '7' && i + 1 < c.length && c[i + 1] >= '0' && c[i + 1] <= '7') {
                            int v = (e - '0') * 64 + (c[i] - '0') * 8 + (c[i + 1] - '0');
                            if (v > 0377) {
                                throw error("octal escape value \\" + new String(c, start + 1, 3) + " outside of range 0-0o377", repl, start);
                            }
                            lit.appendCodePoint(v);
                            i += 2;
                            continue;
                        }
                        g = g * 10 + (c[i] - '0');
                        i++;
                    }
                    if (g > p.groups) throw error("invalid group reference " + g, repl, start + 1);
                    group = g;
                } else {
                    int v = switch (e) {
                        case 'a' -> 7;
                        case 'b' -> '\b';
                        case 'f' -> '\f';
                        case 'n' -> '\n';
                        case 'r' -> '\r';
                        case 't' -> '\t';
                        case 'v' -> 0x0b;
                        case '\\' -> '\\';
                        default -> -1;
                    };
                    if (v >= 0) {
                        lit.appendCodePoint(v);
                    } else {
                        if (e < 128 && Character.isLetter(e)) throw error("bad escape \\" + (char) e, repl, start);
                        lit.append('\\').appendCodePoint(e);
                    }
                    continue;
                }
                if (lit.length() > 0) {
                    t.parts.add(lit.toString());
                    lit.setLength(0);
                }
                t.parts.add(group);
            }
            if (lit.length() > 0) t.parts.add(lit.toString());
            return t;
        }

        void expand(StringBuilder out, Matcher m, Subject s) {
            for (Object part : parts) {
                if (part instanceof String str) {
                    out.append(str);
                } else {
                    int g = (Integer) part;
                    int a = m.start(g);
                    if (a >= 0) out.append(s.text, a, m.end(g));
                }
            }
        }

        void expand(StringBuilder out, int[] spans, Subject s) {
            for (Object part : parts) {
                if (part instanceof String str) {
                    out.append(str);
                } else {
                    int g = (Integer) part;
                    int a = spans[2 * g];
                    if (a >= 0) out.append(s.text, a, spans[2 * g + 1]);
                }
            }
        }
    }

    // ================================================================== match objects

    /** A match: spans in Java chars, reported in code points. */
    public static final class PyMatch extends PyObject {
        final PyPattern re;
        final Subject s;
        final int pos, endpos;
        final int[] spans;

        PyMatch(PyPattern re, Subject s, int pos, int endpos, int[] spans) {
            this.re = re;
            this.s = s;
            this.pos = pos;
            this.endpos = endpos;
            this.spans = spans;
        }

        @Override
        public PyType getType() {
            return MATCH;
        }

        int index(Object g) {
            if (g instanceof Long || g instanceof Boolean || g instanceof java.math.BigInteger) {
                Object i = org.jyco.runtime.types.PyLong.asInt(g);
                if (i instanceof Long l && l >= 0 && l <= re.groups) return (int) (long) l;
                throw PyExc.indexError("no such group");
            }
            if (g instanceof String name) {
                Integer i = re.names.get(name);
                if (i != null) return i;
                throw PyExc.indexError("no such group");
            }
            if (PyType.of(g).lookup("__index__") != null) return index(Abstract.index(g));
            throw PyExc.indexError("no such group");
        }

        Object get(int g, Object dflt) {
            int a = spans[2 * g];
            if (a < 0) return dflt;
            return s.slice(a, spans[2 * g + 1]);
        }

        @Exposed.Method(params = {"*groups"})
        public static Object group(Object self, Object[] groups) {
            PyMatch m = (PyMatch) self;
            if (groups.length == 0) return m.get(0, PyNone.NONE);
            if (groups.length == 1) return m.get(m.index(groups[0]), PyNone.NONE);
            Object[] out = new Object[groups.length];
            for (int k = 0; k < groups.length; k++) out[k] = m.get(m.index(groups[k]), PyNone.NONE);
            return PyTuple.of(out);
        }

        @Exposed.Method(name = "__getitem__", params = {"g", "/"})
        public static Object getitem(Object self, Object g) {
            PyMatch m = (PyMatch) self;
            return m.get(m.index(g), PyNone.NONE);
        }

        @Exposed.Method(params = {"default=None"})
        public static Object groups(Object self, Object dflt) {
            PyMatch m = (PyMatch) self;
            Object[] out = new Object[m.re.groups];
            for (int g = 1; g <= m.re.groups; g++) out[g - 1] = m.get(g, dflt);
            return PyTuple.of(out);
        }

        @Exposed.Method(params = {"default=None"})
        public static Object groupdict(Object self, Object dflt) {
            PyMatch m = (PyMatch) self;
            PyDict d = new PyDict();
            for (var e : m.re.names.entrySet()) d.put(e.getKey(), m.get(e.getValue(), dflt));
            return d;
        }

        @Exposed.Method(params = {"group=0", "/"})
        public static Object start(Object self, Object g) {
            PyMatch m = (PyMatch) self;
            return (long) m.s.toCp(m.spans[2 * m.index(g)]);
        }

        @Exposed.Method(params = {"group=0", "/"})
        public static Object end(Object self, Object g) {
            PyMatch m = (PyMatch) self;
            return (long) m.s.toCp(m.spans[2 * m.index(g) + 1]);
        }

        @Exposed.Method(params = {"group=0", "/"})
        public static Object span(Object self, Object g) {
            PyMatch m = (PyMatch) self;
            int k = m.index(g);
            return PyTuple.of((long) m.s.toCp(m.spans[2 * k]), (long) m.s.toCp(m.spans[2 * k + 1]));
        }

        @Exposed.Method(params = {"template"})
        public static Object expand(Object self, Object template) {
            PyMatch m = (PyMatch) self;
            Template t = Template.parse(m.re, template);
            StringBuilder sb = new StringBuilder();
            t.expand(sb, m.spans, m.s);
            return m.s.wrap(sb.toString());
        }

        int lastIndex() {
            int best = -1;
            for (int g = 1; g <= re.groups; g++) {
                int a = spans[2 * g];
                if (a < 0) continue;
                if (best < 0) {
                    best = g;
                    continue;
                }
                int be = spans[2 * best + 1], ee = spans[2 * g + 1];
                if (ee > be || (ee == be && a > spans[2 * best])) best = g;
            }
            return best;
        }

        @Exposed.Getter("lastindex")
        public static Object lastindex(Object self) {
            int k = ((PyMatch) self).lastIndex();
            return k < 0 ? PyNone.NONE : (Object) (long) k;
        }

        @Exposed.Getter("lastgroup")
        public static Object lastgroup(Object self) {
            PyMatch m = (PyMatch) self;
            int k = m.lastIndex();
            if (k < 0 || m.re.groupNames[k] == null) return PyNone.NONE;
            return m.re.groupNames[k];
        }

        @Exposed.Getter("string")
        public static Object string(Object self) {
            return ((PyMatch) self).s.original;
        }

        @Exposed.Getter("re")
        public static Object re(Object self) {
            return ((PyMatch) self).re;
        }

        @Exposed.Getter("pos")
        public static Object pos(Object self) {
            return (long) ((PyMatch) self).pos;
        }

        @Exposed.Getter("endpos")
        public static Object endpos(Object self) {
            return (long) ((PyMatch) self).endpos;
        }

        @Exposed.Getter("regs")
        public static Object regs(Object self) {
            PyMatch m = (PyMatch) self;
            Object[] out = new Object[m.re.groups + 1];
            for (int g = 0; g <= m.re.groups; g++) out[g] = span(self, (long) g);
            return PyTuple.of(out);
        }

        @Exposed.Method(name = "__repr__")
        public static Object repr(Object self) {
            PyMatch m = (PyMatch) self;
            String r = Abstract.repr(m.get(0, PyNone.NONE));
            if (r.codePointCount(0, r.length()) > 50) r = r.substring(0, r.offsetByCodePoints(0, 50));
            return "<re.Match object; span=(" + m.s.toCp(m.spans[0]) + ", " + m.s.toCp(m.spans[1]) + "), match=" + r + ">";
        }

        @Exposed.Method(name = "__copy__")
        public static Object copy(Object self) {
            return self;
        }

        @Exposed.Method(name = "__deepcopy__", params = {"memo"})
        public static Object deepcopy(Object self, Object memo) {
            return self;
        }
    }

    // ================================================================== module functions

    @Exposed.Method(name = "compile", params = {"pattern", "flags=0"})
    public static Object compile_(Object pattern, Object flags) {
        return compile(pattern, flags);
    }

    @Exposed.Method(name = "match", params = {"pattern", "string", "flags=0"})
    public static Object match_(Object pattern, Object string, Object flags) {
        return compile(pattern, flags).matchAt(string, 0L, Long.MAX_VALUE, 0);
    }

    @Exposed.Method(name = "fullmatch", params = {"pattern", "string", "flags=0"})
    public static Object fullmatch_(Object pattern, Object string, Object flags) {
        return compile(pattern, flags).matchAt(string, 0L, Long.MAX_VALUE, 1);
    }

    @Exposed.Method(name = "search", params = {"pattern", "string", "flags=0"})
    public static Object search_(Object pattern, Object string, Object flags) {
        return compile(pattern, flags).matchAt(string, 0L, Long.MAX_VALUE, 2);
    }

    @Exposed.Method(name = "findall", params = {"pattern", "string", "flags=0"})
    public static Object findall_(Object pattern, Object string, Object flags) {
        return PyPattern.findall(compile(pattern, flags), string, 0L, Long.MAX_VALUE);
    }

    @Exposed.Method(name = "finditer", params = {"pattern", "string", "flags=0"})
    public static Object finditer_(Object pattern, Object string, Object flags) {
        return PyPattern.finditer(compile(pattern, flags), string, 0L, Long.MAX_VALUE);
    }

    @Exposed.Method(name = "sub", params = {"pattern", "repl", "string", "count=0", "flags=0"})
    public static Object sub_(Object pattern, Object repl, Object string, Object count, Object flags) {
        return compile(pattern, flags).subn(repl, string, count, false);
    }

    @Exposed.Method(name = "subn", params = {"pattern", "repl", "string", "count=0", "flags=0"})
    public static Object subn_(Object pattern, Object repl, Object string, Object count, Object flags) {
        return compile(pattern, flags).subn(repl, string, count, true);
    }

    @Exposed.Method(name = "split", params = {"pattern", "string", "maxsplit=0", "flags=0"})
    public static Object split_(Object pattern, Object string, Object maxsplit, Object flags) {
        return PyPattern.split(compile(pattern, flags), string, maxsplit);
    }

    private static final String SPECIAL = "()[]{}?*+-|^$\\.&~# \t\n\r\u000b\f";

    @Exposed.Method(params = {"pattern"})
    public static Object escape(Object pattern) {
        if (pattern instanceof String s) {
            StringBuilder sb = new StringBuilder(s.length() + 8);
            for (int k = 0; k < s.length(); k++) {
                char c = s.charAt(k);
                if (SPECIAL.indexOf(c) >= 0) sb.append('\\');
                sb.append(c);
            }
            return sb.toString();
        }
        if (pattern instanceof PyBytes || pattern instanceof PyByteArray) {
            byte[] b = pattern instanceof PyBytes pb ? pb.bytes() : ((PyByteArray) pattern).toBytes();
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            for (byte x : b) {
                if (SPECIAL.indexOf((char) (x & 0xff)) >= 0) out.write('\\');
                out.write(x);
            }
            return new PyBytes(out.toByteArray());
        }
        throw PyExc.typeError("expected str or bytes-like object, got '" + PyType.of(pattern).getName() + "'");
    }

    @Exposed.Method
    public static Object purge() {
        synchronized (CACHE) {
            CACHE.clear();
        }
        return PyNone.NONE;
    }
}
