package org.jyco.jsr223;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.script.AbstractScriptEngine;
import javax.script.Bindings;
import javax.script.Compilable;
import javax.script.CompiledScript;
import javax.script.Invocable;
import javax.script.ScriptContext;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineFactory;
import javax.script.ScriptException;
import javax.script.SimpleBindings;
import org.jyco.compiler.JycoCompiler;
import org.jyco.runtime.Abstract;
import org.jyco.runtime.Interpreter;
import org.jyco.runtime.ModuleCode;
import org.jyco.runtime.PyBaseException;
import org.jyco.runtime.PyException;
import org.jyco.runtime.PyExc;
import org.jyco.runtime.PyModule;
import org.jyco.runtime.PyNone;
import org.jyco.runtime.Tracebacks;
import org.jyco.runtime.types.PyDict;
import org.jyco.runtime.types.PyList;
import org.jyco.runtime.types.PyLong;

/**
 * A javax.script engine running Python with Jyco. Each engine owns one {@link Interpreter} (so
 * engines share no module state) and one {@code __main__} module whose dictionary is the
 * global namespace of every script it evaluates.
 *
 * <p>Before a script runs, the context's GLOBAL_SCOPE bindings and then its ENGINE_SCOPE
 * bindings are copied into the globals (ENGINE_SCOPE wins); afterwards the script's globals,
 * except dunder names, are copied back into ENGINE_SCOPE, and names the script deleted are
 * removed from it. Values pass as they are: Java objects are Python objects (Integer, Short,
 * Byte, Float and Character become int, float and str; null is None), and Python objects are
 * Java objects (int is Long or BigInteger, float Double, str String, None null).
 *
 * <p>print() goes to the context's writer and sys.stderr to its error writer. eval returns the
 * value of a script that is a single expression, else null. Python exceptions become
 * {@link ScriptException}s with the "Type: message" line, the file name and the line number.
 * Evaluations of one engine are serialised.
 */
public final class JycoScriptEngine extends AbstractScriptEngine implements Compilable, Invocable {
    private static final String DEFAULT_FILENAME = "<script>";

    private final JycoScriptEngineFactory factory;
    private final Interpreter interp;
    private final JycoCompiler compiler = new JycoCompiler();
    private final PyDict globals;
    /** Names last copied out to (or in from) the ENGINE_SCOPE bindings, to notice their removal. */
    private final Set<String> exported = new HashSet<>();
    /** The ENGINE_SCOPE bindings {@link #exported} refers to. */
    private java.lang.ref.WeakReference<Bindings> lastBindings;
    private Writer lastOut, lastErr;
    private Reader lastIn;

    JycoScriptEngine(JycoScriptEngineFactory factory) {
        this.factory = factory;
        this.interp = new Interpreter(System.in, System.out, System.err);
        interp.setCompiler(compiler);
        this.globals = interp.newGlobals("__main__");
        PyModule main = new PyModule("__main__", globals);
        interp.modules().put("__main__", main);
    }

    /** The interpreter this engine runs scripts in. */
    public Interpreter getInterpreter() {
        return interp;
    }

    @Override
    public ScriptEngineFactory getFactory() {
        return factory;
    }

    @Override
    public Bindings createBindings() {
        return new SimpleBindings();
    }

    // ================================================================== eval

    @Override
    public Object eval(Reader reader, ScriptContext context) throws ScriptException {
        return eval(readAll(reader), context);
    }

    @Override
    public synchronized Object eval(String script, ScriptContext context) throws ScriptException {
        String filename = filename(context);
        Compiled c = compileScript(script, filename);
        return run(c, context);
    }

    private static String readAll(Reader reader) throws ScriptException {
        StringBuilder sb = new StringBuilder();
        char[] buf = new char[8192];
        try {
            for (int n; (n = reader.read(buf)) >= 0; ) sb.append(buf, 0, n);
        } catch (IOException e) {
            throw new ScriptException(e);
        }
        return sb.toString();
    }

    private static String filename(ScriptContext context) {
        Object f = context.getAttribute(ScriptEngine.FILENAME);
        return f instanceof String s && !s.isEmpty() ? s : DEFAULT_FILENAME;
    }

    /** A script compiled in "eval" mode when it is one expression, else in "exec" mode. */
    private record Compiled(ModuleCode code, boolean expression, String filename) {}

    private Compiled compileScript(String script, String filename) throws ScriptException {
        try {
            if (looksLikeExpression(script)) {
                try {
                    // as the eval() built-in does, leading spaces and tabs do not count as indentation
                    String expr = script.replaceFirst("^[ \\t]+", "");
                    return new Compiled(compiler.compile(expr, filename, "eval"), true, filename);
                } catch (PyException e) {
                    if (!e.matches(PyExc.SyntaxError)) throw e;
                }
            }
            return new Compiled(compiler.compile(script, filename, "exec"), false, filename);
        } catch (PyException e) {
            throw scriptException(e, filename);
        }
    }

