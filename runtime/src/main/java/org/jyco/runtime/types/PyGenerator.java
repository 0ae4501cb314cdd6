package org.jyco.runtime.types;

import java.lang.invoke.MethodHandle;
import org.jyco.runtime.Abstract;
import org.jyco.runtime.Exposed;
import org.jyco.runtime.PyBaseException;
import org.jyco.runtime.PyExc;
import org.jyco.runtime.PyException;
import org.jyco.runtime.PyNone;
import org.jyco.runtime.PyType;

/**
 * A generator: a state machine, not a thread. The compiler turns a generator function's body
 * into a resume method {@code (PyGenerator, Object sent)Object}: it switches on {@link #state}
 * to the point after the last yield, restoring locals from {@link #frame}; at a yield it saves
 * them, sets the state and returns the value; at the end it sets state -1, stores the return
 * value and returns {@link PyIterators#END}.
 */
public final class PyGenerator extends PyIterators.Base {
    /** Resume point: 0 before the first resume, -1 when finished. Owned by compiled code. */
    public int state;
    /** Spilled locals and operand stack at the last yield. Owned by compiled code. */
    public Object[] frame;
    /** The function whose body this is (closure and globals). */
    public final PyFunction function;
    /** An exception for the resumed code to raise at the yield point (throw() and close()). */
    public PyException pending;
    /** The value of the {@code return} that ended the generator. */
    public Object returnValue = PyNone.NONE;
    /** The delegate of a running {@code yield from}, or null. */
    public Object yieldFrom;
    /** The return value of the last finished {@code yield from} delegate. */
    public Object subResult = PyNone.NONE;
    private final MethodHandle resume;
    private boolean running;

    public PyGenerator(PyFunction function, MethodHandle resume, Object[] frame) {
        this.function = function;
        this.resume = resume;
        this.frame = frame;
    }

    @Override
    public PyType getType() {
        return PyType.GENERATOR;
    }

    /** Resumes with a sent value; returns the yielded value or END. */
    public Object resume(Object sent) {
        if (state == -1) {
            pending = null;
            return PyIterators.END;
        }
        if (running) throw PyExc.of(PyExc.ValueError, "generator already executing");
        running = true;
        try {
            return (Object) resume.invokeExact(this, sent);
        } catch (PyException e) {
            state = -1;
            if (e.matches(PyExc.StopIteration)) {
                PyException re = PyExc.runtimeError("generator raised StopIteration");
                re.value().setCause(e.value());
                throw re;
            }
            throw e;
        } catch (Throwable t) {
            state = -1;
            throw PyExc.fromThrowable(t);
        } finally {
            running = false;
        }
    }

    @Override
    public Object next() {
        return resume(PyNone.NONE);
    }

    /** {@code gen.send(value)}: the yielded value, or StopIteration(return value) at the end. */
    public Object send(Object value) {
        if (state == 0 && value != PyNone.NONE) {
            throw PyExc.typeError("can't send non-None value to a just-started generator");
        }
        Object r = resume(value);
        if (r == PyIterators.END) throw stop();
        return r;
    }

    private PyException stop() {
        return returnValue == PyNone.NONE ? PyExc.stopIteration(null) : PyExc.stopIteration(returnValue);
    }

    /** {@code gen.throw(exc)}. */
    public Object throwIn(PyException e) {
        if (state == 0 || state == -1) {
            state = -1;
            throw e;
        }
        pending = e;
        Object r = resume(PyNone.NONE);
        if (r == PyIterators.END) throw stop();
        return r;
    }

    /** {@code gen.close()}. */
    public void close() {
        if (state == 0 || state == -1) {
            state = -1;
            return;
        }
        pending = PyExc.of(PyExc.GeneratorExit);
        try {
            Object r = resume(PyNone.NONE);
            if (r != PyIterators.END) throw PyExc.runtimeError("generator ignored GeneratorExit");
        } catch (PyException e) {
            if (!(e.matches(PyExc.GeneratorExit) || e.matches(PyExc.StopIteration))) throw e;
        }
    }

    @Exposed.Method(name = "send", params = {"value", "/"})
    public static Object send(PyGenerator g, Object value) {
        return g.send(value);
    }

    @Exposed.Method(name = "throw", params = {"typ", "val=None", "tb=None", "/"})
    public static Object throwMethod(PyGenerator g, Object typ, Object val, Object tb) {
        return g.throwIn(makeException(typ, val));
    }

    /** The exception {@code throw(typ, val)} / {@code raise} means. */
    public static PyException makeException(Object typ, Object val) {
        if (typ instanceof PyBaseException be) return new PyException(be);
        if (typ instanceof PyType t && t.isSubtype(PyExc.BaseException)) {
            Object inst = val == PyNone.NONE ? Abstract.call(t)
                : val instanceof PyBaseException ? val
                : val instanceof PyTuple tup ? Abstract.call(t, tup.array()) : Abstract.call(t, val);
            return new PyException((PyBaseException) inst);
        }
        throw PyExc.typeError("exceptions must be classes or instances deriving from BaseException, not "
            + PyType.of(typ).getName());
    }

    @Exposed.Method(name = "close")
    public static Object close(PyGenerator g) {
        g.close();
        return PyNone.NONE;
    }

    @Exposed.Method(name = "__repr__")
    public static Object repr(PyGenerator g) {
        return "<generator object " + g.function.qualname + " at 0x" + Integer.toHexString(System.identityHashCode(g)) + ">";
    }

    @Exposed.Getter("__name__")
    public static Object name(PyGenerator g) {
        return g.function.name;
    }

    @Exposed.Getter("__qualname__")
    public static Object qualname(PyGenerator g) {
        return g.function.qualname;
    }

    @Exposed.Getter("gi_running")
    public static Object running(PyGenerator g) {
        return g.running;
    }

    @Exposed.Getter("gi_frame")
    public static Object frame(PyGenerator g) {
        return g.state == -1 ? PyNone.NONE : g;
    }

    @Exposed.Getter("gi_code")
    public static Object code(PyGenerator g) {
        return g.function.code;
    }

    @Exposed.Getter("gi_yieldfrom")
    public static Object yieldfrom(PyGenerator g) {
        return g.yieldFrom == null ? PyNone.NONE : g.yieldFrom;
    }
}
