package org.jyco.jsr223;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.IntBinaryOperator;
import javax.script.Bindings;
import javax.script.Compilable;
import javax.script.CompiledScript;
import javax.script.Invocable;
import javax.script.ScriptContext;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineFactory;
import javax.script.ScriptEngineManager;
import javax.script.ScriptException;
import javax.script.SimpleBindings;
import javax.script.SimpleScriptContext;
import org.junit.jupiter.api.Test;

class JycoScriptEngineTest {
    private final ScriptEngineManager manager = new ScriptEngineManager();

    private ScriptEngine engine() {
        ScriptEngine e = manager.getEngineByName("python");
        assertNotNull(e, "no engine named python");
        return e;
    }

    // ------------------------------------------------------------------ discovery

    @Test
    void foundByNamesExtensionAndMimeType() {
        for (String n : new String[] {"python", "jyco", "py"}) {
            ScriptEngine e = manager.getEngineByName(n);
            assertInstanceOf(JycoScriptEngine.class, e, n);
        }
        assertInstanceOf(JycoScriptEngine.class, manager.getEngineByExtension("py"));
        assertInstanceOf(JycoScriptEngine.class, manager.getEngineByMimeType("text/x-python"));
        assertInstanceOf(JycoScriptEngine.class, manager.getEngineByMimeType("application/x-python"));
        assertNotSame(manager.getEngineByName("python"), manager.getEngineByName("python"));
    }

    @Test
    void factoryDescribesTheLanguage() {
        ScriptEngineFactory f = engine().getFactory();
        assertEquals("python", f.getLanguageName());
        assertEquals("3.11", f.getLanguageVersion());
        assertEquals("Jyco", f.getEngineName());
        assertEquals(List.of("python", "jyco", "py"), f.getNames());
        assertEquals(List.of("py"), f.getExtensions());
        assertEquals(List.of("text/x-python", "application/x-python"), f.getMimeTypes());
        assertEquals("python", f.getParameter(ScriptEngine.LANGUAGE));
        assertEquals("3.11", f.getParameter(ScriptEngine.LANGUAGE_VERSION));
        assertEquals("Jyco", f.getParameter(ScriptEngine.ENGINE));
        assertEquals("python", f.getParameter(ScriptEngine.NAME));
        assertNull(f.getParameter("THREADING"));
        assertEquals("obj.m(a, b)", f.getMethodCallSyntax("obj", "m", "a", "b"));
        assertEquals("print(\"say \\\"hi\\\"\\n\")", f.getOutputStatement("say \"hi\"\n"));
        assertEquals("x = 1\nprint(x)\n", f.getProgram("x = 1", "print(x)"));
    }

    @Test
    void factoryStatementsRun() throws Exception {
        ScriptEngine e = engine();
        ScriptEngineFactory f = e.getFactory();
        StringWriter out = new StringWriter();
        e.getContext().setWriter(out);
        e.eval(f.getProgram("s = 'abc'", f.getOutputStatement("a\\b \"q\"\ttab"), f.getOutputStatement("x") ));
        e.eval(f.getMethodCallSyntax("s", "upper"));
        assertEquals("a\\b \"q\"\ttab\nx\n", out.toString());
        assertEquals("ABC", e.eval(f.getMethodCallSyntax("s", "upper")));
    }

    @Test
    void engineMadeDirectlyByTheFactoryHasNoGlobalScope() throws Exception {
        ScriptEngine e = new JycoScriptEngineFactory().getScriptEngine();
        assertNull(e.getBindings(ScriptContext.GLOBAL_SCOPE));
        e.put("v", 2);
        assertEquals(8L, e.eval("v ** 3"));
        assertSame(e.getFactory().getClass(), JycoScriptEngineFactory.class);
    }

    // ------------------------------------------------------------------ eval

    @Test
    void evalReturnsTheValueOfAnExpression() throws Exception {
        ScriptEngine e = engine();
        assertEquals(3L, e.eval("1 + 2"));
        assertEquals(2.5, e.eval("5 / 2"));
        assertEquals("abcabc", e.eval("'abc' * 2"));
        assertEquals(Boolean.TRUE, e.eval("3 > 2"));
        assertEquals(new BigInteger("1267650600228229401496703205376"), e.eval("2 ** 100"));
        assertNull(e.eval("None"));
        assertNull(e.eval("x = 5"));
        assertEquals(25L, e.eval("x * x"));
        assertNull(e.eval("def f(a):\n    return a * 10\n"));
        assertEquals(70L, e.eval("f(7)"));
        assertEquals(6L, e.eval("  (1 +\n   2 +\n   3)"));
        assertEquals("[1, 2, 3]", e.eval("str([1, 2, 3])"));
        assertNull(e.eval(""));
        assertNull(e.eval("# only a comment\n"));
        assertNull(e.eval("returned = 4\n"));
        assertEquals(4L, e.eval("returned"), "a name, not a return statement");
        assertNull(e.eval("ifx = 5\nifx"), "several statements: exec mode, no value");
        assertEquals(5L, e.get("ifx"));
        assertNull(e.get("nothing_here"));
    }

