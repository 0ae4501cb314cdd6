package org.jyco.stdlib;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Parses real files of CPython's standard library with Jyco's {@code ast} module and with
 * CPython, and compares {@code ast.dump} (with positions), {@code walk}, {@code literal_eval}-free
 * helpers and a NodeVisitor/NodeTransformer pass. Skipped when python3 is not CPython 3.11.
 */
class AstStdlibFilesTest {
    private static final String[] FILES = {
        "textwrap.py", "ast.py", "dataclasses.py", "functools.py", "collections/__init__.py",
        "json/decoder.py", "enum.py", "argparse.py", "typing.py", "inspect.py", "re/_parser.py",
        "asyncio/tasks.py", "contextlib.py", "string.py", "fractions.py",
    };

    private static final String PROGRAM = """
        import ast
        PATH = %s
        with open(PATH, encoding='utf-8') as f:
            src = f.read()
        t = ast.parse(src, filename=PATH)
        print(ast.dump(t, include_attributes=True, indent=1))
        print(ast.dump(t, annotate_fields=False))
        print(len(list(ast.walk(t))))
        class V(ast.NodeVisitor):
            def __init__(self):
                self.n = {}
            def generic_visit(self, node):
                k = type(node).__name__
                self.n[k] = self.n.get(k, 0) + 1
                super().generic_visit(node)
        v = V()
        v.visit(t)
        print(sorted(v.n.items()))
        for node in ast.walk(t):
            if isinstance(node, (ast.FunctionDef, ast.ClassDef, ast.AsyncFunctionDef)):
                print(node.name, repr(ast.get_docstring(node))[:60])
        class Strip(ast.NodeTransformer):
            def visit_Expr(self, node):
                if isinstance(node.value, ast.Constant):
                    return None
                return self.generic_visit(node)
        print(ast.dump(Strip().visit(t))[:2000])
        """;

    @TestFactory
    Stream<DynamicTest> stdlibFilesAgreeWithCPython() throws Exception {
        Assumptions.assumeTrue(PythonRunner.cpythonAvailable(), "python3 (CPython 3.11) is not available");
        Process p = new ProcessBuilder("python3", "-c", "import os; print(os.path.dirname(os.__file__))").start();
        String lib = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        p.waitFor();
        return Stream.of(FILES).map(name -> DynamicTest.dynamicTest(name, () -> check(Path.of(lib, name))));
    }

    private static void check(Path file) throws IOException, InterruptedException {
        Assumptions.assumeTrue(Files.isRegularFile(file), "no " + file);
        String pathLiteral = "'" + file.toString().replace("\\", "\\\\").replace("'", "\\'") + "'";
        String program = PROGRAM.formatted(pathLiteral);
        Path tmp = Files.createTempFile("ast-case", ".py");
        try {
            Files.writeString(tmp, program);
            PythonRunner.Result expected = PythonRunner.cpython(tmp);
            PythonRunner.Result actual = PythonRunner.jyco(program, tmp.toString());
            assertEquals(expected.err(), actual.err(), "stderr for " + file);
            assertEquals(expected.out(), actual.out(), "stdout for " + file);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
