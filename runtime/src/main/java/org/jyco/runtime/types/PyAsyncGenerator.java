package org.jyco.runtime.types;

import org.jyco.runtime.Exposed;
import org.jyco.runtime.PyExc;
import org.jyco.runtime.PyException;
import org.jyco.runtime.PyNone;
import org.jyco.runtime.PyObject;
import org.jyco.runtime.PyType;

/**
 * The object an {@code async def} with {@code yield} returns. The body is one generator state
 * machine whose suspensions are of two kinds: an {@code await} passes its awaitable's values
 * through to whoever drives the coroutine, and a {@code yield v} suspends with a {@link Value}
 * box. The awaitables {@code __anext__}/{@code asend}/{@code athrow}/{@code aclose} return
 * ({@link Step}) pass the first kind on and turn the second into the result of the await
 * (StopIteration(v)), as CPython's async_generator_asend/athrow do.
 */
public final class PyAsyncGenerator extends PyObject {
    public static final PyType TYPE = PyType.newBuiltin("async_generator", PyType.OBJECT, PyAsyncGenerator.class,
        PyAsyncGenerator.class, "builtins");

    /** What {@code yield v} in an async generator suspends with. */
    public static final class Value {
        final Object value;

        Value(Object value) {
            this.value = value;
        }
    }

    public final PyGenerator gen;

    private PyAsyncGenerator(PyGenerator gen) {
        this.gen = gen;
    }

    /** Called by the compiled factory of an async generator function. */
    public static Object of(PyGenerator gen) {
        return new PyAsyncGenerator(gen);
    }

    /** Called by the compiled {@code yield v} of an async generator. */
    public static Object wrap(Object v) {
        return new Value(v);
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @Exposed.Method(name = "__aiter__")
    public static Object aiter(PyAsyncGenerator a) {
        return a;
    }

    @Exposed.Method(name = "__anext__")
    public static Object anext(PyAsyncGenerator a) {
        return new Step(a, PyNone.NONE, null, false);
    }

    @Exposed.Method(name = "asend", params = {"value", "/"})
    public static Object asend(PyAsyncGenerator a, Object value) {
        return new Step(a, value, null, false);
    }

    @Exposed.Method(name = "athrow", params = {"typ", "val=None", "tb=None", "/"})
    public static Object athrow(PyAsyncGenerator a, Object typ, Object val, Object tb) {
        return new Step(a, null, PyGenerator.makeException(typ, val), false);
    }

    @Exposed.Method(name = "aclose")
    public static Object aclose(PyAsyncGenerator a) {
        return new Step(a, null, PyExc.of(PyExc.GeneratorExit), true);
    }

    @Exposed.Method(name = "__repr__")
    public static Object repr(PyAsyncGenerator a) {
        return "<async_generator object " + a.gen.function.qualname + " at 0x"
            + Integer.toHexString(System.identityHashCode(a)) + ">";
    }

    @Exposed.Getter("__name__")
    public static Object name(PyAsyncGenerator a) {
        return a.gen.function.name;
    }

    @Exposed.Getter("__qualname__")
    public static Object qualname(PyAsyncGenerator a) {
        return a.gen.function.qualname;
    }

    @Exposed.Getter("ag_running")
    public static Object running(PyAsyncGenerator a) {
        return PyGenerator.running(a.gen);
    }

    @Exposed.Getter("ag_code")
    public static Object code(PyAsyncGenerator a) {
        return a.gen.function.code;
    }

    /** The awaitable of one {@code __anext__}/{@code asend}/{@code athrow}/{@code aclose}. */
    public static final class Step extends PyObject {
        public static final PyType TYPE = PyType.newBuiltin("async_generator_asend", PyType.OBJECT, Step.class,
            Step.class, "builtins");

        private final PyAsyncGenerator agen;
        private final Object sendValue;
        private final PyException throwIn;
        private final boolean closing;
        private boolean started, done;

        Step(PyAsyncGenerator agen, Object sendValue, PyException throwIn, boolean closing) {
            this.agen = agen;
            this.sendValue = sendValue;
            this.throwIn = throwIn;
            this.closing = closing;
        }

        @Override
        public PyType getType() {
            return TYPE;
        }

        private Object step(Object sent, PyException exc) {
            if (done) throw PyExc.runtimeError("cannot reuse already awaited __anext__()/asend()");
            PyGenerator g = agen.gen;
            Object r;
            try {
                if (exc != null) {
                    if (g.state == 0 || g.state == -1) {
                        g.state = -1;
                        done = true;
                        if (closing) throw PyExc.stopIteration(null);
                        throw exc;
                    }
                    g.pending = exc;
                    r = g.resume(PyNone.NONE);
                } else {
                    r = g.resume(sent);
                }
            } catch (PyException e) {
                done = true;
                if (closing && (e.matches(PyExc.GeneratorExit) || e.matches(PyExc.StopAsyncIteration))) {
                    throw PyExc.stopIteration(null);
                }
                throw e;
            }
            if (r == PyIterators.END) {
                done = true;
                throw closing ? PyExc.stopIteration(null) : PyExc.of(PyExc.StopAsyncIteration);
            }
            if (r instanceof Value v) {
                done = true;
                if (closing) throw PyExc.runtimeError("async generator ignored GeneratorExit");
                throw PyExc.stopIteration(v.value);
            }
            return r;
        }

        @Exposed.Method(name = "__await__")
        public static Object await(Step s) {
            return s;
        }

        @Exposed.Method(name = "__iter__")
        public static Object iter(Step s) {
            return s;
        }

        @Exposed.Method(name = "__next__")
        public static Object next(Step s) {
            return send(s, PyNone.NONE);
        }

        @Exposed.Method(name = "send", params = {"value", "/"})
        public static Object send(Step s, Object value) {
            if (!s.started) {
                s.started = true;
                return s.step(s.sendValue, s.throwIn);
            }
            return s.step(value, null);
        }

        @Exposed.Method(name = "throw", params = {"typ", "val=None", "tb=None", "/"})
        public static Object throwMethod(Step s, Object typ, Object val, Object tb) {
            s.started = true;
            return s.step(null, PyGenerator.makeException(typ, val));
        }

        @Exposed.Method(name = "close")
        public static Object close(Step s) {
            s.done = true;
            return PyNone.NONE;
        }
    }
}
