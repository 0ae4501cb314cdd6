package org.jyco.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.reflect.RecordComponent;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;

import org.jyco.parser.ast.Alias;
import org.jyco.parser.ast.Arg;
import org.jyco.parser.ast.Arguments;
import org.jyco.parser.ast.Boolop;
import org.jyco.parser.ast.Cmpop;
import org.jyco.parser.ast.ConstantValue;
import org.jyco.parser.ast.ExceptHandler;
import org.jyco.parser.ast.Expr;
import org.jyco.parser.ast.ExprContext;
import org.jyco.parser.ast.Keyword;
import org.jyco.parser.ast.MatchCase;
import org.jyco.parser.ast.Mod;
import org.jyco.parser.ast.Node;
import org.jyco.parser.ast.Pattern;
import org.jyco.parser.ast.Stmt;
import org.jyco.parser.ast.Unaryop;
import org.junit.jupiter.api.Test;

/**
 * Checks {@link AstDump} against python3's {@code ast.dump}: hand-built trees, Python's repr of
 * constants, the optional-field table, and (without needing Jyco's parser) every tree of the
 * standard library rebuilt from a serialization python3 writes ({@link PyAstReader}).
 */
class AstDumpTest {

    // --- tiny tree builders (positions are zero unless given) -------------------------------

    private static Expr.Name name(String id) {
        return new Expr.Name(id, ExprContext.Load, 0, 0, 0, 0);
    }

    private static Expr.Name store(String id) {
        return new Expr.Name(id, ExprContext.Store, 0, 0, 0, 0);
    }

    private static Expr.Constant c(Object v) {
        return new Expr.Constant(v, null, 0, 0, 0, 0);
    }

    private static Expr.Constant num(long v) {
        return c(BigInteger.valueOf(v));
    }

    private static Arg arg(String a) {
        return new Arg(a, null, null, 0, 0, 0, 0);
    }

    private static Stmt.ExprStmt expr(Expr e) {
        return new Stmt.ExprStmt(e, 0, 0, 0, 0);
    }

    private static Stmt.Pass pass() {
        return new Stmt.Pass(0, 0, 0, 0);
    }

    private static Mod.Module module(Stmt... body) {
        return new Mod.Module(List.of(body), List.of());
    }

    private static Arguments noArgs() {
        return new Arguments(List.of(), List.of(), null, List.of(), List.of(), null, List.of());
    }

    /** Source, the equivalent hand-built tree, and whether its positions are filled in. */
    private record Case(String source, Node tree, boolean positions) {}