    private static final java.util.regex.Pattern STATEMENT = java.util.regex.Pattern.compile(
        "(?s)\\s*(@|(def|class|import|from|if|for|while|with|try|return|global|nonlocal|del|pass|raise|assert|async|break"
        + "|continue)(?![\\w.]))");

    /** A cheap pre-check sparing the "eval" attempt for scripts that clearly begin with a statement. */
    private static boolean looksLikeExpression(String s) {
        return !s.isBlank() && !STATEMENT.matcher(s).lookingAt();
    }

    private Object run(Compiled c, ScriptContext context) throws ScriptException {
        importBindings(context);
        try {
            Object r = c.code.exec(interp, globals, null);
            return c.expression ? toJava(r) : null;
        } catch (PyException e) {
            throw scriptException(e, c.filename);
        } catch (RuntimeException | StackOverflowError e) {
            throw scriptException(PyExc.fromThrowable(e), c.filename);
        } finally {
            interp.flush();
            exportBindings(context);
        }
    }

    // ================================================================== bindings

    private static boolean isPythonName(String k) {
        if (k == null || k.isEmpty() || !Character.isUnicodeIdentifierStart(k.codePointAt(0)) && k.charAt(0) != '_') return false;
        for (int i = 0; i < k.length(); ) {
            int cp = k.codePointAt(i);
            if (!Character.isUnicodeIdentifierPart(cp) || Character.isIdentifierIgnorable(cp)) return false;
            i += Character.charCount(cp);
        }
        return true;
    }

    private static boolean isDunder(String k) {
        return k.length() > 4 && k.startsWith("__") && k.endsWith("__");
    }

    /** Values copied in from GLOBAL_SCOPE in this evaluation, not to be copied out again. */
    private final Map<String, Object> fromGlobalScope = new HashMap<>();

    private void importBindings(ScriptContext context) {
        setStreams(context);
        Bindings engine = context.getBindings(ScriptContext.ENGINE_SCOPE);
        Bindings global = context.getBindings(ScriptContext.GLOBAL_SCOPE);
        // names the embedder removed from these bindings since they were last used
        Bindings last = lastBindings == null ? null : lastBindings.get();
        if (engine != null && engine == last) {
            for (String k : exported) {
                if (!engine.containsKey(k)) globals.remove(k);
            }
        }
        exported.clear();
        lastBindings = engine == null ? null : new java.lang.ref.WeakReference<>(engine);
        fromGlobalScope.clear();
        if (global != null) {
            for (Map.Entry<String, Object> e : global.entrySet()) {
                String k = e.getKey();
                if (!isPythonName(k) || isDunder(k) || (engine != null && engine.containsKey(k))) continue;
                Object v = toPython(e.getValue());
                globals.put(k, v);
                fromGlobalScope.put(k, v);
            }
        }
        if (engine != null) {
            for (Map.Entry<String, Object> e : engine.entrySet()) {
                String k = e.getKey();
                if (!isPythonName(k) || isDunder(k)) continue;
                globals.put(k, toPython(e.getValue()));
                exported.add(k);
            }
        }
    }

    private void exportBindings(ScriptContext context) {
        Bindings engine = context.getBindings(ScriptContext.ENGINE_SCOPE);
        if (engine == null) return;
        Set<String> now = new HashSet<>();
        for (Map.Entry<Object, Object> e : globals.entrySet()) {
            if (!(e.getKey() instanceof String k) || isDunder(k) || !isPythonName(k)) continue;
            Object v = e.getValue();
            Object g = fromGlobalScope.get(k);
            if (g != null && g == v && !exported.contains(k)) continue;
            now.add(k);
            engine.put(k, toJava(v));
        }
        for (String k : exported) {
            if (!now.contains(k)) engine.remove(k);
        }
        // names copied in from GLOBAL_SCOPE and left alone stay out of ENGINE_SCOPE
        for (String k : fromGlobalScope.keySet()) {
            if (!now.contains(k) && globals.getOrNull(k) == fromGlobalScope.get(k)) globals.remove(k);
        }
        exported.clear();
        exported.addAll(now);
    }

