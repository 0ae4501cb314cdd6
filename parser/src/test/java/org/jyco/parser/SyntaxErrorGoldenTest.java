package org.jyco.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.opentest4j.AssertionFailedError;

/**
 * Golden tests of syntax errors: every {@code .py} file directly in
 * {@code src/test/resources/syntax-errors/} holds one syntax error that CPython's parser (or
 * tokenizer, or source decoder) reports. The expected text is what python3 prints for it, made at
 * test time: {@code compile(source_bytes, name, 'exec')} and
 * {@code traceback.format_exception_only} (for errors in decoding the source: what
 * {@code python3 name.py} prints, see {@link #cpythonExpectations}), i.e.
 * <pre>
 *   File "missing_colon_if.py", line 1
 *     if x
 *         ^
 * SyntaxError: expected ':'
 * </pre>
 * Jyco's {@link Parser#parseBytes} must throw a {@link PySyntaxError} whose
 * {@link PySyntaxError#format()} is that text. Note that CPython 3.11 counts the columns of
 * parser errors in bytes for bytes input: on lines with non-ASCII characters the caret of such
 * an error is off, in CPython and so in Jyco.
 *
 * <p>{@code syntax-errors/compile/} holds errors that CPython finds after parsing (symtable and
 * compiler: 'return' outside function, duplicate argument, ...). They are not run against Jyco's
 * parser here; {@link #cpythonExpectations} and {@link #checkAgainstJyco} are there for a
 * compiler test to use. {@link #corpusIsClassifiedAsInCPython} checks that each file sits in the
 * right directory.
 *
 * <p>The file name given to both sides is the path relative to {@code syntax-errors/} (so
 * {@code compile/x.py} for the subdirectory), and python3 runs in that directory, so that
 * CPython's compiler-stage errors, which read the line from the file, show it.
 */
class SyntaxErrorGoldenTest {

    static final String CASES = "/syntax-errors";

    /** The directory of the cases (test resources as copied to the class path). */
    static Path casesDir() {
        URL url = SyntaxErrorGoldenTest.class.getResource(CASES);
        if (url == null) throw new IllegalStateException("test resource " + CASES + " not found");
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The .py files directly in {@code dir}, as sorted paths relative to {@link #casesDir()}. */
    static List<String> cases(String subdir) {
        Path base = casesDir();
        Path dir = subdir.isEmpty() ? base : base.resolve(subdir);
        List<String> names = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            s.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".py"))
                    .forEach(p -> names.add(base.relativize(p).toString().replace(java.io.File.separatorChar, '/')));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        names.sort(null);
        return names;
    }

    /**
     * What CPython prints for each case (relative names), from one python3 run. A case that
     * CPython compiles without error maps to a text starting with "NO ERROR".
     *
     * <p>Errors in decoding the source (an undecodable byte, an unknown encoding) are reported
     * differently by {@code compile()} and by CPython's file reader; Jyco's
     * {@link Parser#decode} follows the file reader, so for these cases the expectation is what
     * {@code python3 NAME.py} prints (the oracle runs it, with a {@code sitecustomize} hook that
     * formats the error with {@code traceback.format_exception_only} like the rest).
     */
    static Map<String, String> cpythonExpectations(List<String> names) {
        String script = """
                import codecs, io, os, subprocess, sys, tokenize, traceback
                hookdir = os.path.dirname(os.path.abspath(sys.argv[0]))
                os.chdir(sys.argv[1])
                here = os.getcwd() + os.sep

                def decodes(data):
                    try:
                        enc, _ = tokenize.detect_encoding(io.BytesIO(data).readline)
                        data.decode(enc)
                        return True
                    except (SyntaxError, UnicodeDecodeError, LookupError):
                        return False

                def file_run(name):
                    env = dict(os.environ, PYTHONPATH=hookdir, PYTHONIOENCODING='utf-8')
                    r = subprocess.run([sys.executable, '-X', 'utf8', name], env=env, capture_output=True)
                    return r.stderr.decode('utf-8').replace(here, '').rstrip('\\n')

                out = []
                for name in open(sys.argv[2], encoding='utf-8').read().splitlines():
                    with open(name, 'rb') as f:
                        data = f.read()
                    try:
                        compile(data, name, 'exec')
                        text = 'NO ERROR: CPython compiles this file'
                    except SyntaxError as e:
                        text = ''.join(traceback.format_exception_only(e)).rstrip('\\n')
                        if not decodes(data):
                            text = file_run(name)
                    except Exception as e:
                        text = 'NO ERROR: CPython raised %s: %s' % (type(e).__name__, e)
                    out += [name, text]
                sys.stdout.write('\\0'.join(out))
                """;
        String hook = """
                import sys, traceback
                def _hook(t, e, tb):
                    sys.stderr.write(''.join(traceback.format_exception_only(e)))
                sys.excepthook = _hook
                """;
        String out = PythonOracle.run(script, List.of("cases.txt", "sitecustomize.py"),
                List.of(String.join("\n", names) + "\n", hook), casesDir().toString(), "@cases.txt");
        String[] parts = out.split("\0", -1);
        Map<String, String> expected = new HashMap<>();
        for (int i = 0; i + 1 < parts.length; i += 2) expected.put(parts[i], parts[i + 1]);
        assertEquals(names.size(), expected.size(), "python3 answered for every case");
        return expected;
    }

