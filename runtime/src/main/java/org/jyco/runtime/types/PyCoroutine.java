package org.jyco.runtime.types;

import org.jyco.runtime.Abstract;
import org.jyco.runtime.Exposed;
import org.jyco.runtime.PyExc;
import org.jyco.runtime.PyNone;
import org.jyco.runtime.PyObject;
import org.jyco.runtime.PyType;

/**
 * The object an {@code async def} function returns. Its body is compiled as a generator state
 * machine (each {@code await} is a {@code yield from} of the awaitable's iterator); this wraps
 * that generator so that a coroutine is not itself an iterator, as in CPython.
 */
public final class PyCoroutine extends PyObject {
    public static final PyType TYPE = PyType.newBuiltin("coroutine", PyType.OBJECT, PyCoroutine.class,
        PyCoroutine.class, "builtins");

    /** The state machine of the body. */
    public final PyGenerator gen;

    private PyCoroutine(PyGenerator gen) {
        this.gen = gen;
    }

    /** Called by the compiled factory of an {@code async def} function. */
    public static Object of(PyGenerator gen) {
        return new PyCoroutine(gen);
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    /** The iterator {@code await x} delegates to (CPython's {@code _PyCoro_GetAwaitableIter}). */
    public static Object awaitable(Object x) {
        if (x instanceof PyCoroutine c) {
            if (c.gen.state == -1) throw PyExc.runtimeError("cannot reuse already awaited coroutine");
            return c.gen;
        }
        PyType t = PyType.of(x);
        Object f = t.lookup("__await__");
        if (f == null) throw PyExc.typeError("object " + t.getName() + " can't be used in 'await' expression");
        Object it = Abstract.call(Abstract.bindDescriptor(f, x, t));
        if (it instanceof PyCoroutine) throw PyExc.typeError("__await__() returned a coroutine");
        if (!(it instanceof PyGenerator) && PyType.of(it).lookup("__next__") == null) {
            throw PyExc.typeError("__await__() returned non-iterator of type '" + PyType.of(it).getName() + "'");
        }
        return it;
    }

    @Exposed.Method(name = "send", params = {"value", "/"})
    public static Object send(PyCoroutine c, Object value) {
        if (c.gen.state == -1) throw PyExc.runtimeError("cannot reuse already awaited coroutine");
        if (c.gen.state == 0 && value != PyNone.NONE) {
            throw PyExc.typeError("can't send non-None value to a just-started coroutine");
        }
        return c.gen.send(value);
    }

    @Exposed.Method(name = "throw", params = {"typ", "val=None", "tb=None", "/"})
    public static Object throwMethod(PyCoroutine c, Object typ, Object val, Object tb) {
        if (c.gen.state == -1) throw PyExc.runtimeError("cannot reuse already awaited coroutine");
        return c.gen.throwIn(PyGenerator.makeException(typ, val));
    }

    @Exposed.Method(name = "close")
    public static Object close(PyCoroutine c) {
        c.gen.close();
        return PyNone.NONE;
    }

    /** An iterator over the coroutine's steps (CPython returns a coroutine_wrapper; Jyco the body's generator). */
    @Exposed.Method(name = "__await__")
    public static Object await(PyCoroutine c) {
        return c.gen;
    }

    @Exposed.Method(name = "__repr__")
    public static Object repr(PyCoroutine c) {
        return "<coroutine object " + c.gen.function.qualname + " at 0x"
            + Integer.toHexString(System.identityHashCode(c)) + ">";
    }

    @Exposed.Getter("__name__")
    public static Object name(PyCoroutine c) {
        return c.gen.function.name;
    }

    @Exposed.Getter("__qualname__")
    public static Object qualname(PyCoroutine c) {
        return c.gen.function.qualname;
    }

    @Exposed.Getter("cr_running")
    public static Object running(PyCoroutine c) {
        return PyGenerator.running(c.gen);
    }

    @Exposed.Getter("cr_code")
    public static Object code(PyCoroutine c) {
        return c.gen.function.code;
    }

    @Exposed.Getter("cr_await")
    public static Object crAwait(PyCoroutine c) {
        return c.gen.yieldFrom == null ? PyNone.NONE : c.gen.yieldFrom;
    }
}
