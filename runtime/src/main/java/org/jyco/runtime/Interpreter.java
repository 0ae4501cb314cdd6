package org.jyco.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.function.Function;
import org.jyco.runtime.types.PyDict;
import org.jyco.runtime.types.PyList;
import org.jyco.runtime.types.PyTuple;

/**
 * One Python interpreter: {@code sys.modules}, {@code sys.path}, the builtins, the standard
 * streams and the import system. Nothing of it is static, so two interpreters in one JVM (two
 * script engines, say) share no module state.
 */
public final class Interpreter {
    private final PyDict modules = new PyDict();
    private final PyList path = new PyList();
    private final PyModule builtins;
    private final PyModule sys;
    private SourceCompiler compiler;
    private final Map<String, Function<Interpreter, PyModule>> builtinModules = new HashMap<>();
    private final Map<String, ModuleCode> precompiled = new HashMap<>();
    private int recursionLimit = 1000;

    /**
     * The {@code sys.path} entry that stands for the standard modules written in Python, shipped
     * as resources under {@link #STDLIB_RESOURCES} (packages as directories). It is on sys.path
     * from the start; script directories go before it ({@link #addPath}), so a user's module of
     * the same name shadows the standard one as in CPython. Their {@code __file__} is
     * {@code <jyco-stdlib>/name.py}.
     */
    public static final String STDLIB_ENTRY = "<jyco-stdlib>";
    /** Resource directory (in the class path) of the standard modules written in Python. */
    public static final String STDLIB_RESOURCES = "org/jyco/stdlib/lib/";
    /** Compiled standard modules, shared by every interpreter of the JVM (each runs its own copy). */
    private static final Map<String, ModuleCode> STDLIB_CODE = new java.util.concurrent.ConcurrentHashMap<>();

    /** Compiles Python source; the compiler module provides it, precompiled programs need none. */
    public interface SourceCompiler {
        /** Compiles source in mode "exec", "eval" or "single"; raises SyntaxError as a Python exception. */
        ModuleCode compile(String source, String filename, String mode);

        /** Compiles the bytes of a source file as a module, decoding them as CPython does for files. */
        ModuleCode compileFile(byte[] source, String filename);
    }

    /** A provider of built-in modules written in Java, found with {@link ServiceLoader}. */
    public interface ModuleProvider {
        /** Registers module factories by name. */
        void register(Map<String, Function<Interpreter, PyModule>> into);
    }

    public Interpreter() {
        this(System.in, System.out, System.err);
    }

    public Interpreter(InputStream in, PrintStream out, PrintStream err) {
        builtins = new PyModule("builtins");
        Builtins.populate(this, builtins);
        sys = SysModule.create(this, in, out, err);
        modules.put("builtins", builtins);
        modules.put("sys", sys);
        path.append(STDLIB_ENTRY);
        builtinModules.put("sys", i -> sys);
        builtinModules.put("builtins", i -> builtins);
        for (ModuleProvider p : ServiceLoader.load(ModuleProvider.class, Interpreter.class.getClassLoader())) {
            p.register(builtinModules);
        }
    }

    public PyModule builtins() {
        return builtins;
    }

    public PyModule sys() {
        return sys;
    }

    public PyDict modules() {
        return modules;
    }

    public PyList path() {
        return path;
    }

    /** Adds a directory to sys.path before the standard library entry (a script's directory, say). */
    public void addPath(String dir) {
        Object[] entries = path.toArray();
        for (int i = 0; i < entries.length; i++) {
            if (STDLIB_ENTRY.equals(entries[i])) {
                PyList.insert(path, (long) i, dir);
                return;
            }
        }
        path.append(dir);
    }

    /** The source of a standard module written in Python ({@code <jyco-stdlib>/rel}), or null. */
    public static byte[] stdlibSource(String filename) {
        if (!filename.startsWith(STDLIB_ENTRY + "/")) return null;
        String res = STDLIB_RESOURCES + filename.substring(STDLIB_ENTRY.length() + 1);
        try (InputStream in = Interpreter.class.getClassLoader().getResourceAsStream(res)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            return null;
        }
    }

    /** True if a resource of the standard library exists at {@code <jyco-stdlib>/rel}. */
    private static boolean stdlibExists(String rel) {
        return Interpreter.class.getClassLoader().getResource(STDLIB_RESOURCES + rel) != null;
    }

    public SourceCompiler compiler() {
        if (compiler == null) throw PyExc.notImplemented("this program was precompiled without the Jyco compiler");
        return compiler;
    }