    private void setStreams(ScriptContext context) {
        Writer out = context.getWriter();
        if (out != null && out != lastOut) {
            interp.setStdout(out);
            lastOut = out;
        }
        Writer err = context.getErrorWriter();
        if (err != null && err != lastErr) {
            interp.setStderr(err);
            lastErr = err;
        }
        Reader in = context.getReader();
        if (in != null && in != lastIn) {
            interp.setStdin(in);
            lastIn = in;
        }
        Object argv = context.getAttribute(ScriptEngine.ARGV);
        if (argv instanceof String[] args) {
            Object[] a = new Object[args.length + 1];
            a[0] = filename(context);
            System.arraycopy(args, 0, a, 1, args.length);
            interp.sys().getDict().put("argv", PyList.of(a));
        }
    }

    /** A Java value as the Python object scripts see. */
    static Object toPython(Object v) {
        if (v == null) return PyNone.NONE;
        if (v instanceof Integer || v instanceof Short || v instanceof Byte) return ((Number) v).longValue();
        if (v instanceof BigInteger b) return PyLong.normalize(b);
        if (v instanceof Float f) return f.doubleValue();
        if (v instanceof Character c) return String.valueOf(c);
        return v;
    }

    /** A Python object as the Java value callers see: None is null, the rest as it is. */
    static Object toJava(Object v) {
        return v == PyNone.NONE ? null : v;
    }

    // ================================================================== errors

    private ScriptException scriptException(PyException e, String filename) {
        PyBaseException v = e.value();
        String message = Tracebacks.formatExceptionOnly(v).strip();
        int line = -1, column = -1;
        String file = filename;
        if (e.matches(PyExc.SyntaxError)) {
            Object ln = v.getDict().getOrNull("lineno");
            Object off = v.getDict().getOrNull("offset");
            Object fn = v.getDict().getOrNull("filename");
            if (ln instanceof Long l) line = (int) (long) l;
            if (off instanceof Long o) column = (int) (long) o;
            if (fn instanceof String f) file = f;
            Object msg = v.getDict().getOrNull("msg");
            message = "SyntaxError: " + (msg == null ? v.message() : Abstract.str(msg));
        } else {
            List<PyBaseException.TracebackEntry> tb = v.traceback();
            for (int i = tb.size() - 1; i >= 0; i--) {
                if (tb.get(i).filename().equals(filename)) {
                    line = tb.get(i).line();
                    break;
                }
            }
            if (line < 0 && !tb.isEmpty()) {
                PyBaseException.TracebackEntry last = tb.get(tb.size() - 1);
                line = last.line();
                file = last.filename();
            }
        }
        ScriptException se = new ScriptException(message, file, line, column);
        se.initCause(new PythonTraceback(Tracebacks.format(v), e));
        return se;
    }

    /** The cause of a ScriptException: the Python traceback as its message, the PyException as its cause. */
    public static final class PythonTraceback extends RuntimeException {
        private final PyException exception;

        PythonTraceback(String traceback, PyException exception) {
            super(traceback.stripTrailing(), exception, false, false);
            this.exception = exception;
        }

        /** The Python exception. */
        public PyException getPyException() {
            return exception;
        }
    }

    // ================================================================== Compilable

    @Override
    public CompiledScript compile(String script) throws ScriptException {
        Compiled c = compileScript(script, filename(context));
        return new CompiledScript() {
            @Override
            public Object eval(ScriptContext ctx) throws ScriptException {
                synchronized (JycoScriptEngine.this) {
                    return run(c, ctx);
                }
            }

            @Override
            public ScriptEngine getEngine() {
                return JycoScriptEngine.this;
            }
        };
    }

    @Override
    public CompiledScript compile(Reader script) throws ScriptException {
        return compile(readAll(script));
    }

    // ================================================================== Invocable

    @Override
    public synchronized Object invokeFunction(String name, Object... args) throws ScriptException, NoSuchMethodException {
        if (name == null) throw new NullPointerException("function name is null");
        importBindings(context);
        try {
            Object f = globals.getOrNull(name);
            if (f == null) f = interp.builtins().getDict().getOrNull(name);
            if (f == null || !Abstract.isCallable(f)) throw new NoSuchMethodException("no function " + name);
            return call(f, args);
        } finally {
            interp.flush();
            exportBindings(context);
        }
    }

    @Override
    public synchronized Object invokeMethod(Object thiz, String name, Object... args) throws ScriptException, NoSuchMethodException {
        if (thiz == null) throw new IllegalArgumentException("receiver is null");
        if (name == null) throw new NullPointerException("method name is null");
        importBindings(context);
        try {
            Object m;
            try {
                m = Abstract.getAttrOrNull(toPython(thiz), name);
            } catch (PyException e) {
                throw scriptException(e, filename(context));
            }
            if (m == null || !Abstract.isCallable(m)) throw new NoSuchMethodException("no method " + name);
            return call(m, args);
        } finally {
            interp.flush();
            exportBindings(context);
        }
    }

