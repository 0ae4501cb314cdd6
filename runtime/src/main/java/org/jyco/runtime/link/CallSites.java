package org.jyco.runtime.link;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import org.jyco.runtime.Abstract;
import org.jyco.runtime.PyInstance;
import org.jyco.runtime.PyObject;
import org.jyco.runtime.PyType;
import org.jyco.runtime.Signature;
import org.jyco.runtime.types.PyBuiltinFunction;
import org.jyco.runtime.types.PyCode;
import org.jyco.runtime.types.PyDescriptors;
import org.jyco.runtime.types.PyDict;
import org.jyco.runtime.types.PyFunction;
import org.jyco.runtime.types.PyMethod;

/**
 * Call sites: {@code call:N} (callee and N positional arguments), {@code callkw:N:a,b} (the last
 * arguments are keywords a and b) and {@code callmethod:name:N} (receiver, name, N arguments:
 * {@code obj.name(...)} without allocating a bound method).
 *
 * <p>A Python function whose signature takes exactly the given positional arguments is linked
 * straight to its compiled static method, guarded by the identity of its code object, so C2
 * can inline Python into Python. A built-in with a fixed signature is linked to its Java
 * method with the missing defaults bound. Everything else goes through {@link Abstract#call}.
 */
final class CallSites {
    private CallSites() {}

    private static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    private static final MethodHandle CALL = find(Abstract.class, "call",
        MethodType.methodType(Object.class, Object.class, Object[].class, String[].class));
    private static final MethodHandle METHOD_FUNCTION = find(CallSites.class, "methodFunction",
        MethodType.methodType(PyFunction.class, Object.class));
    private static final MethodHandle METHOD_SELF = find(CallSites.class, "methodSelf",
        MethodType.methodType(Object.class, Object.class));
    private static final MethodHandle IS_METHOD_OF = find(CallSites.class, "isMethodOf",
        MethodType.methodType(boolean.class, PyCode.class, Object.class));
    private static final MethodHandle NO_SHADOW = find(CallSites.class, "noInstanceAttribute",
        MethodType.methodType(boolean.class, String.class, Object.class));
    private static final MethodHandle CALL_METHOD = find(CallSites.class, "callMethod",
        MethodType.methodType(Object.class, String.class, Object.class, Object[].class));

    private static final MethodHandle NEW_INSTANCE = find(CallSites.class, "newInstance",
        MethodType.methodType(Object.class, Object.class));
    private static final MethodHandle INIT_DONE = find(CallSites.class, "initDone",
        MethodType.methodType(Object.class, Object.class, Object.class));

