package org.jyco.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jyco.runtime.Interpreter;
import org.jyco.runtime.PyException;
import org.jyco.runtime.PyExc;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Small programs, one per compiler feature, in {@code src/test/resources/snippets}: each runs
 * through Jyco (with every generated class verified by CheckClassAdapter, see the pom) and
 * through python3, and the outputs (stdout plus the last line of stderr) must be equal.
 */
class SnippetTest {
    static String python() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path p = Path.of(dir, "python3");
            if (Files.isExecutable(p)) return p.toString();
        }
        return null;
    }

    @TestFactory
    Stream<DynamicTest> snippets() throws IOException {
        Path dir = Path.of("src/test/resources/snippets");
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            s.filter(p -> p.toString().endsWith(".py")).sorted().forEach(files::add);
        }
        String python = python();
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            assumeTrue(python != null, "python3 is needed as the reference");
            assertEquals(cpython(python, f), jyco(f));
        }));
    }

    static String cpython(String python, Path f) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(python, f.getFileName().toString()).directory(f.getParent().toFile())
            .redirectErrorStream(false).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(60, TimeUnit.SECONDS);
        return out + "\n[exit " + p.exitValue() + "] " + lastLine(err);
    }

    static String jyco(Path f) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int[] status = new int[1];
        Thread t = new Thread(null, () -> {
            Interpreter interp = new Interpreter(System.in, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
            JycoCompiler c = new JycoCompiler();
            interp.setCompiler(c);
            interp.addPath(f.toAbsolutePath().getParent().toString());
            try {
                interp.runMain(c.decode(Files.readAllBytes(f), f.getFileName().toString()), f.getFileName().toString());
            } catch (PyException e) {
                if (e.matches(PyExc.SystemExit)) {
                    status[0] = interp.exitStatus(e);
                } else {
                    interp.flush();
                    interp.printException(e);
                    status[0] = 1;
                }
            } catch (IOException | RuntimeException | Error e) {
                status[0] = -1;
                new PrintStream(err, true, StandardCharsets.UTF_8).println("Java " + e);
            } finally {
                interp.flush();
            }
        }, "snippet", 256L << 20);
        t.start();
        t.join(60_000);
        return out.toString(StandardCharsets.UTF_8) + "\n[exit " + status[0] + "] "
            + lastLine(err.toString(StandardCharsets.UTF_8));
    }

    static String lastLine(String s) {
        String[] lines = s.strip().split("\n");
        return lines[lines.length - 1];
    }
}
