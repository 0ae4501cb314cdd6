package org.jyco.runtime;

import org.jyco.runtime.types.PyBytes;
import org.jyco.runtime.types.PyCell;
import org.jyco.runtime.types.PyCode;
import org.jyco.runtime.types.PyComplex;
import org.jyco.runtime.types.PyDict;
import org.jyco.runtime.types.PyFunction;
import org.jyco.runtime.types.PyGenerator;
import org.jyco.runtime.types.PyIterators;
import org.jyco.runtime.types.PyList;
import org.jyco.runtime.types.PySet;
import org.jyco.runtime.types.PySlice;
import org.jyco.runtime.types.PyTuple;
import org.jyco.runtime.types.PyTypeMethods;

/**
 * The operations compiled code calls directly (not through call sites): building functions
 * and classes, names in class bodies and cells, unpacking, exceptions and their chaining,
 * context managers, imports, f-string pieces, generator delegation. Each corresponds to a
 * CPython bytecode of the same purpose (MAKE_FUNCTION, LOAD_CLASSDEREF, UNPACK_EX, ...).
 */
public final class Ops {
    private Ops() {}

    // ------------------------------------------------------------------ frames and errors

    /** An exception leaving a Python frame: converted to Python, with this frame recorded. */
    public static PyException addTraceback(Throwable t, String filename, String function, int line,
                                           PyException caughtHere) {
        ThreadState.current().depth--;
        PyException e = PyExc.fromThrowable(t);
        // an exception caught and re-raised in this frame already has this frame's entry
        if (e.reraised) {
            e.reraised = false;
        } else if (caughtHere == null || caughtHere.value() != e.value()) {
            e.value().addFrame(filename, line, function);
        }
        return e;
    }

    /** Entering an except clause: the exception sys.exc_info() reports; returns the previous one. */
    public static Object beginHandler(PyException e) {
        ThreadState s = ThreadState.current();
        PyException prev = s.handled;
        s.handled = e;
        return prev;
    }

    public static void endHandler(Object prev) {
        ThreadState.current().handled = (PyException) prev;
    }

    /** Entering a Python frame: counts the depth, RecursionError past the limit (as CPython). */
    public static void enterCall() {
        ThreadState s = ThreadState.current();
        if (++s.depth > s.limit) {
            s.depth--;
            throw PyExc.recursionError("maximum recursion depth exceeded");
        }
    }

    /** Leaving a Python frame normally. */
    public static void leaveCall() {
        ThreadState.current().depth--;
    }

    /**
     * An exception arriving at an except clause: records this frame's entry, as CPython does, and
     * gets the exception being handled (if any) as its context, as it would have when raised.
     */
    public static PyException catchHere(Throwable t, String filename, String function, int line) {
        PyException e = PyExc.fromThrowable(t);
        if (e.reraised) {
            e.reraised = false; // re-raised in this frame: the entry and the context are there
        } else {
            e.value().addFrame(filename, line, function);
            chain(e, ThreadState.current().handled);
        }
        return e;
    }

    public static PyException unboundLocal(String name) {
        return PyExc.of(PyExc.UnboundLocalError, "cannot access local variable '" + name
            + "' where it is not associated with a value");
    }

    public static Object cellGet(PyCell cell, String name, boolean free) {
        Object v = cell.value;
        if (v != null) return v;
        if (free) {
            throw PyExc.nameError("cannot access free variable '" + name
                + "' where it is not associated with a value in enclosing scope");
        }
        throw unboundLocal(name);
    }

    public static PyException toPyException(Throwable t) {
        return PyExc.fromThrowable(t);
    }

    /** Sets the context of an exception raised while handling {@code handled}. */
    public static Throwable chain(Throwable t, PyException handled) {
        PyException e = PyExc.fromThrowable(t);
        // a re-raise (as CPython's RERAISE) keeps the context it has
        if (handled != null && !e.reraised && e.value() != handled.value()) {
            // avoid cycles, as CPython's _PyErr_SetObject does
            Object c = handled.value();
            boolean cycle = false;
            for (Object x = c; x instanceof PyBaseException be; x = be.getContext()) {
                if (be == e.value()) {
                    cycle = true;
                    break;
                }
            }
            if (!cycle && e.value().getContext() == PyNone.NONE) e.value().setContext(handled.value());
        }
        return e;
    }

