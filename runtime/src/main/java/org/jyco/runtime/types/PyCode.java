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

    public static final PyType TYPE = PyType.newBuiltin("code", PyType.OBJECT, PyCode.class, null, "builtins");

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

    static MethodHandle identity() {
        return MethodHandles.identity(Object.class);
    }
}
