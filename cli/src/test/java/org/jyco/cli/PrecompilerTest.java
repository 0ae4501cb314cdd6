package org.jyco.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The precompiler's jar runs with {@code java -jar}, prints what the program prints, passes
 * arguments, and loads neither the parser, the compiler nor ANTLR at start-up.
 */
class PrecompilerTest {
    @TempDir
    Path dir;

    @Test
    void precompiledJarRunsWithoutTheCompiler() throws Exception {
        Files.writeString(dir.resolve("helper.py"), "def greet(name):\n    return 'hello ' + name\n");
        Files.createDirectories(dir.resolve("pkg"));
        Files.writeString(dir.resolve("pkg/__init__.py"), "from .inner import VALUE\n");
        Files.writeString(dir.resolve("pkg/inner.py"), "VALUE = 42\n");
        Files.writeString(dir.resolve("main.py"), String.join("\n",
            "import sys",
            "from helper import greet",
            "import pkg",
            "print(greet(sys.argv[1]), pkg.VALUE, [x * x for x in range(4)])",
            "sys.exit(3)", ""));
        Path jar = dir.resolve("app.jar");
        int modules = Precompiler.compile(dir.resolve("main.py"), List.of(), jar);
        assertEquals(4, modules, "main, helper, pkg and pkg.inner");

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-verbose:class", "-jar", jar.toString(), "world").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int status = p.waitFor();
        assertEquals(3, status, out);
        assertTrue(out.contains("hello world 42 [0, 1, 4, 9]"), out);
        assertFalse(out.contains("org.antlr"), "ANTLR was loaded");
        assertFalse(out.contains("org.jyco.parser"), "the parser was loaded");
        assertFalse(out.contains("org.jyco.compiler"), "the compiler was loaded");
    }

    @Test
    void precompiledJarCanImportAst() throws Exception {
        Files.writeString(dir.resolve("main.py"), "import ast\nprint(ast.dump(ast.parse('x = 1')))\n");
        Path jar = dir.resolve("ast.jar");
        Precompiler.compile(dir.resolve("main.py"), List.of(), jar);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-jar", jar.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        Process py = new ProcessBuilder("python3", dir.resolve("main.py").toString()).redirectErrorStream(true).start();
        String expected = new String(py.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, py.waitFor(), expected);
        assertEquals(expected, out);
    }

    @Test
    void precompiledJarIncludesStandardModulesWrittenInPython() throws Exception {
        Files.writeString(dir.resolve("main.py"), String.join("\n",
            "from dataclasses import dataclass, field",
            "import enum",
            "class Color(enum.Enum):",
            "    RED = enum.auto()",
            "@dataclass(order=True)",
            "class P:",
            "    x: int",
            "    tags: list = field(default_factory=list)",
            "print(P(1), P(1) < P(2), list(Color), __import__('copy').__file__)", ""));
        Path jar = dir.resolve("stdlib.jar");
        int modules = Precompiler.compile(dir.resolve("main.py"), List.of(), jar);
        assertTrue(modules >= 4, "main, dataclasses, copy (imported by dataclasses) and enum: " + modules);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-verbose:class", "-jar", jar.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        assertTrue(out.contains("P(x=1, tags=[]) True [<Color.RED: 1>] <jyco-stdlib>/copy.py"), out);
        assertFalse(out.contains("org.antlr"), "ANTLR was loaded");
        assertFalse(out.contains("org.jyco.parser"), "the parser was loaded");
        assertFalse(out.contains("org.jyco.compiler"), "the compiler was loaded");
    }
}
