package org.jyco.stdlib;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jyco.runtime.Abstract;
import org.jyco.runtime.Exposed;
import org.jyco.runtime.Interpreter;
import org.jyco.runtime.PyBaseException;
import org.jyco.runtime.PyExc;
import org.jyco.runtime.PyException;
import org.jyco.runtime.PyModule;
import org.jyco.runtime.PyNone;
import org.jyco.runtime.PyObject;
import org.jyco.runtime.PyType;
import org.jyco.runtime.Signature;
import org.jyco.runtime.ThreadState;
import org.jyco.runtime.Tracebacks;
import org.jyco.runtime.types.PyDict;
import org.jyco.runtime.types.PyTuple;

/**
 * {@code _thread}: Python threads as JVM threads (each with a large stack and its own
 * {@link ThreadState}), locks and the thread identity functions that {@code threading} is
 * written on. Jyco has no global interpreter lock: Python code of different threads runs in
 * parallel, and the built-in containers (list, dict, ...) are not thread-safe, so threads must
 * guard shared containers with locks.
 */
public final class ThreadModule {
    private ThreadModule() {}

    static final PyType LOCK = PyType.newBuiltin("lock", PyType.OBJECT, PyLock.class, PyLock.class, "_thread");
    static final PyType RLOCK = PyType.newBuiltin("RLock", PyType.OBJECT, PyRLock.class, PyRLock.class, "_thread");

    /** Stack size of a Python thread, as the main thread has (deep recursion is a Python matter). */
    static final long STACK_SIZE = 256L << 20;
    /** Largest timeout accepted, in seconds (CPython's on Linux). */
    static final double TIMEOUT_MAX = 9223372036.0;

