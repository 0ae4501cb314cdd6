package org.jyco.runtime.types;

import org.jyco.runtime.Abstract;
import org.jyco.runtime.Exposed;
import org.jyco.runtime.PyCallable;
import org.jyco.runtime.PyExc;
import org.jyco.runtime.PyException;
import org.jyco.runtime.PyNone;
import org.jyco.runtime.PyObject;
import org.jyco.runtime.PyType;

/**
 * A Python function: a {@link PyCode} with the globals it was defined in, its defaults, its
 * closure cells and its attributes. Calls through {@link #call} bind arguments by the code's
 * signature; call sites whose argument shape fits the signature skip binding and invoke the
 * compiled method directly (see org.jyco.runtime.link).
 */
public final class PyFunction extends PyObject implements PyCallable {

    @Exposed.Method(name = "__call__", params = {"*args", "**kwargs"})
    public static Object dunderCall(Object self, Object[] args, PyDict kwargs) {
        return org.jyco.runtime.Ops.callEx(self, args, kwargs);
    }
    public final PyCode code;
    public final PyDict globals;
    public Object[] defaults;
    public PyDict kwdefaults;
    public final PyCell[] closure;
    public String name;
    public String qualname;
    public Object doc = PyNone.NONE;
    public Object module = PyNone.NONE;
    public PyDict annotations;
    private PyDict dict;

    public PyFunction(PyCode code, PyDict globals, Object[] defaults, PyDict kwdefaults, PyCell[] closure) {
        this.code = code;
        this.globals = globals;
        this.defaults = defaults;
        this.kwdefaults = kwdefaults;
        this.closure = closure;
        this.name = code.name;
        this.qualname = code.qualname;
        if (code.doc != null) this.doc = code.doc;
        Object m = globals == null ? null : globals.getOrNull("__name__");
        if (m != null) this.module = m;
    }

    @Override
    public PyType getType() {
        return PyType.FUNCTION;
    }

    @Override
    public PyDict getDict() {
        if (dict == null) dict = new PyDict();
        return dict;
    }

    @Override
    public Object call(Object[] args, String[] kwnames) {
        Object[] bound = code.signature.bind(args, kwnames, defaults, kwdefaults, null);
        try {
            return code.spread().invokeExact(this, bound);
        } catch (PyException e) {
            throw e;
        } catch (Throwable t) {
            throw PyExc.fromThrowable(t);
        }
    }

    /** Calls with positional arguments only. */
    public Object call(Object... args) {
        return call(args, Abstract.NO_KW);
    }

    @Override
    public String toString() {
        return "<function " + qualname + " at 0x" + Integer.toHexString(System.identityHashCode(this)) + ">";
    }

    // ------------------------------------------------------------------ Python attributes

    @Exposed.Method(name = "__get__", params = {"instance", "owner=None", "/"})
    public static Object get(PyFunction self, Object instance, Object owner) {
        if (instance == PyNone.NONE) return self;
        return new PyMethod(self, instance);
    }

    @Exposed.Method(name = "__repr__")
    public static Object repr(PyFunction self) {
        return self.toString();
    }

    @Exposed.Getter("__name__")
    public static Object name(PyFunction self) {
        return self.name;
    }

    @Exposed.Getter("__qualname__")
    public static Object qualname(PyFunction self) {
        return self.qualname;
    }

    @Exposed.Getter("__doc__")
    public static Object doc(PyFunction self) {
        return self.doc;
    }

    @Exposed.Getter("__module__")
    public static Object module(PyFunction self) {
        return self.module;
    }

    @Exposed.Getter("__defaults__")
    public static Object defaults(PyFunction self) {
        return self.defaults == null ? PyNone.NONE : PyTuple.of(self.defaults);
    }

    @Exposed.Getter("__kwdefaults__")
    public static Object kwdefaults(PyFunction self) {
        return self.kwdefaults == null ? PyNone.NONE : self.kwdefaults;
    }

    @Exposed.Getter("__globals__")
    public static Object globals(PyFunction self) {
        return self.globals;
    }

    @Exposed.Getter("__code__")
    public static Object code(PyFunction self) {
        return self.code;
    }

    @Exposed.Getter("__closure__")
    public static Object closure(PyFunction self) {
        return self.closure == null || self.closure.length == 0 ? PyNone.NONE : PyTuple.of((Object[]) self.closure);
    }

    @Exposed.Getter("__annotations__")
    public static Object annotations(PyFunction self) {
        if (self.annotations == null) self.annotations = new PyDict();
        return self.annotations;
    }

    @Exposed.Getter("__dict__")
    public static Object dict(PyFunction self) {
        return self.getDict();
    }

    @Exposed.Setter("__name__")
    public static void setName(PyFunction self, Object v) {
        if (!(v instanceof String s)) throw PyExc.typeError("__name__ must be set to a string object");
        self.name = s;
    }

    @Exposed.Setter("__qualname__")
    public static void setQualname(PyFunction self, Object v) {
        if (!(v instanceof String s)) throw PyExc.typeError("__qualname__ must be set to a string object");
        self.qualname = s;
    }

    @Exposed.Setter("__doc__")
    public static void setDoc(PyFunction self, Object v) {
        self.doc = v == null ? PyNone.NONE : v;
    }

    @Exposed.Setter("__module__")
    public static void setModule(PyFunction self, Object v) {
        self.module = v == null ? PyNone.NONE : v;
    }

    @Exposed.Setter("__defaults__")
    public static void setDefaults(PyFunction self, Object v) {
        self.defaults = v == null || v == PyNone.NONE ? null : ((PyTuple) v).array();
    }

    @Exposed.Setter("__kwdefaults__")
    public static void setKwdefaults(PyFunction self, Object v) {
        self.kwdefaults = v == null || v == PyNone.NONE ? null : (PyDict) v;
    }

    @Exposed.Setter("__annotations__")
    public static void setAnnotations(PyFunction self, Object v) {
        self.annotations = (PyDict) v;
    }
}
