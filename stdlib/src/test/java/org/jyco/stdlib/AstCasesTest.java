package org.jyco.stdlib;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs each program under {@code src/test/resources/ast-cases} with Jyco and with CPython 3.11
 * and compares standard output, and the final "Type: message" line of standard error when the
 * program ends with an exception. Skipped when python3 is not CPython 3.11.
 */
class AstCasesTest {
    static List<Path> cases() throws IOException, URISyntaxException {
        Path dir = Path.of(AstCasesTest.class.getResource("/ast-cases").toURI());
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".py")).sorted().collect(Collectors.toList());
        }
    }

    @TestFactory
    Stream<DynamicTest> programsAgreeWithCPython() throws IOException, URISyntaxException {
        return cases().stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> check(p)));
    }

    private static void check(Path file) throws Exception {
        Assumptions.assumeTrue(PythonRunner.cpythonAvailable(), "python3 (CPython 3.11) is not available");
        String source = Files.readString(file, StandardCharsets.UTF_8);
        PythonRunner.Result expected = PythonRunner.cpython(file);
        PythonRunner.Result actual = PythonRunner.jyco(source, file.toString());
        assertEquals(expected.out(), actual.out(), "stdout of " + file.getFileName() + "\nJyco stderr:\n" + actual.err());
        assertEquals(expected.lastErrorLine(), actual.lastErrorLine(), "last line of stderr of " + file.getFileName());
        assertEquals(expected.status(), actual.status(), "exit status of " + file.getFileName());
    }
}
