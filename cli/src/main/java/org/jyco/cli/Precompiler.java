package org.jyco.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.jyco.compiler.JycoCompiler;
import org.jyco.parser.Parser;
import org.jyco.parser.ast.Alias;
import org.jyco.parser.ast.Mod;
import org.jyco.parser.ast.Stmt;
import org.jyco.runtime.Interpreter;
import org.jyco.runtime.ModuleCode;
import org.jyco.runtime.PyException;

/**
 * {@code jyco-compile -o app.jar [-p dir]... main.py}: compiles a script and every module it
 * imports (found on the script's directory and the given paths, transitively) into a jar that
 * {@code java -jar app.jar args} runs with the runtime only: no parsing or compiling at start.
 */
public final class Precompiler {
    private Precompiler() {}

    public static void main(String[] args) {
        String out = null;
        List<Path> paths = new ArrayList<>();
        String script = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("-o") && i + 1 < args.length) out = args[++i];
            else if (args[i].equals("-p") && i + 1 < args.length) paths.add(Path.of(args[++i]));
            else if (args[i].equals("-h") || args[i].equals("--help")) {
                System.out.println("usage: jyco-compile -o app.jar [-p module_dir]... main.py");
                return;
            } else script = args[i];
        }
        if (out == null || script == null) {
            System.err.println("usage: jyco-compile -o app.jar [-p module_dir]... main.py");
            System.exit(2);
        }
        try {
            int n = compile(Path.of(script), paths, Path.of(out));
            System.err.println("jyco-compile: wrote " + out + " (" + n + " modules)");
        } catch (PyException e) {
            Interpreter interp = new Interpreter();
            interp.printException(e);
            interp.flush();
            System.exit(1);
        } catch (IOException | URISyntaxException e) {
            System.err.println("jyco-compile: " + e.getMessage());
            System.exit(1);
        }
    }

    /** Compiles the script and its imports into a jar; returns the number of modules. */
    public static int compile(Path script, List<Path> extraPaths, Path jar) throws IOException, URISyntaxException {
        JycoCompiler compiler = new JycoCompiler();
        List<Path> searchPath = new ArrayList<>();
        Path dir = script.toAbsolutePath().getParent();
        searchPath.add(dir == null ? Path.of(".") : dir);
        searchPath.addAll(extraPaths);
        Map<String, ModuleCode> modules = new LinkedHashMap<>();
        List<String> pending = new ArrayList<>();
        compileFile(compiler, "__main__", script, modules, pending);
        while (!pending.isEmpty()) {
            String name = pending.remove(0);
            if (modules.containsKey(name)) continue;
            Path found = find(name, searchPath);
            if (found != null) {
                compileFile(compiler, name, found, modules, pending);
                continue;
            }
            String stdlib = findStdlib(name);
            if (stdlib == null) continue; // a built-in module, or one the program guards against
            compileSource(compiler, name, Interpreter.stdlibSource(stdlib), stdlib, modules, pending);
        }
        writeJar(jar, modules);
        return modules.size();
    }

    private static void compileFile(JycoCompiler compiler, String name, Path file, Map<String, ModuleCode> modules,
                                    List<String> pending) throws IOException {
        compileSource(compiler, name, Files.readAllBytes(file), file.toString(), modules, pending);
    }

    private static void compileSource(JycoCompiler compiler, String name, byte[] bytes, String filename,
                                      Map<String, ModuleCode> modules, List<String> pending) {
        ModuleCode code = compiler.compileFile(bytes, filename);
        String src = compiler.decode(bytes, filename);
        modules.put(name, code);
        boolean isPackage = filename.endsWith("/__init__.py") || filename.equals("__init__.py");
        String pkg = isPackage ? name : name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : "";
        // parents of dotted names are modules too
        for (int i = name.indexOf('.'); i > 0; i = name.indexOf('.', i + 1)) pending.add(name.substring(0, i));
        Mod.Module mod = Parser.parseModule(src, filename);
        collectImports(mod.body(), pkg, pending);
    }

    private static void collectImports(List<Stmt> body, String pkg, List<String> pending) {
        for (Stmt s : body) {
            if (s instanceof Stmt.Import i) {
                for (Alias a : i.names()) addWithParents(a.name(), pending);
            } else if (s instanceof Stmt.ImportFrom f) {
                String base;
                if (f.level() > 0) {
                    String p = pkg;
                    for (int k = 1; k < f.level() && p.contains("."); k++) p = p.substring(0, p.lastIndexOf('.'));
                    base = f.module() == null ? p : (p.isEmpty() ? f.module() : p + "." + f.module());
                } else {
                    base = f.module();
                }
                if (base == null || base.isEmpty()) continue;
                addWithParents(base, pending);
                for (Alias a : f.names()) if (!a.name().equals("*")) pending.add(base + "." + a.name());
            } else {
                // imports nested in functions, classes, if/try blocks
                for (List<Stmt> inner : nested(s)) collectImports(inner, pkg, pending);
            }
        }
    }

    private static List<List<Stmt>> nested(Stmt s) {
        List<List<Stmt>> out = new ArrayList<>();
        if (s instanceof Stmt.FunctionDef f) out.add(f.body());
        else if (s instanceof Stmt.ClassDef c) out.add(c.body());
        else if (s instanceof Stmt.If i) {
            out.add(i.body());
            out.add(i.orelse());
        } else if (s instanceof Stmt.Try t) {
            out.add(t.body());
            out.add(t.orelse());
            out.add(t.finalbody());
            t.handlers().forEach(h -> out.add(h.body()));
        } else if (s instanceof Stmt.With w) out.add(w.body());
        else if (s instanceof Stmt.For f) out.add(f.body());
        else if (s instanceof Stmt.While w) out.add(w.body());
        return out;
    }

    private static void addWithParents(String name, List<String> pending) {
        for (int i = name.indexOf('.'); i > 0; i = name.indexOf('.', i + 1)) pending.add(name.substring(0, i));
        pending.add(name);
    }

    private static Path find(String name, List<Path> searchPath) {
        String rel = name.replace('.', '/');
        for (Path base : searchPath) {
            Path pkg = base.resolve(rel).resolve("__init__.py");
            if (Files.isRegularFile(pkg)) return pkg;
            Path mod = base.resolve(rel + ".py");
            if (Files.isRegularFile(mod)) return mod;
        }
        return null;
    }

    /** The {@code <jyco-stdlib>/...} file of a standard module written in Python, or null. */
    private static String findStdlib(String name) {
        String rel = name.replace('.', '/');
        for (String candidate : new String[] {rel + "/__init__.py", rel + ".py"}) {
            String filename = Interpreter.STDLIB_ENTRY + "/" + candidate;
            if (Interpreter.stdlibSource(filename) != null) return filename;
        }
        return null;
    }

    private static void writeJar(Path jar, Map<String, ModuleCode> modules) throws IOException, URISyntaxException {
        Manifest mf = new Manifest();
        mf.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        mf.getMainAttributes().put(Attributes.Name.MAIN_CLASS, PrecompiledMain.class.getName());
        if (jar.toAbsolutePath().getParent() != null) Files.createDirectories(jar.toAbsolutePath().getParent());
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), mf)) {
            StringBuilder index = new StringBuilder();
            int n = 0;
            for (Map.Entry<String, ModuleCode> e : modules.entrySet()) {
                String resource = "jyco-modules/m" + (n++) + ".bin";
                out.putNextEntry(new JarEntry(resource));
                out.write(e.getValue().classBytes());
                out.closeEntry();
                String file = e.getValue().filename;
                index.append(e.getKey()).append('\t').append(file).append('\t').append(resource).append('\n');
            }
            out.putNextEntry(new JarEntry(PrecompiledMain.INDEX));
            out.write(index.toString().getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
            copyRuntime(out);
        }
    }

    /** The runtime classes (and built-in modules) the program needs, from wherever they are loaded. */
    private static void copyRuntime(JarOutputStream out) throws IOException, URISyntaxException {
        java.util.Set<String> written = new java.util.HashSet<>();
        written.add("META-INF/MANIFEST.MF");
        String[] prefixes = {"org/jyco/runtime/", "org/jyco/stdlib/", "org/jyco/cli/PrecompiledMain",
            "org/jyco/parser/", "org/antlr/v4/runtime/",
            "META-INF/services/org.jyco.runtime.Interpreter$ModuleProvider"};
        List<Class<?>> anchors = new ArrayList<>(List.of(Interpreter.class, PrecompiledMain.class,
            // the parser is loaded only by a program that imports ast
            Parser.class, org.antlr.v4.runtime.Parser.class));
        for (Interpreter.ModuleProvider p : java.util.ServiceLoader.load(Interpreter.ModuleProvider.class)) {
            anchors.add(p.getClass());
        }
        for (Class<?> anchor : anchors) {
            Path src = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(src)) {
                try (Stream<Path> files = Files.walk(src)) {
                    for (Path f : (Iterable<Path>) files::iterator) {
                        if (!Files.isRegularFile(f)) continue;
                        String name = src.relativize(f).toString().replace('\\', '/');
                        if (matches(name, prefixes) && written.add(name)) {
                            out.putNextEntry(new JarEntry(name));
                            Files.copy(f, out);
                            out.closeEntry();
                        }
                    }
                }
            } else {
                try (JarFile jf = new JarFile(src.toFile())) {
                    for (JarEntry je : java.util.Collections.list(jf.entries())) {
                        String name = je.getName();
                        if (je.isDirectory() || !matches(name, prefixes) || !written.add(name)) continue;
                        out.putNextEntry(new JarEntry(name));
                        try (InputStream in = jf.getInputStream(je)) {
                            in.transferTo(out);
                        }
                        out.closeEntry();
                    }
                }
            }
        }
    }

    private static boolean matches(String name, String[] prefixes) {
        for (String p : prefixes) if (name.startsWith(p)) return true;
        return false;
    }

}
