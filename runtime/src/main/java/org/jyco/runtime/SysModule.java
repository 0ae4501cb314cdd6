package org.jyco.runtime;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.jyco.runtime.types.PyDict;
import org.jyco.runtime.types.PyList;
import org.jyco.runtime.types.PyTuple;

/** The {@code sys} module: per-interpreter state made visible to Python. */
public final class SysModule {
    private SysModule() {}

    private static final PyType VERSION_INFO =
        StructSeq.newType("sys", "version_info", "major", "minor", "micro", "releaselevel", "serial");
    private static final PyType FLOAT_INFO = StructSeq.newType("sys", "float_info", "max", "max_exp", "max_10_exp",
        "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds");
    private static final PyType INT_INFO = StructSeq.newType("sys", "int_info", "bits_per_digit", "sizeof_digit",
        "default_max_str_digits", "str_digits_check_threshold");
    private static final PyType HASH_INFO = StructSeq.newType("sys", "hash_info", "width", "modulus", "inf", "nan",
        "imag", "algorithm", "hash_bits", "seed_bits", "cutoff");

    static PyModule create(Interpreter interp, InputStream in, PrintStream out, PrintStream err) {
        PyModule sys = new PyModule("sys");
        PyDict d = sys.getDict();
        d.put("modules", interp.modules());
        d.put("path", interp.path());
        d.put("argv", PyList.of(""));
        d.put("stdout", new PyTextIO(new OutputStreamWriter(out, StandardCharsets.UTF_8), "<stdout>"));
        d.put("stderr", new PyTextIO(new OutputStreamWriter(err, StandardCharsets.UTF_8), "<stderr>"));
        d.put("stdin", new PyTextIO(new InputStreamReader(in, StandardCharsets.UTF_8), "<stdin>"));
        d.put("__stdout__", d.getOrNull("stdout"));
        d.put("__stderr__", d.getOrNull("stderr"));
        d.put("__stdin__", d.getOrNull("stdin"));
        d.put("version", "3.11.0 (Jyco) [Java " + System.getProperty("java.version") + "]");
        d.put("version_info", StructSeq.of(VERSION_INFO, 3L, 11L, 0L, "final", 0L));
        d.put("float_info", StructSeq.of(FLOAT_INFO, Double.MAX_VALUE, 1024L, 308L, Double.MIN_NORMAL, -1021L, -307L,
            15L, 53L, Math.ulp(1.0), 2L, 1L));
        d.put("int_info", StructSeq.of(INT_INFO, 30L, 4L, 640L, 4300L));
        d.put("hash_info", StructSeq.of(HASH_INFO, 64L, 2305843009213693951L, 314159L, 0L, 1000003L, "siphash13", 64L,
            128L, 0L));
        d.put("hexversion", 0x030b00f0L);
        d.put("platform", System.getProperty("os.name", "").toLowerCase().startsWith("windows") ? "win32"
            : System.getProperty("os.name", "").toLowerCase().startsWith("mac") ? "darwin" : "linux");
        d.put("byteorder", "little");
        d.put("maxsize", Long.MAX_VALUE);
        d.put("maxunicode", 0x10ffffL);
        d.put("executable", "jyco");
        // the installation prefix: where the Jyco jar lives (Jyco has no lib/pythonX.Y tree)
        String prefix = jycoHome();
        d.put("prefix", prefix);
        d.put("base_prefix", prefix);
        d.put("exec_prefix", prefix);
        d.put("base_exec_prefix", prefix);
        d.put("platlibdir", "lib");
        d.put("abiflags", "");
        d.put("pycache_prefix", PyNone.NONE);
        PyModule impl = new PyModule("jyco");
        d.put("implementation", impl);
        impl.getDict().put("name", "jyco");
        impl.getDict().put("cache_tag", "jyco-311");
        impl.getDict().put("version", d.getOrNull("version_info"));
        impl.getDict().put("hexversion", d.getOrNull("hexversion"));
        String arch = System.getProperty("os.arch", "");
        impl.getDict().put("_multiarch", (arch.equals("amd64") ? "x86_64" : arch) + "-linux-gnu");
        d.put("builtin_module_names", PyTuple.of("builtins", "sys"));
        d.put("dont_write_bytecode", true);
        d.put("warnoptions", new PyList());
        d.put("meta_path", new PyList());
        d.put("path_hooks", new PyList());
        d.put("path_importer_cache", new PyDict());
        sys.addFunctions(SysModule.class);
        return sys;
    }