    @Test
    void evalReader() throws Exception {
        ScriptEngine e = engine();
        assertNull(e.eval(new StringReader("import math\nr = math.sqrt(16)\n")));
        assertEquals(4.0, e.get("r"));
        assertEquals(120L, e.eval(new StringReader("math.factorial(5)")));
    }

    @Test
    void stateSurvivesBetweenEvaluations() throws Exception {
        ScriptEngine e = engine();
        e.eval("counter = 0\ndef bump():\n    global counter\n    counter += 1\n    return counter\n");
        e.eval("bump()");
        e.eval("bump()");
        assertEquals(3L, e.eval("bump()"));
        assertEquals(3L, e.get("counter"));
        assertEquals("__main__", e.eval("__name__"));
    }

    // ------------------------------------------------------------------ bindings

    @Test
    void engineBindingsAreGlobals() throws Exception {
        ScriptEngine e = engine();
        e.put("n", 41);
        e.put("name", "world");
        e.put("ratio", 0.5f);
        e.put("flag", true);
        e.put("big", 7L);
        e.put("nothing", null);
        e.put("ch", 'c');
        List<String> javaList = new ArrayList<>(List.of("a", "b"));
        e.put("jlist", javaList);
        assertEquals(42L, e.eval("n + 1"));
        assertEquals("hello world", e.eval("'hello ' + name"));
        assertEquals("int str float bool int NoneType str", e.eval(
            "' '.join(type(v).__name__ for v in (n, name, ratio, flag, big, nothing, ch))"));
        assertEquals(Boolean.TRUE, e.eval("jlist is jlist and nothing is None and ch == 'c'"));
        assertSame(javaList, e.eval("jlist"));
        assertEquals(1.0, e.eval("ratio * 2"));
    }

    @Test
    void scriptGlobalsAreVisibleInBindings() throws Exception {
        ScriptEngine e = engine();
        e.eval("a = 1\nb = 'two'\nc = [1, 2]\nd = None\n__private__ = 5\n_single = 6\nimport math\ndef f(): pass\n");
        Bindings b = e.getBindings(ScriptContext.ENGINE_SCOPE);
        assertEquals(1L, b.get("a"));
        assertEquals("two", b.get("b"));
        assertEquals("[1, 2]", b.get("c").toString());
        assertTrue(b.containsKey("d"));
        assertNull(b.get("d"));
        assertEquals(6L, b.get("_single"));
        assertFalse(b.containsKey("__private__"));
        assertFalse(b.containsKey("__name__"));
        assertFalse(b.containsKey("__builtins__"));
        assertTrue(b.containsKey("math"));
        assertTrue(b.containsKey("f"));
        e.eval("del a\nb = b.upper()");
        assertFalse(b.containsKey("a"));
        assertEquals("TWO", b.get("b"));
        b.remove("b");
        assertEquals(Boolean.FALSE, e.eval("'b' in globals()"));
        b.put("z", 26);
        assertEquals(27L, e.eval("z + 1"));
    }

    @Test
    void globalScopeIsReadableButNotCopiedIntoEngineScope() throws Exception {
        ScriptEngine e = engine();
        manager.put("shared", 100);
        e.put("local", 1);
        assertEquals(101L, e.eval("shared + local"));
        assertFalse(e.getBindings(ScriptContext.ENGINE_SCOPE).containsKey("shared"));
        manager.put("shared", 200);
        assertEquals(200L, e.eval("shared"));
        e.put("shared", 5);
        assertEquals(5L, e.eval("shared"), "ENGINE_SCOPE wins");
        e.getBindings(ScriptContext.ENGINE_SCOPE).remove("shared");
        assertEquals(200L, e.eval("shared"));
        e.eval("shared = 'mine'");
        assertEquals("mine", e.get("shared"));
        assertEquals(200, manager.get("shared"));
    }