    /** Runs Jyco's decoder and parser on one case and compares with CPython's text. */
    static void checkAgainstJyco(String name, String expected) throws IOException {
        if (expected.startsWith("NO ERROR")) fail(name + ": not a syntax error case: " + expected);
        byte[] data = Files.readAllBytes(casesDir().resolve(name));
        try {
            Parser.parseBytes(data, name, Parser.Mode.EXEC);
        } catch (PySyntaxError e) {
            String actual = e.format();
            if (!expected.equals(actual)) {
                throw new AssertionFailedError(name + ": Jyco's SyntaxError differs from CPython's\n--- CPython\n"
                        + expected + "\n--- Jyco\n" + actual + "\n(kind=" + e.kind() + " line=" + e.lineno() + " offset="
                        + e.offset() + " end=" + e.endLineno() + ":" + e.endOffset() + ")", expected, actual);
            }
            return;
        } catch (UnsupportedOperationException e) {
            throw new AssertionFailedError(name + ": Jyco's parser is not implemented yet (UnsupportedOperationException: "
                    + e.getMessage() + ")", e);
        } catch (RuntimeException | StackOverflowError e) {
            throw new AssertionFailedError(name + ": Jyco threw " + e + " instead of a PySyntaxError; CPython says\n"
                    + expected, e);
        }
        fail(name + ": Jyco parsed it without error; CPython says\n" + expected);
    }

    @TestFactory
    Stream<DynamicTest> parserReportsSyntaxErrorsAsCPython() {
        PythonOracle.assumePython();
        List<String> names = cases("");
        assertTrue(names.size() >= 40, "syntax error cases found: " + names.size());
        Map<String, String> expected = cpythonExpectations(names);
        return names.stream().map(name -> DynamicTest.dynamicTest(name, casesDir().resolve(name).toUri(),
                () -> checkAgainstJyco(name, expected.get(name))));
    }

    /**
     * The same cases given as text (a str, as to {@code compile(text, ...)}): parser errors then
     * count columns in code points. Only the cases with non-ASCII source differ from the bytes
     * run, so only those are run again.
     */
    @TestFactory
    Stream<DynamicTest> parserReportsSyntaxErrorsAsCPythonForText() throws IOException {
        PythonOracle.assumePython();
        List<String> names = new ArrayList<>();
        for (String name : cases("")) {
            byte[] data = Files.readAllBytes(casesDir().resolve(name));
            boolean ascii = true;
            for (byte b : data) ascii &= b >= 0;
            if (ascii) continue;
            try {
                Parser.decode(data, name);
                names.add(name);
            } catch (PySyntaxError e) {
                // a decoding error: nothing to compare as text
            }
        }
        String script = """
                import io, os, sys, tokenize, traceback
                os.chdir(sys.argv[1])
                out = []
                for name in open(sys.argv[2], encoding='utf-8').read().splitlines():
                    with open(name, 'rb') as f:
                        data = f.read()
                    enc, _ = tokenize.detect_encoding(io.BytesIO(data).readline)
                    try:
                        compile(data.decode(enc), name, 'exec')
                        text = 'NO ERROR: CPython compiles this file'
                    except SyntaxError as e:
                        text = ''.join(traceback.format_exception_only(e)).rstrip('\\n')
                    out += [name, text]
                sys.stdout.write('\\0'.join(out))
                """;
        String out = PythonOracle.run(script, List.of("cases.txt"), List.of(String.join("\n", names) + "\n"),
                casesDir().toString(), "@cases.txt");
        String[] parts = out.split("\0", -1);
        Map<String, String> expected = new HashMap<>();
        for (int i = 0; i + 1 < parts.length; i += 2) expected.put(parts[i], parts[i + 1]);
        return names.stream().map(name -> DynamicTest.dynamicTest(name, casesDir().resolve(name).toUri(), () -> {
            String want = expected.get(name);
            byte[] data = Files.readAllBytes(casesDir().resolve(name));
            try {
                Parser.parse(Parser.decode(data, name), name, Parser.Mode.EXEC);
            } catch (PySyntaxError e) {
                assertEquals(want, e.format(), name + " (as text)");
                return;
            }
            fail(name + ": Jyco parsed the text without error; CPython says\n" + want);
        }));
    }