    @Exposed.Method(name = "exit", params = {"status=None", "/"})
    public static Object exit(Object status) {
        throw PyExc.of(PyExc.SystemExit, status);
    }

    @Exposed.Method(name = "getrecursionlimit")
    public static Object getrecursionlimit() {
        return (long) ThreadState.current().limit;
    }

    @Exposed.Method(name = "setrecursionlimit", params = {"limit", "/"})
    public static Object setrecursionlimit(Object limit) {
        long l = Abstract.asLong(limit);
        if (l < 1) throw PyExc.valueError("recursion limit must be greater or equal than 1");
        ThreadState s = ThreadState.current();
        if (l <= s.depth) {
            throw PyExc.recursionError("cannot set the recursion limit to " + l + " at the recursion depth " + s.depth
                + ": the limit is too low");
        }
        s.limit = (int) Math.min(l, Integer.MAX_VALUE);
        return PyNone.NONE;
    }

    @Exposed.Method(name = "getsizeof", params = {"object", "default=?", "/"})
    public static Object getsizeof(Object o, Object dflt) {
        return 64L;
    }

    @Exposed.Method(name = "intern", params = {"string", "/"})
    public static Object intern(Object s) {
        return ((String) s).intern();
    }

    @Exposed.Method(name = "getdefaultencoding")
    public static Object getdefaultencoding() {
        return "utf-8";
    }

    @Exposed.Method(name = "getfilesystemencoding")
    public static Object getfilesystemencoding() {
        return "utf-8";
    }

    @Exposed.Method(name = "get_int_max_str_digits")
    public static Object getIntMaxStrDigits() {
        return 4300L;
    }

    @Exposed.Method(name = "exc_info")
    public static Object excInfo() {
        PyException h = ThreadState.current().handled;
        if (h == null) return PyTuple.of(PyNone.NONE, PyNone.NONE, PyNone.NONE);
        return PyTuple.of(h.type(), h.value(), Traceback.of(h.value()));
    }

    @Exposed.Method(name = "exception")
    public static Object exception() {
        PyException h = ThreadState.current().handled;
        return h == null ? PyNone.NONE : h.value();
    }

    @Exposed.Method(name = "_getframe", params = {"depth=0", "/"})
    public static Object getframe(Object depth) {
        // depth 0 is the caller of _getframe: the innermost Python frame
        return PyFrame.get((int) Abstract.asLong(depth));
    }

    private static String jycoHome() {
        try {
            java.nio.file.Path p = java.nio.file.Path.of(SysModule.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            java.nio.file.Path dir = p.getParent();
            return dir == null ? "" : dir.toString();
        } catch (Exception | LinkageError e) {
            return "";
        }
    }

    /**
     * Jyco's own: the text of a source file as tracebacks show it, a standard module written in
     * Python ({@code <jyco-stdlib>/...}) included; None if it cannot be read. For linecache.
     */
    @Exposed.Method(name = "_jyco_source", params = {"filename", "/"})
    public static Object jycoSource(Object filename) {
        if (!(filename instanceof String f)) return PyNone.NONE;
        byte[] stdlib = Interpreter.stdlibSource(f);
        if (stdlib != null) return new String(stdlib, java.nio.charset.StandardCharsets.UTF_8);
        return PyNone.NONE;
    }
}
