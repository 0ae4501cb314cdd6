package org.jyco.runtime.types;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import org.jyco.runtime.PyObject;
import org.jyco.runtime.PyType;
import org.jyco.runtime.Signature;

/**
 * A compiled function body (CPython's code object): the signature, the names, the flags, and
 * the static method the compiler generated, whose JVM type is
 * {@code (PyFunction, Object × signature.slots())Object}.
 */
public final class PyCode extends PyObject {
    public static final int GENERATOR = 0x20;
    public static final int COROUTINE = 0x80;
    public static final int ASYNC_GENERATOR = 0x200;
    /** Jyco's flag: the function has a docstring ({@link #doc}). */
    public static final int HAS_DOC = 0x10000000;

    /** The docstring, or null. */
    public String doc;

    public static final PyType TYPE = PyType.newBuiltin("code", PyType.OBJECT, PyCode.class, PyCode.class, "builtins");

    /** Local variables that are not parameters, in order (co_varnames after the parameters). */
    public String[] localNames = new String[0];

    public final String name;
    public final String qualname;
    public final String filename;
    public final int firstlineno;
    public final Signature signature;
    public final int flags;
    public final String[] freevars;
    /** The generated static method. */
    public final MethodHandle body;
    /** {@code body} taking its bound arguments as one {@code Object[]}: (PyFunction, Object[])Object; made on first use. */
    private MethodHandle spread;

    public PyCode(String name, String qualname, String filename, int firstlineno, Signature signature, int flags,
                  String[] freevars, MethodHandle body) {
        this.name = name;
        this.qualname = qualname;
        this.filename = filename;
        this.firstlineno = firstlineno;
        this.signature = signature;
        this.flags = flags;
        this.freevars = freevars;
        this.body = body;
    }

    /** The body as (PyFunction, Object[])Object, for calls that bind arguments generically. */
    public MethodHandle spread() {
        MethodHandle s = spread;
        if (s == null) {
            int n = signature.slots();
            MethodHandle b = body.asType(MethodType.genericMethodType(n + 1).changeParameterType(0, PyFunction.class));
            s = b.asSpreader(Object[].class, n);
            spread = s;
        }
        return s;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    public boolean isGenerator() {
        return (flags & GENERATOR) != 0;
    }

    @Override
    public String toString() {
        return "<code object " + name + ", file \"" + filename + "\", line " + firstlineno + ">";
    }

    // ------------------------------------------------------------------ co_* attributes

    private static PyCode self(Object o) {
        return (PyCode) o;
    }

    @org.jyco.runtime.Exposed.Getter("co_name")
    public static Object coName(Object self) {
        return self(self).name;
    }

    @org.jyco.runtime.Exposed.Getter("co_qualname")
    public static Object coQualname(Object self) {
        return self(self).qualname;
    }

    @org.jyco.runtime.Exposed.Getter("co_filename")
    public static Object coFilename(Object self) {
        return self(self).filename;
    }

    @org.jyco.runtime.Exposed.Getter("co_firstlineno")
    public static Object coFirstlineno(Object self) {
        return (long) self(self).firstlineno;
    }

    @org.jyco.runtime.Exposed.Getter("co_argcount")
    public static Object coArgcount(Object self) {
        return (long) self(self).signature.positionalCount();
    }

    @org.jyco.runtime.Exposed.Getter("co_posonlyargcount")
    public static Object coPosonlyargcount(Object self) {
        return (long) self(self).signature.posonlyCount();
    }

    @org.jyco.runtime.Exposed.Getter("co_kwonlyargcount")
    public static Object coKwonlyargcount(Object self) {
        return (long) self(self).signature.kwonlyCount();
    }

    /** Parameters (positional, keyword-only, *args, **kwargs, as CPython orders them), then locals. */
    @org.jyco.runtime.Exposed.Getter("co_varnames")
    public static Object coVarnames(Object self) {
        return PyTuple.of(varnames(self(self)));
    }

    private static Object[] varnames(PyCode c) {
        java.util.List<Object> out = new java.util.ArrayList<>(java.util.Arrays.asList(c.signature.names()));
        int p = c.signature.positionalCount(), k = c.signature.kwonlyCount();
        // Jyco's signature lists *args before the keyword-only names; co_varnames puts it after
        if (c.signature.hasVarargs() && out.size() > p) {
            Object star = out.remove(p);
            out.add(p + k, star);
        }
        for (String l : c.localNames) out.add(l);
        return out.toArray();
    }

    @org.jyco.runtime.Exposed.Getter("co_nlocals")
    public static Object coNlocals(Object self) {
        return (long) varnames(self(self)).length;
    }

    @org.jyco.runtime.Exposed.Getter("co_freevars")
    public static Object coFreevars(Object self) {
        return PyTuple.of((Object[]) self(self).freevars.clone());
    }

    @org.jyco.runtime.Exposed.Getter("co_flags")
    public static Object coFlags(Object self) {
        PyCode c = self(self);
        long f = 1 | 2; // optimized, new locals
        if (c.signature.hasVarargs()) f |= 4;
        if (c.signature.hasVarkw()) f |= 8;
        if (c.qualname.contains("<locals>")) f |= 16;
        f |= c.flags & (GENERATOR | COROUTINE | ASYNC_GENERATOR);
        return f;
    }

    /** Jyco compiles to JVM bytecode: there is no CPython bytecode to show. */
    @org.jyco.runtime.Exposed.Getter("co_code")
    public static Object coCode(Object self) {
        return new PyBytes(new byte[0]);
    }

    @org.jyco.runtime.Exposed.Getter("co_consts")
    public static Object coConsts(Object self) {
        PyCode c = self(self);
        return c.doc != null ? PyTuple.of(c.doc) : PyTuple.of(org.jyco.runtime.PyNone.NONE);
    }

    @org.jyco.runtime.Exposed.Method(name = "__repr__")
    public static Object repr(Object self) {
        PyCode c = self(self);
        return "<code object " + c.name + " at 0x" + Long.toHexString(System.identityHashCode(c)) + ", file \"" + c.filename
            + "\", line " + c.firstlineno + ">";
    }

    static MethodHandle identity() {
        return MethodHandles.identity(Object.class);
    }
}
