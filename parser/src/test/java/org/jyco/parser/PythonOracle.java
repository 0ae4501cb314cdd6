package org.jyco.parser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;

/**
 * Runs CPython 3.11 ({@code python3}, or the command in {@code -Djyco.python=...}) as the oracle
 * for tests. Tests that need it call {@link #assumePython()} first, so they are skipped, not
 * failed, where no suitable python3 is installed.
 */
final class PythonOracle {
    private PythonOracle() {}

    private static volatile String checked;  // "" when not usable, else the version line
    private static volatile Path stdlib;

    static String command() {
        return System.getProperty("jyco.python", "python3");
    }

    /** Skips the calling test unless a CPython 3.11 can be run. */
    static void assumePython() {
        String v = version();
        Assumptions.assumeTrue(!v.isEmpty(),
                "no CPython 3.11 as '" + command() + "' (set -Djyco.python=...); test skipped");
    }

    private static String version() {
        String v = checked;
        if (v == null) {
            try {
                Process p = new ProcessBuilder(command(), "-c",
                        "import sys; print(sys.version_info[:2] == (3, 11), sys.version.split()[0])")
                        .redirectErrorStream(true).start();
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
                if (!p.waitFor(60, TimeUnit.SECONDS)) p.destroyForcibly();
                v = (p.exitValue() == 0 && out.startsWith("True ")) ? out.substring(5) : "";
            } catch (IOException e) {
                v = "";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                v = "";
            }
            checked = v;
        }
        return v;
    }

    /** A temporary directory for the scripts and data handed to python3. */
    static Path tempDir() {
        try {
            Path dir = Files.createTempDirectory("jyco-oracle");
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A started python3 process running {@code script}; stderr goes to a file shown on failure. */
    static final class Run implements AutoCloseable {
        final Process process;
        final Path dir;
        final Path stderr;

        Run(Process process, Path dir, Path stderr) {
            this.process = process;
            this.dir = dir;
            this.stderr = stderr;
        }

        InputStream stdout() {
            return process.getInputStream();
        }

        /** Waits for the end and throws with python's stderr if it did not exit 0. */
        void finish() {
            try {
                if (!process.waitFor(10, TimeUnit.MINUTES)) {
                    process.destroyForcibly();
                    throw new IllegalStateException("python3 oracle did not finish in 10 minutes");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("python3 oracle exited with " + process.exitValue()
                        + ":\n" + stderrText());
            }
        }

        String stderrText() {
            try {
                String s = Files.readString(stderr, StandardCharsets.UTF_8);
                return s.length() > 4000 ? "..." + s.substring(s.length() - 4000) : s;
            } catch (IOException e) {
                return "(no stderr: " + e + ")";
            }
        }

        @Override public void close() {
            if (process.isAlive()) process.destroyForcibly();
            deleteTree(dir);
        }
    }

    /**
     * Writes {@code script} to a fresh temp dir (with {@code files}: name, content pairs) and
     * starts python3 on it with {@code args}; any arg of the form {@code @name} is replaced by
     * the path of that file in the temp dir.
     */
    static Run start(String script, List<String> fileNames, List<String> fileContents, String... args) {
        Path dir = tempDir();
        try {
            Path py = dir.resolve("oracle.py");
            Files.writeString(py, script, StandardCharsets.UTF_8);
            for (int i = 0; i < fileNames.size(); i++) {
                Files.writeString(dir.resolve(fileNames.get(i)), fileContents.get(i), StandardCharsets.UTF_8);
            }
            List<String> cmd = new ArrayList<>();
            cmd.add(command());
            cmd.add("-X");
            cmd.add("utf8");
            cmd.add(py.toString());
            for (String a : args) cmd.add(a.startsWith("@") ? dir.resolve(a.substring(1)).toString() : a);
            Path err = dir.resolve("stderr.txt");
            ProcessBuilder pb = new ProcessBuilder(cmd)
                    .redirectError(err.toFile());
            pb.environment().put("PYTHONIOENCODING", "utf-8");
            pb.environment().put("PYTHONDONTWRITEBYTECODE", "1");
            pb.environment().remove("PYTHONSTARTUP");
            Process proc = pb.start();
            proc.getOutputStream().close();  // no standard input
            return new Run(proc, dir, err);
        } catch (IOException e) {
            deleteTree(dir);
            throw new UncheckedIOException(e);
        }
    }

    /** Runs {@code script} to the end and returns its stdout (UTF-8). */
    static String run(String script, String... args) {
        return run(script, List.of(), List.of(), args);
    }

    static String run(String script, List<String> fileNames, List<String> fileContents, String... args) {
        try (Run r = start(script, fileNames, fileContents, args)) {
            String out = new String(r.stdout().readAllBytes(), StandardCharsets.UTF_8);
            r.finish();
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** CPython's standard library directory ({@code Lib} of a source tree), found at run time. */
    static Path stdlib() {
        Path p = stdlib;
        if (p == null) {
            String out = run("import sysconfig; print(sysconfig.get_paths()['stdlib'])").trim();
            p = Path.of(out);
            stdlib = p;
        }
        return p;
    }

    /**
     * The .py files of the standard library as sorted relative paths with '/' separators,
     * leaving out installed third-party packages (site-packages, dist-packages). With
     * {@code -Djyco.lib.only=PREFIX,...} only paths starting with one of the prefixes (e.g.
     * {@code asyncio/,json/}); with {@code -Djyco.lib.limit=N} only the first N.
     */
    static List<String> stdlibFiles() {
        Path root = stdlib();
        List<String> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(f -> f.getFileName().toString().endsWith(".py") && Files.isRegularFile(f))
                    .map(f -> root.relativize(f).toString().replace(java.io.File.separatorChar, '/'))
                    .filter(rel -> !rel.startsWith("site-packages/") && !rel.startsWith("dist-packages/")
                            && !rel.contains("/site-packages/") && !rel.contains("/dist-packages/"))
                    .forEach(files::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        files.sort(null);
        String only = System.getProperty("jyco.lib.only", "").trim();
        if (!only.isEmpty()) {
            List<String> prefixes = List.of(only.split(","));
            files.removeIf(f -> prefixes.stream().noneMatch(pre -> f.startsWith(pre.trim())));
        }
        int limit = Integer.getInteger("jyco.lib.limit", -1);
        if (limit >= 0 && limit < files.size()) return new ArrayList<>(files.subList(0, limit));
        return files;
    }

    static void deleteTree(Path dir) {
        if (dir == null || !Files.exists(dir)) return;
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(f -> {
                try {
                    Files.deleteIfExists(f);
                } catch (IOException ignored) {
                    // best effort
                }
            });
        } catch (IOException ignored) {
            // best effort
        }
    }
}