    /** {@code except T:} matching: T a class or a tuple of classes. */
    public static boolean exceptionMatches(PyException e, Object type) {
        if (type instanceof PyType t) {
            if (!t.isSubtype(PyExc.BaseException)) {
                throw PyExc.typeError("catching classes that do not inherit from BaseException is not allowed");
            }
            return e.value().getType().isSubtype(t);
        }
        if (type instanceof PyTuple tup) {
            for (Object x : tup.array()) if (exceptionMatches(e, x)) return true;
            return false;
        }
        throw PyExc.typeError("catching classes that do not inherit from BaseException is not allowed");
    }

    /** {@code raise x}. */
    public static PyException raise(Object x) {
        if (x instanceof PyBaseException be) return new PyException(be);
        if (x instanceof PyType t && t.isSubtype(PyExc.BaseException)) {
            Object inst = Abstract.call(t);
            if (!(inst instanceof PyBaseException be)) {
                return PyExc.typeError("calling " + Abstract.repr(t) + " should have returned an instance of BaseException, not "
                    + PyType.of(inst).getName());
            }
            return new PyException(be);
        }
        return PyExc.typeError("exceptions must derive from BaseException");
    }

    /** {@code raise x from y}. */
    public static PyException raiseFrom(Object x, Object cause) {
        PyException e = raise(x);
        if (cause == PyNone.NONE) {
            e.value().setCause(PyNone.NONE);
        } else if (cause instanceof PyType t && t.isSubtype(PyExc.BaseException)) {
            e.value().setCause(Abstract.call(t));
        } else if (cause instanceof PyBaseException) {
            e.value().setCause(cause);
        } else {
            throw PyExc.typeError("exception causes must derive from BaseException");
        }
        return e;
    }

    /** Bare {@code raise}: the exception being handled. */
    public static PyException reraise(PyException current) {
        if (current == null) return PyExc.runtimeError("No active exception to reraise");
        return current;
    }

    /**
     * Bare {@code raise} in an except clause: the exception caught there, which already has this
     * frame's traceback entry (no second one is added while it propagates in this frame).
     */
    public static PyException reraiseCaught(PyException current) {
        if (current == null) return PyExc.runtimeError("No active exception to reraise");
        current.reraised = true;
        return current;
    }

    public static PyException assertionError(Object msg) {
        return msg == null ? PyExc.of(PyExc.AssertionError) : PyExc.of(PyExc.AssertionError, msg);
    }

    // ------------------------------------------------------------------ names

    /** A name in a class body: the namespace, then globals, then builtins (LOAD_NAME). */
    public static Object classLoad(Object ns, String name, ModuleScope scope) {
        Object v = nsGet(ns, name);
        if (v != null) return v;
        v = scope.globals.getOrNull(name);
        if (v != null) return v;
        v = scope.builtins.getOrNull(name);
        if (v != null) return v;
        throw PyExc.undefinedName(name);
    }

    /** A free variable read in a class body: the namespace first, then the cell (LOAD_CLASSDEREF). */
    public static Object classDeref(Object ns, String name, PyCell cell) {
        Object v = nsGet(ns, name);
        if (v != null) return v;
        return cellGet(cell, name, true);
    }

    /** A namespace that is exactly a dict: a subclass's __getitem__/__setitem__ must run (as for __prepare__'s mapping). */
    private static boolean exactDict(Object ns) {
        return ns instanceof PyDict d && d.getType() == PyType.DICT;
    }

    private static Object nsGet(Object ns, String name) {
        if (exactDict(ns)) return ((PyDict) ns).getOrNull(name);
        try {
            return Abstract.getItem(ns, name);
        } catch (PyException e) {
            if (e.matches(PyExc.KeyError)) return null;
            throw e;
        }
    }