    private static List<Case> handBuilt() {
        List<Case> cases = new ArrayList<>();
        // x = 1   (with positions)
        cases.add(new Case("x = 1", new Mod.Module(List.of(new Stmt.Assign(
                List.of(new Expr.Name("x", ExprContext.Store, 1, 0, 1, 1)),
                new Expr.Constant(BigInteger.ONE, null, 1, 4, 1, 5), null, 1, 0, 1, 5)), List.of()), true));
        // def with every kind of parameter, a default None in kw_defaults, a return annotation
        Arguments args = new Arguments(List.of(arg("a")), List.of(arg("b")), arg("args"),
                List.of(arg("c"), arg("d")), Arrays.asList(null, num(3)), arg("kw"), List.of(num(2)));
        cases.add(new Case("def f(a, /, b=2, *args, c, d=3, **kw) -> int:\n    return a\n",
                module(new Stmt.FunctionDef("f", args, List.of(new Stmt.Return(name("a"), 0, 0, 0, 0)),
                        List.of(), name("int"), null, 0, 0, 0, 0)), false));
        // relative import without module; dotted import
        cases.add(new Case("from . import a as b\nimport os.path\n", module(
                new Stmt.ImportFrom(null, List.of(new Alias("a", "b", 0, 0, 0, 0)), 1, 0, 0, 0, 0),
                new Stmt.Import(List.of(new Alias("os.path", null, 0, 0, 0, 0)), 0, 0, 0, 0)), false));
        // dict with ** (a None key), str/bytes/float constants
        cases.add(new Case("{**m, 'k': 2.5, b'\\x00\\'': 1e300, 'it\\'s': 1e-7}", module(expr(new Expr.Dict(
                Arrays.asList(null, c("k"), c(new ConstantValue.Bytes(new byte[] {0, '\''})), c("it's")),
                List.of(name("m"), c(2.5), c(1e300), c(1e-7)), 0, 0, 0, 0))), false));
        // f-string with conversion and format spec
        cases.add(new Case("f'{x!r:>10}'", module(expr(new Expr.JoinedStr(List.of(new Expr.FormattedValue(
                name("x"), 'r', new Expr.JoinedStr(List.of(c(">10")), 0, 0, 0, 0), 0, 0, 0, 0)), 0, 0, 0, 0))), false));
        // slices with missing parts
        cases.add(new Case("a[1:2, ::3]", module(expr(new Expr.Subscript(name("a"), new Expr.Tuple(List.of(
                new Expr.Slice(num(1), num(2), null, 0, 0, 0, 0),
                new Expr.Slice(null, null, num(3), 0, 0, 0, 0)), ExprContext.Load, 0, 0, 0, 0),
                ExprContext.Load, 0, 0, 0, 0))), false));
        // constants of every kind; u'' has kind='u'
        cases.add(new Case("(3j, 1.5j, 1e16j, u'x', ..., None, True, \"it's\", -1, 10**100)", module(expr(new Expr.Tuple(
                List.of(c(new ConstantValue.Imaginary(3)), c(new ConstantValue.Imaginary(1.5)),
                        c(new ConstantValue.Imaginary(1e16)), new Expr.Constant("x", "u", 0, 0, 0, 0),
                        c(ConstantValue.Singleton.ELLIPSIS), c(ConstantValue.Singleton.NONE), c(true), c("it's"),
                        new Expr.UnaryOp(Unaryop.USub, num(1), 0, 0, 0, 0),
                        new Expr.BinOp(num(10), org.jyco.parser.ast.Operator.Pow, num(100), 0, 0, 0, 0)),
                ExprContext.Load, 0, 0, 0, 0))), false));
        // comparisons and boolean operators
        cases.add(new Case("x < y is not z and not w or v", module(expr(new Expr.BoolOp(Boolop.Or, List.of(
                new Expr.BoolOp(Boolop.And, List.of(
                        new Expr.Compare(name("x"), List.of(Cmpop.Lt, Cmpop.IsNot), List.of(name("y"), name("z")), 0, 0, 0, 0),
                        new Expr.UnaryOp(Unaryop.Not, name("w"), 0, 0, 0, 0)), 0, 0, 0, 0),
                name("v")), 0, 0, 0, 0))), false));
        // pattern matching
        Pattern p1 = new Pattern.MatchOr(List.of(
                new Pattern.MatchSequence(List.of(new Pattern.MatchValue(num(1), 0, 0, 0, 0),
                        new Pattern.MatchStar("r", 0, 0, 0, 0)), 0, 0, 0, 0),
                new Pattern.MatchMapping(List.of(c("k")), List.of(new Pattern.MatchAs(null, null, 0, 0, 0, 0)),
                        "rest", 0, 0, 0, 0)), 0, 0, 0, 0);
        Pattern p2 = new Pattern.MatchOr(List.of(
                new Pattern.MatchClass(name("Point"), List.of(), List.of("x"),
                        List.of(new Pattern.MatchValue(num(0), 0, 0, 0, 0)), 0, 0, 0, 0),
                new Pattern.MatchSingleton(ConstantValue.Singleton.NONE, 0, 0, 0, 0)), 0, 0, 0, 0);
        cases.add(new Case("match p:\n    case [1, *r] | {'k': _, **rest} if g: pass\n    case Point(x=0) | None: pass\n",
                module(new Stmt.Match(name("p"), List.of(new MatchCase(p1, name("g"), List.of(pass())),
                        new MatchCase(p2, null, List.of(pass()))), 0, 0, 0, 0)), false));
        // try/except/finally, raise from, bare raise, class with keyword
        cases.add(new Case("try:\n    pass\nexcept E as e:\n    raise X from e\nexcept:\n    raise\nfinally:\n    pass\n"
                + "class C(B, metaclass=M): pass\n",
                module(new Stmt.Try(List.of(pass()), List.of(
                        new ExceptHandler(name("E"), "e", List.of(new Stmt.Raise(name("X"), name("e"), 0, 0, 0, 0)), 0, 0, 0, 0),
                        new ExceptHandler(null, null, List.of(new Stmt.Raise(null, null, 0, 0, 0, 0)), 0, 0, 0, 0)),
                        List.of(), List.of(pass()), 0, 0, 0, 0),
                        new Stmt.ClassDef("C", List.of(name("B")), List.of(new Keyword("metaclass", name("M"), 0, 0, 0, 0)),
                                List.of(pass()), List.of(), 0, 0, 0, 0)), false));
        // lambda with keyword-only argument; async def with await and bare yield; call with **
        Arguments kwOnly = new Arguments(List.of(), List.of(), null, List.of(arg("k")), Arrays.asList((Expr) null),
                null, List.of());
        cases.add(new Case("lambda *, k: k\nasync def g():\n    await h(*a, **kw)\n    yield\n",
                module(expr(new Expr.Lambda(kwOnly, name("k"), 0, 0, 0, 0)),
                        new Stmt.AsyncFunctionDef("g", noArgs(), List.of(
                                expr(new Expr.Await(new Expr.Call(name("h"),
                                        List.of(new Expr.Starred(name("a"), ExprContext.Load, 0, 0, 0, 0)),
                                        List.of(new Keyword(null, name("kw"), 0, 0, 0, 0)), 0, 0, 0, 0), 0, 0, 0, 0)),
                                expr(new Expr.Yield(null, 0, 0, 0, 0))), List.of(), null, null, 0, 0, 0, 0)), false));
        // augmented and annotated assignment, global, del
        cases.add(new Case("x += 1\ny: int\nglobal a, b\ndel x, y[0]\n", module(
                new Stmt.AugAssign(store("x"), org.jyco.parser.ast.Operator.Add, num(1), 0, 0, 0, 0),
                new Stmt.AnnAssign(store("y"), name("int"), null, 1, 0, 0, 0, 0),
                new Stmt.Global(List.of("a", "b"), 0, 0, 0, 0),
                new Stmt.Delete(List.of(new Expr.Name("x", ExprContext.Del, 0, 0, 0, 0),
                        new Expr.Subscript(name("y"), num(0), ExprContext.Del, 0, 0, 0, 0)), 0, 0, 0, 0)), false));
        return cases;
    }