    static final AtomicInteger RUNNING = new AtomicInteger();

    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("_thread");
        m.addFunctions(ThreadModule.class, interp);
        PyDict d = m.getDict();
        d.put("LockType", LOCK);
        d.put("lock", LOCK);
        d.put("RLock", RLOCK);
        d.put("error", PyExc.RuntimeError);
        d.put("TIMEOUT_MAX", TIMEOUT_MAX);
        d.put("allocate", d.get("allocate_lock"));
        return m;
    }

    /** The identifier of a JVM thread as Python sees it. */
    static long ident(Thread t) {
        return t.getId();
    }

    @Exposed.Method(params = {"function", "args", "kwargs=?", "/"})
    public static Object start_new_thread(Interpreter interp, Object function, Object args, Object kwargs) {
        if (!Abstract.isCallable(function)) throw PyExc.typeError("first arg must be callable");
        if (!(args instanceof PyTuple)) throw PyExc.typeError("2nd arg must be a tuple");
        if (kwargs != Signature.MISSING && !(kwargs instanceof PyDict)) {
            throw PyExc.typeError("optional 3rd arg must be a dictionary");
        }
        Object kw = kwargs == Signature.MISSING ? new PyDict() : kwargs;
        int limit = ThreadState.current().limit;
        RUNNING.incrementAndGet();
        Thread t = new ThreadState.PyThread(() -> {
            ThreadState.current().limit = limit;
            try {
                Abstract.callEx(function, args, kw);
            } catch (PyException e) {
                if (!e.matches(PyExc.SystemExit)) {
                    Object err = interp.sys().getDict().getOrNull("stderr");
                    String text = "Unhandled exception in thread started by " + Abstract.repr(function) + "\n"
                        + Tracebacks.format(e.value());
                    try {
                        Abstract.callMethod(err, "write", text);
                        Abstract.callMethod(err, "flush");
                    } catch (RuntimeException ignored) {
                        System.err.print(text);
                    }
                }
            } catch (StackOverflowError e) {
                System.err.println("Fatal Python error: stack overflow in a thread");
            } finally {
                RUNNING.decrementAndGet();
            }
        }, "Thread", STACK_SIZE);
        t.setDaemon(true); // the JVM does not wait for it: threading joins its non-daemon threads at exit
        t.start();
        return ident(t);
    }

    @Exposed.Method
    public static Object allocate_lock() {
        return new PyLock();
    }

    @Exposed.Method
    public static Object get_ident() {
        return ident(Thread.currentThread());
    }

    @Exposed.Method
    public static Object get_native_id() {
        return ident(Thread.currentThread());
    }

    @Exposed.Method
    public static Object _count() {
        return (long) RUNNING.get();
    }

    /** Registers a callable run at the program's end (threading's wait for non-daemon threads). */
    @Exposed.Method(params = {"func", "/"})
    public static Object _register_finalizer(Interpreter interp, Object func) {
        interp.addFinalizer(func);
        return PyNone.NONE;
    }

    /** The traceback of an exception as the default excepthook prints it. */
    @Exposed.Method(params = {"exc", "/"})
    public static Object _format_exception(Object exc) {
        if (!(exc instanceof PyBaseException e)) throw PyExc.typeError("an exception is required");
        return Tracebacks.format(e);
    }

    /** Seconds of a blocking call's timeout: -1 (or None when allowed) for none. */
    static long timeoutNanos(Object blocking, Object timeout) {
        boolean block = Abstract.isTrue(blocking);
        double t = timeout == PyNone.NONE ? -1 : Abstract.asDouble(timeout);
        if (!block && t != -1) throw PyExc.valueError("can't specify a timeout for a non-blocking call");
        if (t < 0 && t != -1) throw PyExc.valueError("timeout value must be positive");
        if (t > TIMEOUT_MAX) throw PyExc.overflow("timeout value is too large");
        if (!block) return 0;
        return t == -1 ? -1 : (long) (t * 1e9);
    }

    /** Acquires a permit: -1 nanos waits forever, 0 tries once. */
    static boolean acquire(Semaphore s, long nanos) {
        try {
            if (nanos < 0) {
                s.acquire();
                return true;
            }
            if (nanos == 0) return s.tryAcquire();
            return s.tryAcquire(nanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw PyExc.of(PyExc.KeyboardInterrupt);
        }
    }

    static String address(Object o) {
        return "0x" + Integer.toHexString(System.identityHashCode(o));
    }

    /** {@code _thread.lock}: a lock that any thread may release. */
    public static final class PyLock extends PyObject {
        final Semaphore sem = new Semaphore(1);

        @Override
        public PyType getType() {
            return LOCK;
        }

        @Exposed.Method(params = {"blocking=True", "timeout=-1"})
        public static Object acquire(Object self, Object blocking, Object timeout) {
            return ThreadModule.acquire(((PyLock) self).sem, timeoutNanos(blocking, timeout));
        }

        @Exposed.Method(name = "__enter__")
        public static Object enter(Object self) {
            return ThreadModule.acquire(((PyLock) self).sem, -1);
        }

        @Exposed.Method
        public static Object release(Object self) {
            PyLock l = (PyLock) self;
            synchronized (l) {
                if (l.sem.availablePermits() > 0) throw PyExc.runtimeError("release unlocked lock");
                l.sem.release();
            }
            return PyNone.NONE;
        }

        @Exposed.Method(name = "__exit__", params = {"*args"})
        public static Object exit(Object self, Object[] args) {
            release(self);
            return PyNone.NONE;
        }

        @Exposed.Method
        public static Object locked(Object self) {
            return ((PyLock) self).sem.availablePermits() == 0;
        }

        @Exposed.Method(name = "acquire_lock", params = {"blocking=True", "timeout=-1"})
        public static Object acquireLock(Object self, Object blocking, Object timeout) {
            return acquire(self, blocking, timeout);
        }

        @Exposed.Method(name = "release_lock")
        public static Object releaseLock(Object self) {
            return release(self);
        }

        @Exposed.Method(name = "__repr__")
        public static Object repr(Object self) {
            return "<" + (((PyLock) self).sem.availablePermits() == 0 ? "locked" : "unlocked") + " _thread.lock object at "
                + address(self) + ">";
        }
    }

    /** {@code _thread.RLock}: a reentrant lock, released by its owner only. */
    public static final class PyRLock extends PyObject {
        final Semaphore sem = new Semaphore(1);
        volatile long owner;
        long count;

        @Override
        public PyType getType() {
            return RLOCK;
        }

        @Exposed.Method(name = "__new__", isStatic = true, params = {"cls", "*args", "**kwargs"})
        public static Object new_(Object cls, Object[] args, PyDict kwargs) {
            return new PyRLock();
        }

        static boolean take(PyRLock l, long nanos) {
            long me = ident(Thread.currentThread());
            if (l.owner == me) {
                l.count++;
                return true;
            }
            if (!ThreadModule.acquire(l.sem, nanos)) return false;
            l.owner = me;
            l.count = 1;
            return true;
        }

        @Exposed.Method(params = {"blocking=True", "timeout=-1"})
        public static Object acquire(Object self, Object blocking, Object timeout) {
            return take((PyRLock) self, timeoutNanos(blocking, timeout));
        }

        @Exposed.Method(name = "__enter__", params = {"blocking=True", "timeout=-1"})
        public static Object enter(Object self, Object blocking, Object timeout) {
            return acquire(self, blocking, timeout);
        }

        @Exposed.Method
        public static Object release(Object self) {
            PyRLock l = (PyRLock) self;
            if (l.owner != ident(Thread.currentThread())) throw PyExc.runtimeError("cannot release un-acquired lock");
            if (--l.count == 0) {
                l.owner = 0;
                l.sem.release();
            }
            return PyNone.NONE;
        }

        @Exposed.Method(name = "__exit__", params = {"*args"})
        public static Object exit(Object self, Object[] args) {
            release(self);
            return PyNone.NONE;
        }

        @Exposed.Method
        public static Object _is_owned(Object self) {
            return ((PyRLock) self).owner == ident(Thread.currentThread());
        }

        /** Releases the lock whatever its depth; returns the state {@code _acquire_restore} takes back. */
        @Exposed.Method
        public static Object _release_save(Object self) {
            PyRLock l = (PyRLock) self;
            if (l.count == 0) throw PyExc.runtimeError("cannot release un-acquired lock");
            PyTuple state = PyTuple.of(l.count, l.owner);
            l.count = 0;
            l.owner = 0;
            l.sem.release();
            return state;
        }

        @Exposed.Method(params = {"state", "/"})
        public static Object _acquire_restore(Object self, Object state) {
            PyRLock l = (PyRLock) self;
            ThreadModule.acquire(l.sem, -1);
            PyTuple s = (PyTuple) state;
            l.count = Abstract.asLong(s.get(0));
            l.owner = Abstract.asLong(s.get(1));
            return PyNone.NONE;
        }

        @Exposed.Method(name = "__repr__")
        public static Object repr(Object self) {
            PyRLock l = (PyRLock) self;
            return "<" + (l.count > 0 ? "locked" : "unlocked") + " _thread.RLock object owner=" + l.owner + " count="
                + l.count + " at " + address(self) + ">";
        }
    }
}