    public void setCompiler(SourceCompiler compiler) {
        this.compiler = compiler;
    }

    public boolean hasCompiler() {
        return compiler != null;
    }

    public int recursionLimit() {
        return recursionLimit;
    }

    public void setRecursionLimit(int limit) {
        this.recursionLimit = limit;
    }

    /** Registers precompiled module code (from a jar made by the precompiler). */
    public void addPrecompiled(String name, ModuleCode code) {
        precompiled.put(name, code);
    }

    /** Redirects sys.stdout / sys.stderr to Java writers (the script engine's context). */
    public void setStdout(Writer w) {
        sys.getDict().put("stdout", new PyTextIO(w, "<stdout>"));
    }

    public void setStderr(Writer w) {
        sys.getDict().put("stderr", new PyTextIO(w, "<stderr>"));
    }

    public void setStdin(Reader r) {
        sys.getDict().put("stdin", new PyTextIO(r, "<stdin>"));
    }

    /** Flushes sys.stdout and sys.stderr. */
    public void flush() {
        for (String s : new String[] {"stdout", "stderr"}) {
            Object f = sys.getDict().getOrNull(s);
            if (f != null && f != PyNone.NONE) {
                try {
                    Abstract.callMethod(f, "flush");
                } catch (PyException ignored) {
                    // a closed or broken stream at exit is not an error worth reporting
                }
            }
        }
    }

    /** A fresh globals dictionary for a module of the given name. */
    public PyDict newGlobals(String name) {
        PyDict g = new PyDict();
        g.put("__name__", name);
        g.put("__doc__", PyNone.NONE);
        g.put("__package__", PyNone.NONE);
        g.put("__loader__", PyNone.NONE);
        g.put("__spec__", PyNone.NONE);
        g.put("__builtins__", builtins);
        return g;
    }

    // ------------------------------------------------------------------ running code

    // ------------------------------------------------------------------ finalization

    private final java.util.List<Object> finalizers = new java.util.ArrayList<>();

    /**
     * Registers a Python callable to run (without arguments) when the program ends, in
     * {@link #finish}: {@code threading} waits there for its non-daemon threads.
     */
    public void addFinalizer(Object callable) {
        synchronized (finalizers) {
            finalizers.add(callable);
        }
    }

    /**
     * Ends the program as CPython's finalization does: runs the finalizers (last registered
     * first), printing the exceptions they raise. Embedders and the CLI call it once the main
     * program (and any REPL) is done, even after an uncaught exception.
     */
    public void finish() {
        while (true) {
            Object f;
            synchronized (finalizers) {
                if (finalizers.isEmpty()) break;
                f = finalizers.remove(finalizers.size() - 1);
            }
            try {
                Abstract.call(f);
            } catch (PyException e) {
                if (!e.matches(PyExc.SystemExit)) printException(e);
            }
        }
        flush();
    }

    /** Compiles and runs source as the {@code __main__} module. */
    public PyModule runMain(String source, String filename) {
        ModuleCode code = compiler().compile(source, filename, "exec");
        return runMain(code, filename);
    }

    /** Runs compiled code as the {@code __main__} module. */
    public PyModule runMain(ModuleCode code, String filename) {
        PyDict g = newGlobals("__main__");
        if (filename != null) g.put("__file__", filename);
        PyModule main = new PyModule("__main__", g);
        modules.put("__main__", main);
        code.exec(this, g, null);
        return main;
    }

    /** {@code exec(source)} in the given globals/locals. */
    public Object exec(String source, String filename, PyDict globals, Object locals) {
        return compiler().compile(source, filename, "exec").exec(this, globals, locals);
    }

    /** {@code eval(source)} in the given globals/locals. */
    public Object eval(String source, String filename, PyDict globals, Object locals) {
        return compiler().compile(source, filename, "eval").exec(this, globals, locals);
    }

    // ------------------------------------------------------------------ import