    private static String nulJoined(List<String> parts) {
        return String.join("\0", parts);
    }

    @Test
    void handBuiltTreesMatchAstDump() {
        PythonOracle.assumePython();
        List<Case> cases = handBuilt();
        List<String> sources = new ArrayList<>();
        for (Case k : cases) sources.add(k.source);
        String script = """
                import ast, sys
                srcs = open(sys.argv[1], encoding='utf-8').read().split('\\0')
                out = []
                for s in srcs:
                    t = ast.parse(s)
                    out += [ast.dump(t), ast.dump(t, include_attributes=True), ast.dump(t, indent=2)]
                sys.stdout.write('\\0'.join(out))
                """;
        String[] expected = PythonOracle.run(script, List.of("srcs.txt"), List.of(nulJoined(sources)), "@srcs.txt")
                .split("\0", -1);
        assertEquals(cases.size() * 3, expected.length);
        for (int i = 0; i < cases.size(); i++) {
            Case k = cases.get(i);
            assertEquals(expected[3 * i], AstDump.dump(k.tree), "ast.dump of " + k.source);
            if (k.positions) {
                assertEquals(expected[3 * i + 1], AstDump.dump(k.tree, true), "ast.dump(include_attributes) of " + k.source);
            }
            assertEquals(expected[3 * i + 2], AstDump.dump(k.tree, false, "  "), "ast.dump(indent=2) of " + k.source);
        }
    }

