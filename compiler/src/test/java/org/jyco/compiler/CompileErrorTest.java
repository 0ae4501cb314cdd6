package org.jyco.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jyco.runtime.PyException;
import org.jyco.runtime.Tracebacks;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The syntax errors CPython's compiler stage finds (return outside function, nonlocal at module
 * level, ...): each file of {@code parser/src/test/resources/syntax-errors/compile} must fail to
 * compile in Jyco with the block {@code traceback.format_exception_only} prints for CPython's
 * {@code compile()}. Cases listed in {@code compile-errors-known.txt} are known to differ (and
 * must still differ).
 */
class CompileErrorTest {
    static final Path DIR = Path.of("../parser/src/test/resources/syntax-errors/compile");

    @TestFactory
    Stream<DynamicTest> compileStageErrors() throws IOException {
        String python = SnippetTest.python();
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(DIR)) {
            try (Stream<Path> s = Files.list(DIR)) {
                s.filter(p -> p.toString().endsWith(".py")).sorted().forEach(files::add);
            }
        }
        Map<String, String> known = known();
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            assumeTrue(python != null, "python3 is needed as the reference");
            String expected = cpython(python, f);
            String got = jyco(f);
            String reason = known.get(f.getFileName().toString());
            if (reason == null) {
                assertEquals(expected, got);
            } else if (expected.equals(got)) {
                fail(f.getFileName() + " now matches: remove it from compile-errors-known.txt");
            } else {
                Assumptions.abort("known difference: " + reason);
            }
        }));
    }

    static Map<String, String> known() throws IOException {
        Map<String, String> m = new TreeMap<>();
        Path p = Path.of("src/test/resources/compile-errors-known.txt");
        if (!Files.exists(p)) return m;
        for (String line : Files.readAllLines(p)) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) continue;
            int h = l.indexOf('#');
            m.put((h < 0 ? l : l.substring(0, h)).strip(), h < 0 ? "" : l.substring(h + 1).strip());
        }
        return m;
    }

    static String cpython(String python, Path f) throws IOException, InterruptedException {
        String prog = "import sys, traceback\n"
            + "src = open(sys.argv[1], 'rb').read()\n"
            + "try:\n    compile(src, sys.argv[2], 'exec')\n    print('compiled')\n"
            + "except SyntaxError as e:\n    print(''.join(traceback.format_exception_only(e)), end='')\n";
        Process p = new ProcessBuilder(python, "-c", prog, f.getFileName().toString(), f.getFileName().toString())
            .directory(f.getParent().toFile()).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(30, TimeUnit.SECONDS);
        return out.stripTrailing();
    }

    static String jyco(Path f) throws IOException {
        try {
            new JycoCompiler().compileFile(Files.readAllBytes(f), f.getFileName().toString());
            return "compiled";
        } catch (PyException e) {
            return Tracebacks.formatExceptionOnly(e.value()).stripTrailing();
        }
    }
}