    /**
     * {@code __import__(name, globals, locals, fromlist, level)}: imports the module and its
     * parents; returns the top-level package, or the module itself when fromlist is non-empty.
     */
    public Object importName(String name, PyDict globals, Object fromlist, int level) {
        String absolute = level > 0 ? resolveRelative(name, globals, level) : name;
        if (absolute.isEmpty()) throw PyExc.valueError("Empty module name");
        PyModule m = importAbsolute(absolute);
        boolean hasFrom = fromlist != null && fromlist != PyNone.NONE && Abstract.isTrue(fromlist);
        if (hasFrom) {
            // import submodules named in fromlist that are not attributes yet (packages)
            if (m.getDict().getOrNull("__path__") != null) {
                for (Object f : Abstract.toArray(fromlist)) {
                    String n = Abstract.str(f);
                    if (n.equals("*")) continue;
                    if (m.getDict().getOrNull(n) == null) {
                        try {
                            importAbsolute(absolute + "." + n);
                        } catch (PyException e) {
                            // only "there is no such submodule" is quiet (the name may be missing
                            // altogether); an import failing inside the submodule is reported as is
                            if (!e.matches(PyExc.ModuleNotFoundError)) throw e;
                            PyDict attrs = e.value().getDict();
                            Object missing = attrs == null ? null : attrs.getOrNull("name");
                            if (missing != null && !(absolute + "." + n).equals(missing)) throw e;
                        }
                    }
                }
            }
            return m;
        }
        if (level > 0 && name.isEmpty()) return m;
        int dot = absolute.indexOf('.');
        if (dot < 0 || level > 0) {
            if (level > 0) {
                String top = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
                String prefix = absolute.substring(0, absolute.length() - name.length());
                return modules.getOrNull(prefix + top);
            }
            return m;
        }
        return modules.getOrNull(absolute.substring(0, dot));
    }

    private String resolveRelative(String name, PyDict globals, int level) {
        Object pkg = globals == null ? null : globals.getOrNull("__package__");
        String base;
        if (pkg instanceof String s) {
            base = s;
        } else {
            Object modName = globals == null ? null : globals.getOrNull("__name__");
            if (!(modName instanceof String mn)) throw PyExc.importError("attempted relative import with no known parent package");
            base = globals.getOrNull("__path__") != null ? mn : (mn.contains(".") ? mn.substring(0, mn.lastIndexOf('.')) : "");
        }
        if (base.isEmpty()) throw PyExc.importError("attempted relative import with no known parent package");
        for (int i = 1; i < level; i++) {
            int dot = base.lastIndexOf('.');
            if (dot < 0) throw PyExc.importError("attempted relative import beyond top-level package");
            base = base.substring(0, dot);
        }
        return name.isEmpty() ? base : base + "." + name;
    }

    /** Imports a module by absolute dotted name, parents first. */
    public PyModule importAbsolute(String name) {
        Object existing = modules.getOrNull(name);
        if (existing instanceof PyModule m) return m;
        if (existing == PyNone.NONE) {
            throw PyExc.of(PyExc.ModuleNotFoundError, "import of " + name + " halted; None in sys.modules");
        }
        if (existing != null) return asModule(existing, name);
        int dot = name.lastIndexOf('.');
        PyList searchPath = path;
        PyModule parent = null;
        if (dot >= 0) {
            parent = importAbsolute(name.substring(0, dot));
            existing = modules.getOrNull(name);
            if (existing instanceof PyModule m) return m;
            Object pp = parent.getDict().getOrNull("__path__");
            if (!(pp instanceof PyList pl)) {
                throw notFound(name, "; '" + parent.getName() + "' is not a package");
            }
            searchPath = pl;
        }
        PyModule m = load(name, searchPath);
        if (parent != null) parent.getDict().put(name.substring(dot + 1), m);
        return m;
    }

    private static PyModule asModule(Object o, String name) {
        if (o instanceof PyModule m) return m;
        PyModule wrapper = new PyModule(name);
        wrapper.getDict().put("__wrapped__", o);
        return wrapper;
    }

    private PyException notFound(String name, String extra) {
        PyBaseException e = new PyBaseException(PyExc.ModuleNotFoundError, "No module named '" + name + "'" + extra);
        e.getDict().put("name", name);
        e.getDict().put("path", PyNone.NONE);
        e.getDict().put("msg", "No module named '" + name + "'" + extra);
        return new PyException(e);
    }

