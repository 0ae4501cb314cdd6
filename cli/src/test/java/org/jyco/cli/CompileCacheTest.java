package org.jyco.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jyco.compiler.JycoCompiler;
import org.jyco.runtime.Interpreter;
import org.jyco.runtime.ModuleCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompileCacheTest {
    /** The real compiler, counting the files it compiles. */
    static final class Counting implements Interpreter.SourceCompiler {
        final JycoCompiler inner = new JycoCompiler();
        int files;

        @Override
        public ModuleCode compile(String source, String filename, String mode) {
            return inner.compile(source, filename, mode);
        }

        @Override
        public ModuleCode compileFile(byte[] source, String filename) {
            files++;
            return inner.compileFile(source, filename);
        }
    }

    @Test
    void reusesTheCompiledClassUntilTheSourceChanges(@TempDir Path dir) throws Exception {
        Counting c = new Counting();
        CompileCache cache = new CompileCache(c, dir, true);
        byte[] v1 = "x = 1\nprint(x)\n".getBytes(StandardCharsets.UTF_8);
        ModuleCode first = cache.compileFile(v1, "/p/m.py");
        ModuleCode again = cache.compileFile(v1, "/p/m.py");
        assertEquals(1, c.files);
        assertArrayEquals(first.classBytes(), again.classBytes());
        assertEquals(first.name, again.name);
        assertEquals("/p/m.py", again.filename);
        // another file name or other source: compiled again
        cache.compileFile(v1, "/p/other.py");
        cache.compileFile("x = 2\n".getBytes(StandardCharsets.UTF_8), "/p/m.py");
        assertEquals(3, c.files);
        // a damaged entry is compiled again (and rewritten)
        try (Stream<Path> entries = Files.list(dir)) {
            for (Path p : entries.toList()) Files.write(p, new byte[] {1, 2, 3});
        }
        cache.compileFile(v1, "/p/m.py");
        assertEquals(4, c.files);
        cache.compileFile(v1, "/p/m.py");
        assertEquals(4, c.files);
    }

    @Test
    void readsButDoesNotWriteWithDashB(@TempDir Path dir) throws Exception {
        Counting c = new Counting();
        byte[] src = "y = 2\n".getBytes(StandardCharsets.UTF_8);
        new CompileCache(c, dir, false).compileFile(src, "/q.py");
        try (Stream<Path> entries = Files.list(dir)) {
            assertEquals(List.of(), entries.toList());
        }
        new CompileCache(c, dir, true).compileFile(src, "/q.py");
        new CompileCache(c, dir, false).compileFile(src, "/q.py");
        assertEquals(2, c.files);
    }
}
