package org.jyco.runtime;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The built-in exception types (CPython's {@code PyExc_*}) and factories for raising them. The
 * factories return the Java throwable, so call sites read {@code throw PyExc.typeError(...)}.
 */
public final class PyExc {
    private PyExc() {}

    private static final Map<String, PyType> ALL = new LinkedHashMap<>();

    private static PyType sub(String name, PyType base) {
        PyType t = PyType.newBuiltin(name, base, PyBaseException.class, null, "builtins");
        ALL.put(name, t);
        return t;
    }

    public static final PyType BaseException;

    static {
        BaseException = PyType.newBuiltin("BaseException", PyType.OBJECT, PyBaseException.class,
            PyBaseExceptionMethods.class, "builtins");
        ALL.put("BaseException", BaseException);
    }

    public static final PyType BaseExceptionGroup;

    static {
        BaseExceptionGroup = PyType.newBuiltin("BaseExceptionGroup", BaseException, PyBaseExceptionGroup.class,
            PyBaseExceptionGroup.class, "builtins");
        ALL.put("BaseExceptionGroup", BaseExceptionGroup);
    }

    public static final PyType GeneratorExit = sub("GeneratorExit", BaseException);
    public static final PyType KeyboardInterrupt = sub("KeyboardInterrupt", BaseException);
    public static final PyType SystemExit = sub("SystemExit", BaseException);
    public static final PyType Exception = sub("Exception", BaseException);
    /** {@code class ExceptionGroup(BaseExceptionGroup, Exception)}. */
    public static final PyType ExceptionGroup;

    static {
        ExceptionGroup = new PyType("ExceptionGroup", new PyType[] {BaseExceptionGroup, Exception},
            PyBaseExceptionGroup.class, null, true);
        ExceptionGroup.dict().put("__module__", "builtins");
        ALL.put("ExceptionGroup", ExceptionGroup);
    }

    public static final PyType ArithmeticError = sub("ArithmeticError", Exception);
    public static final PyType FloatingPointError = sub("FloatingPointError", ArithmeticError);
    public static final PyType OverflowError = sub("OverflowError", ArithmeticError);
    public static final PyType ZeroDivisionError = sub("ZeroDivisionError", ArithmeticError);
    public static final PyType AssertionError = sub("AssertionError", Exception);
    public static final PyType AttributeError = sub("AttributeError", Exception);
    public static final PyType BufferError = sub("BufferError", Exception);
    public static final PyType EOFError = sub("EOFError", Exception);
    public static final PyType ImportError = sub("ImportError", Exception);
    public static final PyType ModuleNotFoundError = sub("ModuleNotFoundError", ImportError);
    public static final PyType LookupError = sub("LookupError", Exception);
    public static final PyType IndexError = sub("IndexError", LookupError);
    public static final PyType KeyError = sub("KeyError", LookupError);
    public static final PyType MemoryError = sub("MemoryError", Exception);
    public static final PyType NameError = sub("NameError", Exception);
    public static final PyType UnboundLocalError = sub("UnboundLocalError", NameError);
    public static final PyType OSError = sub("OSError", Exception);
    public static final PyType BlockingIOError = sub("BlockingIOError", OSError);
    public static final PyType ChildProcessError = sub("ChildProcessError", OSError);
    public static final PyType ConnectionError = sub("ConnectionError", OSError);
    public static final PyType BrokenPipeError = sub("BrokenPipeError", ConnectionError);
    public static final PyType ConnectionAbortedError = sub("ConnectionAbortedError", ConnectionError);
    public static final PyType ConnectionRefusedError = sub("ConnectionRefusedError", ConnectionError);
    public static final PyType ConnectionResetError = sub("ConnectionResetError", ConnectionError);
    public static final PyType FileExistsError = sub("FileExistsError", OSError);
    public static final PyType FileNotFoundError = sub("FileNotFoundError", OSError);
    public static final PyType InterruptedError = sub("InterruptedError", OSError);
    public static final PyType IsADirectoryError = sub("IsADirectoryError", OSError);
    public static final PyType NotADirectoryError = sub("NotADirectoryError", OSError);
    public static final PyType PermissionError = sub("PermissionError", OSError);
    public static final PyType ProcessLookupError = sub("ProcessLookupError", OSError);
    public static final PyType TimeoutError = sub("TimeoutError", OSError);
    public static final PyType ReferenceError = sub("ReferenceError", Exception);
    public static final PyType RuntimeError = sub("RuntimeError", Exception);
    public static final PyType NotImplementedError = sub("NotImplementedError", RuntimeError);
    public static final PyType RecursionError = sub("RecursionError", RuntimeError);
    public static final PyType StopAsyncIteration = sub("StopAsyncIteration", Exception);
    public static final PyType StopIteration = sub("StopIteration", Exception);
    public static final PyType SyntaxError = sub("SyntaxError", Exception);
    public static final PyType IndentationError = sub("IndentationError", SyntaxError);
    public static final PyType TabError = sub("TabError", IndentationError);
    public static final PyType SystemError = sub("SystemError", Exception);
    public static final PyType TypeError = sub("TypeError", Exception);
    public static final PyType ValueError = sub("ValueError", Exception);
    public static final PyType UnicodeError = sub("UnicodeError", ValueError);
    public static final PyType UnicodeDecodeError = sub("UnicodeDecodeError", UnicodeError);
    public static final PyType UnicodeEncodeError = sub("UnicodeEncodeError", UnicodeError);
    public static final PyType UnicodeTranslateError = sub("UnicodeTranslateError", UnicodeError);
    public static final PyType Warning = sub("Warning", Exception);
    public static final PyType BytesWarning = sub("BytesWarning", Warning);
    public static final PyType DeprecationWarning = sub("DeprecationWarning", Warning);
    public static final PyType EncodingWarning = sub("EncodingWarning", Warning);
    public static final PyType FutureWarning = sub("FutureWarning", Warning);
    public static final PyType ImportWarning = sub("ImportWarning", Warning);
    public static final PyType PendingDeprecationWarning = sub("PendingDeprecationWarning", Warning);
    public static final PyType ResourceWarning = sub("ResourceWarning", Warning);
    public static final PyType RuntimeWarning = sub("RuntimeWarning", Warning);
    public static final PyType SyntaxWarning = sub("SyntaxWarning", Warning);
    public static final PyType UnicodeWarning = sub("UnicodeWarning", Warning);
    public static final PyType UserWarning = sub("UserWarning", Warning);

    /** Every built-in exception type by name, for the builtins module. */
    public static Map<String, PyType> all() {
        return ALL;
    }

    // ------------------------------------------------------------------ raising

    /** A new exception of type {@code t} with the given args, as the throwable to raise. */
    public static PyException of(PyType t, Object... args) {
        PyBaseException e = new PyBaseException(t, args);
        PyBaseExceptionMethods.init(e, args, null);
        return new PyException(e);
    }

    public static PyException typeError(String msg) { return of(TypeError, msg); }
    public static PyException valueError(String msg) { return of(ValueError, msg); }
    public static PyException attributeError(String msg) { return of(AttributeError, msg); }
    public static PyException nameError(String msg) { return of(NameError, msg); }
    public static PyException indexError(String msg) { return of(IndexError, msg); }
    public static PyException keyError(Object key) { return of(KeyError, key); }
    public static PyException zeroDivision(String msg) { return of(ZeroDivisionError, msg); }
    public static PyException overflow(String msg) { return of(OverflowError, msg); }
    public static PyException runtimeError(String msg) { return of(RuntimeError, msg); }
    public static PyException recursionError(String msg) { return of(RecursionError, msg); }
    public static PyException assertionError(Object msg) { return msg == null ? of(AssertionError) : of(AssertionError, msg); }
    public static PyException importError(String msg) { return of(ImportError, msg); }
    public static PyException systemError(String msg) { return of(SystemError, msg); }
    public static PyException osError(String msg) { return of(OSError, msg); }

    /** A feature Jyco does not have yet: says so clearly instead of misbehaving. */
    public static PyException notImplemented(String what) { return of(NotImplementedError, what); }

    public static PyException stopIteration(Object value) {
        return value == null ? of(StopIteration) : of(StopIteration, value);
    }

    public static PyException unboundLocal(String name) {
        return of(UnboundLocalError, "local variable '" + name + "' referenced before assignment");
    }

    public static PyException undefinedName(String name) {
        PyException e = of(NameError, "name '" + name + "' is not defined");
        e.value().getDict().put("name", name);
        return e;
    }

    /** "'X' object has no attribute 'y'". */
    public static PyException noAttribute(Object o, String name) {
        PyException e = of(AttributeError, "'" + PyType.of(o).getName() + "' object has no attribute '" + name + "'");
        e.value().getDict().put("name", name);
        e.value().getDict().put("obj", o);
        return e;
    }

    /**
     * Turns any Java throwable reaching Python code into a Python exception: PyException as is,
     * stack overflow as RecursionError, others as Java exceptions visible to {@code except}.
     */
    public static PyException fromThrowable(Throwable t) {
        if (t instanceof PyException p) return p;
        if (t instanceof StackOverflowError) return recursionError("maximum recursion depth exceeded");
        if (t instanceof OutOfMemoryError) return of(MemoryError);
        if (t instanceof ArithmeticException a) return zeroDivision(String.valueOf(a.getMessage()));
        if (t instanceof ClassCastException c) return typeError(String.valueOf(c.getMessage()));
        return JavaExceptions.wrap(t);
    }
}