    @Test
    void optionalFieldTableMatchesCPython() {
        PythonOracle.assumePython();
        String script = """
                import ast
                for name in dir(ast):
                    c = getattr(ast, name)
                    deprecated = {'Num', 'Str', 'Bytes', 'NameConstant', 'Ellipsis', 'Index', 'ExtSlice',
                                  'Suite', 'Param', 'AugLoad', 'AugStore'}
                    if (isinstance(c, type) and issubclass(c, ast.AST) and name == c.__name__
                            and name not in deprecated):
                        print(name, *c._fields, '|', *c._attributes)
                        for f in c._fields:
                            if getattr(c, f, ...) is None:
                                print('?', name + '.' + f)
                """;
        TreeSet<String> cpythonOptional = new TreeSet<>();
        Map<String, String> cpythonFields = new java.util.HashMap<>();
        for (String line : PythonOracle.run(script).split("\n")) {
            if (line.startsWith("? ")) cpythonOptional.add(line.substring(2));
            else if (!line.isBlank()) cpythonFields.put(line.substring(0, line.indexOf(' ')), line);
        }
        assertEquals(cpythonOptional, new TreeSet<>(AstDump.OPTIONAL_FIELDS), "optional fields of CPython 3.11");
        // and every Jyco record has CPython's fields and attributes, in CPython's order
        for (Map.Entry<String, Class<?>> e : PyAstReader.nodeClasses().entrySet()) {
            StringBuilder sb = new StringBuilder(e.getKey());
            List<String> comps = new ArrayList<>();
            for (RecordComponent rc : e.getValue().getRecordComponents()) comps.add(rc.getName());
            boolean positioned = org.jyco.parser.ast.Positioned.class.isAssignableFrom(e.getValue());
            int nFields = positioned ? comps.size() - 4 : comps.size();
            for (int i = 0; i < nFields; i++) sb.append(' ').append(comps.get(i));
            sb.append(" |");
            for (int i = nFields; i < comps.size(); i++) sb.append(' ').append(comps.get(i));
            assertEquals(cpythonFields.get(e.getKey()), sb.toString(), "fields of " + e.getKey());
        }
    }

    private static List<Double> interestingDoubles() {
        List<Double> ds = new ArrayList<>(List.of(0.0, -0.0, 0.1, 0.2, 0.3, 1.0, 1.5, 2.5e-7, 1e-5, 1e-4, 1.5e-4, 0.001,
                123.456, 1e15, 1e16, 1e17, 9999999999999998.0, 1234567890123456.0, 12345678901234567.0,
                1e22, 1e23, 2e23, 1e300, 1.7976931348623157e308, Double.MIN_VALUE, Double.MIN_NORMAL,
                5e-324, 2.2250738585072014e-308, Math.PI, Math.E, 1.0 / 3, 2.0 / 3, 100.0, 1e100,
                Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN, 4.35, 0.5, 9007199254740993.0,
                9007199254740992.0, 123456789e-20, 5e-5, 0.00015, 1e-4 * 3));
        for (int e = -1074; e <= 1023; e++) ds.add(Math.scalb(1.0, e));  // powers of two: lopsided intervals
        for (int e = -30; e <= 30; e++) ds.add(Double.parseDouble("1e" + e));
        Random r = new Random(20241125);
        for (int i = 0; i < 8000; i++) {
            double d = Double.longBitsToDouble(r.nextLong() & Long.MAX_VALUE);
            if (!Double.isNaN(d)) ds.add(d);
        }
        for (int i = 0; i < 5000; i++) ds.add(Math.round(r.nextDouble() * 1e6) / 1e3);  // short decimals
        return ds;
    }