    public static void classStore(Object ns, String name, Object v) {
        if (exactDict(ns)) ((PyDict) ns).put(name, v);
        else Abstract.setItem(ns, name, v);
    }

    public static void classDelete(Object ns, String name) {
        if (exactDict(ns)) {
            if (((PyDict) ns).remove(name) == null) throw PyExc.undefinedName(name);
        } else {
            Abstract.delItem(ns, name);
        }
    }

    public static void classDeleteQuietly(Object ns, String name) {
        if (exactDict(ns)) {
            ((PyDict) ns).remove(name);
        } else {
            try {
                Abstract.delItem(ns, name);
            } catch (PyException e) {
                if (!e.matches(PyExc.KeyError)) throw e;
            }
        }
    }

    public static void nameDeleteQuietly(ModuleScope scope, String name) {
        if (scope.locals instanceof PyDict d) d.remove(name);
    }

    public static void globalDeleteQuietly(ModuleScope scope, String name) {
        scope.globals.remove(name);
    }

    /** Sets {@code __module__} and {@code __qualname__} at the start of a class body. */
    public static void classPrologue(Object ns, ModuleScope scope, String qualname) {
        Object mod = scope.globals.getOrNull("__name__");
        if (mod != null) classStore(ns, "__module__", mod);
        classStore(ns, "__qualname__", qualname);
    }

    /** The end of a class body that needs {@code __class__}: records the cell for type creation. */
    public static Object classCell(Object ns, Object cell) {
        classStore(ns, "__classcell__", cell);
        return cell;
    }

    /** {@code x: T} at module or class level: records the annotation. */
    public static void annotate(Object annotation, Object ns, ModuleScope scope, String name) {
        Object target = ns != null ? ns : scope.locals;
        Object anns;
        if (target instanceof PyDict d) {
            anns = d.getOrNull("__annotations__");
            if (anns == null) {
                anns = new PyDict();
                d.put("__annotations__", anns);
            }
        } else {
            anns = Abstract.getItem(target, "__annotations__");
        }
        Abstract.setItem(anns, name, annotation);
    }

    /** The annotation {@code *Ts} (PEP 646): the first item of unpacking Ts. */
    public static Object starredAnnotation(Object ts) {
        Object[] items = Abstract.toArray(ts);
        if (items.length == 0) throw PyExc.indexError("tuple index out of range");
        return items[0];
    }

    public static void putIfBound(PyDict d, String name, Object v) {
        if (v != null) d.put(name, v);
    }

    // ------------------------------------------------------------------ functions and classes

    public static Object makeFunction(Object[] defaults, PyDict kwdefaults, PyDict annotations, PyCell[] closure,
                                      PyCode code, ModuleScope scope) {
        PyFunction f = new PyFunction(code, scope.globals, defaults, kwdefaults, closure);
        if (annotations != null) f.annotations = annotations;
        return f;
    }

    public static Object buildClass(Object body, String name, Object[] bases, PyDict kwds) {
        Object cls = PyTypeMethods.buildClass((PyFunction) body, name, bases, kwds);
        if (cls instanceof PyType t) t.dict().remove("__classcell__");
        return cls;
    }

    public static void putKwarg(PyDict d, String name, Object v, Object callee) {
        if (d.containsKey(name)) {
            throw PyExc.typeError((callee == null ? "" : functionStr(callee))
                + "got multiple values for keyword argument '" + name + "'");
        }
        d.put(name, v);
    }

    /** How CPython names a callable in argument errors: {@code module.qualname()} ({@code _PyObject_FunctionStr}). */
    static String functionStr(Object f) {
        Object qn = Abstract.getAttrOrNull(f, "__qualname__");
        if (!(qn instanceof String q)) return Abstract.str(f) + " ";
        Object mod = Abstract.getAttrOrNull(f, "__module__");
        if (mod instanceof String m && !m.equals("builtins")) return m + "." + q + "() ";
        return q + "() ";
    }

