package org.jyco.stdlib;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jyco.runtime.Abstract;
import org.jyco.runtime.Exposed;
import org.jyco.runtime.Interpreter;
import org.jyco.runtime.PyExc;
import org.jyco.runtime.PyInstance;
import org.jyco.runtime.PyModule;
import org.jyco.runtime.PyNone;
import org.jyco.runtime.PyObject;
import org.jyco.runtime.PyType;
import org.jyco.runtime.PyValueInstance;
import org.jyco.runtime.Signature;
import org.jyco.runtime.Singletons;
import org.jyco.runtime.Subclassable;
import org.jyco.runtime.types.PyDict;
import org.jyco.runtime.types.PyFunction;
import org.jyco.runtime.types.PyList;
import org.jyco.runtime.types.PyMethod;
import org.jyco.runtime.types.PySet;

/**
 * {@code _weakref}: weak references on the JVM's garbage collector, and {@code gc}. A
 * {@code weakref.ref} holds a {@link WeakReference}; the referent's disappearance is noticed
 * when the JVM's reference queue is drained ({@code gc.collect()}, and whenever a weak
 * reference is made or called), and the callbacks then run, in the Python thread. Unlike
 * CPython, an object is not collected the moment its last reference goes: only a collection
 * ({@code gc.collect()}, or the JVM's own) clears the weak references to it.
 */
public final class WeakrefModule {
    private WeakrefModule() {}

    static final ReferenceQueue<Object> QUEUE = new ReferenceQueue<>();

    /** The weak references to each live referent, by identity (for reuse and counting). */
    private static final Map<Key, List<WeakReference<Ref>>> REFS = new HashMap<>();
    private static final ReferenceQueue<Object> KEYS = new ReferenceQueue<>();

    /** A weak identity key of the registry. */
    private static final class Key extends WeakReference<Object> {
        final int hash;

        Key(Object o, ReferenceQueue<Object> q) {
            super(o, q);
            hash = System.identityHashCode(o);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object other) {
            if (this == other) return true;
            if (!(other instanceof Key k)) return false;
            Object a = get();
            return a != null && a == k.get();
        }
    }

    /** The Java reference behind a Python weak reference (it knows its Python object for the callback). */
    static final class Cell extends WeakReference<Object> {
        final Ref owner;