    @Test
    void evalWithSeparateBindings() throws Exception {
        ScriptEngine e = engine();
        Bindings b = new SimpleBindings();
        b.put("x", 10);
        assertEquals(20L, e.eval("x * 2", b));
        e.eval("y = x + 1", b);
        assertEquals(11L, b.get("y"));
        // the engine's globals persist across bindings: definitions stay callable
        e.eval("def twice(v):\n    return 2 * v\n");
        Bindings other = new SimpleBindings();
        other.put("x", 4);
        assertEquals(8L, e.eval("twice(x)", other));
        assertTrue(other.containsKey("twice"));
        other.remove("twice");
        assertThrows(ScriptException.class, () -> e.eval("twice(1)", other), "removed from the bindings it was in");
        // the default bindings still have it (and x = 10, through the shared globals)
        assertEquals(20L, e.eval("twice(x)"));
    }

    @Test
    void evaluationsAreSerialised() throws Exception {
        ScriptEngine e = engine();
        e.eval("total = 0\ndef add(n):\n    global total\n    for i in range(n):\n        total += 1\n");
        Thread[] ts = new Thread[4];
        Throwable[] failure = new Throwable[1];
        for (int i = 0; i < ts.length; i++) {
            ts[i] = new Thread(() -> {
                try {
                    for (int k = 0; k < 50; k++) ((Invocable) e).invokeFunction("add", 100);
                } catch (Throwable t) {
                    failure[0] = t;
                }
            });
            ts[i].start();
        }
        for (Thread t : ts) t.join();
        assertNull(failure[0]);
        assertEquals(20000L, e.eval("total"));
    }

    // ------------------------------------------------------------------ streams

    @Test
    void printGoesToTheContextWriters() throws Exception {
        ScriptEngine e = engine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        e.getContext().setWriter(out);
        e.getContext().setErrorWriter(err);
        e.eval("import sys\nprint('hello', 42)\nprint('x', end='')\nsys.stderr.write('oops\\n')\nsys.stdout.write('!')\n");
        assertEquals("hello 42\nx!", out.toString());
        assertEquals("oops\n", err.toString());
        StringWriter out2 = new StringWriter();
        ScriptContext ctx = new SimpleScriptContext();
        ctx.setWriter(out2);
        ctx.setBindings(e.getBindings(ScriptContext.ENGINE_SCOPE), ScriptContext.ENGINE_SCOPE);
        e.eval("print('to the other context')", ctx);
        assertEquals("to the other context\n", out2.toString());
        assertEquals("hello 42\nx!", out.toString());
    }

    @Test
    void inputReadsTheContextReader() throws Exception {
        ScriptEngine e = engine();
        e.getContext().setReader(new StringReader("first line\nsecond\n"));
        e.getContext().setWriter(new StringWriter());
        assertEquals("first line", e.eval("input()"));
        assertEquals("SECOND", e.eval("input('prompt> ').upper()"));
    }

    // ------------------------------------------------------------------ errors

    @Test
    void pythonExceptionsBecomeScriptExceptions() {
        ScriptEngine e = engine();
        e.getContext().setAttribute(ScriptEngine.FILENAME, "calc.py", ScriptContext.ENGINE_SCOPE);
        ScriptException x = assertThrows(ScriptException.class, () -> e.eval("a = 1\nb = 0\nc = a / b\n"));
        assertEquals(3, x.getLineNumber());
        assertEquals("calc.py", x.getFileName());
        assertTrue(x.getMessage().startsWith("ZeroDivisionError: division by zero"), x.getMessage());
        assertInstanceOf(JycoScriptEngine.PythonTraceback.class, x.getCause());
        assertTrue(((JycoScriptEngine.PythonTraceback) x.getCause()).getPyException().matches(
            org.jyco.runtime.PyExc.ZeroDivisionError));
        assertTrue(x.getCause().getMessage().contains("Traceback (most recent call last):"), x.getCause().getMessage());

        x = assertThrows(ScriptException.class, () -> e.eval("def f(n):\n    if n == 0:\n        raise ValueError('bad n')\n"
            + "    return f(n - 1)\n\nf(3)\n"));
        assertEquals(3, x.getLineNumber());
        assertTrue(x.getMessage().startsWith("ValueError: bad n"), x.getMessage());

        x = assertThrows(ScriptException.class, () -> e.eval("undefined_name + 1"));
        assertEquals(1, x.getLineNumber());
        assertTrue(x.getMessage().startsWith("NameError: name 'undefined_name' is not defined"), x.getMessage());

        x = assertThrows(ScriptException.class, () -> e.eval("class E(Exception): pass\nraise E('custom')\n"));
        assertTrue(x.getMessage().startsWith("E: custom"), x.getMessage());
        assertEquals(2, x.getLineNumber());

        x = assertThrows(ScriptException.class, () -> e.eval("import sys\nsys.exit(3)"));
        assertTrue(x.getMessage().startsWith("SystemExit: 3"), x.getMessage());
    }