    @Test
    void floatAndComplexReprMatchCPython() {
        PythonOracle.assumePython();
        List<Double> ds = interestingDoubles();
        StringBuilder in = new StringBuilder();
        for (double d : ds) in.append(Long.toHexString(Double.doubleToRawLongBits(d))).append('\n');
        String script = """
                import struct, sys
                for line in open(sys.argv[1]):
                    d = struct.unpack('<d', struct.pack('<Q', int(line, 16)))[0]
                    print(repr(d), repr(complex(0.0, d)))
                """;
        String[] lines = PythonOracle.run(script, List.of("d.txt"), List.of(in.toString()), "@d.txt").split("\n");
        assertEquals(ds.size(), lines.length);
        int bad = 0;
        StringBuilder msg = new StringBuilder();
        for (int i = 0; i < ds.size(); i++) {
            double d = ds.get(i);
            String mine = AstDump.floatRepr(d) + " " + AstDump.imaginaryRepr(d);
            // CPython writes complex(0, negative) as -xj but complex(0, -0.0) as -0j
            if (!mine.equals(lines[i])) {
                if (++bad <= 20) msg.append(Double.toHexString(d)).append(": python '").append(lines[i])
                        .append("' jyco '").append(mine).append("'\n");
            }
        }
        assertEquals(0, bad, "float/complex repr differences:\n" + msg);
    }

    @Test
    void isPrintableMatchesCPythonForEveryCodePoint() {
        PythonOracle.assumePython();
        // python prints the ranges [start, end) of printable code points
        String script = """
                import sys
                out = []
                start = None
                for cp in range(0x110001):
                    p = cp <= 0x10ffff and chr(cp).isprintable()
                    if p and start is None:
                        start = cp
                    elif not p and start is not None:
                        out.append('%x %x' % (start, cp))
                        start = None
                print('\\n'.join(out))
                """;
        boolean[] py = new boolean[0x110000];
        for (String line : PythonOracle.run(script).trim().split("\n")) {
            String[] f = line.split(" ");
            Arrays.fill(py, Integer.parseInt(f[0], 16), Integer.parseInt(f[1], 16), true);
        }
        List<String> wrong = new ArrayList<>();
        int count = 0;
        for (int cp = 0; cp < 0x110000; cp++) {
            boolean mine = AstDump.isPrintable(cp);
            if (mine == py[cp]) continue;
            if (count++ < 20) wrong.add(String.format("U+%04X python=%s jyco=%s javaType=%d", cp, py[cp], mine,
                    Character.getType(cp)));
        }
        assertTrue(wrong.isEmpty(), count + " code points where str.isprintable differs (the Unicode version of "
                + "this JDK, " + System.getProperty("java.version") + ", is not Java 17's?): " + wrong);
    }