    public static void mergeKwargs(PyDict d, Object mapping, Object callee) {
        PyDict src;
        if (mapping instanceof PyDict m) {
            src = m;
        } else {
            if (Abstract.getAttrOrNull(mapping, "keys") == null) {
                throw PyExc.typeError((callee == null ? "" : functionStr(callee))
                    + "argument after ** must be a mapping, not " + PyType.of(mapping).getName());
            }
            src = new PyDict();
            src.update(mapping);
        }
        for (var e : src.entrySet()) {
            if (!(e.getKey() instanceof String k)) throw PyExc.typeError("keywords must be strings");
            putKwarg(d, k, e.getValue(), callee);
        }
    }

    /** {@code f(*args, **kwargs)} and calls with starred pieces. */
    public static Object callEx(Object callee, Object[] args, PyDict kwargs) {
        if (kwargs == null || kwargs.size() == 0) return Abstract.call(callee, args, Abstract.NO_KW);
        String[] names = new String[kwargs.size()];
        Object[] all = new Object[args.length + names.length];
        System.arraycopy(args, 0, all, 0, args.length);
        int i = 0;
        for (var e : kwargs.entrySet()) {
            names[i] = (String) e.getKey();
            all[args.length + i] = e.getValue();
            i++;
        }
        return Abstract.call(callee, all, names);
    }

    /**
     * A call of globals(), locals(), vars(), dir(), eval() or exec(): when the callee is the
     * builtin of that name, the frame's namespaces are supplied; otherwise an ordinary call.
     */
    public static Object frameCall(Object callee, Object[] args, PyDict kwargs, ModuleScope scope, Object locals) {
        Object frameLocals = locals == null ? scope.locals : locals;
        PyDict b = scope.builtins;
        boolean noKw = kwargs == null || kwargs.size() == 0;
        if (callee == b.getOrNull("globals") && args.length == 0 && noKw) return scope.globals;
        if (callee == b.getOrNull("locals") && args.length == 0 && noKw) return frameLocals;
        if (callee == b.getOrNull("vars") && args.length == 0 && noKw) return frameLocals;
        if (callee == b.getOrNull("dir") && args.length == 0 && noKw) {
            PyList l = PyList.from(frameLocals instanceof PyDict d ? d : Abstract.callMethod(frameLocals, "keys"));
            PyList.sort(l, PyNone.NONE, false);
            return l;
        }
        if ((callee == b.getOrNull("eval") || callee == b.getOrNull("exec")) && noKw && args.length == 1) {
            return callEx(callee, new Object[] {args[0], scope.globals, frameLocals}, null);
        }
        return callEx(callee, args, kwargs);
    }

    // ------------------------------------------------------------------ values

    public static Object[] unpack(Object v, int n) {
        return Abstract.unpack(v, n);
    }

    public static Object[] unpackStarred(Object v, int before, int after) {
        return Abstract.unpackStarred(v, before, after);
    }

    public static Object imaginary(Object imag) {
        return new PyComplex(0, (Double) imag);
    }