    private static MethodHandle find(Class<?> c, String name, MethodType t) {
        try {
            return LOOKUP.findStatic(c, name, t);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    static PyFunction methodFunction(Object m) {
        return (PyFunction) ((PyMethod) m).function;
    }

    static Object methodSelf(Object m) {
        return ((PyMethod) m).self;
    }

    static boolean isMethodOf(PyCode code, Object o) {
        return o instanceof PyMethod m && m.function instanceof PyFunction f && f.code == code;
    }

    static boolean noInstanceAttribute(String name, Object o) {
        PyDict d = ((PyObject) o).getDict();
        return d == null || d.getOrNull(name) == null;
    }

    static Object newInstance(Object cls) {
        return new PyInstance((PyType) cls);
    }

    /** The end of {@code cls(...)}: __init__'s result must be None; the call's value is the instance. */
    static Object initDone(Object initResult, Object self) {
        if (initResult != org.jyco.runtime.PyNone.NONE) {
            throw org.jyco.runtime.PyExc.typeError("__init__() should return None, not '" + PyType.of(initResult).getName() + "'");
        }
        return self;
    }

    /**
     * {@code cls(a...)} for a plain class (metaclass type, object's __new__, no abstract
     * methods, instances of the plain layout) whose __init__ is a Python function taking
     * exactly self and the arguments (or object's __init__ and no arguments): a new instance
     * and a direct call of __init__'s compiled body. Null if the class is not that simple.
     */
    static MethodHandle constructor(PyType cls, int nargs) {
        if (cls.isBuiltin() || cls.getType() != PyType.TYPE || cls.instanceLayout() != PyInstance.class
            || cls.lookup("__new__") != PyType.OBJECT.dict().get("__new__")) {
            return null;
        }
        Object abstracts = cls.lookup("__abstractmethods__");
        if (abstracts != null && Abstract.isTrue(abstracts)) return null;
        Object init = cls.lookup("__init__");
        MethodType generic = MethodType.genericMethodType(nargs + 1);
        if (init == PyType.OBJECT.dict().get("__init__")) {
            return nargs == 0 ? NEW_INSTANCE : null;
        }
        if (!(init instanceof PyFunction f)) return null;
        MethodHandle body = directBody(f, nargs + 1);
        if (body == null) return null;
        // (self, a...) -> initDone(body(f, self, a...), self)
        MethodHandle run = MethodHandles.insertArguments(body, 0, f).asType(generic);
        MethodHandle done = MethodHandles.dropArguments(INIT_DONE, 2, generic.parameterList().subList(1, nargs + 1));
        MethodHandle init1 = MethodHandles.foldArguments(done, 0, run);
        // (cls, a...) -> init1(newInstance(cls), a...)
        MethodHandle withCls = MethodHandles.dropArguments(init1, 1, Object.class);
        return MethodHandles.foldArguments(withCls, 0, NEW_INSTANCE);
    }

    /**
     * {@code int(x)}, {@code float(x)}, {@code str(x)}...: a built-in type whose instances need
     * no __init__, called with positional arguments its __new__ takes: that __new__'s Java
     * method with the class (and missing defaults) bound. Null otherwise.
     */
    static MethodHandle builtinConstructor(PyType cls, int nargs) {
        if (cls.getType() != PyType.TYPE || cls.lookup("__init__") != PyType.OBJECT.dict().get("__init__")) return null;
        if (!(cls.dict().get("__new__") instanceof PyDescriptors.StaticMethod sm) || !(sm.function instanceof PyBuiltinFunction b)) {
            return null;
        }
        MethodHandle t = fillDefaults(b.raw, b.signature, b.defaults, nargs + 1);
        if (t == null) return null;
        // (cls, a...): the callee is the class itself, __new__'s first argument
        return t;
    }

    static Object callMethod(String name, Object receiver, Object[] args) {
        return Abstract.call(Abstract.getAttr(receiver, name), args, Abstract.NO_KW);
    }

    /**
     * The compiled body of a function as a handle taking (function, N positional values), when
     * the code takes exactly N positional arguments and nothing else; null otherwise (calls that
     * need defaults or keyword binding go through {@link PyFunction#call}).
     */
    static MethodHandle directBody(PyFunction f, int n) {
        Signature sig = f.code.signature;
        if (!sig.isSimple() || n != sig.positionalCount()) return null;
        return f.code.body;
    }

    // ------------------------------------------------------------------ call:N and callkw

    static final class CallSite extends PySite {
        private final int nargs;
        private final String[] kwnames;

        CallSite(String operation, MethodType type, int nargs, String[] kwnames) {
            super(operation, type);
            this.nargs = nargs;
            this.kwnames = kwnames;
        }

        @Override
        protected Linkage link(Object[] args) {
            Object callee = args[0];
            MethodType site = type();
            if (kwnames.length == 0) {
                if (callee instanceof PyFunction f) {
                    MethodHandle body = directBody(f, nargs);
                    if (body != null) {
                        return Linkage.of(body, Guards.functionWithCode(f.code, 0, site), "direct " + f.code.qualname);
                    }
                } else if (callee instanceof PyMethod m && m.function instanceof PyFunction f) {
                    MethodHandle body = directBody(f, nargs + 1);
                    if (body != null) {
                        // (m, a...) -> body(function(m), self(m), a...)
                        MethodHandle t = MethodHandles.filterArguments(body, 0, METHOD_FUNCTION, METHOD_SELF);
                        int[] order = new int[nargs + 2];
                        order[0] = 0;
                        order[1] = 0;
                        for (int i = 0; i < nargs; i++) order[i + 2] = i + 1;
                        MethodType nt = MethodType.genericMethodType(nargs + 1);
                        t = MethodHandles.permuteArguments(t.asType(t.type().changeParameterType(0, Object.class)
                            .changeParameterType(1, Object.class).changeReturnType(Object.class)), nt, order);
                        MethodHandle guard = Guards.onArgument(MethodHandles.insertArguments(IS_METHOD_OF, 0, f.code), 0, site);
                        return Linkage.of(t, guard, "direct bound " + f.code.qualname);
                    }
                } else if (callee instanceof PyType cls) {
                    MethodHandle t = cls.isBuiltin() ? builtinConstructor(cls, nargs) : constructor(cls, nargs);
                    if (t != null) {
                        return new Linkage(t, Guards.identity(cls, 0, site), cls.version(), "new " + cls.getName());
                    }
                } else if (callee instanceof PyBuiltinFunction b) {
                    MethodHandle t = builtinTarget(b, nargs, true);
                    if (t != null) {
                        t = MethodHandles.dropArguments(t, 0, Object.class);
                        return Linkage.of(t, Guards.identity(b, 0, site), "builtin " + b.name);
                    }
                }
            }
            return Linkage.of(generic(), Guards.sameKind(callee, 0, site), "Abstract.call");
        }

        @Override
        protected MethodHandle generic() {
            MethodHandle g = MethodHandles.insertArguments(CALL, 2, (Object) kwnames);
            return g.asCollector(Object[].class, type().parameterCount() - 1).asType(type());
        }
    }

    /**
     * A built-in's Java method for {@code n} positional arguments with the rest defaulted, with
     * its receiver bound when it has one; null if the signature does not allow it.
     */
    static MethodHandle builtinTarget(PyBuiltinFunction b, int n, boolean bindSelf) {
        Signature sig = b.signature;
        MethodHandle raw = b.raw;
        if (b.takesSelf) {
            if (!bindSelf || b.self == null) return null;
            raw = MethodHandles.insertArguments(raw, 0, b.self);
        }
        return fillDefaults(raw, sig, b.defaults, n);
    }

    /** Binds the defaults of parameters not given (n positional given), collecting *args. */
    static MethodHandle fillDefaults(MethodHandle raw, Signature sig, Object[] defaults, int n) {
        if (sig.hasVarkw()) return null;
        int positional = sig.positionalCount();
        if (n > positional && !sig.hasVarargs()) return null;
        MethodHandle t = raw;
        // keyword-only defaults (after the positional and *args slots)
        int kwStart = sig.kwonlyStart();
        for (int i = sig.slots() - 1; i >= kwStart; i--) {
            if (defaults[i] == null) return null;
            t = MethodHandles.insertArguments(t, i, defaults[i]);
        }
        if (sig.hasVarargs()) {
            int extra = Math.max(n - positional, 0);
            if (n < positional) {
                for (int i = positional - 1; i >= n; i--) {
                    if (defaults[i] == null) return null;
                }
            }
            t = t.asCollector(positional, Object[].class, extra);
            for (int i = positional - 1; i >= n; i--) t = MethodHandles.insertArguments(t, i, defaults[i]);
            return t.asType(MethodType.genericMethodType(n));
        }
        for (int i = positional - 1; i >= n; i--) {
            if (defaults[i] == null) return null;
            t = MethodHandles.insertArguments(t, i, defaults[i]);
        }
        return t.asType(MethodType.genericMethodType(n));
    }

    // ------------------------------------------------------------------ callmethod

    static final class MethodCallSite extends PySite {
        private final String name;
        private final int nargs;

        MethodCallSite(String operation, MethodType type, String name, int nargs) {
            super(operation, type);
            this.name = name;
            this.nargs = nargs;
        }

        @Override
        protected Linkage link(Object[] args) {
            Object recv = args[0];
            MethodType site = type();
            PyType t = PyType.of(recv);
            Object attr = t.lookup(name);
            MethodHandle kind = Guards.sameKind(recv, 0, site);
            if (t.lookup("__getattribute__") != PyType.OBJECT.dict().get("__getattribute__")) {
                // super, modules, classes with their own __getattribute__: the full protocol
                return Linkage.of(generic(), kind, "getattr + call (custom __getattribute__)");
            }
            if (attr instanceof PyDescriptors.MethodDescriptor md && t.isBuiltin()
                && !(recv instanceof PyObject po && po.getDict() != null)) {
                PyBuiltinFunction fn = md.fn;
                if (fn.takesSelf && PyType.of(recv).isSubtype(md.owner)) {
                    MethodHandle target = fillDefaults(fn.raw, shiftSelf(fn), withSelfDefault(fn), nargs + 1);
                    if (target != null) return Linkage.of(target, kind, "builtin method " + t.getName() + "." + name);
                }
            }
            if (attr instanceof PyFunction f && recv instanceof PyInstance && noInstanceAttribute(name, recv)) {
                MethodHandle body = directBody(f, nargs + 1);
                if (body != null) {
                    MethodHandle target = MethodHandles.insertArguments(body, 0, f);
                    MethodHandle guard = Guards.and(kind,
                        Guards.onArgument(MethodHandles.insertArguments(NO_SHADOW, 0, name), 0, site));
                    return new Linkage(target, guard, t.version(), "direct method " + f.code.qualname);
                }
            }
            return Linkage.of(generic(), kind, "getattr + call");
        }

        @Override
        protected MethodHandle generic() {
            MethodHandle g = MethodHandles.insertArguments(CALL_METHOD, 0, name);
            return g.asCollector(Object[].class, nargs).asType(type());
        }
    }

    /** The signature of a method with self as its first positional parameter. */
    private static Signature shiftSelf(PyBuiltinFunction fn) {
        Signature s = fn.signature;
        String[] names = new String[s.names().length + 1];
        names[0] = "self";
        System.arraycopy(s.names(), 0, names, 1, s.names().length);
        return new Signature(s.name(), names, 0, s.positionalCount() + 1, s.kwonlyCount(), s.hasVarargs(), s.hasVarkw());
    }

    private static Object[] withSelfDefault(PyBuiltinFunction fn) {
        Object[] d = new Object[fn.defaults.length + 1];
        System.arraycopy(fn.defaults, 0, d, 1, fn.defaults.length);
        return d;
    }
}