    /**
     * The cases of {@code compile/} are errors of CPython's compiler, not of its parser: Jyco's
     * parser accepts them too when asked for exactly what {@code ast.parse} accepts.
     */
    @TestFactory
    Stream<DynamicTest> parserAcceptsCompilerStageCases() {
        return cases("compile").stream().map(name -> DynamicTest.dynamicTest(name, casesDir().resolve(name).toUri(), () -> {
            byte[] data = Files.readAllBytes(casesDir().resolve(name));
            try {
                Parser.parse(new Source(name, Parser.decode(data, name), true), Parser.Mode.EXEC, false);
            } catch (PySyntaxError e) {
                fail(name + ": CPython's parser accepts this (its compiler rejects it), Jyco's parser says\n" + e.format());
            }
        }));
    }

    /**
     * The few compiler-stage errors that Jyco's parser reports when asked to (duplicate
     * parameters, repeated keywords, misplaced starred expressions; see
     * {@link Parser#parse(Source, Parser.Mode, boolean)}) read exactly as CPython's. The other
     * {@code compile/} cases are left to Jyco's compiler.
     */
    @TestFactory
    Stream<DynamicTest> parserReportsItsCompilerStageErrorsAsCPython() {
        PythonOracle.assumePython();
        List<String> names = cases("compile");
        Map<String, String> expected = cpythonExpectations(names);
        return names.stream().map(name -> DynamicTest.dynamicTest(name, casesDir().resolve(name).toUri(), () -> {
            byte[] data = Files.readAllBytes(casesDir().resolve(name));
            try {
                Parser.parseBytes(data, name, Parser.Mode.EXEC);
            } catch (PySyntaxError e) {
                assertEquals(expected.get(name), e.format(), name);
            }
        }));
    }

    /**
     * The corpus itself is right: every top-level case is rejected by CPython's parser
     * ({@code ast.parse}), every case in compile/ is accepted by the parser but rejected by
     * {@code compile()}. Needs only python3.
     */
    @Test
    void corpusIsClassifiedAsInCPython() {
        PythonOracle.assumePython();
        List<String> names = new ArrayList<>(cases(""));
        names.addAll(cases("compile"));
        String script = """
                import ast, os, sys
                os.chdir(sys.argv[1])
                for name in open(sys.argv[2], encoding='utf-8').read().splitlines():
                    with open(name, 'rb') as f:
                        data = f.read()
                    try:
                        ast.parse(data, name)
                        parser = 'parses'
                    except SyntaxError as e:
                        parser = 'parser-error'
                    try:
                        compile(data, name, 'exec')
                        comp = 'compiles'
                    except SyntaxError as e:
                        comp = 'compile-error'
                    print(name, parser, comp)
                """;
        String out = PythonOracle.run(script, List.of("cases.txt"), List.of(String.join("\n", names) + "\n"),
                casesDir().toString(), "@cases.txt");
        List<String> wrong = new ArrayList<>();
        for (String line : out.split("\n")) {
            if (line.isBlank()) continue;
            String[] f = line.split(" ");
            boolean inCompileDir = f[0].startsWith("compile/");
            String want = inCompileDir ? "parses compile-error" : "parser-error compile-error";
            if (!(f[1] + " " + f[2]).equals(want)) wrong.add(line + "   (want: " + want + ")");
        }
        assertTrue(wrong.isEmpty(), "cases in the wrong directory or not errors at all:\n" + String.join("\n", wrong));
    }
}