    public static Object bytes(String latin1) {
        return new PyBytes(latin1.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    }

    public static Object slice(Object lower, Object upper, Object step) {
        return new PySlice(lower, upper, step);
    }

    /** {@code f(*x)}: extends the argument list, with CPython's message when x is not iterable. */
    public static void callStarExtend(Object list, Object iterable, Object callee) {
        if (!(iterable instanceof PyTuple || iterable instanceof PyList) && PyType.of(iterable).lookup("__iter__") == null
            && PyType.of(iterable).lookup("__getitem__") == null) {
            throw PyExc.typeError(functionStr(callee) + "argument after * must be an iterable, not "
                + PyType.of(iterable).getName());
        }
        listExtend(list, iterable);
    }

    public static void listExtend(Object list, Object iterable) {
        PyList l = (PyList) list;
        for (Object x : Abstract.toArray(iterable)) l.append(x);
    }

    public static Object set(Object[] items) {
        PySet s = new PySet();
        for (Object x : items) s.add(x);
        return s;
    }

    public static void dictMerge(PyDict d, Object mapping) {
        if (!(mapping instanceof PyDict) && Abstract.getAttrOrNull(mapping, "keys") == null) {
            throw PyExc.typeError("'" + PyType.of(mapping).getName() + "' object is not a mapping");
        }
        d.update(mapping);
    }

    public static String joinStrings(Object[] parts) {
        StringBuilder sb = new StringBuilder();
        for (Object p : parts) sb.append((String) p);
        return sb.toString();
    }

    /** An f-string replacement field: conversion (-1, 's', 'r', 'a') then format. */
    public static String formatValue(Object value, int conversion, Object spec) {
        Object v = value;
        switch (conversion) {
            case 's': v = Abstract.str(value); break;
            case 'r': v = Abstract.repr(value); break;
            case 'a': v = Abstract.ascii(value); break;
            default:
        }
        String s = (String) spec;
        if (s.isEmpty() && v instanceof String str) return str;
        return Abstract.format(v, s);
    }

    /** The interactive interpreter's display of an expression statement's value. */
    public static void displayHook(Object v) {
        if (v == PyNone.NONE) return;
        System.out.println(Abstract.repr(v));
    }

    // ------------------------------------------------------------------ with

    public static Object withExit(Object mgr) {
        PyType t = PyType.of(mgr);
        if (t.lookup("__enter__") == null || t.lookup("__exit__") == null) {
            String missing = t.lookup("__enter__") == null ? "" : "";
            throw PyExc.typeError("'" + t.getName() + "' object does not support the context manager protocol" + missing);
        }
        return Abstract.lookupSpecial(mgr, "__exit__");
    }

    public static Object withEnter(Object mgr) {
        return Abstract.callSpecial(mgr, "__enter__");
    }

    public static void withExitNormal(Object exit) {
        Abstract.call(exit, PyNone.NONE, PyNone.NONE, PyNone.NONE);
    }

    /** The body raised: calls __exit__ with the exception; re-raises unless it returns true. */
    public static void withExitError(Throwable t, Object exit) throws Throwable {
        PyException e = PyExc.fromThrowable(t);
        Object r;
        try {
            r = Abstract.call(exit, e.type(), e.value(), Traceback.of(e.value()));
        } catch (PyException inner) {
            throw chain(inner, e);
        }
        if (!Abstract.isTrue(r)) {
            e.reraised = true; // the frame's entry is there already (catchHere)
            throw e;
        }
    }

    /** {@code async with}: checks the protocol and returns the bound {@code __aexit__}. */
    public static Object asyncWithExit(Object mgr) {
        PyType t = PyType.of(mgr);
        if (t.lookup("__aenter__") == null || t.lookup("__aexit__") == null) {
            throw PyExc.typeError("'" + t.getName() + "' object does not support the asynchronous context manager protocol");
        }
        return Abstract.lookupSpecial(mgr, "__aexit__");
    }

    /** The awaitable {@code __aenter__()} returns. */
    public static Object asyncWithEnter(Object mgr) {
        return Abstract.callSpecial(mgr, "__aenter__");
    }

    /** The awaitable of {@code __aexit__(None, None, None)}. */
    public static Object asyncExitNormal(Object exit) {
        return Abstract.call(exit, PyNone.NONE, PyNone.NONE, PyNone.NONE);
    }

    /** The awaitable of {@code __aexit__(type, value, tb)} for the exception the body raised. */
    public static Object asyncExitError(Throwable t, Object exit) throws Throwable {
        PyException e = PyExc.fromThrowable(t);
        try {
            return Abstract.call(exit, e.type(), e.value(), Traceback.of(e.value()));
        } catch (PyException inner) {
            throw chain(inner, e);
        }
    }

    /** Re-raises the body's exception unless the (awaited) exit result is true. */
    public static void withExitDecide(Object result, Throwable t) throws Throwable {
        if (!Abstract.isTrue(result)) {
            PyException e = PyExc.fromThrowable(t);
            e.reraised = true; // the frame's entry is there already (catchHere)
            throw e;
        }
    }

    /** {@code async for}: {@code type(x).__aiter__(x)}. */
    public static Object asyncIter(Object x) {
        PyType t = PyType.of(x);
        Object f = t.lookup("__aiter__");
        if (f == null) {
            throw PyExc.typeError("'async for' requires an object with __aiter__ method, got " + t.getName());
        }
        return Abstract.call(Abstract.bindDescriptor(f, x, t));
    }

    /** {@code async for}: the awaitable {@code __anext__()} returns. */
    public static Object asyncNext(Object it) {
        PyType t = PyType.of(it);
        Object f = t.lookup("__anext__");
        if (f == null) {
            throw PyExc.typeError("'async for' received an object from __aiter__ that does not implement __anext__: "
                + t.getName());
        }
        return Abstract.call(Abstract.bindDescriptor(f, it, t));
    }

    /** {@code async for}: StopAsyncIteration ends the loop; anything else propagates. */
    public static void asyncForStop(Throwable t) throws Throwable {
        PyException e = PyExc.fromThrowable(t);
        if (!e.matches(PyExc.StopAsyncIteration)) throw e;
    }

    // ------------------------------------------------------------------ import

    /** {@code import a.b.c}: the top-level package, bound as {@code a}. */
    public static Object importTop(ModuleScope scope, String name) {
        return importVia(scope, name, null, 0);
    }

    /** {@code import a.b.c as d}: the module a.b.c itself. */
    public static Object importModule(ModuleScope scope, String name) {
        Object top = importVia(scope, name, null, 0);
        String[] parts = name.split("\\.");
        Object m = top;
        for (int i = 1; i < parts.length; i++) m = Abstract.getAttr(m, parts[i]);
        return m;
    }

    /** {@code from module import names}: the module (names are then read with {@link #importAttr}). */
    public static Object importFrom(ModuleScope scope, String module, String[] names, int level) {
        return importVia(scope, module, PyTuple.of((Object[]) names), level);
    }

    private static Object importVia(ModuleScope scope, String name, Object fromlist, int level) {
        Object imp = scope.builtins.getOrNull("__import__");
        if (imp instanceof org.jyco.runtime.types.PyBuiltinFunction) {
            return scope.interp.importName(name, scope.globals, fromlist, level);
        }
        return Abstract.call(imp, name, scope.globals, PyNone.NONE, fromlist == null ? PyNone.NONE : fromlist, (long) level);
    }

    /** {@code from m import name}: the attribute, else a submodule in sys.modules, else ImportError. */
    public static Object importAttr(Object module, String name, ModuleScope scope) {
        Object v = Abstract.getAttrOrNull(module, name);
        if (v != null) return v;
        Object modName = Abstract.getAttrOrNull(module, "__name__");
        if (modName instanceof String mn) {
            Object sub = scope.interp.modules().getOrNull(mn + "." + name);
            if (sub != null) return sub;
        }
        String shown = modName instanceof String mn ? mn : "<unknown module name>";
        Object file = Abstract.getAttrOrNull(module, "__file__");
        String where = file instanceof String f ? " (" + f + ")" : " (unknown location)";
        PyBaseException e = new PyBaseException(PyExc.ImportError,
            "cannot import name '" + name + "' from '" + shown + "'" + where);
        e.getDict().put("name", shown);
        e.getDict().put("path", file == null ? PyNone.NONE : file);
        e.getDict().put("msg", "cannot import name '" + name + "' from '" + shown + "'" + where);
        throw new PyException(e);
    }

    /** {@code from module import *}. */
    public static void importStar(Object module, Object ns, ModuleScope scope) {
        Object target = ns != null ? ns : scope.locals;
        Object all = Abstract.getAttrOrNull(module, "__all__");
        if (all != null) {
            for (Object n : Abstract.toArray(all)) {
                String name = Abstract.str(n);
                Abstract.setItem(target, name, Abstract.getAttr(module, name));
            }
            return;
        }
        PyDict d = ((PyObject) module).getDict();
        for (var e : d.entrySet()) {
            if (e.getKey() instanceof String k && !k.startsWith("_")) Abstract.setItem(target, k, e.getValue());
        }
    }

    // ------------------------------------------------------------------ generators

    /** Marks a yield for the generator transform; never executed. */
    public static Object yieldMarker(Object value) {
        throw new IllegalStateException("yield outside a transformed generator");
    }

    /** Marks the yield of a {@code yield from} loop; never executed. */
    public static Object yieldFromMarker(Object value) {
        throw new IllegalStateException("yield outside a transformed generator");
    }

    /** At a resume point: raises what throw() or close() left for the generator. */
    public static void resumeCheck(PyGenerator g) {
        PyException p = g.pending;
        if (p != null) {
            g.pending = null;
            throw p;
        }
    }

    public static Object yieldFromIter(Object x) {
        if (x instanceof PyGenerator) return x;
        if (x instanceof org.jyco.runtime.types.PyCoroutine) {
            throw PyExc.typeError("cannot 'yield from' a coroutine object in a non-coroutine generator");
        }
        return Abstract.iter(x);
    }

    /** The iterator of {@code await x}. */
    public static Object awaitIter(Object x) {
        return org.jyco.runtime.types.PyCoroutine.awaitable(x);
    }

    /**
     * One step of {@code yield from}: forwards a pending throw/close or the sent value to the
     * delegate; returns the value to yield, or END when the delegate finished (its return value
     * is then {@link #yieldFromResult}).
     */
    public static Object yieldFromStep(PyGenerator g, Object delegate, Object sent) {
        g.yieldFrom = delegate;
        PyException pending = g.pending;
        g.pending = null;
        try {
            Object r;
            if (pending != null) {
                if (pending.matches(PyExc.GeneratorExit)) {
                    if (delegate instanceof PyGenerator dg) {
                        dg.close();
                    } else {
                        Object close = Abstract.getAttrOrNull(delegate, "close");
                        if (close != null) Abstract.call(close);
                    }
                    throw pending;
                }
                if (delegate instanceof PyGenerator dg) {
                    r = dg.throwIn(pending);
                } else {
                    Object thr = Abstract.getAttrOrNull(delegate, "throw");
                    if (thr == null) throw pending;
                    r = Abstract.call(thr, pending.value());
                }
            } else if (delegate instanceof PyGenerator dg) {
                r = dg.resume(sent);
                if (r == PyIterators.END) {
                    g.subResult = dg.returnValue;
                    g.yieldFrom = null;
                    return PyIterators.END;
                }
                return r;
            } else if (sent == PyNone.NONE && !(delegate instanceof PyIterators.Base)) {
                // a Python-level iterator: its StopIteration carries the result (await returns it)
                r = Abstract.callMethod(delegate, "__next__");
            } else if (sent == PyNone.NONE) {
                r = Abstract.next(delegate);
                if (r == PyIterators.END) {
                    g.subResult = PyNone.NONE;
                    g.yieldFrom = null;
                    return PyIterators.END;
                }
                return r;
            } else {
                r = Abstract.callMethod(delegate, "send", sent);
            }
            return r;
        } catch (PyException e) {
            if (e.matches(PyExc.StopIteration)) {
                Object v = e.value().getDict().getOrNull("value");
                g.subResult = v == null ? PyNone.NONE : v;
                g.yieldFrom = null;
                return PyIterators.END;
            }
            g.yieldFrom = null;
            throw e;
        }
    }

    public static Object yieldFromResult(PyGenerator g) {
        Object r = g.subResult;
        g.subResult = PyNone.NONE;
        return r;
    }

    // ------------------------------------------------------------------ match

    /**
     * A sequence pattern's subject: the items if it is a sequence (not str, bytes or a mapping)
     * of exactly {@code n} items (at least n with a star pattern), else null.
     */
    public static Object[] matchSequence(Object subject, int n, boolean star) {
        if (subject instanceof String || subject instanceof PyBytes || subject instanceof PyDict) return null;
        Object[] items;
        if (subject instanceof PyList l) {
            items = l.toArray();
        } else if (subject instanceof PyTuple t) {
            items = t.array();
        } else if (subject instanceof org.jyco.runtime.types.PyRange || isSequenceClass(subject)) {
            items = Abstract.toArray(subject);
        } else {
            return null;
        }
        if (star ? items.length < n : items.length != n) return null;
        return items;
    }

    private static boolean isSequenceClass(Object o) {
        for (PyType t : PyType.of(o).getMro()) {
            Object mod = t.dict().get("__module__");
            if (t.getName().equals("Sequence") && ("collections.abc".equals(mod) || "_collections_abc".equals(mod))) return true;
            if (t.getName().equals("deque")) return true;
        }
        return false;
    }

    /** The items between the fixed ones of a sequence pattern with a star, as a list. */
    public static Object sliceStar(Object[] items, int before, int after) {
        Object[] mid = new Object[items.length - before - after];
        System.arraycopy(items, before, mid, 0, mid.length);
        return PyList.of(mid);
    }

    public static boolean matchMapping(Object subject) {
        if (subject instanceof PyDict) return true;
        for (PyType t : PyType.of(subject).getMro()) {
            Object mod = t.dict().get("__module__");
            if (t.getName().equals("Mapping") && ("collections.abc".equals(mod) || "_collections_abc".equals(mod))) return true;
        }
        return false;
    }

    /** A mapping pattern's key lookup: the value or null (absent). */
    public static Object mappingGet(Object subject, Object key) {
        if (subject instanceof PyDict d && d.getType() == PyType.DICT) return d.getOrNull(key);
        Object get = Abstract.getAttr(subject, "get");
        Object missing = new PyInstance(PyType.OBJECT);
        Object v = Abstract.call(get, key, missing);
        return v == missing ? null : v;
    }

    public static Object mappingRest(Object subject, Object[] keys) {
        PyDict d = new PyDict();
        d.update(subject);
        for (Object k : keys) d.remove(k);
        return d;
    }

    public static boolean matchClass(Object subject, Object cls) {
        if (!(cls instanceof PyType)) throw PyExc.typeError("called match pattern must be a class");
        return Abstract.isInstance(subject, cls);
    }

    private static final java.util.Set<PyType> SELF_MATCHING = java.util.Set.of(PyType.BOOL, PyType.BYTES, PyType.DICT,
        PyType.FLOAT, PyType.FROZENSET, PyType.INT, PyType.LIST, PyType.SET, PyType.STR, PyType.TUPLE);

    /** The values for n positional sub-patterns of a class pattern (via __match_args__). */
    public static Object[] matchClassPositional(Object subject, Object cls, int n) {
        PyType t = (PyType) cls;
        Object matchArgs = Abstract.getAttrOrNull(t, "__match_args__");
        if (matchArgs == null) {
            for (PyType s : SELF_MATCHING) {
                if (t == s || t.isSubtype(s) && t.isBuiltin()) {
                    if (n > 1) throw PyExc.typeError(t.getName() + "() accepts 1 positional sub-pattern (" + n + " given)");
                    return new Object[] {subject};
                }
            }
            throw PyExc.typeError(t.getName() + "() accepts 0 positional sub-patterns (" + n + " given)");
        }
        if (!(matchArgs instanceof PyTuple ma)) {
            throw PyExc.typeError(t.getName() + ".__match_args__ must be a tuple (got " + PyType.of(matchArgs).getName() + ")");
        }
        if (n > ma.size()) {
            throw PyExc.typeError(t.getName() + "() accepts " + ma.size() + " positional sub-pattern"
                + (ma.size() == 1 ? "" : "s") + " (" + n + " given)");
        }
        Object[] out = new Object[n];
        for (int i = 0; i < n; i++) {
            Object v = Abstract.getAttrOrNull(subject, Abstract.str(ma.get(i)));
            if (v == null) return null;
            out[i] = v;
        }
        return out;
    }

    /** A keyword sub-pattern's attribute, or null when the subject lacks it. */
    public static Object matchAttr(Object subject, String name) {
        return Abstract.getAttrOrNull(subject, name);
    }
}
