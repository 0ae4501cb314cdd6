package org.jyco.stdlib;

import java.util.ArrayList;
import java.util.List;
import org.jyco.runtime.Abstract;
import org.jyco.runtime.CompareOp;
import org.jyco.runtime.Exposed;
import org.jyco.runtime.Interpreter;
import org.jyco.runtime.PyCallable;
import org.jyco.runtime.PyExc;
import org.jyco.runtime.PyException;
import org.jyco.runtime.PyInstance;
import org.jyco.runtime.PyModule;
import org.jyco.runtime.PyNone;
import org.jyco.runtime.PyObject;
import org.jyco.runtime.PyType;
import org.jyco.runtime.Signature;
import org.jyco.runtime.Singletons;
import org.jyco.runtime.types.PyDict;
import org.jyco.runtime.types.PyIterators;
import org.jyco.runtime.types.PyMethod;
import org.jyco.runtime.types.PyTuple;

/** The {@code functools} module. */
public final class FunctoolsModule {
    private FunctoolsModule() {}

    static final PyTuple WRAPPER_ASSIGNMENTS =
        PyTuple.of("__module__", "__name__", "__qualname__", "__doc__", "__annotations__");
    static final PyTuple WRAPPER_UPDATES = PyTuple.of("__dict__");
    static volatile Object updateWrapperFn;

    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("functools");
        m.addFunctions(FunctoolsModule.class);
        PyDict d = m.getDict();
        d.put("WRAPPER_ASSIGNMENTS", WRAPPER_ASSIGNMENTS);
        d.put("WRAPPER_UPDATES", WRAPPER_UPDATES);
        d.put("partial", Partial.TYPE);
        d.put("cached_property", CachedProperty.TYPE);
        updateWrapperFn = d.get("update_wrapper");
        return m;
    }

    @Exposed.Method(params = {"function", "iterable", "initial=?", "/"})
    public static Object reduce(Object function, Object iterable, Object initial) {
        Object it;
        try {
            it = Abstract.iter(iterable);
        } catch (PyException e) {
            if (e.matches(PyExc.TypeError)) throw PyExc.typeError("reduce() arg 2 must support iteration");
            throw e;
        }
        Object acc = initial == Signature.MISSING ? null : initial;
        for (Object x = Abstract.next(it); x != PyIterators.END; x = Abstract.next(it)) {
            acc = acc == null ? x : Abstract.call(function, acc, x);
        }
        if (acc == null) throw PyExc.typeError("reduce() of empty iterable with no initial value");
        return acc;
    }

    // ------------------------------------------------------------------ partial

    public static final class Partial extends PyObject implements PyCallable {
        static final PyType TYPE = PyType.newBuiltin("partial", PyType.OBJECT, Partial.class, Partial.class, "functools");
        final Object func;
        final Object[] args;
        final PyDict keywords;
        final PyDict dict = new PyDict();

        Partial(Object func, Object[] args, PyDict keywords) {
            this.func = func;
            this.args = args;
            this.keywords = keywords;
        }

        @Override
        public PyType getType() {
            return TYPE;
        }

        @Override
        public PyDict getDict() {
            return dict;
        }

        @Override
        public Object call(Object[] a, String[] kwnames) {
            int npos = a.length - kwnames.length;
            Object[] pos = new Object[args.length + npos];
            System.arraycopy(args, 0, pos, 0, args.length);
            System.arraycopy(a, 0, pos, args.length, npos);
            if (keywords.size() == 0 && kwnames.length == 0) return Abstract.call(func, pos);
            PyDict kw = new PyDict();
            for (var e : keywords.entrySet()) kw.put(e.getKey(), e.getValue());
            for (int i = 0; i < kwnames.length; i++) kw.put(kwnames[i], a[npos + i]);
            return Abstract.callEx(func, PyTuple.of(pos), kw);
        }

        @Exposed.Method(name = "__new__", isStatic = true, params = {"cls", "*args", "**keywords"})
        public static Object new_(Object cls, Object[] args, PyDict keywords) {
            if (args.length == 0) throw PyExc.typeError("type 'partial' takes at least one argument");
            Object func = args[0];
            if (!Abstract.isCallable(func)) throw PyExc.typeError("the first argument must be callable");
            Object[] rest = new Object[args.length - 1];
            System.arraycopy(args, 1, rest, 0, rest.length);
            PyDict kw = new PyDict();
            if (func instanceof Partial p) {
                Object[] merged = new Object[p.args.length + rest.length];
                System.arraycopy(p.args, 0, merged, 0, p.args.length);
                System.arraycopy(rest, 0, merged, p.args.length, rest.length);
                rest = merged;
                for (var e : p.keywords.entrySet()) kw.put(e.getKey(), e.getValue());
                func = p.func;
            }
            if (keywords != null) for (var e : keywords.entrySet()) kw.put(e.getKey(), e.getValue());
            return new Partial(func, rest, kw);
        }

        @Exposed.Method(name = "__call__", params = {"*args", "**kwargs"})
        public static Object call_(Object self, Object[] args, PyDict kwargs) {
            return Abstract.callEx(self, PyTuple.of(args), kwargs);
        }

        @Exposed.Getter("func")
        public static Object func(Object self) {
            return ((Partial) self).func;
        }

        @Exposed.Getter("args")
        public static Object args(Object self) {
            return PyTuple.of(((Partial) self).args.clone());
        }

        @Exposed.Getter("keywords")
        public static Object keywords(Object self) {
            return ((Partial) self).keywords;
        }

        @Exposed.Getter("__dict__")
        public static Object dict(Object self) {
            return ((Partial) self).dict;
        }

        @Exposed.Method(name = "__repr__")
        public static Object repr(Object self) {
            Partial p = (Partial) self;
            return Abstract.reprGuarded(p, "...", () -> {
                StringBuilder sb = new StringBuilder("functools.partial(").append(Abstract.repr(p.func));
                for (Object a : p.args) sb.append(", ").append(Abstract.repr(a));
                for (var e : p.keywords.entrySet()) sb.append(", ").append(e.getKey()).append('=').append(Abstract.repr(e.getValue()));
                return sb.append(')').toString();
            });
        }
    }

    // ------------------------------------------------------------------ update_wrapper, wraps

    @Exposed.Method(params = {"wrapper", "wrapped", "assigned=?", "updated=?"})
    public static Object update_wrapper(Object wrapper, Object wrapped, Object assigned, Object updated) {
        Object as = assigned == Signature.MISSING ? WRAPPER_ASSIGNMENTS : assigned;
        Object up = updated == Signature.MISSING ? WRAPPER_UPDATES : updated;
        for (Object n : Abstract.toArray(as)) {
            String name = (String) n;
            Object v = Abstract.getAttrOrNull(wrapped, name);
            if (v != null) Abstract.setAttr(wrapper, name, v);
        }
        for (Object n : Abstract.toArray(up)) {
            String name = (String) n;
            Object target = Abstract.getAttr(wrapper, name);
            Object src = Abstract.getAttrOrNull(wrapped, name);
            if (src != null) Abstract.callMethod(target, "update", src);
        }
        Abstract.setAttr(wrapper, "__wrapped__", wrapped);
        return wrapper;
    }

    @Exposed.Method(params = {"wrapped", "assigned=?", "updated=?"})
    public static Object wraps(Object wrapped, Object assigned, Object updated) {
        PyDict kw = new PyDict();
        kw.put("wrapped", wrapped);
        kw.put("assigned", assigned == Signature.MISSING ? WRAPPER_ASSIGNMENTS : assigned);
        kw.put("updated", updated == Signature.MISSING ? WRAPPER_UPDATES : updated);
        return new Partial(updateWrapperFn, new Object[0], kw);
    }

    // ------------------------------------------------------------------ lru_cache

    static final PyType LRU_WRAPPER =
        PyType.newBuiltin("_lru_cache_wrapper", PyType.OBJECT, LruWrapper.class, LruWrapper.class, "functools");

    static final class Key {
        final Object[] parts;
        final int hash;

        Key(Object[] parts) {
            this.parts = parts;
            long h = 7;
            for (Object p : parts) h = h * 31 + Abstract.hash(p);
            this.hash = Long.hashCode(h);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof Key k) || k.parts.length != parts.length) return false;
            for (int i = 0; i < parts.length; i++) if (!Abstract.eq(parts[i], k.parts[i])) return false;
            return true;
        }
    }

    static final Object KWMARK = new Object();

    public static final class LruWrapper extends PyInstance implements PyCallable {
        final Object func;
        final long maxsize; // -1 unbounded
        final boolean typed;
        final java.util.LinkedHashMap<Key, Object> cache = new java.util.LinkedHashMap<>(16, 0.75f, true);
        long hits, misses;

        LruWrapper(Object func, long maxsize, boolean typed) {
            super(LRU_WRAPPER);
            setDict(new PyDict());
            this.func = func;
            this.maxsize = maxsize;
            this.typed = typed;
        }

        @Override
        public Object call(Object[] a, String[] kwnames) {
            if (maxsize == 0) {
                misses++;
                return Abstract.call(func, a, kwnames);
            }
            List<Object> parts = new ArrayList<>();
            for (Object x : a) parts.add(x);
            if (kwnames.length > 0) {
                parts.add(KWMARK);
                for (String k : kwnames) parts.add(k);
            }
            if (typed) for (Object x : a) parts.add(PyType.of(x));
            Key key = new Key(parts.toArray());
            Object v = cache.get(key);
            if (v != null) {
                hits++;
                return v;
            }
            misses++;
            v = Abstract.call(func, a, kwnames);
            cache.put(key, v);
            if (maxsize > 0 && cache.size() > maxsize) {
                var it = cache.keySet().iterator();
                it.next();
                it.remove();
            }
            return v;
        }

        @Exposed.Method(name = "__call__", params = {"*args", "**kwargs"})
        public static Object call_(Object self, Object[] args, PyDict kwargs) {
            return Abstract.callEx(self, PyTuple.of(args), kwargs);
        }

        @Exposed.Method(name = "__get__", params = {"instance", "owner=None", "/"})
        public static Object get(Object self, Object instance, Object owner) {
            return instance == PyNone.NONE ? self : new PyMethod(self, instance);
        }

        @Exposed.Method(name = "cache_info")
        public static Object cacheInfo(Object self) {
            LruWrapper w = (LruWrapper) self;
            return CacheInfo.make(w.hits, w.misses, w.maxsize < 0 ? PyNone.NONE : (Object) w.maxsize, (long) w.cache.size());
        }

        @Exposed.Method(name = "cache_clear")
        public static Object cacheClear(Object self) {
            LruWrapper w = (LruWrapper) self;
            w.cache.clear();
            w.hits = w.misses = 0;
            return PyNone.NONE;
        }

        @Exposed.Method(name = "cache_parameters")
        public static Object cacheParameters(Object self) {
            LruWrapper w = (LruWrapper) self;
            PyDict d = new PyDict();
            d.put("maxsize", w.maxsize < 0 ? PyNone.NONE : (Object) w.maxsize);
            d.put("typed", w.typed);
            return d;
        }

        @Exposed.Method(name = "__repr__")
        public static Object repr(Object self) {
            return "<functools._lru_cache_wrapper object at 0x" + Long.toHexString(System.identityHashCode(self)) + ">";
        }
    }

    /** CacheInfo(hits=, misses=, maxsize=, currsize=): a namedtuple-like tuple subclass. */
    static final class CacheInfo {
        static final PyType TYPE = PyType.newBuiltin("CacheInfo", PyType.TUPLE, PyTuple.class, CacheInfoMethods.class, "functools");

        static Object make(Object... items) {
            return new PyTuple.Sub(TYPE, items);
        }
    }

    public static final class CacheInfoMethods {
        private CacheInfoMethods() {}

        private static Object item(Object self, int i) {
            return ((PyTuple) self).get(i);
        }

        @Exposed.Getter("hits") public static Object hits(Object self) { return item(self, 0); }
        @Exposed.Getter("misses") public static Object misses(Object self) { return item(self, 1); }
        @Exposed.Getter("maxsize") public static Object maxsize(Object self) { return item(self, 2); }
        @Exposed.Getter("currsize") public static Object currsize(Object self) { return item(self, 3); }

        @Exposed.Method(name = "__repr__")
        public static Object repr(Object self) {
            return "CacheInfo(hits=" + Abstract.repr(item(self, 0)) + ", misses=" + Abstract.repr(item(self, 1))
                + ", maxsize=" + Abstract.repr(item(self, 2)) + ", currsize=" + Abstract.repr(item(self, 3)) + ")";
        }
    }

    private static Object makeLru(Object func, long maxsize, boolean typed) {
        LruWrapper w = new LruWrapper(func, maxsize, typed);
        update_wrapper(w, func, Signature.MISSING, Signature.MISSING);
        return w;
    }

    @Exposed.Method(params = {"maxsize=128", "typed=False"})
    public static Object lru_cache(Object maxsize, Object typed) {
        boolean ty = Abstract.isTrue(typed);
        if (Abstract.isCallable(maxsize) && !(maxsize instanceof Long) && !(maxsize instanceof Boolean)) {
            return makeLru(maxsize, 128, ty);
        }
        long ms;
        if (maxsize == PyNone.NONE) ms = -1;
        else if (maxsize instanceof Long || maxsize instanceof Boolean || maxsize instanceof java.math.BigInteger) {
            ms = Math.max(0, Abstract.asLongClamped(Abstract.index(maxsize)));
        } else {
            throw PyExc.typeError("Expected first argument to be an integer, a callable, or None");
        }
        long fms = ms;
        return new JavaMethodBase("decorating_function", (a, kw) -> {
            if (a.length != 1 || kw.length != 0) throw PyExc.typeError("decorating_function() takes 1 positional argument");
            return makeLru(a[0], fms, ty);
        });
    }

    @Exposed.Method(params = {"user_function", "/"})
    public static Object cache(Object f) {
        return makeLru(f, -1, false);
    }

    // ------------------------------------------------------------------ cmp_to_key

    static final PyType KEY_TYPE = PyType.newBuiltin("KeyWrapper", PyType.OBJECT, KeyWrapper.class, KeyWrapper.class, "functools");

    public static final class KeyWrapper extends PyObject implements PyCallable {
        final Object cmp;
        final Object obj;

        KeyWrapper(Object cmp, Object obj) {
            this.cmp = cmp;
            this.obj = obj;
        }

        @Override
        public PyType getType() {
            return KEY_TYPE;
        }

        @Override
        public Object call(Object[] a, String[] kwnames) {
            if (kwnames.length > 0) throw PyExc.typeError("KeyWrapper() takes no keyword arguments");
            if (a.length != 1) throw PyExc.typeError("KeyWrapper() takes exactly 1 argument (" + a.length + " given)");
            return new KeyWrapper(cmp, a[0]);
        }

        @Exposed.Method(name = "__call__", params = {"*args", "**kwargs"})
        public static Object call_(Object self, Object[] args, PyDict kwargs) {
            return Abstract.callEx(self, PyTuple.of(args), kwargs);
        }

        @Exposed.Method(name = "__hash__")
        public static Object hash(Object self) {
            throw PyExc.typeError("unhashable type: 'functools.KeyWrapper'");
        }

        private static Object cmp(Object self, Object other, CompareOp op) {
            KeyWrapper a = (KeyWrapper) self;
            if (!(other instanceof KeyWrapper b)) throw PyExc.typeError("other argument must be K instance");
            Object r = Abstract.call(a.cmp, a.obj, b.obj);
            return Abstract.richCompare(r, 0L, op);
        }

        @Exposed.Method(name = "__lt__", params = {"other"}) public static Object lt(Object s, Object o) { return cmp(s, o, CompareOp.LT); }
        @Exposed.Method(name = "__le__", params = {"other"}) public static Object le(Object s, Object o) { return cmp(s, o, CompareOp.LE); }
        @Exposed.Method(name = "__gt__", params = {"other"}) public static Object gt(Object s, Object o) { return cmp(s, o, CompareOp.GT); }
        @Exposed.Method(name = "__ge__", params = {"other"}) public static Object ge(Object s, Object o) { return cmp(s, o, CompareOp.GE); }
        @Exposed.Method(name = "__eq__", params = {"other"}) public static Object eq(Object s, Object o) { return cmp(s, o, CompareOp.EQ); }
        @Exposed.Method(name = "__ne__", params = {"other"}) public static Object ne(Object s, Object o) { return cmp(s, o, CompareOp.NE); }

        @Exposed.Getter("obj")
        public static Object obj(Object self) {
            Object o = ((KeyWrapper) self).obj;
            if (o == null) throw PyExc.attributeError("obj");
            return o;
        }
    }

    @Exposed.Method(params = {"mycmp"})
    public static Object cmp_to_key(Object mycmp) {
        return new KeyWrapper(mycmp, null);
    }

    // ------------------------------------------------------------------ total_ordering

    static final PyType JMETHOD = PyType.newBuiltin("function", PyType.OBJECT, JavaMethodBase.class, JavaMethodBase.class, "builtins");

    /** A function defined in Java that binds like a Python function when found on a class. */
    public static class JavaMethodBase extends PyInstance implements PyCallable {
        final String name;
        final PyCallable body;

        JavaMethodBase(String name, PyCallable body) {
            super(JMETHOD);
            this.name = name;
            this.body = body;
        }

        @Override
        public Object call(Object[] a, String[] kwnames) {
            return body.call(a, kwnames);
        }

        @Exposed.Method(name = "__get__", params = {"instance", "owner=None", "/"})
        public static Object get(Object self, Object instance, Object owner) {
            return instance == PyNone.NONE ? self : new PyMethod(self, instance);
        }

        @Exposed.Getter("__name__")
        public static Object name(Object self) {
            return ((JavaMethodBase) self).name;
        }

        @Exposed.Method(name = "__repr__")
        public static Object repr(Object self) {
            return "<function " + ((JavaMethodBase) self).name + " at 0x" + Long.toHexString(System.identityHashCode(self)) + ">";
        }
    }

    private static Object notOp(Object r) {
        return r == Singletons.NOT_IMPLEMENTED ? r : (Object) !Abstract.isTrue(r);
    }

    /** Derives op from root: each entry gives the formula as in functools._convert. */
    private static Object derive(String root, String op, Object self, Object other) {
        Object r = Abstract.callMethod(self, root, other);
        if (r == Singletons.NOT_IMPLEMENTED) return r;
        boolean rv = Abstract.isTrue(r);
        switch (root + op) {
            case "__lt____gt__": return !rv && !Abstract.eq(self, other);
            case "__lt____le__": return rv || Abstract.eq(self, other);
            case "__lt____ge__": return !rv;
            case "__le____ge__": return !rv || Abstract.eq(self, other);
            case "__le____lt__": return rv && !Abstract.eq(self, other);
            case "__le____gt__": return !rv;
            case "__gt____lt__": return !rv && !Abstract.eq(self, other);
            case "__gt____ge__": return rv || Abstract.eq(self, other);
            case "__gt____le__": return !rv;
            case "__ge____le__": return !rv || Abstract.eq(self, other);
            case "__ge____gt__": return rv && !Abstract.eq(self, other);
            case "__ge____lt__": return !rv;
            default: throw PyExc.systemError("bad ordering");
        }
    }

    @Exposed.Method(params = {"cls"})
    public static Object total_ordering(Object cls) {
        PyType t = (PyType) cls;
        String[] ops = {"__lt__", "__le__", "__gt__", "__ge__"};
        String root = null;
        for (String op : ops) {
            Object own = t.lookup(op);
            Object inherited = PyType.OBJECT.lookup(op);
            if (own != null && own != inherited) {
                root = op;
                break;
            }
        }
        if (root == null) throw PyExc.valueError("must define at least one ordering operation: < > <= >=");
        for (String op : ops) {
            Object own = t.lookup(op);
            if (own != null && own != PyType.OBJECT.lookup(op)) continue;
            String r = root;
            t.setAttribute(op, new JavaMethodBase(op, (a, kw) -> derive(r, op, a[0], a[1])));
        }
        return cls;
    }

    // ------------------------------------------------------------------ singledispatch

    static final PyType SINGLEDISPATCH =
        PyType.newBuiltin("function", PyType.OBJECT, SingleDispatch.class, SingleDispatch.class, "builtins");

    /** The function returned by {@code singledispatch}: dispatches on the type of its first argument. */
    public static final class SingleDispatch extends PyInstance implements PyCallable {
        final Object func;
        final PyDict registry = new PyDict();
        final String funcname;

        SingleDispatch(Object func) {
            super(SINGLEDISPATCH);
            setDict(new PyDict());
            this.func = func;
            Object n = Abstract.getAttrOrNull(func, "__name__");
            this.funcname = n instanceof String s ? s : "singledispatch function";
            registry.put(PyType.OBJECT, func);
        }

        Object dispatch(PyType cls) {
            for (PyType t : cls.getMro()) {
                Object f = registry.getOrNull(t);
                if (f != null) return f;
            }
            return func;
        }

        @Override
        public Object call(Object[] a, String[] kwnames) {
            if (a.length - kwnames.length < 1) {
                throw PyExc.typeError(funcname + " requires at least 1 positional argument");
            }
            return Abstract.call(dispatch(PyType.of(a[0])), a, kwnames);
        }

        @Exposed.Method(name = "__call__", params = {"*args", "**kwargs"})
        public static Object call_(Object self, Object[] args, PyDict kwargs) {
            return Abstract.callEx(self, PyTuple.of(args), kwargs);
        }

        @Exposed.Method(name = "__get__", params = {"instance", "owner=None", "/"})
        public static Object get(Object self, Object instance, Object owner) {
            return instance == PyNone.NONE ? self : new PyMethod(self, instance);
        }

        @Exposed.Method(params = {"cls", "/"})
        public static Object dispatch(Object self, Object cls) {
            return ((SingleDispatch) self).dispatch((PyType) cls);
        }

        @Exposed.Method(name = "__repr__")
        public static Object repr(Object self) {
            return "<function " + ((SingleDispatch) self).funcname + " at 0x" + Long.toHexString(System.identityHashCode(self)) + ">";
        }

        @Exposed.Getter("registry")
        public static Object registry(Object self) {
            return ((SingleDispatch) self).registry;
        }

        @Exposed.Method(params = {"cls", "func=None"})
        public static Object register(Object self, Object cls, Object func) {
            SingleDispatch sd = (SingleDispatch) self;
            if (!(cls instanceof PyType)) {
                if (func != PyNone.NONE) {
                    throw PyExc.typeError("Invalid first argument to `register()`. " + Abstract.repr(cls)
                        + " is not a class or union type.");
                }
                Object ann = Abstract.getAttrOrNull(cls, "__annotations__");
                Object target = null;
                if (ann instanceof PyDict d) {
                    for (var e : d.entrySet()) {
                        if (!"return".equals(e.getKey())) {
                            target = e.getValue();
                            break;
                        }
                    }
                }
                if (!(target instanceof PyType)) {
                    throw PyExc.typeError("Invalid first argument to `register()`: " + Abstract.repr(cls)
                        + ". Use either `@register(some_class)` or plain `@register` on an annotated function.");
                }
                sd.registry.put(target, cls);
                return cls;
            }
            if (func == PyNone.NONE) {
                return new JavaMethodBase("register", (a, kw) -> register(self, cls, a[0]));
            }
            sd.registry.put(cls, func);
            return func;
        }
    }

    @Exposed.Method(params = {"func"})
    public static Object singledispatch(Object func) {
        SingleDispatch sd = new SingleDispatch(func);
        update_wrapper(sd, func, Signature.MISSING, Signature.MISSING);
        return sd;
    }

    // ------------------------------------------------------------------ cached_property

    public static final class CachedProperty extends PyInstance {
        static final PyType TYPE =
            PyType.newBuiltin("cached_property", PyType.OBJECT, CachedProperty.class, CachedProperty.class, "functools");
        final Object func;
        String attrname;

        CachedProperty(Object func) {
            super(TYPE);
            setDict(new PyDict());
            this.func = func;
            Object doc = Abstract.getAttrOrNull(func, "__doc__");
            getDict().put("__doc__", doc == null ? PyNone.NONE : doc);
        }

        @Exposed.Method(name = "__new__", isStatic = true, params = {"cls", "func"})
        public static Object new_(Object cls, Object func) {
            return new CachedProperty(func);
        }

        @Exposed.Method(name = "__set_name__", params = {"owner", "name"})
        public static Object setName(Object self, Object owner, Object name) {
            CachedProperty p = (CachedProperty) self;
            if (p.attrname == null) {
                p.attrname = (String) name;
            } else if (!p.attrname.equals(name)) {
                throw PyExc.typeError("Cannot assign the same cached_property to two different names ("
                    + Abstract.repr(p.attrname) + " and " + Abstract.repr(name) + ").");
            }
            return PyNone.NONE;
        }

        @Exposed.Method(name = "__get__", params = {"instance", "owner=None", "/"})
        public static Object get(Object self, Object instance, Object owner) {
            CachedProperty p = (CachedProperty) self;
            if (instance == PyNone.NONE) return self;
            if (p.attrname == null) {
                throw PyExc.typeError("Cannot use cached_property instance without calling __set_name__ on it.");
            }
            PyDict d = instance instanceof PyObject po ? po.getDict() : null;
            if (d == null) {
                throw PyExc.typeError("No '__dict__' attribute on " + Abstract.repr(PyType.of(instance).getName())
                    + " instance to cache " + Abstract.repr(p.attrname) + " property.");
            }
            Object v = d.getOrNull(p.attrname);
            if (v != null) return v;
            v = Abstract.call(p.func, instance);
            d.put(p.attrname, v);
            return v;
        }

        @Exposed.Getter("func")
        public static Object func(Object self) {
            return ((CachedProperty) self).func;
        }

        @Exposed.Getter("attrname")
        public static Object attrname(Object self) {
            String n = ((CachedProperty) self).attrname;
            return n == null ? PyNone.NONE : n;
        }
    }

}