    @Test
    void strAndBytesReprMatchCPython() {
        PythonOracle.assumePython();
        List<String> strs = new ArrayList<>(List.of("", "a", "'", "\"", "'\"", "it's", "say \"hi\"", "\\", "\\'",
                "\t\n\r\u000b\f\0\u0001\u001f\u007f", "\u0080\u009f\u00a0\u00ad\u00e9\u00ff", "\u0100\u2028\u2029\u200b",
                "\u3000 \u00a0", "\ue000\uf8ff\ufeff\ufffe\uffff", "\u20ac\u00df\u4e2d\u6587", "\ud83d\ude00",
                "\ud800", "x\udfffy", "\uDB40\uDC01", "\uDBFF\uDFFF", "\u0378", "\u0600\u061c", "\u1680",
                "caf\u00e9 \u0394 \u05d0"));
        // every code point below 0x3000 once, in chunks
        for (int base = 0; base < 0x3000; base += 0x100) {
            StringBuilder sb = new StringBuilder();
            for (int cp = base; cp < base + 0x100; cp++) sb.appendCodePoint(cp);
            strs.add(sb.toString());
        }
        List<byte[]> bytes = new ArrayList<>();
        byte[] all = new byte[256];
        for (int i = 0; i < 256; i++) all[i] = (byte) i;
        bytes.add(all);
        for (String s : List.of("", "'", "\"", "'\"", "it's", "a\\b")) bytes.add(s.getBytes(StandardCharsets.ISO_8859_1));
        StringBuilder in = new StringBuilder();
        for (String s : strs) {
            StringBuilder cps = new StringBuilder("s");
            // lone surrogates are passed as code points (Java's UTF-16 view of the string)
            s.codePoints().forEach(cp -> cps.append(' ').append(Integer.toHexString(cp)));
            in.append(cps).append('\n');
        }
        for (byte[] b : bytes) in.append("b ").append(java.util.HexFormat.of().formatHex(b)).append('\n');
        String script = """
                import sys
                for line in open(sys.argv[1]):
                    kind, _, rest = line.rstrip('\\n').partition(' ')
                    if kind == 's':
                        v = ''.join(chr(int(x, 16)) for x in rest.split())
                    else:
                        v = bytes.fromhex(rest)
                    print(ascii(repr(v)))
                """;
        String[] lines = PythonOracle.run(script, List.of("s.txt"), List.of(in.toString()), "@s.txt").split("\n");
        List<Object> values = new ArrayList<>(strs);
        values.addAll(bytes);
        assertEquals(values.size(), lines.length);
        for (int i = 0; i < values.size(); i++) {
            Object v = values.get(i);
            String mine = v instanceof String s ? AstDump.strRepr(s) : AstDump.bytesRepr((byte[]) v);
            // python printed ascii(repr(v)): undo that quoting to get repr(v) itself
            String expected = unAscii(lines[i]);
            assertEquals(expected, mine, "repr of value #" + i);
        }
    }

    @Test
    void surrogatePairEscapesJoinLikeAJavaString() {
        PythonOracle.assumePython();
        // code point lists; python's repr keeps adjacent surrogates as two escapes
        List<int[]> values = List.of(new int[] {0xd800, 0xdc02}, new int[] {'a', 0xd834, 0xdd1e, 'b'},
                new int[] {'\\', 0xd800, 0xdfff}, new int[] {0xdbff, 0xdfff, 0xd800}, new int[] {0xdc00, 0xd800},
                new int[] {'\\', 'u', 'd', '8', '0', '0', '\\', 'u', 'd', 'c', '0', '0'}, new int[] {0xdb40, 0xdc01});
        StringBuilder in = new StringBuilder();
        for (int[] v : values) {
            StringBuilder line = new StringBuilder();
            for (int cp : v) line.append(Integer.toHexString(cp)).append(' ');
            in.append(line.toString().trim()).append('\n');
        }
        String script = """
                import sys
                for line in open(sys.argv[1]):
                    print(ascii(repr(''.join(chr(int(x, 16)) for x in line.split()))))
                """;
        String[] lines = PythonOracle.run(script, List.of("v.txt"), List.of(in.toString()), "@v.txt").split("\n");
        for (int i = 0; i < values.size(); i++) {
            StringBuilder sb = new StringBuilder();
            for (int cp : values.get(i)) sb.appendCodePoint(cp);
            assertEquals(AstDump.strRepr(sb.toString()), LibAgreementTest.joinSurrogatePairs(unAscii(lines[i])),
                    "value #" + i);
        }
    }

