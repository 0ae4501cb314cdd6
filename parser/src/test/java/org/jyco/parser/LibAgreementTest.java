package org.jyco.parser;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.jyco.parser.ast.Mod;
import org.junit.jupiter.api.Test;

/**
 * Parses every .py file of CPython's standard library with Jyco and with python3 and compares
 * {@code ast.dump} of the two trees, positions included
 * ({@code include_attributes=True}); files that CPython rejects must be rejected by Jyco too
 * (any SyntaxError agrees with any SyntaxError; differing messages are only reported). Where
 * the plain comparison fails, surrogate-pair escapes in CPython's dump are joined first (see
 * {@link #joinSurrogatePairs}), since a Java String cannot hold them apart.
 *
 * <p>Fails on a disagreement not listed in {@code src/test/resources/lib-known-differences.txt},
 * and on a listed file that now agrees. The full report goes to
 * {@code target/lib-agreement.txt}.
 *
 * <p>Properties: {@code -Djyco.lib.limit=N} (first N files), {@code -Djyco.lib.only=a/,b.py}
 * (path prefixes), {@code -Djyco.lib.attributes=false} (compare the trees without positions),
 * {@code -Djyco.lib.timeout=SECONDS} (per file, default
 * 120), {@code -Djyco.lib.stackMb=MB} (parser thread stack, default 512),
 * {@code -Djyco.python=python3}.
 */
class LibAgreementTest {

    static final String KNOWN_DIFFERENCES = "/lib-known-differences.txt";

    /** The python side: one record per file, see {@link #readRecord}. */
    private static final String SCRIPT = """
            import ast, sys, warnings
            warnings.simplefilter('ignore')
            root, listing, attrs = sys.argv[1], sys.argv[2], sys.argv[3] == 'true'
            out = sys.stdout
            for rel in open(listing, encoding='utf-8').read().splitlines():
                with open(root + '/' + rel, 'rb') as f:
                    data = f.read()
                try:
                    tree = ast.parse(data, rel)
                except SyntaxError as e:
                    rec = 'S %s\\t%s\\t%s\\t%s' % (type(e).__name__, e.lineno, e.offset, ascii(e.msg))
                except Exception as e:
                    rec = 'X %s\\t%s' % (type(e).__name__, ascii(str(e)))
                else:
                    rec = 'D ' + ast.dump(tree, include_attributes=attrs)
                out.write('F ' + rel + '\\n' + rec + '\\n')
            """;

    /** How one side handled a file. */
    private record Outcome(String dump, String error, boolean syntaxError, boolean crash) {
        static Outcome parsed(String dump) {
            return new Outcome(dump, null, false, false);
        }

        static Outcome syntaxError(String what) {
            return new Outcome(null, what, true, false);
        }

        static Outcome crash(String what) {
            return new Outcome(null, what, false, true);
        }
    }

    private static final int MAX_TIMEOUTS = 3;
    private static final int NOT_IMPLEMENTED_ABORT = 20;