    private PyModule load(String name, PyList searchPath) {
        Function<Interpreter, PyModule> builtin = builtinModules.get(name);
        if (builtin != null) {
            PyModule m = builtin.apply(this);
            modules.put(name, m);
            return m;
        }
        ModuleCode pre = precompiled.get(name);
        if (pre != null) {
            boolean isPackage = pre.filename.endsWith("__init__.py");
            return execModule(name, pre, pre.filename, isPackage ? java.util.List.of(parentDir(pre.filename)) : null);
        }
        for (Object entry : searchPath.toArray()) {
            String dir = Abstract.str(entry);
            String leaf = name.substring(name.lastIndexOf('.') + 1);
            if (dir.equals(STDLIB_ENTRY) || dir.startsWith(STDLIB_ENTRY + "/")) {
                String rel = dir.length() == STDLIB_ENTRY.length() ? leaf : dir.substring(STDLIB_ENTRY.length() + 1) + "/" + leaf;
                if (stdlibExists(rel + "/__init__.py")) {
                    return execStdlib(name, STDLIB_ENTRY + "/" + rel + "/__init__.py", java.util.List.of(STDLIB_ENTRY + "/" + rel));
                }
                if (stdlibExists(rel + ".py")) return execStdlib(name, STDLIB_ENTRY + "/" + rel + ".py", null);
                continue;
            }
            Path base = Path.of(dir.isEmpty() ? "." : dir);
            Path pkgInit = base.resolve(leaf).resolve("__init__.py");
            if (Files.isRegularFile(pkgInit)) {
                return execSource(name, pkgInit, java.util.List.of(base.resolve(leaf).toString()));
            }
            Path file = base.resolve(leaf + ".py");
            if (Files.isRegularFile(file)) return execSource(name, file, null);
            if (Files.isDirectory(base.resolve(leaf))) {
                // namespace package
                PyModule m = new PyModule(name);
                m.getDict().put("__path__", PyList.of(base.resolve(leaf).toString()));
                m.getDict().put("__package__", name);
                modules.put(name, m);
                return m;
            }
        }
        throw notFound(name, "");
    }

    private static String parentDir(String file) {
        int i = file.lastIndexOf('/');
        return i < 0 ? "." : file.substring(0, i);
    }

    private PyModule execSource(String name, Path file, java.util.List<String> packagePath) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw PyExc.of(PyExc.ImportError, "cannot read " + file + ": " + e.getMessage());
        }
        ModuleCode code = compiler().compileFile(bytes, file.toString());
        return execModule(name, code, file.toString(), packagePath);
    }

    private PyModule execStdlib(String name, String filename, java.util.List<String> packagePath) {
        ModuleCode code = STDLIB_CODE.get(filename);
        if (code == null) {
            byte[] bytes = stdlibSource(filename);
            if (bytes == null) throw PyExc.of(PyExc.ImportError, "cannot read " + filename);
            code = compiler().compileFile(bytes, filename);
            STDLIB_CODE.put(filename, code);
        }
        return execModule(name, code, filename, packagePath);
    }

    private PyModule execModule(String name, ModuleCode code, String filename, java.util.List<String> packagePath) {
        PyDict g = newGlobals(name);
        g.put("__file__", filename);
        if (packagePath != null) {
            g.put("__path__", PyList.of(packagePath.toArray()));
            g.put("__package__", name);
        } else {
            g.put("__package__", name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : "");
        }
        PyModule m = new PyModule(name, g);
        modules.put(name, m);
        try {
            code.exec(this, g, null);
        } catch (RuntimeException e) {
            modules.remove(name);
            throw e;
        }
        Object fin = modules.getOrNull(name);
        return fin instanceof PyModule fm ? fm : m;
    }

    /** Source bytes to text: the compiler's decoder when present, else UTF-8. */
    private String decodeSource(byte[] bytes, String filename) {
        if (compiler instanceof SourceDecoder d) return d.decode(bytes, filename);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** A compiler that also decodes source bytes (BOM, PEP 263 cookie). */
    public interface SourceDecoder {
        String decode(byte[] source, String filename);
    }

    /** {@code sys.exit} status of a SystemExit: prints a non-int code to stderr as CPython does. */
    public int exitStatus(PyException e) {
        Object code = e.value().getDict().getOrNull("code");
        if (code == null) {
            PyTuple args = e.value().getArgs();
            code = args.size() == 0 ? PyNone.NONE : args.get(0);
        }
        if (code == PyNone.NONE) return 0;
        if (code instanceof Long l) return (int) (long) l;
        if (code instanceof Boolean b) return b ? 1 : 0;
        Object err = sys.getDict().getOrNull("stderr");
        if (err != null) {
            Abstract.callMethod(err, "write", Abstract.str(code) + "\n");
        }
        return 1;
    }

    /** Prints an uncaught exception as CPython's default excepthook does. */
    public void printException(PyException e) {
        Object err = sys.getDict().getOrNull("stderr");
        String text = Tracebacks.format(e.value());
        if (err != null && err != PyNone.NONE) {
            Abstract.callMethod(err, "write", text);
            try {
                Abstract.callMethod(err, "flush");
            } catch (PyException ignored) {
                // nothing more can be reported
            }
        } else {
            System.err.print(text);
        }
    }
}
