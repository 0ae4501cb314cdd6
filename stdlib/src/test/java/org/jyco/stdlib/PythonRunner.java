package org.jyco.stdlib;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.jyco.compiler.JycoCompiler;
import org.jyco.runtime.Interpreter;
import org.jyco.runtime.PyException;
import org.jyco.runtime.PyExc;

/** Runs Python programs with Jyco in-process and with CPython (python3) in a subprocess. */
final class PythonRunner {
    private PythonRunner() {}

    /** stdout, stderr and exit status of one run. */
    record Result(String out, String err, int status) {
        /** The last line of stderr: "Type: message" of an uncaught exception, or "". */
        String lastErrorLine() {
            String e = err.strip();
            int nl = e.lastIndexOf('\n');
            return nl < 0 ? e : e.substring(nl + 1);
        }
    }

    static Result jyco(String source, String filename) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        Interpreter interp = new Interpreter(new ByteArrayInputStream(new byte[0]), o, e);
        interp.setCompiler(new JycoCompiler());
        int status = 0;
        try {
            interp.runMain(source, filename);
        } catch (PyException x) {
            if (x.matches(PyExc.SystemExit)) {
                status = interp.exitStatus(x);
            } else {
                interp.printException(x);
                status = 1;
            }
        } finally {
            interp.flush();
        }
        o.flush();
        e.flush();
        return new Result(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), status);
    }

    private static Boolean available;

    /** True if a python3 that is CPython 3.11 can be run. */
    static synchronized boolean cpythonAvailable() {
        if (available == null) {
            try {
                Process p = new ProcessBuilder("python3", "-c", "import sys; print(sys.version_info[:2] == (3, 11))")
                    .redirectErrorStream(true).start();
                String s = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
                available = p.waitFor(30, TimeUnit.SECONDS) && s.equals("True");
            } catch (IOException | InterruptedException e) {
                available = false;
            }
        }
        return available;
    }

    static Result cpython(Path file) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder("python3", "-X", "utf8", file.toAbsolutePath().toString());
        pb.environment().put("PYTHONIOENCODING", "utf-8");
        Path outFile = Files.createTempFile("jyco-cpy", ".out");
        Path errFile = Files.createTempFile("jyco-cpy", ".err");
        try {
            pb.redirectOutput(outFile.toFile()).redirectError(errFile.toFile());
            Process p = pb.start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("python3 timed out on " + file);
            }
            return new Result(Files.readString(outFile, StandardCharsets.UTF_8), Files.readString(errFile, StandardCharsets.UTF_8),
                p.exitValue());
        } finally {
            Files.deleteIfExists(outFile);
            Files.deleteIfExists(errFile);
        }
    }
}
