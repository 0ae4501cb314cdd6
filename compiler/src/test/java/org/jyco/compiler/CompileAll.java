package org.jyco.compiler;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import org.jyco.runtime.PyException;

/** Development aid: compiles every file of a list (e.g. CPython's Lib) and reports crashes. */
public final class CompileAll {
    public static void main(String[] args) throws Exception {
        List<String> files = Files.readAllLines(Path.of(args[0]));
        JycoCompiler c = new JycoCompiler();
        TreeMap<String, Integer> kinds = new TreeMap<>();
        int ok = 0, pyerr = 0, crash = 0;
        for (String f : files) {
            try {
                c.compileFile(Files.readAllBytes(Path.of(f)), f);
                ok++;
            } catch (PyException e) {
                pyerr++;
                String k = e.getMessage();
                kinds.merge("py: " + (k.length() > 90 ? k.substring(0, 90) : k), 1, Integer::sum);
            } catch (Throwable t) {
                crash++;
                String k = t.toString();
                kinds.merge("CRASH: " + (k.length() > 120 ? k.substring(0, 120) : k), 1, Integer::sum);
                if (crash <= 3) {
                    System.err.println(f);
                    t.printStackTrace();
                }
            }
        }
        System.out.println("ok " + ok + " pyerr " + pyerr + " crash " + crash);
        kinds.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(30)
            .forEach(e -> System.out.println(e.getValue() + "  " + e.getKey()));
    }
}
