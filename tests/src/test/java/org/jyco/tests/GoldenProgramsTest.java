package org.jyco.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jyco.compiler.JycoCompiler;
import org.jyco.runtime.Interpreter;
import org.jyco.runtime.PyExc;
import org.jyco.runtime.PyException;
import org.jyco.runtime.types.PyList;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.opentest4j.AssertionFailedError;

/**
 * Runs every golden program ({@code programs/<area>/<name>.py}) in-process through Jyco and
 * compares stdout, the exit status and (for non-zero status) the last line of stderr with the
 * {@code .expected} file that {@code regen-expected.py} produced by running CPython 3.11. A
 * program marked {@code # golden: full stderr} also has a {@code .stderr} file: its whole stderr
 * (paths relative to its directory), compared too; such a program runs under its absolute path,
 * as CPython runs a script, so that tracebacks can show its source lines.
 *
 * <p>System properties: {@code jyco.golden.dir} (the programs directory, set by the pom),
 * {@code jyco.golden.only} (comma-separated substrings of {@code area/name.py}; only matching
 * programs run), {@code jyco.golden.timeout} (seconds per program, default 30),
 * {@code jyco.golden.stack} (stack size in MB of the thread running a program, default 512).
 */
class GoldenProgramsTest {
    /** Thread stack for each program, as the CLI's main thread has; -Djyco.golden.stack=MB to change. */
    private static final long STACK_SIZE = Long.getLong("jyco.golden.stack", 512L) << 20;

    /** The parsed contents of a {@code .expected} file. */
    record Expected(int status, String stderrLast, String stdout) {
        static Expected parse(String text, Path file) {
            int nl = text.indexOf('\n');
            String first = nl < 0 ? text : text.substring(0, nl);
            if (!first.startsWith("# exit: ")) throw new IllegalStateException(file + ": missing '# exit: N' header");
            int status = Integer.parseInt(first.substring("# exit: ".length()).trim());
            String rest = nl < 0 ? "" : text.substring(nl + 1);
            String stderrLast = null;
            if (status != 0) {
                int nl2 = rest.indexOf('\n');
                String second = nl2 < 0 ? rest : rest.substring(0, nl2);
                if (!second.startsWith("# stderr-last:")) {
                    throw new IllegalStateException(file + ": missing '# stderr-last:' header");
                }
                stderrLast = second.substring("# stderr-last:".length());
                if (stderrLast.startsWith(" ")) stderrLast = stderrLast.substring(1);
                rest = nl2 < 0 ? "" : rest.substring(nl2 + 1);
            }
            return new Expected(status, stderrLast, rest);
        }
    }

    /** What one run of a program produced. */
    record Outcome(int status, String stdout, String stderr, Throwable internalError, boolean timedOut) {
        String stderrLast() {
            String s = stderr;
            while (s.endsWith("\n") || s.endsWith("\r")) s = s.substring(0, s.length() - 1);
            String last = s.substring(s.lastIndexOf('\n') + 1);
            return last.replaceAll(" +$", "");
        }
    }

    static Path programsDir() {
        String dir = System.getProperty("jyco.golden.dir");
        Path p = dir != null ? Path.of(dir) : Path.of("programs");
        if (!Files.isDirectory(p)) p = Path.of("tests", "programs");
        return p.toAbsolutePath().normalize();
    }

    /** Programs: programs/<area>/<name>.py whose name does not start with '_' (same rule as regen-expected.py). */
    static List<Path> findPrograms(Path root) throws IOException {
        List<Path> out = new ArrayList<>();
        try (Stream<Path> areas = Files.list(root)) {
            for (Path area : areas.filter(Files::isDirectory).sorted().collect(Collectors.toList())) {
                try (Stream<Path> files = Files.list(area)) {
                    files.filter(Files::isRegularFile)
                            .filter(f -> {
                                String n = f.getFileName().toString();
                                return n.endsWith(".py") && !n.startsWith("_");
                            })
                            .sorted()
                            .forEach(out::add);
                }
            }
        }
        return out;
    }

    private static Map<String, String> known;

