package org.jyco.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every program in {@code examples/} (the ones the README points a new user at) prints, through
 * the runner's {@code Main}, exactly what CPython prints for it.
 */
class ExamplesTest {
    @TestFactory
    Stream<DynamicTest> examplesAgreeWithCPython() throws IOException {
        Path examples = Path.of("..", "examples").toAbsolutePath().normalize();
        List<Path> files;
        try (Stream<Path> s = Files.list(examples)) {
            files = s.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            String expected = run(examples, "python3", f.toString());
            String actual = run(examples, java, "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), f.toString());
            assertEquals(expected, actual, f.toString());
        }));
    }

    private static String run(Path dir, String... command) throws Exception {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return "exit " + p.waitFor() + "\n" + out;
    }
}