    @Test
    void syntaxErrorsCarryTheirPosition() {
        ScriptEngine e = engine();
        ScriptException x = assertThrows(ScriptException.class, () -> e.eval("x = 1\ny = (2 +\nz = 3\n"));
        assertTrue(x.getMessage().startsWith("SyntaxError"), x.getMessage());
        assertTrue(x.getLineNumber() >= 2, "line " + x.getLineNumber());
        x = assertThrows(ScriptException.class, () -> e.eval("def f(:\n    pass"));
        assertEquals(1, x.getLineNumber());
        assertTrue(x.getColumnNumber() > 0);
        assertEquals("<script>", x.getFileName());
    }

    @Test
    void bindingsAreExportedEvenWhenTheScriptFails() {
        ScriptEngine e = engine();
        assertThrows(ScriptException.class, () -> e.eval("before = 1\nraise RuntimeError('x')\nafter = 2\n"));
        assertEquals(1L, e.get("before"));
        assertNull(e.get("after"));
    }

    // ------------------------------------------------------------------ Compilable

    @Test
    void compiledScriptsRunAgain() throws Exception {
        ScriptEngine e = engine();
        Compilable c = (Compilable) e;
        CompiledScript inc = c.compile("count = count + 1 if 'count' in globals() else 1\n");
        CompiledScript get = c.compile("count * 10");
        assertSame(e, inc.getEngine());
        for (int i = 0; i < 5; i++) inc.eval();
        assertEquals(5L, e.get("count"));
        assertEquals(50L, get.eval());
        Bindings b = new SimpleBindings();
        b.put("count", 100);
        assertEquals(1000L, get.eval(b));
        CompiledScript fromReader = c.compile(new StringReader("sum(range(count + 1))"));
        assertEquals(15L, fromReader.eval());
        ScriptException x = assertThrows(ScriptException.class, () -> c.compile("1 +"));
        assertTrue(x.getMessage().startsWith("SyntaxError"), x.getMessage());
        CompiledScript failing = c.compile("x = 1\n1 / 0\n");
        x = assertThrows(ScriptException.class, failing::eval);
        assertEquals(2, x.getLineNumber());
    }

    // ------------------------------------------------------------------ Invocable

    @Test
    void invokeFunctionAndMethod() throws Exception {
        ScriptEngine e = engine();
        e.eval("def add(a, b):\n    return a + b\n"
            + "def greet(name='you'):\n    return 'hi ' + name\n"
            + "class Counter:\n    def __init__(self, start):\n        self.n = start\n"
            + "    def incr(self, by=1):\n        self.n += by\n        return self.n\n"
            + "counter = Counter(10)\n"
            + "def fail():\n    raise KeyError('k')\n");
        Invocable inv = (Invocable) e;
        assertEquals(5L, inv.invokeFunction("add", 2, 3));
        assertEquals("ab", inv.invokeFunction("add", "a", "b"));
        assertEquals(3.5, inv.invokeFunction("add", 1.5, 2));
        assertEquals("hi you", inv.invokeFunction("greet"));
        assertEquals("hi Bob", inv.invokeFunction("greet", "Bob"));
        assertEquals(3L, inv.invokeFunction("len", "abc"), "builtins are callable too");
        Object counter = e.get("counter");
        assertEquals(11L, inv.invokeMethod(counter, "incr"));
        assertEquals(16L, inv.invokeMethod(counter, "incr", 5));
        assertEquals("ABC", inv.invokeMethod("abc", "upper"));
        assertThrows(NoSuchMethodException.class, () -> inv.invokeFunction("nope"));
        assertThrows(NoSuchMethodException.class, () -> inv.invokeMethod(counter, "nope"));
        ScriptException x = assertThrows(ScriptException.class, () -> inv.invokeFunction("fail"));
        assertTrue(x.getMessage().startsWith("KeyError: 'k'"), x.getMessage());
        assertEquals(13, x.getLineNumber());
        e.eval("def setg():\n    global made\n    made = 'yes'\n");
        inv.invokeFunction("setg");
        assertEquals("yes", e.get("made"));
    }

    public interface Calculator {
        int add(int a, int b);

        double half(double x);

        String describe(Object o);

        boolean isEven(long n);

        void sideEffect();

        default String name() {
            return "default-name";
        }
    }