    @Test
    void stdlibParsesLikeCPython() throws Exception {
        PythonOracle.assumePython();
        boolean attrs = Boolean.parseBoolean(System.getProperty("jyco.lib.attributes", "true"));
        long timeoutS = Long.getLong("jyco.lib.timeout", 120);
        long stackMb = Long.getLong("jyco.lib.stackMb", 512);
        Path root = PythonOracle.stdlib();
        List<String> files = PythonOracle.stdlibFiles();
        Set<String> known = loadKnownDifferences();

        Map<String, String> disagreements = new LinkedHashMap<>();  // file -> detail
        List<String> bothSyntaxError = new ArrayList<>();
        List<String> messageNotes = new ArrayList<>();
        Map<String, Long> parseNanos = new TreeMap<>();
        int total = 0, agreeing = 0, timeouts = 0, notImplemented = 0;
        long jycoNanos = 0;
        String aborted = null;
        long wallStart = System.nanoTime();

        ExecutorService exec = newParserThread(stackMb);
        try (PythonOracle.Run run = PythonOracle.start(SCRIPT, List.of("files.txt"),
                List.of(String.join("\n", files) + "\n"), root.toString(), "@files.txt", String.valueOf(attrs))) {
            BufferedReader in = new BufferedReader(new InputStreamReader(run.stdout(), StandardCharsets.UTF_8), 1 << 16);
            String head;
            while ((head = in.readLine()) != null) {
                if (!head.startsWith("F ")) throw new IllegalStateException("unexpected line from python3: " + head);
                String rel = head.substring(2);
                Outcome cpython = readRecord(in.readLine());
                total++;

                byte[] data = Files.readAllBytes(root.resolve(rel));
                Future<Object[]> f = exec.submit(() -> parseWithJyco(data, rel, attrs));
                Outcome jyco;
                long nanos;
                try {
                    Object[] r = f.get(timeoutS, TimeUnit.SECONDS);
                    jyco = (Outcome) r[0];
                    nanos = (Long) r[1];
                } catch (TimeoutException e) {
                    f.cancel(true);
                    exec.shutdownNow();
                    exec = newParserThread(stackMb);  // the stuck thread is abandoned (daemon)
                    jyco = Outcome.crash("timeout: no result after " + timeoutS + " s");
                    nanos = TimeUnit.SECONDS.toNanos(timeoutS);
                    timeouts++;
                } catch (ExecutionException e) {
                    jyco = Outcome.crash(describe(e.getCause()));
                    nanos = 0;
                }
                jycoNanos += nanos;
                parseNanos.put(rel, nanos);

                if (jyco.crash && jyco.error.startsWith(UnsupportedOperationException.class.getName())) {
                    notImplemented++;
                }
                String detail = compare(cpython, jyco);
                if (detail != null && detail.startsWith("trees differ")) detail += sourceHint(cpython.dump, jyco.dump, data);
                if (detail == null) {
                    agreeing++;
                    if (cpython.syntaxError) {
                        bothSyntaxError.add(rel);
                        if (!sameMessage(cpython.error, jyco.error)) {
                            messageNotes.add(rel + "\n      cpython: " + cpython.error + "\n      jyco:    " + jyco.error);
                        }
                    }
                } else {
                    disagreements.put(rel, detail);
                }
                if (total == NOT_IMPLEMENTED_ABORT && notImplemented == total) {
                    aborted = "Jyco's Parser is not implemented yet: the first " + total
                            + " files all threw UnsupportedOperationException (" + firstLines(jyco.error, 1) + ")";
                    break;
                }
                if (timeouts >= MAX_TIMEOUTS) {
                    aborted = timeouts + " files timed out in Jyco's parser; stopped";
                    break;
                }
            }
            if (aborted == null) run.finish();
        } finally {
            exec.shutdownNow();
        }
        long wallNanos = System.nanoTime() - wallStart;

        // classify against the known-differences list
        Set<String> checked = parseNanos.keySet();
        List<String> unexpected = new ArrayList<>();
        List<String> knownStillDiffering = new ArrayList<>();
        for (String rel : disagreements.keySet()) {
            if (known.contains(rel)) knownStillDiffering.add(rel);
            else unexpected.add(rel);
        }
        List<String> staleKnown = new ArrayList<>();
        List<String> knownMissing = new ArrayList<>();
        Set<String> allFiles = new LinkedHashSet<>(files);
        for (String rel : known) {
            if (checked.contains(rel) && !disagreements.containsKey(rel)) staleKnown.add(rel);
            if (!allFiles.contains(rel) && !Files.exists(root.resolve(rel))) knownMissing.add(rel);
        }

        // the report
        StringBuilder rep = new StringBuilder();
        rep.append("Jyco vs CPython ").append(attrs ? "ast.dump(include_attributes=True)" : "ast.dump")
                .append(" over ").append(root).append('\n');
        if (aborted != null) rep.append("ABORTED: ").append(aborted).append('\n');
        rep.append(String.format("files checked:       %d of %d%n", total, files.size()));
        rep.append(String.format("agreeing:            %d (of which both raise SyntaxError: %d)%n", agreeing,
                bothSyntaxError.size()));
        rep.append(String.format("disagreeing:         %d (known: %d, unexpected: %d)%n", disagreements.size(),
                knownStillDiffering.size(), unexpected.size()));
        rep.append(String.format("known but agreeing:  %d%n", staleKnown.size()));
        rep.append(String.format("Jyco parse time:     %.1f s (decode + parse; wall time of the whole test %.1f s)%n",
                jycoNanos / 1e9, wallNanos / 1e9));
        if (!parseNanos.isEmpty()) {
            rep.append("slowest files in Jyco:\n");
            parseNanos.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
                    .limit(10).forEach(e -> rep.append(String.format("  %8.1f ms  %s%n", e.getValue() / 1e6, e.getKey())));
        }
        section(rep, "UNEXPECTED DISAGREEMENTS (not in lib-known-differences.txt)", unexpected, disagreements);
        section(rep, "listed in lib-known-differences.txt but now AGREEING (remove them from the list)", staleKnown, null);
        section(rep, "known disagreements (listed)", knownStillDiffering, disagreements);
        section(rep, "listed in lib-known-differences.txt but not in the standard library", knownMissing, null);
        section(rep, "both raise SyntaxError (agreeing)", bothSyntaxError, null);
        section(rep, "both raise SyntaxError but with a different message or line (informational)", messageNotes, null);
        String report = rep.toString();
        Path out = targetDir().resolve("lib-agreement.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report, StandardCharsets.UTF_8);

        // a short summary on stdout
        String summary = report.lines().takeWhile(l -> !l.startsWith("slowest")).reduce("", (a, b) -> a + b + "\n");
        System.out.println(summary + "full report: " + out.toAbsolutePath());

        if (aborted != null) {
            fail(aborted + "\n" + summary + "full report: " + out.toAbsolutePath());
        }
        if (!unexpected.isEmpty() || !staleKnown.isEmpty()) {
            StringBuilder msg = new StringBuilder(summary);
            int shown = 0;
            for (String rel : unexpected) {
                if (shown++ == 10) {
                    msg.append("... and ").append(unexpected.size() - 10).append(" more\n");
                    break;
                }
                msg.append(rel).append(": ").append(firstLines(disagreements.get(rel), 6)).append('\n');
            }
            if (!staleKnown.isEmpty()) {
                msg.append("listed in lib-known-differences.txt but agreeing now: ").append(staleKnown).append('\n');
            }
            fail(msg + "full report: " + out.toAbsolutePath());
        }
    }

    private static ExecutorService newParserThread(long stackMb) {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(null, r, "jyco-lib-parser", stackMb << 20);
            t.setDaemon(true);
            return t;
        });
    }

    /** Decodes and parses one file; returns {outcome, nanoseconds spent in Parser}. */
    private static Object[] parseWithJyco(byte[] data, String rel, boolean attrs) {
        long t0 = System.nanoTime();
        Mod.Module mod;
        try {
            String text = Parser.decode(data, rel);
            mod = Parser.parseModule(text, rel);
        } catch (PySyntaxError e) {
            long t = System.nanoTime() - t0;
            return new Object[] {Outcome.syntaxError(e.kind() + "\t" + e.lineno() + "\t" + e.offset() + "\t"
                    + AstDump.asciiRepr(e.msg())), t};
        } catch (Throwable e) {
            long t = System.nanoTime() - t0;
            return new Object[] {Outcome.crash(describe(e)), t};
        }
        long t = System.nanoTime() - t0;
        try {
            return new Object[] {Outcome.parsed(AstDump.dump(mod, attrs)), t};
        } catch (Throwable e) {
            return new Object[] {Outcome.crash("AstDump failed on Jyco's tree: " + describe(e)), t};
        }
    }

    private static String describe(Throwable e) {
        StringBuilder sb = new StringBuilder(e.getClass().getName()).append(": ").append(e.getMessage());
        StackTraceElement[] st = e.getStackTrace();
        for (int i = 0; i < Math.min(st.length, 5); i++) sb.append("\n        at ").append(st[i]);
        if (e instanceof StackOverflowError) sb.append("\n        (deep recursion; -Djyco.lib.stackMb raises the stack)");
        return sb.toString();
    }

    private static Outcome readRecord(String line) {
        if (line == null) throw new IllegalStateException("python3 output ends in the middle of a record");
        if (line.startsWith("D ")) return Outcome.parsed(line.substring(2));
        // CPython rejected the file: a SyntaxError (or a subclass); anything else counts as one too
        if (line.startsWith("S ") || line.startsWith("X ")) return Outcome.syntaxError(line.substring(2));
        throw new IllegalStateException("unexpected line from python3: " + line);
    }

    /** Null when the two agree, else a description of the difference. */
    private static String compare(Outcome cpython, Outcome jyco) {
        if (jyco.crash) {
            return "Jyco failed (" + (cpython.syntaxError ? "CPython: SyntaxError " + cpython.error : "CPython parsed it")
                    + "):\n    " + jyco.error;
        }
        if (cpython.syntaxError && jyco.syntaxError) return null;
        if (cpython.syntaxError) return "CPython raises " + cpython.error + "\n    but Jyco parses it";
        if (jyco.syntaxError) return "Jyco raises " + jyco.error + "\n    but CPython parses it";
        if (cpython.dump.equals(jyco.dump)) return null;
        String normalized = joinSurrogatePairs(cpython.dump);
        if (normalized.equals(jyco.dump)) return null;
        return "trees differ: " + firstDifference(normalized, jyco.dump);
    }

    private static final java.util.regex.Pattern SURROGATE_PAIR_ESCAPE = java.util.regex.Pattern.compile(
            "(?<!\\\\)((?:\\\\\\\\)*)\\\\u(d[89ab][0-9a-f]{2})\\\\u(d[c-f][0-9a-f]{2})");

    /**
     * Rewrites, in a CPython dump, each escape pair such as backslash-ud800 backslash-udc02 in a
     * str repr (a high and a low surrogate side by side: two code points in Python) as the repr
     * of the one character the pair forms. A Java String cannot keep the two apart, so this is
     * what Jyco's dump shows for them. A backslash that is itself escaped (an even run of
     * backslashes before the u) is left alone. Used only when the plain comparison fails.
     */
    static String joinSurrogatePairs(String dump) {
        if (dump.indexOf("\\ud") < 0) return dump;
        java.util.regex.Matcher m = SURROGATE_PAIR_ESCAPE.matcher(dump);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            int cp = Character.toCodePoint((char) Integer.parseInt(m.group(2), 16), (char) Integer.parseInt(m.group(3), 16));
            String rep = AstDump.strRepr(new String(Character.toChars(cp)));
            m.appendReplacement(sb, java.util.regex.Matcher.quoteReplacement(m.group(1) + rep.substring(1, rep.length() - 1)));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static final java.util.regex.Pattern LINENO = java.util.regex.Pattern.compile("lineno=(\\d+)");

    /**
     * The source line nearest the first difference: that of the last {@code lineno=} before it
     * in CPython's dump (only there when positions are dumped).
     */
    private static String sourceHint(String cpythonDump, String jycoDump, byte[] data) {
        String expected = joinSurrogatePairs(cpythonDump);
        int n = Math.min(expected.length(), jycoDump.length());
        int i = 0;
        while (i < n && expected.charAt(i) == jycoDump.charAt(i)) i++;
        java.util.regex.Matcher m = LINENO.matcher(expected);
        int line = -1;
        while (m.find() && m.start() < i) line = Integer.parseInt(m.group(1));
        if (line < 1) return "";
        String[] lines = new String(data, StandardCharsets.UTF_8).split("\r\n|\r|\n", -1);
        if (line > lines.length) return "";
        return "\n    near line " + line + ": " + lines[line - 1].strip();
    }

    /** Compares "Kind\tline\toffset\trepr(msg)" of both sides. */
    private static boolean sameMessage(String a, String b) {
        return a != null && a.equals(b);
    }

    /** Where two dumps first differ, with some context from each. */
    static String firstDifference(String expected, String actual) {
        int n = Math.min(expected.length(), actual.length());
        int i = 0;
        while (i < n && expected.charAt(i) == actual.charAt(i)) i++;
        int from = Math.max(0, i - 100);
        return "first difference at char " + i + " (lengths " + expected.length() + " / " + actual.length() + ")"
                + "\n    cpython: ..." + expected.substring(from, Math.min(expected.length(), i + 100))
                + "\n    jyco:    ..." + actual.substring(from, Math.min(actual.length(), i + 100))
                + "\n                " + " ".repeat(i - from) + "^";
    }

    private static String firstLines(String s, int n) {
        return s.lines().limit(n).reduce((a, b) -> a + "\n" + b).orElse("");
    }

    private static void section(StringBuilder rep, String title, List<String> items, Map<String, String> details) {
        if (items.isEmpty()) return;
        rep.append("\n== ").append(title).append(": ").append(items.size()).append('\n');
        for (String it : items) {
            rep.append("  ").append(it).append('\n');
            if (details != null && details.get(it) != null) {
                rep.append("    ").append(details.get(it).replace("\n", "\n    ")).append('\n');
            }
        }
    }

    /** Relative paths from lib-known-differences.txt; '#' starts a comment. */
    static Set<String> loadKnownDifferences() {
        Set<String> known = new LinkedHashSet<>();
        try (InputStream s = LibAgreementTest.class.getResourceAsStream(KNOWN_DIFFERENCES)) {
            if (s == null) return known;
            for (String line : new String(s.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                int hash = line.indexOf('#');
                String rel = (hash >= 0 ? line.substring(0, hash) : line).trim();
                if (!rel.isEmpty()) known.add(rel);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return known;
    }

    /** The module's target directory (surefire runs with the module as working directory). */
    static Path targetDir() {
        String base = System.getProperty("basedir");
        return (base != null ? Path.of(base) : Path.of("")).resolve("target");
    }
}