        Cell(Object referent, Ref owner) {
            super(referent, QUEUE);
            this.owner = owner;
        }
    }

    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("_weakref");
        m.addFunctions(WeakrefModule.class);
        m.getDict().put("ref", Ref.TYPE);
        m.getDict().put("ReferenceType", Ref.TYPE);
        return m;
    }

    /** True if objects of o's kind can be weakly referenced (as in CPython). */
    static boolean referenceable(Object o) {
        if (o instanceof PyValueInstance.OfInt || o instanceof PyValueInstance.OfStr) return false;
        if (o instanceof PyInstance || o instanceof PyType || o instanceof PyFunction || o instanceof PyMethod
            || o instanceof PySet || o instanceof PyModule || o instanceof org.jyco.runtime.types.PyGenerator) {
            return true;
        }
        return o instanceof PyObject p && p.getType().lookup("__weakref__") != null;
    }

    /** Weak references whose callback has not run yet (held weakly: a dropped reference calls nothing). */
    static final java.util.Set<WeakReference<Ref>> WITH_CALLBACK = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** Runs the callbacks of the weak references whose referents were collected. */
    public static void drain() {
        for (java.lang.ref.Reference<?> r; (r = QUEUE.poll()) != null; ) runCallback(r);
        synchronized (REFS) {
            for (java.lang.ref.Reference<?> k; (k = KEYS.poll()) != null; ) REFS.remove(k);
        }
    }

    private static void runCallback(java.lang.ref.Reference<?> r) {
        runCallback(((Cell) r).owner);
    }

    private static void runCallback(Ref ref) {
        Object cb = ref.callback;
        ref.callback = PyNone.NONE;
        if (cb == PyNone.NONE) return;
        try {
            Abstract.call(cb, ref);
        } catch (RuntimeException e) {
            // as CPython: an exception in a callback is reported, not raised
            System.err.println("Exception ignored in: " + Abstract.repr(cb));
            System.err.println(PyExc.fromThrowable(e));
        }
    }

    private static List<WeakReference<Ref>> refsOf(Object o, boolean create) {
        synchronized (REFS) {
            Key probe = new Key(o, null);
            List<WeakReference<Ref>> l = REFS.get(probe);
            if (l == null && create) {
                l = new ArrayList<>();
                REFS.put(new Key(o, KEYS), l);
            }
            return l;
        }
    }

    private static List<Ref> liveRefs(Object o) {
        List<Ref> out = new ArrayList<>();
        List<WeakReference<Ref>> l = refsOf(o, false);
        if (l == null) return out;
        synchronized (REFS) {
            for (WeakReference<Ref> w : l) {
                Ref r = w.get();
                if (r != null && r.cell.get() != null) out.add(r);
            }
        }
        return out;
    }

    @Exposed.Method(name = "getweakrefcount", params = {"object", "/"})
    public static Object getweakrefcount(Object o) {
        return (long) liveRefs(o).size();
    }

    @Exposed.Method(name = "getweakrefs", params = {"object", "/"})
    public static Object getweakrefs(Object o) {
        return PyList.of(liveRefs(o).toArray());
    }

    /** {@code weakref.ref(obj[, callback])}: calling it gives obj, or None once obj is collected. */
    public static final class Ref extends PyObject implements Subclassable {
        static final PyType TYPE = PyType.newBuiltin("ReferenceType", PyType.OBJECT, Ref.class, Ref.class, "weakref");

        private PyType type = TYPE;
        private PyDict dict;
        final Cell cell;
        Object callback;
        private long hash;
        private boolean hashed;

        Ref(Object referent, Object callback) {
            this.cell = new Cell(referent, this);
            this.callback = callback;
        }

        @Override
        public PyType getType() {
            return type;
        }

        @Override
        public PyDict getDict() {
            return dict;
        }

        @Override
        public void becomeInstanceOf(PyType t) {
            type = t;
            dict = new PyDict();
        }


        @Exposed.Method(name = "__new__", isStatic = true, params = {"cls", "object", "callback=None", "/", "**kwargs"})
        public static Object new_(Object cls, Object object, Object callback, PyDict kwargs) {
            drain();
            if (!referenceable(object)) {
                throw PyExc.typeError("cannot create weak reference to '" + PyType.of(object).getName() + "' object");
            }
            List<WeakReference<Ref>> l = refsOf(object, true);
            if (cls == TYPE && callback == PyNone.NONE) {
                // a plain reference without callback is shared, as in CPython
                synchronized (REFS) {
                    for (WeakReference<Ref> w : l) {
                        Ref r = w.get();
                        if (r != null && r.type == TYPE && r.callback == PyNone.NONE && r.cell.get() == object) return r;
                    }
                }
            }
            Ref r = new Ref(object, callback);
            if (callback != PyNone.NONE) WITH_CALLBACK.add(new WeakReference<>(r));
            if (cls != TYPE) r.becomeInstanceOf((PyType) cls);
            synchronized (REFS) {
                l.add(new WeakReference<>(r));
            }
            return r;
        }

        @Exposed.Method(name = "__init__", params = {"*args", "**kwargs"})
        public static Object init(Object self, Object[] args, PyDict kwargs) {
            return PyNone.NONE;
        }

        /** The referent, or None once it is collected (through __call__, so subclasses can override it). */
        @Exposed.Method(name = "__call__")
        public static Object dunderCall(Object self) {
            drain();
            Object o = ((Ref) self).cell.get();
            return o == null ? PyNone.NONE : o;
        }

        @Exposed.Getter("__callback__")
        public static Object callback(Object self) {
            Ref r = (Ref) self;
            return r.cell.get() == null ? PyNone.NONE : r.callback;
        }

        @Exposed.Method(name = "__hash__")
        public static Object hash(Object self) {
            Ref r = (Ref) self;
            if (!r.hashed) {
                Object o = r.cell.get();
                if (o == null) throw PyExc.typeError("weak object has gone away");
                r.hash = Abstract.hash(o);
                r.hashed = true;
            }
            return r.hash;
        }

        @Exposed.Method(name = "__eq__", params = {"other", "/"})
        public static Object eq(Object self, Object other) {
            if (!(other instanceof Ref o)) return Singletons.NOT_IMPLEMENTED;
            Object a = ((Ref) self).cell.get(), b = o.cell.get();
            if (a == null || b == null) return self == other;
            return Abstract.eq(a, b);
        }

        @Exposed.Method(name = "__ne__", params = {"other", "/"})
        public static Object ne(Object self, Object other) {
            Object r = eq(self, other);
            return r == Singletons.NOT_IMPLEMENTED ? r : !(Boolean) r;
        }

        @Exposed.Method(name = "__repr__")
        public static Object repr(Object self) {
            Ref r = (Ref) self;
            Object o = r.cell.get();
            String at = "<weakref at 0x" + Long.toHexString(System.identityHashCode(self));
            if (o == null) return at + "; dead>";
            return at + "; to '" + PyType.of(o).getName() + "' at 0x" + Long.toHexString(System.identityHashCode(o)) + ">";
        }

        @Exposed.Method(name = "__class_getitem__", classMethod = true, params = {"item", "/"})
        public static Object classGetitem(Object cls, Object item) {
            return org.jyco.runtime.types.PyGenericAlias.classGetItem(cls, item);
        }
    }

    // ================================================================== gc

    /** {@code gc}: collection is the JVM's; collect() asks for one and runs weak reference callbacks. */
    public static final class Gc {
        private Gc() {}

        private static boolean enabled = true;
        private static Object threshold = org.jyco.runtime.types.PyTuple.of(700L, 10L, 10L);

        public static PyModule create(Interpreter interp) {
            PyModule m = new PyModule("gc");
            m.addFunctions(Gc.class);
            m.getDict().put("garbage", new PyList());
            m.getDict().put("callbacks", new PyList());
            m.getDict().put("DEBUG_STATS", 1L);
            m.getDict().put("DEBUG_COLLECTABLE", 2L);
            m.getDict().put("DEBUG_UNCOLLECTABLE", 4L);
            m.getDict().put("DEBUG_SAVEALL", 32L);
            m.getDict().put("DEBUG_LEAK", 38L);
            return m;
        }

        @Exposed.Method(name = "collect", params = {"generation=2"})
        public static Object collect(Object generation) {
            System.gc();
            // the JVM enqueues cleared references later, on its own thread: look at them now
            for (WeakReference<Ref> w : WITH_CALLBACK) {
                Ref r = w.get();
                if (r == null || r.callback == PyNone.NONE) {
                    WITH_CALLBACK.remove(w);
                } else if (r.cell.refersTo(null)) {
                    WITH_CALLBACK.remove(w);
                    runCallback(r);
                }
            }
            drain();
            return 0L;
        }

        @Exposed.Method(name = "enable")
        public static Object enable() {
            enabled = true;
            return PyNone.NONE;
        }

        @Exposed.Method(name = "disable")
        public static Object disable() {
            enabled = false;
            return PyNone.NONE;
        }

        @Exposed.Method(name = "isenabled")
        public static Object isenabled() {
            return enabled;
        }

        @Exposed.Method(name = "get_threshold")
        public static Object getThreshold() {
            return threshold;
        }

        @Exposed.Method(name = "set_threshold", params = {"threshold0", "threshold1=?", "threshold2=?", "/"})
        public static Object setThreshold(Object a, Object b, Object c) {
            Object t1 = b == Signature.MISSING ? 10L : b, t2 = c == Signature.MISSING ? 10L : c;
            threshold = org.jyco.runtime.types.PyTuple.of(a, t1, t2);
            return PyNone.NONE;
        }

        @Exposed.Method(name = "get_count")
        public static Object getCount() {
            return org.jyco.runtime.types.PyTuple.of(0L, 0L, 0L);
        }

        @Exposed.Method(name = "is_tracked", params = {"obj", "/"})
        public static Object isTracked(Object o) {
            return o instanceof PyObject && !(o instanceof PyType && ((PyType) o).isBuiltin());
        }

        @Exposed.Method(name = "is_finalized", params = {"obj", "/"})
        public static Object isFinalized(Object o) {
            return false;
        }

        @Exposed.Method(name = "freeze")
        public static Object freeze() {
            return PyNone.NONE;
        }

        @Exposed.Method(name = "unfreeze")
        public static Object unfreeze() {
            return PyNone.NONE;
        }

        @Exposed.Method(name = "get_freeze_count")
        public static Object getFreezeCount() {
            return 0L;
        }

        @Exposed.Method(name = "get_objects", params = {"generation=None"})
        public static Object getObjects(Object generation) {
            throw PyExc.notImplemented("gc.get_objects() is not available: the JVM's collector does not list objects");
        }

        @Exposed.Method(name = "get_referrers", params = {"*objs"})
        public static Object getReferrers(Object[] objs) {
            throw PyExc.notImplemented("gc.get_referrers() is not available: the JVM's collector does not expose references");
        }

        @Exposed.Method(name = "get_referents", params = {"*objs"})
        public static Object getReferents(Object[] objs) {
            throw PyExc.notImplemented("gc.get_referents() is not available: the JVM's collector does not expose references");
        }
    }
}