    private Object call(Object f, Object[] args) throws ScriptException {
        Object[] a = new Object[args == null ? 0 : args.length];
        for (int i = 0; i < a.length; i++) a[i] = toPython(args[i]);
        try {
            return toJava(Abstract.call(f, a));
        } catch (PyException e) {
            throw scriptException(e, filename(context));
        } catch (RuntimeException | StackOverflowError e) {
            throw scriptException(PyExc.fromThrowable(e), filename(context));
        }
    }

    @Override
    public <T> T getInterface(Class<T> clasz) {
        return makeInterface(null, clasz);
    }

    @Override
    public <T> T getInterface(Object thiz, Class<T> clasz) {
        if (thiz == null) throw new IllegalArgumentException("receiver is null");
        return makeInterface(thiz, clasz);
    }

    private synchronized <T> T makeInterface(Object thiz, Class<T> clasz) {
        if (clasz == null || !clasz.isInterface()) throw new IllegalArgumentException("not an interface: " + clasz);
        for (Method m : clasz.getMethods()) {
            if (Modifier.isStatic(m.getModifiers()) || m.isDefault()) continue;
            if (lookup(thiz, m.getName()) == null) return null;
        }
        InvocationHandler h = (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                switch (method.getName()) {
                    case "equals": return proxy == args[0];
                    case "hashCode": return System.identityHashCode(proxy);
                    case "toString": return "Python implementation of " + clasz.getName();
                    default: throw new UnsupportedOperationException(method.getName());
                }
            }
            Object r;
            synchronized (JycoScriptEngine.this) {
                if (method.isDefault() && lookup(thiz, method.getName()) == null) {
                    return InvocationHandler.invokeDefault(proxy, method, args);
                }
                try {
                    r = thiz == null ? invokeFunction(method.getName(), args) : invokeMethod(thiz, method.getName(), args);
                } catch (ScriptException e) {
                    for (Class<?> x : method.getExceptionTypes()) {
                        if (x.isInstance(e)) throw e;
                    }
                    throw new RuntimeException(e.getMessage(), e);
                }
            }
            return convertReturn(r, method.getReturnType());
        };
        return clasz.cast(Proxy.newProxyInstance(clasz.getClassLoader(), new Class<?>[] {clasz}, h));
    }

    private Object lookup(Object thiz, String name) {
        if (thiz == null) {
            importBindings(context);
            Object f = globals.getOrNull(name);
            return f != null && Abstract.isCallable(f) ? f : null;
        }
        try {
            Object m = Abstract.getAttrOrNull(toPython(thiz), name);
            return m != null && Abstract.isCallable(m) ? m : null;
        } catch (PyException e) {
            return null;
        }
    }

    private static final Map<Class<?>, Class<?>> BOXES = new IdentityHashMap<>();

    static {
        BOXES.put(int.class, Integer.class);
        BOXES.put(long.class, Long.class);
        BOXES.put(double.class, Double.class);
        BOXES.put(float.class, Float.class);
        BOXES.put(short.class, Short.class);
        BOXES.put(byte.class, Byte.class);
        BOXES.put(char.class, Character.class);
        BOXES.put(boolean.class, Boolean.class);
    }

    /** A Python result as a value of a Java method's return type. */
    static Object convertReturn(Object r, Class<?> type) {
        if (type == void.class) return null;
        Class<?> t = type.isPrimitive() ? BOXES.get(type) : type;
        if (r == null) {
            if (type.isPrimitive()) throw new ClassCastException("None returned where " + type.getName() + " is expected");
            return null;
        }
        if (t.isInstance(r)) return r;
        if (t == Integer.class || t == Long.class || t == Short.class || t == Byte.class) {
            Object i = PyLong.asInt(r);
            if (i == null) i = Abstract.index(r);
            BigInteger b = PyLong.big(i);
            if (t == Long.class) return b.longValueExact();
            if (t == Integer.class) return b.intValueExact();
            if (t == Short.class) return b.shortValueExact();
            return b.byteValueExact();
        }
        if (t == Double.class) return Abstract.asDouble(r);
        if (t == Float.class) return (float) Abstract.asDouble(r);
        if (t == Boolean.class) return Abstract.isTrue(r);
        if (t == Character.class && r instanceof String s && s.length() == 1) return s.charAt(0);
        if (t == String.class) return Abstract.str(r);
        if (t == BigInteger.class) return PyLong.big(Abstract.index(r));
        throw new ClassCastException("cannot convert " + org.jyco.runtime.PyType.of(r).getName() + " to " + type.getName());
    }
}
