package org.jyco.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
import org.junit.jupiter.api.TestFactory;

/**
 * Small sources for the corners of AST positions (parenthesized operands, f-string fields,
 * compound statements ending in ';', ...): every {@code .py} file in
 * {@code src/test/resources/ast-cases/} must give the same
 * {@code ast.dump(tree, include_attributes=True)} in Jyco as in python3. The standard library
 * ({@link LibAgreementTest}) covers the common cases; these are the ones it has few of.
 */
class AstCasesTest {

    static final String CASES = "/ast-cases";

    static Path casesDir() {
        URL url = AstCasesTest.class.getResource(CASES);
        if (url == null) throw new IllegalStateException("test resource " + CASES + " not found");
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @TestFactory
    Stream<DynamicTest> treesAndPositionsMatchCPython() {
        PythonOracle.assumePython();
        List<String> names = new ArrayList<>();
        try (Stream<Path> s = Files.list(casesDir())) {
            s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".py")).sorted().forEach(names::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String script = """
                import ast, os, sys
                os.chdir(sys.argv[1])
                out = []
                for name in open(sys.argv[2], encoding='utf-8').read().splitlines():
                    with open(name, 'rb') as f:
                        out += [name, ast.dump(ast.parse(f.read(), name), include_attributes=True)]
                sys.stdout.write('\\0'.join(out))
                """;
        String out = PythonOracle.run(script, List.of("cases.txt"), List.of(String.join("\n", names) + "\n"),
                casesDir().toString(), "@cases.txt");
        String[] parts = out.split("\0", -1);
        Map<String, String> expected = new HashMap<>();
        for (int i = 0; i + 1 < parts.length; i += 2) expected.put(parts[i], parts[i + 1]);
        return names.stream().map(name -> DynamicTest.dynamicTest(name, casesDir().resolve(name).toUri(), () -> {
            byte[] data = Files.readAllBytes(casesDir().resolve(name));
            String actual = AstDump.dump(Parser.parseFile(data, name), true);
            String want = expected.get(name);
            if (!want.equals(actual)) {
                assertEquals(want, actual, name + ": " + LibAgreementTest.firstDifference(want, actual));
            }
        }));
    }
}
