package org.jyco.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jyco.compiler.JycoCompiler;
import org.jyco.runtime.Abstract;
import org.jyco.runtime.Interpreter;
import org.jyco.runtime.types.PyDict;
import org.jyco.runtime.ModuleCode;

/**
 * Runs benchmark programs side by side: Jyco in this JVM (N runs of the whole program, each in
 * a fresh interpreter, so the first run is "cold" and later ones "warm"), then CPython and, when
 * installed, PyPy through {@code bench/harness.py}, which does the same N runs in one process.
 * Prints each implementation's first run, best of the rest, and the ratios, and checks that all
 * printed the same output. Absolute times on a shared machine mean little; ratios in one run do.
 *
 * <p>usage: java -jar bench/target/jyco-bench.jar [-n RUNS] program.py...
 */
public final class SideBySide {
    private SideBySide() {}

    record Result(String output, double[] times) {
        double first() {
            return times[0];
        }

        double bestWarm() {
            if (times.length == 1) return times[0];
            return Arrays.stream(times, 1, times.length).min().orElse(times[0]);
        }
    }

    public static void main(String[] args) throws Exception {
        int runs = 10;
        List<Path> programs = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("-n")) runs = Integer.parseInt(args[++i]);
            else programs.add(Path.of(args[i]));
        }
        Path harness = locateHarness();
        String pypy = which("pypy3");
        String python = which("python3");
        System.out.printf(Locale.ROOT, "%-18s %9s %9s %9s | %9s %9s %9s | %7s %7s %7s %s%n", "program", "jyco proc",
            "jyco 1st", "jyco warm", "cpy proc", "cpy 1st", "cpy warm", "proc x", "1st x", "warm x",
            pypy != null ? "| pypy proc  pypy warm" : "");
        for (Path p : programs) {
            Result j = runJyco(p, runs);
            Result c = python == null ? null : runExternal(python, harness, p, runs);
            Result y = pypy == null ? null : runExternal(pypy, harness, p, runs);
            String name = p.getFileName().toString();
            double jp = processTime(jycoCommand(p));
            double cp = python == null ? Double.NaN : processTime(List.of(python, p.toString()));
            double yp = pypy == null ? Double.NaN : processTime(List.of(pypy, p.toString()));
            System.out.printf(Locale.ROOT, "%-18s %9.3f %9.3f %9.3f | %9.3f %9.3f %9.3f | %7.2f %7.2f %7.2f %s%n", name,
                jp, j.first(), j.bestWarm(), cp, c == null ? Double.NaN : c.first(), c == null ? Double.NaN : c.bestWarm(),
                cp / jp, c == null ? Double.NaN : c.first() / j.first(), c == null ? Double.NaN : c.bestWarm() / j.bestWarm(),
                y == null ? "" : String.format(Locale.ROOT, "| %9.3f %9.3f", yp, y.bestWarm()));
            if (c != null && !c.output().equals(j.output())) {
                System.out.println("  OUTPUT DIFFERS from CPython for " + name);
            }
        }
        System.out.println("seconds. proc: whole process (bin/jyco prog.py / python3 prog.py), JVM start-up and compilation"
            + " included; 1st: first call of main() in a running process; warm: best of the later calls."
            + " 'x' columns: CPython time / Jyco time (above 1: Jyco is faster).");
    }

    /**
     * Executes the program once as a module (not {@code __main__}), then calls its
     * {@code main()} {@code runs} times, timing each call; prints go to a buffer per call.
     */
    static Result runJyco(Path program, int runs) throws IOException {
        String src = Files.readString(program);
        double[] times = new double[runs];
        String output = null;
        ByteArrayOutputStream[] buf = {new ByteArrayOutputStream()};
        java.io.OutputStream sink = new java.io.OutputStream() {
            @Override public void write(int b) { buf[0].write(b); }
            @Override public void write(byte[] b, int off, int len) { buf[0].write(b, off, len); }
        };
        Interpreter interp = new Interpreter(System.in, new PrintStream(sink, true, StandardCharsets.UTF_8), System.err);
        JycoCompiler compiler = new JycoCompiler();
        interp.setCompiler(compiler);
        interp.addPath(program.toAbsolutePath().getParent().toString());
        ModuleCode code = compiler.compile(src, program.toString(), "exec");
        PyDict globals = interp.newGlobals("__bench__");
        code.exec(interp, globals, null);
        Object main = globals.getOrNull("main");
        for (int i = 0; i < runs; i++) {
            buf[0] = new ByteArrayOutputStream();
            long t0 = System.nanoTime();
            Abstract.call(main);
            interp.flush();
            times[i] = (System.nanoTime() - t0) / 1e9;
            if (i == 0) output = buf[0].toString(StandardCharsets.UTF_8);
        }
        return new Result(output, times);
    }

    /** Wall-clock seconds of a whole process, output discarded. */
    static double processTime(List<String> cmd) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        p.waitFor();
        return (System.nanoTime() - t0) / 1e9;
    }

    /**
     * How a user runs a program: {@code bin/jyco} of this checkout (with its class-data-sharing
     * archive, made by an untimed first run), or the bench jar's runner if there is none.
     */
    static List<String> jycoCommand(Path program) throws IOException, InterruptedException {
        Path launcher = Path.of(ownJar()).toAbsolutePath().getParent().getParent().getParent().resolve("bin").resolve("jyco");
        if (!Files.isExecutable(launcher)) {
            return List.of(javaExe(), "-XX:+UseParallelGC", "-cp", ownJar(), "org.jyco.cli.Main", program.toString());
        }
        List<String> cmd = List.of(launcher.toString(), program.toString());
        if (!launcherReady) {
            processTime(cmd);
            launcherReady = true;
        }
        return cmd;
    }

    private static boolean launcherReady;

    static String javaExe() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static String ownJar() {
        try {
            return Path.of(SideBySide.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Result runExternal(String exe, Path harness, Path program, int runs) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(exe, harness.toString(), String.valueOf(runs), program.toString())
            .redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        String output = null;
        double[] times = null;
        for (String line : text.split("\n")) {
            if (line.startsWith("OUTPUT ")) output = unrepr(line.substring(7));
            if (line.startsWith("TIMES ")) times = Arrays.stream(line.substring(6).trim().split(" ")).mapToDouble(Double::parseDouble).toArray();
        }
        if (times == null) throw new IOException(exe + " failed:\n" + text);
        return new Result(output, times);
    }

    /** Undoes Python's repr of a str (enough for program output: quotes, \n, \\, \t, \'). */
    static String unrepr(String r) {
        String body = r.substring(1, r.length() - 1);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\\' && i + 1 < body.length()) {
                char n = body.charAt(++i);
                switch (n) {
                    case 'n': sb.append('\n'); break;
                    case 't': sb.append('\t'); break;
                    case 'r': sb.append('\r'); break;
                    case 'x': sb.append((char) Integer.parseInt(body.substring(i + 1, i + 3), 16)); i += 2; break;
                    default: sb.append(n);
                }
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    static Path locateHarness() {
        for (Path p : new Path[] {Path.of("bench/harness.py"), Path.of("harness.py"), Path.of("../bench/harness.py")}) {
            if (Files.isRegularFile(p)) return p;
        }
        throw new IllegalStateException("bench/harness.py not found: run from the repository root");
    }

    static String which(String exe) {
        String path = System.getenv("PATH");
        if (path == null) return null;
        for (String dir : path.split(java.io.File.pathSeparator)) {
            Path p = Path.of(dir, exe);
            if (Files.isExecutable(p)) return p.toString();
        }
        return null;
    }
}