    /** Programs listed in {@code known-failures.txt} with the reason, as "area/name.py  # reason". */
    static synchronized Map<String, String> knownFailures() {
        if (known != null) return known;
        known = new TreeMap<>();
        Path file = programsDir().resolveSibling("known-failures.txt");
        if (Files.isRegularFile(file)) {
            try {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    String l = line.strip();
                    if (l.isEmpty() || l.startsWith("#")) continue;
                    int hash = l.indexOf('#');
                    String name = (hash < 0 ? l : l.substring(0, hash)).strip();
                    known.put(name, hash < 0 ? "" : l.substring(hash + 1).strip());
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return known;
    }

    static boolean selected(String rel) {
        String only = System.getProperty("jyco.golden.only", "").trim();
        if (only.isEmpty()) return true;
        return Arrays.stream(only.split(",")).map(String::trim).filter(s -> !s.isEmpty()).anyMatch(rel::contains);
    }

    @TestFactory
    Stream<DynamicNode> goldenPrograms() throws IOException {
        Path root = programsDir();
        assertTrue(Files.isDirectory(root), "no programs directory at " + root);
        Map<String, List<DynamicNode>> byArea = new TreeMap<>();
        for (Path program : findPrograms(root)) {
            String rel = root.relativize(program).toString().replace('\\', '/');
            if (!selected(rel)) continue;
            String area = rel.substring(0, rel.indexOf('/'));
            String name = rel.substring(rel.indexOf('/') + 1);
            String knownReason = knownFailures().get(rel);
            byArea.computeIfAbsent(area, k -> new ArrayList<>())
                    .add(DynamicTest.dynamicTest(name, program.toUri(), () -> {
                        if (knownReason == null) {
                            check(program, rel);
                            return;
                        }
                        // a known failure must still fail, so the list stays honest
                        try {
                            check(program, rel);
                        } catch (AssertionFailedError e) {
                            org.junit.jupiter.api.Assumptions.abort("known failure (tests/known-failures.txt): " + knownReason);
                        }
                        fail(rel + " now passes: remove it from tests/known-failures.txt");
                    }));
        }
        return byArea.entrySet().stream()
                .map(e -> DynamicContainer.dynamicContainer(e.getKey(), e.getValue().stream()));
    }

    static void check(Path program, String rel) throws Exception {
        Path expFile = program.resolveSibling(stripPy(program.getFileName().toString()) + ".expected");
        if (!Files.exists(expFile)) fail(rel + ": no .expected file; run tests/regen-expected.py " + rel);
        Expected exp = Expected.parse(Files.readString(expFile, StandardCharsets.UTF_8), expFile);
        Path errFile = program.resolveSibling(stripPy(program.getFileName().toString()) + ".stderr");
        boolean fullStderr = Files.exists(errFile);
        Outcome got = run(program, timeoutSeconds(), fullStderr);
        StringBuilder problems = new StringBuilder();
        if (got.timedOut()) {
            throw new Mismatch(rel + ": timed out after " + timeoutSeconds() + " s (-Djyco.golden.timeout=N to change)");
        }
        if (got.internalError() != null) {
            StringWriter sw = new StringWriter();
            got.internalError().printStackTrace(new PrintWriter(sw));
            problems.append("internal (non-Python) error escaped:\n").append(sw).append('\n');
        }
        if (got.status() != exp.status()) {
            problems.append("exit status: expected ").append(exp.status()).append(", got ").append(got.status()).append('\n');
        }
        if (exp.status() != 0 && !got.stderrLast().equals(exp.stderrLast())) {
            problems.append("last stderr line:\n  expected: ").append(exp.stderrLast())
                    .append("\n  got:      ").append(got.stderrLast()).append('\n');
        }
        if (!got.stdout().equals(exp.stdout())) {
            problems.append(describeDiff(exp.stdout(), got.stdout()));
        }
        if (fullStderr) {
            String want = Files.readString(errFile, StandardCharsets.UTF_8);
            String have = got.stderr().replace(program.getParent().toAbsolutePath() + java.io.File.separator, "");
            if (!have.equals(want)) problems.append(describeDiff(want, have).replace("stdout", "stderr"));
        }
        if (problems.length() > 0) {
            if (!got.stderr().isEmpty() && (got.status() != exp.status() || exp.status() != 0)) {
                problems.append("stderr was:\n").append(tail(got.stderr(), 40));
            }
            throw new Mismatch(rel + ":\n" + problems);
        }
    }

    /** A golden mismatch: the message says everything, a Java stack trace would only add noise. */
    static final class Mismatch extends AssertionFailedError {
        private static final long serialVersionUID = 1L;

        Mismatch(String message) {
            super(message);
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }
    }

    static long timeoutSeconds() {
        return Long.getLong("jyco.golden.timeout", 30L);
    }

    static String stripPy(String name) {
        return name.endsWith(".py") ? name.substring(0, name.length() - 3) : name;
    }

    /** Arguments from an optional "# args: a b c" first line. */
    static List<String> programArgs(String source) {
        int nl = source.indexOf('\n');
        String first = (nl < 0 ? source : source.substring(0, nl)).strip();
        if (!first.startsWith("# args:")) return List.of();
        String rest = first.substring("# args:".length()).strip();
        return rest.isEmpty() ? List.of() : Arrays.asList(rest.split("\\s+"));
    }

    /**
     * Runs one program in a fresh interpreter on a thread with a large stack, under its absolute
     * path as CPython 3.11 runs a script ({@code absolute} is kept for callers; it no longer matters).
     */
    static Outcome run(Path program, long timeoutSeconds, boolean absolute) throws Exception {
        String source = Files.readString(program, StandardCharsets.UTF_8);
        String fileName = program.getFileName().toString();
        List<String> argv = new ArrayList<>();
        argv.add(fileName);
        argv.addAll(programArgs(source));
        ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(outBytes, false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(errBytes, false, StandardCharsets.UTF_8);
        int[] status = {-1};
        Throwable[] internal = {null};
        Runnable body = () -> {
            Interpreter interp = null;
            try {
                interp = new Interpreter(new ByteArrayInputStream(new byte[0]), out, err);
                interp.setCompiler(new JycoCompiler());
                interp.addPath(program.getParent().toString());
                interp.sys().getDict().put("argv", PyList.of(argv.toArray()));
                try {
                    interp.runMain(source, program.toAbsolutePath().toString()); // CPython 3.11: an absolute __file__
                    status[0] = 0;
                } catch (PyException e) {
                    if (e.matches(PyExc.SystemExit)) {
                        status[0] = interp.exitStatus(e);
                    } else {
                        interp.printException(e);
                        status[0] = 1;
                    }
                } finally {
                    interp.finish(); // waits for threading's non-daemon threads, as CPython's exit does
                }
            } catch (Throwable t) {
                internal[0] = t;
                if (interp != null) {
                    try {
                        interp.flush();
                    } catch (Throwable ignored) {
                        // report the first problem only
                    }
                }
            }
        };
        Thread t = new Thread(null, body, "golden-" + fileName, STACK_SIZE);
        t.setDaemon(true);
        t.start();
        t.join(TimeUnit.SECONDS.toMillis(timeoutSeconds));
        boolean timedOut = t.isAlive();
        if (timedOut) stopRunaway(t);
        out.flush();
        err.flush();
        String stdout = outBytes.toString(StandardCharsets.UTF_8);
        String stderr = errBytes.toString(StandardCharsets.UTF_8);
        return new Outcome(status[0], stdout, stderr, internal[0], timedOut);
    }

    /** Best effort to stop a runaway program so it does not burn CPU for the rest of the suite. */
    @SuppressWarnings({"deprecation", "removal"})
    private static void stopRunaway(Thread t) {
        t.interrupt();
        try {
            t.stop();
        } catch (UnsupportedOperationException | SecurityException ignored) {
            // newer JDKs: the daemon thread is abandoned
        }
    }

    static String describeDiff(String expected, String got) {
        String[] e = expected.split("\n", -1);
        String[] g = got.split("\n", -1);
        int i = 0;
        while (i < e.length && i < g.length && e[i].equals(g[i])) i++;
        StringBuilder sb = new StringBuilder("stdout differs at line ").append(i + 1).append(":\n");
        sb.append("  expected: ").append(i < e.length ? show(e[i]) : "<end of output>").append('\n');
        sb.append("  got:      ").append(i < g.length ? show(g[i]) : "<end of output>").append('\n');
        sb.append("  (expected ").append(e.length).append(" lines, got ").append(g.length).append(")\n");
        int from = Math.max(0, i - 3);
        sb.append("got stdout around there:\n");
        for (int k = from; k < Math.min(g.length, i + 4); k++) sb.append("  | ").append(g[k]).append('\n');
        return sb.toString();
    }

    private static String show(String line) {
        return line.isEmpty() ? "<empty line>" : line;
    }

    private static String tail(String s, int lines) {
        String[] all = s.split("\n", -1);
        int from = Math.max(0, all.length - lines);
        return String.join("\n", Arrays.asList(all).subList(from, all.length)) + "\n";
    }
}