    @Test
    void getInterfaceFromFunctions() throws Exception {
        ScriptEngine e = engine();
        e.eval("calls = []\n"
            + "def add(a, b): return a + b\n"
            + "def half(x): return x / 2\n"
            + "def describe(o): return repr(o)\n"
            + "def isEven(n): return n % 2 == 0\n"
            + "def sideEffect(): calls.append(1)\n");
        Invocable inv = (Invocable) e;
        Calculator c = inv.getInterface(Calculator.class);
        assertNotNull(c);
        assertEquals(7, c.add(3, 4));
        assertEquals(1.25, c.half(2.5));
        assertEquals("'text'", c.describe("text"));
        assertTrue(c.isEven(10));
        assertFalse(c.isEven(7));
        c.sideEffect();
        c.sideEffect();
        assertEquals(2L, e.eval("len(calls)"));
        assertEquals("default-name", c.name());
        e.eval("def name(): return 'python-name'");
        assertEquals("python-name", c.name());
        assertTrue(c.toString().contains("Calculator"));
        assertTrue(c.equals(c));

        Runnable r = inv.getInterface(Runnable.class);
        assertNull(r, "no run() defined");
        e.eval("ran = False\ndef run():\n    global ran\n    ran = True\n");
        r = inv.getInterface(Runnable.class);
        r.run();
        assertEquals(Boolean.TRUE, e.get("ran"));

        IntBinaryOperator op = inv.getInterface(IntBinaryOperator.class);
        assertNull(op);
        e.eval("def applyAsInt(a, b): return a * b");
        assertEquals(42, inv.getInterface(IntBinaryOperator.class).applyAsInt(6, 7));
    }

    @Test
    void getInterfaceFromAnObject() throws Exception {
        ScriptEngine e = engine();
        e.eval("class Task:\n    def __init__(self):\n        self.done = 0\n"
            + "    def run(self):\n        self.done += 1\n"
            + "    def call(self):\n        return 'called %d' % self.done\n"
            + "task = Task()\n");
        Invocable inv = (Invocable) e;
        Object task = e.get("task");
        Runnable r = inv.getInterface(task, Runnable.class);
        r.run();
        r.run();
        @SuppressWarnings("unchecked")
        Callable<Object> c = inv.getInterface(task, Callable.class);
        assertEquals("called 2", c.call());
        assertNull(inv.getInterface(task, Comparable.class));
        e.eval("def bad(): raise ValueError('from python')\nclass R:\n    def run(self): bad()\n");
        Runnable failing = inv.getInterface(e.eval("R()"), Runnable.class);
        RuntimeException x = assertThrows(RuntimeException.class, failing::run);
        assertInstanceOf(ScriptException.class, x.getCause());
        assertTrue(x.getMessage().contains("ValueError: from python"), x.getMessage());
        Callable<?> callFail = inv.getInterface(e.eval("type('C', (), {'call': lambda self: 1 / 0})()"), Callable.class);
        assertThrows(ScriptException.class, callFail::call, "Callable.call declares Exception");
    }

    // ------------------------------------------------------------------ isolation

    @Test
    void enginesShareNoModuleState() throws Exception {
        ScriptEngine a = engine();
        ScriptEngine b = engine();
        a.eval("import sys, math\nsys.marker = 'engine a'\nmath.pi = 3\nx = 'a'\n");
        b.eval("import sys, math");
        assertEquals(Boolean.FALSE, b.eval("hasattr(sys, 'marker')"));
        assertEquals(Math.PI, b.eval("math.pi"));
        assertEquals(3L, a.eval("math.pi"));
        assertNull(b.get("x"));
        assertEquals(Boolean.FALSE, b.eval("'x' in globals()"));
        assertNotSame(((JycoScriptEngine) a).getInterpreter(), ((JycoScriptEngine) b).getInterpreter());
        a.eval("import sys\nsys.modules['fake'] = sys\n");
        ScriptException x = assertThrows(ScriptException.class, () -> b.eval("import fake"));
        assertTrue(x.getMessage().startsWith("ModuleNotFoundError"), x.getMessage());
    }

    @Test
    void stdlibModulesAreAvailable() throws Exception {
        ScriptEngine e = engine();
        assertNull(e.eval("import math\nv = math.hypot(3, 4)\n"));
        assertEquals(5.0, e.get("v"));
        assertEquals(1970L, e.eval("__import__('time').gmtime(0).tm_year"));
    }

    @Test
    void argvFromTheContext() throws Exception {
        ScriptEngine e = engine();
        e.getContext().setAttribute(ScriptEngine.ARGV, new String[] {"one", "two"}, ScriptContext.ENGINE_SCOPE);
        e.getContext().setAttribute(ScriptEngine.FILENAME, "prog.py", ScriptContext.ENGINE_SCOPE);
        assertEquals("['prog.py', 'one', 'two']", e.eval("str(__import__('sys').argv)"));
    }
}
