package org.jyco.runtime.types;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodType;
import org.jyco.runtime.Exposed;
import org.jyco.runtime.PyCallable;
import org.jyco.runtime.PyExc;
import org.jyco.runtime.PyException;
import org.jyco.runtime.PyNone;
import org.jyco.runtime.PyObject;
import org.jyco.runtime.PyType;
import org.jyco.runtime.Signature;

/**
 * A function or method implemented in Java and described by {@link Exposed}: a built-in
 * function ({@code len}), a method bound to its receiver ({@code "a".upper}), or the callable a
 * static/class method wraps. Calls bind arguments by the declared Python signature.
 */
public final class PyBuiltinFunction extends PyObject implements PyCallable {

    @Exposed.Method(name = "__call__", params = {"*args", "**kwargs"})
    public static Object dunderCall(Object self, Object[] args, PyDict kwargs) {
        return org.jyco.runtime.Ops.callEx(self, args, kwargs);
    }
    public final String name;
    public final Signature signature;
    /** One default per parameter (null = required), as declared. */
    public final Object[] defaults;
    /** The Java method as declared, for call sites that link it directly. */
    public final MethodHandle raw;
    /** (Object[])Object over all Java parameters, self included when {@link #takesSelf}; made on first use. */
    private MethodHandle spread;
    public final boolean takesSelf;
    /** The receiver when bound, else null. */
    public final Object self;
    private final String ownerName;
    /** The module a module-level function belongs to (its __module__), or null. */
    public String module;

    public PyBuiltinFunction(String name, Signature signature, Object[] defaults, MethodHandle raw, boolean takesSelf,
                             Object self, String ownerName) {
        this.name = name;
        this.signature = signature;
        this.defaults = defaults;
        this.raw = raw;
        this.takesSelf = takesSelf;
        this.self = self;
        this.ownerName = ownerName;
    }

    private MethodHandle spread() {
        MethodHandle s = spread;
        if (s == null) {
            int n = raw.type().parameterCount();
            s = raw.asType(MethodType.genericMethodType(n)).asSpreader(Object[].class, n);
            spread = s;
        }
        return s;
    }

    private PyBuiltinFunction(PyBuiltinFunction unbound, Object self) {
        this.name = unbound.name;
        this.signature = unbound.signature;
        this.defaults = unbound.defaults;
        this.raw = unbound.raw;
        this.takesSelf = true;
        this.self = self;
        this.ownerName = unbound.ownerName;
        this.spread = unbound.spread();
    }

    /** This method bound to a receiver. */
    public PyBuiltinFunction bind(Object receiver) {
        return new PyBuiltinFunction(this, receiver);
    }

    @Override
    public PyType getType() {
        return PyType.BUILTIN_FUNCTION;
    }

    @Override
    public Object call(Object[] args, String[] kwnames) {
        Object[] bound = signature.bind(args, kwnames, null, null, defaults);
        if (takesSelf) {
            Object[] withSelf = new Object[bound.length + 1];
            withSelf[0] = self;
            System.arraycopy(bound, 0, withSelf, 1, bound.length);
            bound = withSelf;
        }
        return invoke(bound);
    }

    /** Invokes the Java method with already bound arguments (self first when it takes one). */
    public Object invoke(Object[] javaArgs) {
        try {
            return spread().invokeExact(javaArgs);
        } catch (PyException e) {
            throw e;
        } catch (ClassCastException e) {
            throw badSelf(javaArgs.length > 0 ? javaArgs[0] : null, e);
        } catch (Throwable t) {
            throw PyExc.fromThrowable(t);
        }
    }

    private PyException badSelf(Object receiver, ClassCastException e) {
        if (takesSelf && ownerName != null && receiver != null) {
            return PyExc.typeError("descriptor '" + name + "' for '" + ownerName + "' objects doesn't apply to a '"
                + PyType.of(receiver).getName() + "' object");
        }
        return PyExc.typeError(String.valueOf(e.getMessage()));
    }

    public String ownerName() {
        return ownerName;
    }

    @Override
    public String toString() {
        if (self != null && takesSelf && ownerName != null) {
            return "<built-in method " + name + " of " + PyType.of(self).getName() + " object at 0x"
                + Integer.toHexString(System.identityHashCode(self)) + ">";
        }
        return "<built-in function " + name + ">";
    }

    @Exposed.Getter("__name__")
    public static Object name(PyBuiltinFunction f) {
        return f.name;
    }

    @Exposed.Getter("__module__")
    public static Object moduleName(PyBuiltinFunction self) {
        return self.module == null ? PyNone.NONE : self.module;
    }

    @Exposed.Getter("__qualname__")
    public static Object qualname(PyBuiltinFunction f) {
        return f.ownerName != null ? f.ownerName + "." + f.name : f.name;
    }

    @Exposed.Getter("__self__")
    public static Object self(PyBuiltinFunction f) {
        return f.self == null || f.ownerName == null ? org.jyco.runtime.PyNone.NONE : f.self;
    }

    @Exposed.Method(name = "__repr__")
    public static Object repr(PyBuiltinFunction f) {
        return f.toString();
    }
}
