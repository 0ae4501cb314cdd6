package org.jyco.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.jyco.runtime.Interpreter;
import org.jyco.runtime.ModuleCode;
import org.jyco.runtime.PyException;
import org.jyco.runtime.PyExc;
import org.jyco.runtime.types.PyList;

/**
 * Entry point of a jar made by {@link Precompiler}: registers the precompiled modules listed in
 * {@code jyco-modules/index} and runs the main one. It uses only the runtime: no parser, no
 * compiler, no ANTLR is loaded unless the program calls exec/eval/compile (which then fail
 * clearly, as the compiler is not in the jar).
 */
public final class PrecompiledMain {
    private PrecompiledMain() {}

    static final String INDEX = "jyco-modules/index";

    public static void main(String[] args) throws Exception {
        int[] status = new int[1];
        Thread t = new org.jyco.runtime.ThreadState.PyThread(() -> status[0] = run(args), "main", 256L << 20);
        t.start();
        t.join();
        System.out.flush();
        System.exit(status[0]);
    }

    static int run(String[] args) {
        Interpreter interp = new Interpreter();
        ClassLoader cl = PrecompiledMain.class.getClassLoader();
        ModuleCode main = null;
        String mainFile = null;
        try (InputStream idx = cl.getResourceAsStream(INDEX)) {
            if (idx == null) {
                System.err.println("jyco: no precompiled modules in this jar");
                return 2;
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(idx, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank()) continue;
                String[] f = line.split("\t");
                String name = f[0], filename = f[1], resource = f[2];
                byte[] bytes;
                try (InputStream in = cl.getResourceAsStream(resource)) {
                    bytes = in.readAllBytes();
                }
                ModuleCode code = new ModuleCode(name, filename, bytes, false);
                if (name.equals("__main__")) {
                    main = code;
                    mainFile = filename;
                } else {
                    interp.addPrecompiled(name, code);
                }
            }
        } catch (IOException e) {
            System.err.println("jyco: cannot read precompiled modules: " + e.getMessage());
            return 2;
        }
        PyList argv = (PyList) interp.sys().getDict().getOrNull("argv");
        PyList.clear(argv);
        argv.append(mainFile);
        for (String a : args) argv.append(a);
        int status = 0;
        try {
            interp.runMain(main, mainFile);
        } catch (PyException e) {
            if (e.matches(PyExc.SystemExit)) {
                interp.flush();
                status = interp.exitStatus(e);
            } else {
                interp.flush();
                interp.printException(e);
                status = 1;
            }
        } finally {
            interp.finish();
        }
        return status;
    }
}