    /** Reverses Python's {@code ascii()} of a str: strips quotes and undoes the escapes. */
    private static String unAscii(String a) {
        String body = a.substring(1, a.length() - 1);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < body.length(); i++) {
            char ch = body.charAt(i);
            if (ch != '\\') {
                sb.append(ch);
                continue;
            }
            char k = body.charAt(++i);
            switch (k) {
                case 'x' -> { sb.append((char) Integer.parseInt(body.substring(i + 1, i + 3), 16)); i += 2; }
                case 'u' -> { sb.append((char) Integer.parseInt(body.substring(i + 1, i + 5), 16)); i += 4; }
                case 'U' -> { sb.appendCodePoint(Integer.parseInt(body.substring(i + 1, i + 9), 16)); i += 8; }
                case 'n' -> sb.append('\n');
                case 't' -> sb.append('\t');
                case 'r' -> sb.append('\r');
                default -> sb.append(k);  // \\ \' \"
            }
        }
        return sb.toString();
    }

    /**
     * Trees of the standard library (every 8th file, or every Nth with -Djyco.astdump.stride=N,
     * of the files -Djyco.lib.limit / -Djyco.lib.only select), rebuilt from
     * python3's serialization, dumps exactly as {@code ast.dump} does, with and without
     * attributes. Independent of Jyco's parser: it checks AstDump and the AST record shapes.
     */
    @Test
    void stdlibTreesRebuiltFromCPythonDumpIdentically() throws IOException {
        PythonOracle.assumePython();
        // every 8th file by default (the whole library takes about a minute);
        // -Djyco.astdump.stride=1 checks them all
        int stride = Math.max(1, Integer.getInteger("jyco.astdump.stride", 8));
        List<String> all = PythonOracle.stdlibFiles();
        List<String> files = new ArrayList<>();
        for (int i = 0; i < all.size(); i += stride) files.add(all.get(i));
        String script = PyAstReader.SERIALIZER + """
                import sys, warnings
                warnings.simplefilter('ignore')
                root = sys.argv[1]
                out = sys.stdout
                for rel in open(sys.argv[2], encoding='utf-8').read().splitlines():
                    try:
                        with open(root + '/' + rel, 'rb') as f:
                            tree = ast.parse(f.read())
                    except (SyntaxError, ValueError):
                        continue
                    lines = ['F ' + rel]
                    ser(tree, lines)
                    lines.append('D ' + ast.dump(tree))
                    lines.append('A ' + ast.dump(tree, include_attributes=True))
                    out.write('\\n'.join(lines))
                    out.write('\\n')
                """;
        int checked = 0;
        List<String> bad = new ArrayList<>();
        List<String> surrogatePairFiles = new ArrayList<>();
        try (PythonOracle.Run run = PythonOracle.start(script, List.of("files.txt"),
                List.of(String.join("\n", files) + "\n"), PythonOracle.stdlib().toString(), "@files.txt")) {
            BufferedReader in = new BufferedReader(new InputStreamReader(run.stdout(), StandardCharsets.UTF_8), 1 << 16);
            String head;
            while ((head = in.readLine()) != null) {
                if (!head.startsWith("F ")) fail("unexpected line from python: " + head);
                String rel = head.substring(2);
                Node tree = (Node) PyAstReader.read(in);
                String d = in.readLine();
                String a = in.readLine();
                checked++;
                // a str with a surrogate pair written as two escapes is, rebuilt as a Java String,
                // the non-BMP character: compare such dumps with the pairs joined
                String mine = AstDump.dump(tree);
                String expected = d.substring(2);
                if (!mine.equals(expected)) {
                    expected = LibAgreementTest.joinSurrogatePairs(expected);
                    if (mine.equals(expected)) surrogatePairFiles.add(rel);
                    else {
                        bad.add(rel + ": " + LibAgreementTest.firstDifference(expected, mine));
                        continue;
                    }
                }
                String mineA = AstDump.dump(tree, true);
                String expectedA = LibAgreementTest.joinSurrogatePairs(a.substring(2));
                if (!mineA.equals(expectedA)) {
                    bad.add(rel + " (include_attributes): " + LibAgreementTest.firstDifference(expectedA, mineA));
                }
            }
            run.finish();
        }
        System.out.println("AstDump vs ast.dump: " + checked + " stdlib trees (stride " + stride + "), " + bad.size()
                + " differing; equal only with surrogate-pair escapes joined: " + surrogatePairFiles);
        assertTrue(checked > 0 || files.isEmpty(), "python produced no trees");
        assertTrue(bad.isEmpty(), bad.size() + " of " + checked + " stdlib trees dump differently:\n"
                + String.join("\n", bad.subList(0, Math.min(bad.size(), 20))));
    }
}
