package org.jyco.parser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Measures how fast Jyco parses a set of files: bytes in, AST out ({@link Parser#parseFile},
 * i.e. decoding, tokenizing, parsing and building the tree), all files in one JVM, pass after
 * pass. The first pass is the cold figure (class loading, JIT warm-up, ANTLR's prediction
 * caches filling); the best of the last passes is the warm figure. Files are read into memory
 * before timing; files with syntax errors are counted but still timed.
 *
 * <pre>
 *   java -cp ... org.jyco.parser.ParseSpeed [--passes N] [--root DIR] FILELIST
 * </pre>
 * {@code FILELIST} holds one path per line (relative to {@code --root} when given). Output: one
 * line per pass ({@code pass N: S seconds}), then {@code cold S}, {@code warm S},
 * {@code llFallbacks N} (parses, f-string fields included, that needed ANTLR's full LL
 * prediction: those with syntax errors) and {@code validFilesNeedingLL N} (files without
 * errors that needed it, listed; expected 0), as lines starting with {@code result}. {@code bench/parse_speed.sh} runs it next
 * to CPython's {@code ast.parse} on the same files.
 */
public final class ParseSpeed {
    private ParseSpeed() {}

    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    public static void main(String[] args) throws IOException, InterruptedException {
        int passes = 10;
        Path root = null;
        String list = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--passes": passes = Integer.parseInt(args[++i]); break;
                case "--root": root = Path.of(args[++i]); break;
                default: list = args[i];
            }
        }
        if (list == null) {
            System.err.println("usage: ParseSpeed [--passes N] [--root DIR] FILELIST");
            System.exit(2);
        }
        List<String> names = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(list), StandardCharsets.UTF_8)) {
            if (!line.isBlank()) names.add(line.strip());
        }
        byte[][] data = new byte[names.size()][];
        long bytes = 0;
        for (int i = 0; i < names.size(); i++) {
            Path p = root != null ? root.resolve(names.get(i)) : Path.of(names.get(i));
            data[i] = Files.readAllBytes(p);
            bytes += data[i].length;
        }
        // parse in a thread with a large stack: a few test files nest very deeply
        double[] times = new double[passes];
        double[] cpu = new double[passes];
        int[] errors = new int[1];
        List<String> validNeedingLL = new ArrayList<>();
        Thread t = new Thread(null, () -> {
            for (int pass = 0; pass < times.length; pass++) {
                int errs = 0;
                long t0 = System.nanoTime();
                long c0 = THREADS.getCurrentThreadCpuTime();
                for (int i = 0; i < data.length; i++) {
                    long ll = Parser.llFallbacks();
                    try {
                        Parser.parseFile(data[i], names.get(i));
                        if (pass == 0 && Parser.llFallbacks() != ll) validNeedingLL.add(names.get(i));
                    } catch (PySyntaxError e) {
                        errs++;
                    }
                }
                times[pass] = (System.nanoTime() - t0) / 1e9;
                cpu[pass] = (THREADS.getCurrentThreadCpuTime() - c0) / 1e9;
                errors[0] = errs;
                System.out.printf("pass %d: %.3f s (parser thread CPU %.3f s)%n", pass + 1, times[pass], cpu[pass]);
            }
        }, "parse-speed", 512L << 20);
        t.start();
        t.join();
        double cold = times[0];
        double[] rest = Arrays.copyOfRange(times, Math.min(1, passes - 1), passes);
        double warm = Arrays.stream(rest).min().orElse(cold);
        System.out.printf("result files %d%n", data.length);
        System.out.printf("result bytes %d%n", bytes);
        System.out.printf("result syntaxErrors %d%n", errors[0]);
        System.out.printf("result cold %.3f%n", cold);
        System.out.printf("result warm %.3f%n", warm);
        System.out.printf("result warmCpu %.3f%n", Arrays.stream(Arrays.copyOfRange(cpu, Math.min(1, passes - 1), passes)).min().orElse(cpu[0]));
        System.out.printf("result llFallbacks %d%n", Parser.llFallbacks());
        System.out.printf("result validFilesNeedingLL %d%n", validNeedingLL.size());
        for (String n : validNeedingLL) System.out.println("  needs LL: " + n);
    }
}
