package org.jyco.compiler;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jyco.runtime.Interpreter;
import org.jyco.runtime.PyException;
import org.jyco.runtime.PyExc;

/** Runs a script with the compiler from the build tree (a development aid). */
public final class RunScript {
    public static void main(String[] args) throws Exception {
        Interpreter interp = new Interpreter();
        JycoCompiler c = new JycoCompiler();
        interp.setCompiler(c);
        Path p = Path.of(args[0]);
        interp.addPath(p.toAbsolutePath().getParent().toString());
        int status = 0;
        try {
            interp.runMain(c.decode(Files.readAllBytes(p), args[0]), args[0]);
        } catch (PyException e) {
            if (e.matches(PyExc.SystemExit)) status = interp.exitStatus(e);
            else {
                interp.printException(e);
                status = 1;
            }
        } finally {
            interp.flush();
        }
        System.exit(status);
    }
}
