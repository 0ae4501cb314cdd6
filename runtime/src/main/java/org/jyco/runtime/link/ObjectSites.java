package org.jyco.runtime.link;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import org.jyco.runtime.Abstract;
import org.jyco.runtime.PyInstance;
import org.jyco.runtime.PyModule;
import org.jyco.runtime.PyType;
import org.jyco.runtime.types.PyDescriptors;
import org.jyco.runtime.types.PyDict;
import org.jyco.runtime.types.PyIterators;
import org.jyco.runtime.types.PyList;
import org.jyco.runtime.types.PyRange;
import org.jyco.runtime.types.PyTuple;

/**
 * Sites on objects: attributes ({@code getattr:x}, {@code setattr:x}, {@code delattr:x}),
 * items ({@code getitem}, {@code setitem}, {@code delitem}, {@code contains}) and iteration
 * ({@code iter}, {@code next}: the next item or {@link PyIterators#END}).
 */
final class ObjectSites {
    private ObjectSites() {}

    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

    static MethodHandle find(Class<?> c, String name, MethodType t) {
        try {
            return LOOKUP.findStatic(c, name, t);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    // ------------------------------------------------------------------ fast paths

    /** Instance attribute from the dictionary, else the full protocol. */
    static Object instanceGet(String name, Object o) {
        Object v = ((PyInstance) o).getDict().getOrNull(name);
        return v != null ? v : Abstract.getAttr(o, name);
    }

    static void instanceSet(String name, Object o, Object v) {
        ((PyInstance) o).getDict().put(name, v);
    }

    static Object moduleGet(String name, Object o) {
        Object v = ((PyModule) o).getDict().getOrNull(name);
        return v != null ? v : Abstract.getAttr(o, name);
    }

    static Object listGet(Object list, Object index) {
        return listGetAt(list, (Long) index);
    }

    static Object listGetAt(Object list, long i) {
        PyList l = (PyList) list;
        int n = l.size();
        if (i < 0) i += n;
        if (i < 0 || i >= n) throw org.jyco.runtime.PyExc.indexError("list index out of range");
        return l.get((int) i);
    }

    static void listSet(Object list, Object index, Object value) {
        listSetAt(list, (Long) index, value);
    }

    static void listSetAt(Object list, long i, Object value) {
        PyList l = (PyList) list;
        int n = l.size();
        if (i < 0) i += n;
        if (i < 0 || i >= n) throw org.jyco.runtime.PyExc.indexError("list assignment index out of range");
        l.set((int) i, value);
    }

    static Object tupleGet(Object tuple, Object index) {
        return tupleGetAt(tuple, (Long) index);
    }

    static Object tupleGetAt(Object tuple, long i) {
        PyTuple t = (PyTuple) tuple;
        int n = t.size();
        if (i < 0) i += n;
        if (i < 0 || i >= n) throw org.jyco.runtime.PyExc.indexError("tuple index out of range");
        return t.get((int) i);
    }

    static Object dictGet(Object dict, Object key) {
        Object v = ((PyDict) dict).getOrNull(key);
        if (v == null) throw org.jyco.runtime.PyExc.keyError(key);
        return v;
    }

    static void dictSet(Object dict, Object key, Object value) {
        ((PyDict) dict).put(key, value);
    }

    static Object stringGet(Object s, Object index) {
        return stringGetAt(s, (Long) index);
    }

    static Object stringGetAt(Object s, long index) {
        return org.jyco.runtime.types.PyStr.getItem((String) s, index);
    }

    static boolean dictContains(Object key, Object dict) {
        return ((PyDict) dict).containsKey(key);
    }

    static boolean stringContains(Object sub, Object s) {
        return ((String) s).contains((String) sub);
    }

    static Object listIter(Object l) {
        return ((PyList) l).iter();
    }

    static Object rangeIter(Object r) {
        return ((PyRange) r).iterator();
    }

    static Object builtinNext(Object it) {
        return ((PyIterators.Base) it).next();
    }

    static Object rangeNext(Object it) {
        return ((PyRange.RangeIterator) it).next();
    }

    static Object getAttr(String name, Object o) {
        return Abstract.getAttr(o, name);
    }

    static void setAttr(String name, Object o, Object v) {
        Abstract.setAttr(o, name, v);
    }

    static void delAttr(String name, Object o) {
        Abstract.setAttr(o, name, null);
    }

    static boolean contains(Object item, Object container) {
        return Abstract.contains(container, item);
    }

    // ------------------------------------------------------------------ attribute sites

    static final class AttributeSite extends PySite {
        private final String kind;
        private final String name;

        AttributeSite(String operation, MethodType type, String kind, String name) {
            super(operation, type);
            this.kind = kind;
            this.name = name;
        }

        @Override
        protected Linkage link(Object[] args) {
            Object o = args[0];
            MethodType site = type();
            MethodHandle kindGuard = Guards.sameKind(o, 0, site);
            if (o instanceof PyInstance pi && pi.getDict() != null) {
                PyType t = pi.getType();
                Object attr = t.lookup(name);
                boolean plain = attr == null || !PyDescriptors.isDataDescriptor(attr);
                boolean standardAccess = t.lookup("__getattribute__") == PyType.OBJECT.dict().get("__getattribute__")
                    && t.lookup("__setattr__") == PyType.OBJECT.dict().get("__setattr__");
                if (plain && standardAccess) {
                    if (kind.equals("getattr")) {
                        return new Linkage(MethodHandles.insertArguments(find(ObjectSites.class, "instanceGet",
                            MethodType.methodType(Object.class, String.class, Object.class)), 0, name), kindGuard, t.version(),
                            "instance dict get");
                    }
                    if (kind.equals("setattr")) {
                        return new Linkage(MethodHandles.insertArguments(find(ObjectSites.class, "instanceSet",
                            MethodType.methodType(void.class, String.class, Object.class, Object.class)), 0, name), kindGuard,
                            t.version(), "instance dict put");
                    }
                }
            }
            if (o instanceof PyModule && kind.equals("getattr")) {
                return Linkage.of(MethodHandles.insertArguments(find(ObjectSites.class, "moduleGet",
                    MethodType.methodType(Object.class, String.class, Object.class)), 0, name), kindGuard, "module dict get");
            }
            return Linkage.of(generic(), kindGuard, "Abstract." + kind);
        }

        @Override
        protected MethodHandle generic() {
            switch (kind) {
                case "getattr":
                    return MethodHandles.insertArguments(find(ObjectSites.class, "getAttr",
                        MethodType.methodType(Object.class, String.class, Object.class)), 0, name).asType(type());
                case "setattr":
                    return MethodHandles.insertArguments(find(ObjectSites.class, "setAttr",
                        MethodType.methodType(void.class, String.class, Object.class, Object.class)), 0, name).asType(type());
                default:
                    return MethodHandles.insertArguments(find(ObjectSites.class, "delAttr",
                        MethodType.methodType(void.class, String.class, Object.class)), 0, name).asType(type());
            }
        }
    }

    // ------------------------------------------------------------------ item sites

    static final class ItemSite extends PySite {
        private final String kind;

        ItemSite(String operation, MethodType type, String kind) {
            super(operation, type);
            this.kind = kind;
        }

        @Override
        protected Linkage link(Object[] args) {
            Object a = args[0], b = args[1];
            MethodType site = type();
            if (site.parameterType(1) == long.class) return linkLongIndex(a, site);
            MethodHandle guard = Guards.sameKinds(a, b, site);
            MethodType get = MethodType.methodType(Object.class, Object.class, Object.class);
            MethodType set = MethodType.methodType(void.class, Object.class, Object.class, Object.class);
            switch (kind) {
                case "getitem":
                    if (a instanceof PyList l && l.getType() == PyType.LIST && b instanceof Long) {
                        return Linkage.of(find(ObjectSites.class, "listGet", get), guard, "list[int]");
                    }
                    if (a instanceof PyTuple tp && tp.isExact() && b instanceof Long) {
                        return Linkage.of(find(ObjectSites.class, "tupleGet", get), guard, "tuple[int]");
                    }
                    if (a instanceof PyDict d && d.getType() == PyType.DICT) {
                        return Linkage.of(find(ObjectSites.class, "dictGet", get), guard, "dict[key]");
                    }
                    if (a instanceof String && b instanceof Long) {
                        return Linkage.of(find(ObjectSites.class, "stringGet", get), guard, "str[int]");
                    }
                    break;
                case "setitem":
                    if (a instanceof PyList l && l.getType() == PyType.LIST && b instanceof Long) {
                        return Linkage.of(find(ObjectSites.class, "listSet", set), guard, "list[int] =");
                    }
                    if (a instanceof PyDict d && d.getType() == PyType.DICT) {
                        return Linkage.of(find(ObjectSites.class, "dictSet", set), guard, "dict[key] =");
                    }
                    break;
                case "contains":
                    // (item, container)
                    if (b instanceof PyDict d && d.getType() == PyType.DICT) {
                        return Linkage.of(find(ObjectSites.class, "dictContains",
                            MethodType.methodType(boolean.class, Object.class, Object.class)), guard, "key in dict");
                    }
                    if (a instanceof String && b instanceof String) {
                        return Linkage.of(find(ObjectSites.class, "stringContains",
                            MethodType.methodType(boolean.class, Object.class, Object.class)), guard, "str in str");
                    }
                    break;
                default:
            }
            return Linkage.of(generic(), guard, "Abstract." + kind);
        }

        /**
         * A site whose index is a JVM long (a typed local or int expression of a function's
         * typed version): list, tuple and str take it as is; other containers get it boxed.
         */
        private Linkage linkLongIndex(Object a, MethodType site) {
            MethodHandle guard = Guards.sameKind(a, 0, site);
            boolean get = kind.equals("getitem");
            MethodType t = get ? MethodType.methodType(Object.class, Object.class, long.class)
                : MethodType.methodType(void.class, Object.class, long.class, Object.class);
            if (a instanceof PyList l && l.getType() == PyType.LIST) {
                return Linkage.of(find(ObjectSites.class, get ? "listGetAt" : "listSetAt", t), guard, "list[long]");
            }
            if (get && a instanceof PyTuple tp && tp.isExact()) {
                return Linkage.of(find(ObjectSites.class, "tupleGetAt", t), guard, "tuple[long]");
            }
            if (get && a instanceof String) {
                return Linkage.of(find(ObjectSites.class, "stringGetAt", t), guard, "str[long]");
            }
            return Linkage.of(generic(), guard, "Abstract." + kind + " (boxed index)");
        }

        @Override
        protected MethodHandle generic() {
            switch (kind) {
                case "getitem":
                    return find(Abstract.class, "getItem", MethodType.methodType(Object.class, Object.class, Object.class)).asType(type());
                case "setitem":
                    return find(Abstract.class, "setItem",
                        MethodType.methodType(void.class, Object.class, Object.class, Object.class)).asType(type());
                case "delitem":
                    return find(Abstract.class, "delItem", MethodType.methodType(void.class, Object.class, Object.class)).asType(type());
                default:
                    return find(ObjectSites.class, "contains",
                        MethodType.methodType(boolean.class, Object.class, Object.class)).asType(type());
            }
        }
    }

    // ------------------------------------------------------------------ iteration sites

    static final class IterationSite extends PySite {
        private final String kind;

        IterationSite(String operation, MethodType type, String kind) {
            super(operation, type);
            this.kind = kind;
        }

        @Override
        protected Linkage link(Object[] args) {
            Object o = args[0];
            MethodType site = type();
            MethodHandle guard = Guards.sameKind(o, 0, site);
            MethodType one = MethodType.methodType(Object.class, Object.class);
            if (kind.equals("iter")) {
                if (o instanceof PyList l && l.getType() == PyType.LIST) {
                    return Linkage.of(find(ObjectSites.class, "listIter", one), guard, "list iterator");
                }
                if (o instanceof PyRange) return Linkage.of(find(ObjectSites.class, "rangeIter", one), guard, "range iterator");
            } else {
                if (o instanceof PyRange.RangeIterator) {
                    return Linkage.of(find(ObjectSites.class, "rangeNext", one), guard, "range next");
                }
                if (o instanceof PyIterators.Base && !(o instanceof org.jyco.runtime.types.PyGenerator)) {
                    return Linkage.of(find(ObjectSites.class, "builtinNext", one), guard, "built-in next");
                }
            }
            return Linkage.of(generic(), guard, "Abstract." + kind);
        }

        @Override
        protected MethodHandle generic() {
            return find(Abstract.class, kind, MethodType.methodType(Object.class, Object.class)).asType(type());
        }
    }
}
