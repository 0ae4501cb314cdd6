package org.jyco.stdlib;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jyco.runtime.Abstract;
import org.jyco.runtime.BinaryOp;
import org.jyco.runtime.CompareOp;
import org.jyco.runtime.Exposed;
import org.jyco.runtime.Interpreter;
import org.jyco.runtime.PyCallable;
import org.jyco.runtime.PyExc;
import org.jyco.runtime.PyInstance;
import org.jyco.runtime.PyModule;
import org.jyco.runtime.PyNone;
import org.jyco.runtime.PyObject;
import org.jyco.runtime.PyType;
import org.jyco.runtime.Signature;
import org.jyco.runtime.Singletons;
import org.jyco.runtime.Subclassable;
import org.jyco.runtime.types.PyDescriptors;
import org.jyco.runtime.types.PyDict;
import org.jyco.runtime.types.PyIterators;
import org.jyco.runtime.types.PyList;
import org.jyco.runtime.types.PyStr;
import org.jyco.runtime.types.PyTuple;

/** The {@code collections} module: deque, defaultdict, Counter, OrderedDict, namedtuple. */
public final class CollectionsModule {
    private CollectionsModule() {}

    static final Object END = PyIterators.END;

    static final PyType DEQUE = PyType.newBuiltin("deque", PyType.OBJECT, Deque.class, Deque.class, "collections");
    static final PyType DEQUE_ITER = PyType.newBuiltin("_deque_iterator", PyType.OBJECT, null, PyIterators.Base.class, "collections");
    static final PyType DEFAULTDICT = PyType.newBuiltin("defaultdict", PyType.DICT, PyDict.class, DefaultDict.class, "collections");
    static final PyType COUNTER = PyType.newBuiltin("Counter", PyType.DICT, PyDict.class, Counter.class, "collections");
    static final PyType ORDEREDDICT = PyType.newBuiltin("OrderedDict", PyType.DICT, PyDict.class, OrderedDict.class, "collections");
    static final PyType TUPLEGETTER = PyType.newBuiltin("_tuplegetter", PyType.OBJECT, TupleGetter.class, TupleGetter.class, "collections");

    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("collections");
        m.addFunctions(CollectionsModule.class);
        PyDict d = m.getDict();
        d.put("deque", DEQUE);
        d.put("defaultdict", DEFAULTDICT);
        d.put("Counter", COUNTER);
        d.put("OrderedDict", ORDEREDDICT);
        d.put("ChainMap", ChainMap.TYPE);
        // a package: collections.abc is written in Python, among the standard library's resources
        d.put("__path__", org.jyco.runtime.types.PyList.of(Interpreter.STDLIB_ENTRY + "/collections"));
        return m;
    }

    static Object dictRepr(PyDict d) {
        return Abstract.call(PyType.DICT.lookup("__repr__"), d);
    }

    // ================================================================== deque

    public static final class Deque extends PyObject implements Subclassable {
        private PyType type = DEQUE;
        private PyDict dict;
        Object[] buf = new Object[8];
        int head, size;
        long maxlen = -1;
        int version;

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

        Object at(int i) {
            return buf[(head + i) & (buf.length - 1)];
        }

        void setAt(int i, Object v) {
            buf[(head + i) & (buf.length - 1)] = v;
        }

        void grow() {
            if (size < buf.length) return;
            Object[] nb = new Object[buf.length * 2];
            for (int i = 0; i < size; i++) nb[i] = at(i);
            buf = nb;
            head = 0;
        }

        void addLast(Object v) {
            if (maxlen == 0) return;
            if (maxlen >= 0 && size == maxlen) removeFirst();
            grow();
            setAt(size, v);
            size++;
            version++;
        }

        void addFirst(Object v) {
            if (maxlen == 0) return;
            if (maxlen >= 0 && size == maxlen) removeLast();
            grow();
            head = (head - 1) & (buf.length - 1);
            buf[head] = v;
            size++;
            version++;
        }

        Object removeFirst() {
            if (size == 0) throw PyExc.indexError("pop from an empty deque");
            Object v = buf[head];
            buf[head] = null;
            head = (head + 1) & (buf.length - 1);
            size--;
            version++;
            return v;
        }

        Object removeLast() {
            if (size == 0) throw PyExc.indexError("pop from an empty deque");
            int i = (head + size - 1) & (buf.length - 1);
            Object v = buf[i];
            buf[i] = null;
            size--;
            version++;
            return v;
        }

        Object[] toArray() {
            Object[] a = new Object[size];
            for (int i = 0; i < size; i++) a[i] = at(i);
            return a;
        }

        void setAll(Object[] items) {
            buf = new Object[Math.max(8, Integer.highestOneBit(Math.max(1, items.length)) * 2)];
            head = 0;
            size = 0;
            version++;
            for (Object o : items) addLast(o);
        }

        int norm(Object index) {
            if (PyType.of(index).lookup("__index__") == null) {
                throw PyExc.typeError("sequence index must be integer, not '" + PyType.of(index).getName() + "'");
            }
            long i = Abstract.asLongClamped(Abstract.index(index));
            if (i < 0) i += size;
            if (i < 0 || i >= size) throw PyExc.indexError("deque index out of range");
            return (int) i;
        }

        static Deque self(Object o) {
            return (Deque) o;
        }

        @Exposed.Method(name = "__new__", isStatic = true, params = {"cls", "*args", "**kwargs"})
        public static Object new_(Object cls, Object[] args, PyDict kwargs) {
            Deque d = new Deque();
            if (cls != DEQUE) d.becomeInstanceOf((PyType) cls);
            return d;
        }

        @Exposed.Method(name = "__init__", params = {"iterable=?", "maxlen=None"})
        public static Object init(Object s, Object iterable, Object maxlen) {
            Deque d = self(s);
            if (maxlen != PyNone.NONE) {
                if (PyType.of(maxlen).lookup("__index__") == null) throw PyExc.typeError("an integer is required");
                long m = Abstract.asLongClamped(Abstract.index(maxlen));
                if (m < 0) throw PyExc.valueError("maxlen must be non-negative");
                d.maxlen = m;
            } else {
                d.maxlen = -1;
            }
            if (d.size > 0) d.setAll(new Object[0]);
            if (iterable != Signature.MISSING) extend(d, iterable);
            return PyNone.NONE;
        }

        @Exposed.Getter("maxlen")
        public static Object maxlen(Object s) {
            return self(s).maxlen < 0 ? PyNone.NONE : (Object) self(s).maxlen;
        }

        @Exposed.Method(params = {"x", "/"})
        public static Object append(Object s, Object x) {
            self(s).addLast(x);
            return PyNone.NONE;
        }

        @Exposed.Method(params = {"x", "/"})
        public static Object appendleft(Object s, Object x) {
            self(s).addFirst(x);
            return PyNone.NONE;
        }

        @Exposed.Method
        public static Object pop(Object s) {
            return self(s).removeLast();
        }

        @Exposed.Method
        public static Object popleft(Object s) {
            return self(s).removeFirst();
        }

        @Exposed.Method(params = {"iterable", "/"})
        public static Object extend(Object s, Object iterable) {
            Object[] items = Abstract.toArray(iterable == s ? PyList.of(self(s).toArray()) : iterable);
            for (Object o : items) self(s).addLast(o);
            return PyNone.NONE;
        }

        @Exposed.Method(params = {"iterable", "/"})
        public static Object extendleft(Object s, Object iterable) {
            Object[] items = Abstract.toArray(iterable == s ? PyList.of(self(s).toArray()) : iterable);
            for (Object o : items) self(s).addFirst(o);
            return PyNone.NONE;
        }

        @Exposed.Method(params = {"n=1", "/"})
        public static Object rotate(Object s, Object n) {
            Deque d = self(s);
            long k = Abstract.asLongClamped(Abstract.index(n));
            if (d.size <= 1) return PyNone.NONE;
            k %= d.size;
            if (k < 0) k += d.size;
            Object[] a = d.toArray();
            Object[] r = new Object[a.length];
            for (int i = 0; i < a.length; i++) r[(int) ((i + k) % a.length)] = a[i];
            long ml = d.maxlen;
            d.maxlen = -1;
            d.setAll(r);
            d.maxlen = ml;
            return PyNone.NONE;
        }

        @Exposed.Method
        public static Object clear(Object s) {
            self(s).setAll(new Object[0]);
            return PyNone.NONE;
        }

        @Exposed.Method
        public static Object copy(Object s) {
            Deque d = self(s);
            Deque c = new Deque();
            if (d.type != DEQUE) c.becomeInstanceOf(d.type);
            c.maxlen = d.maxlen;
            c.setAll(d.toArray());
            return c;
        }

        @Exposed.Method(name = "__copy__")
        public static Object copy2(Object s) {
            return copy(s);
        }

        @Exposed.Method(params = {"x", "/"})
        public static Object count(Object s, Object x) {
            long n = 0;
            for (Object o : self(s).toArray()) if (Abstract.eq(o, x)) n++;
            return n;
        }

        @Exposed.Method(params = {"x", "start=0", "stop=?", "/"})
        public static Object index(Object s, Object x, Object start, Object stop) {
            Deque d = self(s);
            long a = Abstract.asLongClamped(Abstract.index(start)), b = stop == Signature.MISSING ? d.size : Abstract.asLongClamped(Abstract.index(stop));
            if (a < 0) a = Math.max(0, a + d.size);
            if (b < 0) b = Math.max(0, b + d.size);
            b = Math.min(b, d.size);
            for (long i = a; i < b; i++) if (Abstract.eq(d.at((int) i), x)) return i;
            throw PyExc.valueError(Abstract.repr(x) + " is not in deque");
        }

        @Exposed.Method(params = {"i", "x", "/"})
        public static Object insert(Object s, Object i, Object x) {
            Deque d = self(s);
            if (d.maxlen >= 0 && d.size >= d.maxlen) throw PyExc.indexError("deque already at its maximum size");
            long k = Abstract.asLongClamped(Abstract.index(i));
            if (k < 0) k = Math.max(0, k + d.size);
            k = Math.min(k, d.size);
            List<Object> l = new ArrayList<>(List.of(d.toArray()));
            l.add((int) k, x);
            d.setAll(l.toArray());
            return PyNone.NONE;
        }

        @Exposed.Method(params = {"value", "/"})
        public static Object remove(Object s, Object x) {
            Deque d = self(s);
            Object[] a = d.toArray();
            for (int i = 0; i < a.length; i++) {
                if (Abstract.eq(a[i], x)) {
                    List<Object> l = new ArrayList<>(List.of(a));
                    l.remove(i);
                    d.setAll(l.toArray());
                    return PyNone.NONE;
                }
            }
            throw PyExc.valueError(Abstract.repr(x) + " is not in deque");
        }

        @Exposed.Method
        public static Object reverse(Object s) {
            Deque d = self(s);
            Object[] a = d.toArray();
            for (int i = 0; i < a.length / 2; i++) {
                Object t = a[i];
                a[i] = a[a.length - 1 - i];
                a[a.length - 1 - i] = t;
            }
            long ml = d.maxlen;
            d.setAll(a);
            d.maxlen = ml;
            return PyNone.NONE;
        }

        @Exposed.Method(name = "__len__")
        public static Object len(Object s) {
            return (long) self(s).size;
        }

        @Exposed.Method(name = "__bool__")
        public static Object bool(Object s) {
            return self(s).size != 0;
        }

        @Exposed.Method(name = "__getitem__", params = {"index", "/"})
        public static Object getitem(Object s, Object index) {
            if (index instanceof org.jyco.runtime.types.PySlice) {
                throw PyExc.typeError("sequence index must be integer, not 'slice'");
            }
            Deque d = self(s);
            return d.at(d.norm(index));
        }

        @Exposed.Method(name = "__setitem__", params = {"index", "value", "/"})
        public static Object setitem(Object s, Object index, Object v) {
            Deque d = self(s);
            d.setAt(d.norm(index), v);
            return PyNone.NONE;
        }

        @Exposed.Method(name = "__delitem__", params = {"index", "/"})
        public static Object delitem(Object s, Object index) {
            Deque d = self(s);
            int k = d.norm(index);
            List<Object> l = new ArrayList<>(List.of(d.toArray()));
            l.remove(k);
            d.setAll(l.toArray());
            return PyNone.NONE;
        }

        @Exposed.Method(name = "__contains__", params = {"x", "/"})
        public static Object contains(Object s, Object x) {
            for (Object o : self(s).toArray()) if (Abstract.eq(o, x)) return true;
            return false;
        }

        @Exposed.Method(name = "__iter__")
        public static Object iter(Object s) {
            Deque d = self(s);
            int v0 = d.version;
            int[] i = {0};
            return PyIterators.of(DEQUE_ITER, () -> {
                if (d.version != v0) throw PyExc.runtimeError("deque mutated during iteration");
                return i[0] < d.size ? d.at(i[0]++) : END;
            });
        }

        @Exposed.Method(name = "__reversed__")
        public static Object reversed(Object s) {
            Deque d = self(s);
            int v0 = d.version;
            int[] i = {d.size - 1};
            return PyIterators.of(DEQUE_ITER, () -> {
                if (d.version != v0) throw PyExc.runtimeError("deque mutated during iteration");
                return i[0] >= 0 ? d.at(i[0]--) : END;
            });
        }

        @Exposed.Method(name = "__repr__")
        public static Object repr(Object s) {
            Deque d = self(s);
            String name = d.type.getName();
            return Abstract.reprGuarded(d, "[...]", () -> {
                StringBuilder sb = new StringBuilder(name).append("([");
                Object[] a = d.toArray();
                for (int i = 0; i < a.length; i++) {
                    if (i > 0) sb.append(", ");
                    sb.append(Abstract.repr(a[i]));
                }
                sb.append(']');
                if (d.maxlen >= 0) sb.append(", maxlen=").append(d.maxlen);
                return sb.append(')').toString();
            });
        }

        private static Object cmp(Object s, Object o, CompareOp op) {
            if (!(o instanceof Deque)) return Singletons.NOT_IMPLEMENTED;
            return Abstract.richCompare(PyList.of(self(s).toArray()), PyList.of(self(o).toArray()), op);
        }

        @Exposed.Method(name = "__eq__", params = {"other", "/"}) public static Object eq(Object s, Object o) { return cmp(s, o, CompareOp.EQ); }
        @Exposed.Method(name = "__ne__", params = {"other", "/"}) public static Object ne(Object s, Object o) { return cmp(s, o, CompareOp.NE); }
        @Exposed.Method(name = "__lt__", params = {"other", "/"}) public static Object lt(Object s, Object o) { return cmp(s, o, CompareOp.LT); }
        @Exposed.Method(name = "__le__", params = {"other", "/"}) public static Object le(Object s, Object o) { return cmp(s, o, CompareOp.LE); }
        @Exposed.Method(name = "__gt__", params = {"other", "/"}) public static Object gt(Object s, Object o) { return cmp(s, o, CompareOp.GT); }
        @Exposed.Method(name = "__ge__", params = {"other", "/"}) public static Object ge(Object s, Object o) { return cmp(s, o, CompareOp.GE); }

        @Exposed.Method(name = "__add__", params = {"other", "/"})
        public static Object add(Object s, Object o) {
            if (!(o instanceof Deque od)) {
                throw PyExc.typeError("can only concatenate deque (not \"" + PyType.of(o).getName() + "\") to deque");
            }
            Deque c = (Deque) copy(s);
            for (Object x : od.toArray()) c.addLast(x);
            return c;
        }

        @Exposed.Method(name = "__iadd__", params = {"other", "/"})
        public static Object iadd(Object s, Object o) {
            extend(s, o);
            return s;
        }

        @Exposed.Method(name = "__mul__", params = {"n", "/"})
        public static Object mul(Object s, Object n) {
            Deque c = (Deque) copy(s);
            long k = Abstract.asLongClamped(Abstract.index(n));
            Object[] a = c.toArray();
            c.setAll(new Object[0]);
            for (long i = 0; i < k; i++) for (Object x : a) c.addLast(x);
            return c;
        }

        @Exposed.Method(name = "__hash__")
        public static Object hash(Object s) {
            throw PyExc.typeError("unhashable type: '" + (self(s).type == DEQUE ? "collections.deque" : self(s).type.getName()) + "'");
        }
    }

    // ================================================================== defaultdict

    public static final class DefaultDict {
        private DefaultDict() {}

        static Object factory(PyDict d) {
            Object f = d.getDict() == null ? null : d.getDict().getOrNull("default_factory");
            return f == null ? PyNone.NONE : f;
        }

        @Exposed.Method(name = "__new__", isStatic = true, params = {"cls", "*args", "**kwargs"})
        public static Object new_(Object cls, Object[] args, PyDict kwargs) {
            PyDict d = new PyDict();
            d.becomeInstanceOf((PyType) cls);
            d.getDict().put("default_factory", PyNone.NONE);
            return d;
        }

        @Exposed.Method(name = "__init__", params = {"*args", "**kwargs"})
        public static Object init(PyDict self, Object[] args, PyDict kwargs) {
            Object f = PyNone.NONE;
            int start = 0;
            if (args.length > 0) {
                f = args[0];
                start = 1;
                if (f != PyNone.NONE && !Abstract.isCallable(f)) {
                    throw PyExc.typeError("first argument must be callable or None");
                }
            }
            if (args.length - start > 1) throw PyExc.typeError("dict expected at most 1 argument, got " + (args.length - start));
            self.getDict().put("default_factory", f);
            if (args.length - start == 1) self.update(args[start]);
            if (kwargs != null) self.update(kwargs);
            return PyNone.NONE;
        }

        @Exposed.Method(name = "__missing__", params = {"key", "/"})
        public static Object missing(PyDict self, Object key) {
            Object f = factory(self);
            if (f == PyNone.NONE) throw PyExc.keyError(key);
            Object v = Abstract.call(f);
            self.put(key, v);
            return v;
        }

        @Exposed.Method(name = "__repr__")
        public static Object repr(PyDict self) {
            Object f = factory(self);
            String fr = Abstract.reprGuarded(f, "...", () -> Abstract.repr(f));
            return PyType.of(self).getName() + "(" + fr + ", " + dictRepr(self) + ")";
        }

        @Exposed.Method(name = "copy")
        public static Object copy(PyDict self) {
            PyDict d = new PyDict();
            d.becomeInstanceOf(PyType.of(self));
            d.getDict().put("default_factory", factory(self));
            d.update(self);
            return d;
        }

        @Exposed.Method(name = "__copy__")
        public static Object copy2(PyDict self) {
            return copy(self);
        }

        @Exposed.Method(name = "__or__", params = {"other"})
        public static Object or(PyDict self, Object other) {
            if (!(other instanceof PyDict o)) return Singletons.NOT_IMPLEMENTED;
            PyDict d = (PyDict) copy(self);
            d.update(o);
            return d;
        }
    }

    // ================================================================== Counter

    public static final class Counter {
        private Counter() {}

        static PyDict newCounter(PyType t) {
            PyDict d = new PyDict();
            d.becomeInstanceOf(t);
            return d;
        }

        @Exposed.Method(name = "__init__", params = {"iterable=None", "/", "**kwds"})
        public static Object init(PyDict self, Object iterable, PyDict kwds) {
            update(self, iterable, kwds);
            return PyNone.NONE;
        }

        @Exposed.Method(name = "__missing__", params = {"key", "/"})
        public static Object missing(PyDict self, Object key) {
            return 0L;
        }

        static Object get(PyDict d, Object k) {
            Object v = d.getOrNull(k);
            return v == null ? 0L : v;
        }

        @Exposed.Method(name = "update", params = {"iterable=None", "/", "**kwds"})
        public static Object update(PyDict self, Object iterable, PyDict kwds) {
            if (iterable != PyNone.NONE) {
                if (iterable instanceof PyDict m) {
                    if (self.size() == 0 && PyType.of(m) == PyType.DICT) {
                        self.update(m);
                    } else {
                        for (Map.Entry<Object, Object> e : m.entrySet()) {
                            self.put(e.getKey(), Abstract.binaryOp(BinaryOp.ADD, e.getValue(), get(self, e.getKey())));
                        }
                    }
                } else if (PyType.of(iterable).lookup("keys") != null && PyType.of(iterable).lookup("__getitem__") != null) {
                    for (Object k : Abstract.toArray(Abstract.callMethod(iterable, "keys"))) {
                        self.put(k, Abstract.binaryOp(BinaryOp.ADD, Abstract.getItem(iterable, k), get(self, k)));
                    }
                } else {
                    Object it = Abstract.iter(iterable);
                    for (Object x = Abstract.next(it); x != END; x = Abstract.next(it)) {
                        Object v = self.getOrNull(x);
                        self.put(x, v instanceof Long l && l < Long.MAX_VALUE ? (Object) (l + 1)
                            : v == null ? (Object) 1L : Abstract.binaryOp(BinaryOp.ADD, v, 1L));
                    }
                }
            }
            if (kwds != null && kwds.size() > 0) update(self, kwds, null);
            return PyNone.NONE;
        }

        @Exposed.Method(name = "subtract", params = {"iterable=None", "/", "**kwds"})
        public static Object subtract(PyDict self, Object iterable, PyDict kwds) {
            if (iterable != PyNone.NONE) {
                if (PyType.of(iterable).lookup("keys") != null && PyType.of(iterable).lookup("__getitem__") != null) {
                    for (Object k : Abstract.toArray(Abstract.callMethod(iterable, "keys"))) {
                        self.put(k, Abstract.binaryOp(BinaryOp.SUB, get(self, k), Abstract.getItem(iterable, k)));
                    }
                } else {
                    Object it = Abstract.iter(iterable);
                    for (Object x = Abstract.next(it); x != END; x = Abstract.next(it)) {
                        self.put(x, Abstract.binaryOp(BinaryOp.SUB, get(self, x), 1L));
                    }
                }
            }
            if (kwds != null && kwds.size() > 0) subtract(self, kwds, null);
            return PyNone.NONE;
        }

        static List<Map.Entry<Object, Object>> sortedItems(PyDict self) {
            List<Map.Entry<Object, Object>> items = new ArrayList<>();
            for (Map.Entry<Object, Object> e : self.entrySet()) items.add(Map.entry(e.getKey(), e.getValue()));
            // stable sort, descending by count
            items.sort((a, b) -> {
                if (ItertoolsModule.lt(a.getValue(), b.getValue())) return 1;
                if (ItertoolsModule.lt(b.getValue(), a.getValue())) return -1;
                return 0;
            });
            return items;
        }

        @Exposed.Method(name = "most_common", params = {"n=None"})
        public static Object mostCommon(PyDict self, Object n) {
            List<Map.Entry<Object, Object>> items = sortedItems(self);
            int k = items.size();
            if (n != PyNone.NONE) k = (int) Math.max(0, Math.min(k, Abstract.asLongClamped(Abstract.index(n))));
            PyList out = new PyList();
            for (int i = 0; i < k; i++) out.append(PyTuple.of(items.get(i).getKey(), items.get(i).getValue()));
            return out;
        }

        @Exposed.Method(name = "elements")
        public static Object elements(PyDict self) {
            PyList out = new PyList();
            for (Map.Entry<Object, Object> e : self.entrySet()) {
                long c = Abstract.asLong(Abstract.index(e.getValue()));
                for (long i = 0; i < c; i++) out.append(e.getKey());
            }
            return PyIterators.of(ItertoolsModule.CHAIN,
                new PyIterators.ArrayIterator(out.toArray(), out.size())::next);
        }

        @Exposed.Method(name = "total")
        public static Object total(PyDict self) {
            Object t = 0L;
            for (Map.Entry<Object, Object> e : self.entrySet()) t = Abstract.binaryOp(BinaryOp.ADD, t, e.getValue());
            return t;
        }

        @Exposed.Method(name = "copy")
        public static Object copy(PyDict self) {
            PyDict d = newCounter(PyType.of(self));
            d.update(self);
            return d;
        }

        @Exposed.Method(name = "fromkeys", classMethod = true, params = {"iterable", "v=None", "/"})
        public static Object fromkeys(Object cls, Object iterable, Object v) {
            throw PyExc.notImplemented("Counter.fromkeys() is undefined.  Use Counter(iterable) instead.");
        }

        @Exposed.Method(name = "__delitem__", params = {"key", "/"})
        public static Object delitem(PyDict self, Object key) {
            self.remove(key);
            return PyNone.NONE;
        }

        @Exposed.Method(name = "__repr__")
        public static Object repr(PyDict self) {
            String name = PyType.of(self).getName();
            if (self.size() == 0) return name + "()";
            return Abstract.reprGuarded(self, "...", () -> {
                StringBuilder sb = new StringBuilder(name).append("({");
                boolean first = true;
                for (Map.Entry<Object, Object> e : sortedItems(self)) {
                    if (!first) sb.append(", ");
                    first = false;
                    sb.append(Abstract.repr(e.getKey())).append(": ").append(Abstract.repr(e.getValue()));
                }
                return sb.append("})").toString();
            });
        }

        private static boolean positive(Object v) {
            return Abstract.isTrue(Abstract.richCompare(v, 0L, CompareOp.GT));
        }

        private static boolean negative(Object v) {
            return Abstract.isTrue(Abstract.richCompare(v, 0L, CompareOp.LT));
        }

        @Exposed.Method(name = "__add__", params = {"other", "/"})
        public static Object add(PyDict self, Object other) {
            if (!(other instanceof PyDict o) || !PyType.of(o).isSubtype(COUNTER)) return Singletons.NOT_IMPLEMENTED;
            PyDict r = newCounter(COUNTER);
            for (Map.Entry<Object, Object> e : self.entrySet()) {
                Object v = Abstract.binaryOp(BinaryOp.ADD, e.getValue(), get(o, e.getKey()));
                if (positive(v)) r.put(e.getKey(), v);
            }
            for (Map.Entry<Object, Object> e : o.entrySet()) {
                if (!self.containsKey(e.getKey()) && positive(e.getValue())) r.put(e.getKey(), e.getValue());
            }
            return r;
        }

        @Exposed.Method(name = "__sub__", params = {"other", "/"})
        public static Object sub(PyDict self, Object other) {
            if (!(other instanceof PyDict o) || !PyType.of(o).isSubtype(COUNTER)) return Singletons.NOT_IMPLEMENTED;
            PyDict r = newCounter(COUNTER);
            for (Map.Entry<Object, Object> e : self.entrySet()) {
                Object v = Abstract.binaryOp(BinaryOp.SUB, e.getValue(), get(o, e.getKey()));
                if (positive(v)) r.put(e.getKey(), v);
            }
            for (Map.Entry<Object, Object> e : o.entrySet()) {
                if (!self.containsKey(e.getKey()) && negative(e.getValue())) {
                    r.put(e.getKey(), Abstract.binaryOp(BinaryOp.SUB, 0L, e.getValue()));
                }
            }
            return r;
        }

        @Exposed.Method(name = "__or__", params = {"other", "/"})
        public static Object or(PyDict self, Object other) {
            if (!(other instanceof PyDict o) || !PyType.of(o).isSubtype(COUNTER)) return Singletons.NOT_IMPLEMENTED;
            PyDict r = newCounter(COUNTER);
            for (Map.Entry<Object, Object> e : self.entrySet()) {
                Object a = e.getValue(), b = get(o, e.getKey());
                Object v = ItertoolsModule.lt(a, b) ? b : a;
                if (positive(v)) r.put(e.getKey(), v);
            }
            for (Map.Entry<Object, Object> e : o.entrySet()) {
                if (!self.containsKey(e.getKey()) && positive(e.getValue())) r.put(e.getKey(), e.getValue());
            }
            return r;
        }

        @Exposed.Method(name = "__and__", params = {"other", "/"})
        public static Object and(PyDict self, Object other) {
            if (!(other instanceof PyDict o) || !PyType.of(o).isSubtype(COUNTER)) return Singletons.NOT_IMPLEMENTED;
            PyDict r = newCounter(COUNTER);
            for (Map.Entry<Object, Object> e : self.entrySet()) {
                Object a = e.getValue(), b = get(o, e.getKey());
                Object v = ItertoolsModule.lt(a, b) ? a : b;
                if (positive(v)) r.put(e.getKey(), v);
            }
            return r;
        }

        @Exposed.Method(name = "__pos__")
        public static Object pos(PyDict self) {
            PyDict r = newCounter(COUNTER);
            for (Map.Entry<Object, Object> e : self.entrySet()) if (positive(e.getValue())) r.put(e.getKey(), e.getValue());
            return r;
        }

        @Exposed.Method(name = "__neg__")
        public static Object neg(PyDict self) {
            PyDict r = newCounter(COUNTER);
            for (Map.Entry<Object, Object> e : self.entrySet()) {
                if (negative(e.getValue())) r.put(e.getKey(), Abstract.binaryOp(BinaryOp.SUB, 0L, e.getValue()));
            }
            return r;
        }

        @Exposed.Method(name = "__iadd__", params = {"other", "/"})
        public static Object iadd(PyDict self, Object other) {
            PyDict r = (PyDict) add(self, other);
            return inplace(self, r);
        }

        @Exposed.Method(name = "__isub__", params = {"other", "/"})
        public static Object isub(PyDict self, Object other) {
            return inplace(self, (PyDict) sub(self, other));
        }

        private static Object inplace(PyDict self, PyDict r) {
            self.clear();
            self.update(r);
            return self;
        }
    }

    // ================================================================== OrderedDict

    public static final class OrderedDict {
        private OrderedDict() {}

        @Exposed.Method(name = "move_to_end", params = {"key", "last=True"})
        public static Object moveToEnd(PyDict self, Object key, Object last) {
            Object v = self.getOrNull(key);
            if (v == null) throw PyExc.keyError(key);
            if (Abstract.isTrue(last)) {
                self.remove(key);
                self.put(key, v);
            } else {
                List<Map.Entry<Object, Object>> rest = new ArrayList<>();
                for (Map.Entry<Object, Object> e : self.entrySet()) {
                    if (!Abstract.eq(e.getKey(), key)) rest.add(Map.entry(e.getKey(), e.getValue()));
                }
                self.clear();
                self.put(key, v);
                for (Map.Entry<Object, Object> e : rest) self.put(e.getKey(), e.getValue());
            }
            return PyNone.NONE;
        }

        @Exposed.Method(name = "popitem", params = {"last=True"})
        public static Object popitem(PyDict self, Object last) {
            if (self.size() == 0) throw PyExc.keyError("dictionary is empty");
            Object key = null;
            boolean l = Abstract.isTrue(last);
            for (Map.Entry<Object, Object> e : self.entrySet()) {
                key = e.getKey();
                if (!l) break;
            }
            Object v = self.remove(key);
            return PyTuple.of(key, v);
        }

        @Exposed.Method(name = "__repr__")
        public static Object repr(PyDict self) {
            String name = PyType.of(self).getName();
            if (self.size() == 0) return name + "()";
            return Abstract.reprGuarded(self, "...", () -> {
                StringBuilder sb = new StringBuilder(name).append("([");
                boolean first = true;
                for (Map.Entry<Object, Object> e : self.entrySet()) {
                    if (!first) sb.append(", ");
                    first = false;
                    sb.append('(').append(Abstract.repr(e.getKey())).append(", ").append(Abstract.repr(e.getValue())).append(')');
                }
                return sb.append("])").toString();
            });
        }

        @Exposed.Method(name = "__eq__", params = {"other"})
        public static Object eq(PyDict self, Object other) {
            if (other instanceof PyDict o && PyType.of(o).isSubtype(ORDEREDDICT)) {
                if (o.size() != self.size()) return false;
                var a = self.entrySet().iterator();
                var b = o.entrySet().iterator();
                while (a.hasNext()) {
                    var x = a.next();
                    var y = b.next();
                    if (!Abstract.eq(x.getKey(), y.getKey()) || !Abstract.eq(x.getValue(), y.getValue())) return false;
                }
                return true;
            }
            return Abstract.call(PyType.DICT.lookup("__eq__"), self, other);
        }

        @Exposed.Method(name = "__ne__", params = {"other"})
        public static Object ne(PyDict self, Object other) {
            Object r = eq(self, other);
            return r == Singletons.NOT_IMPLEMENTED ? r : (Object) !Abstract.isTrue(r);
        }

        @Exposed.Method(name = "copy")
        public static Object copy(PyDict self) {
            PyDict d = new PyDict();
            d.becomeInstanceOf(PyType.of(self));
            d.update(self);
            return d;
        }
    }

    // ================================================================== ChainMap

    public static final class ChainMap extends PyObject implements Subclassable {
        static final PyType TYPE = PyType.newBuiltin("ChainMap", PyType.OBJECT, ChainMap.class, ChainMap.class, "collections");
        private PyType type = TYPE;
        private PyDict dict = new PyDict();
        PyList maps = new PyList();

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
        }

        static ChainMap self(Object o) {
            return (ChainMap) o;
        }

        static ChainMap make(PyType t, PyList maps) {
            ChainMap c = new ChainMap();
            if (t != TYPE) c.becomeInstanceOf(t);
            c.maps = maps;
            return c;
        }

        @Exposed.Method(name = "__new__", isStatic = true, params = {"cls", "*args", "**kwargs"})
        public static Object new_(Object cls, Object[] args, PyDict kwargs) {
            return make((PyType) cls, new PyList());
        }

        @Exposed.Method(name = "__init__", params = {"*maps"})
        public static Object init(Object s, Object[] maps) {
            PyList l = PyList.of(maps.clone());
            if (l.size() == 0) l.append(new PyDict());
            self(s).maps = l;
            return PyNone.NONE;
        }

        @Exposed.Getter("maps")
        public static Object maps(Object s) {
            return self(s).maps;
        }

        @Exposed.Setter("maps")
        public static void setMaps(Object s, Object v) {
            self(s).maps = (PyList) v;
        }

        static Object find(ChainMap c, Object key) {
            for (int i = 0; i < c.maps.size(); i++) {
                Object m = c.maps.get(i);
                if (m instanceof PyDict d && PyType.of(d) == PyType.DICT) {
                    Object v = d.getOrNull(key);
                    if (v != null) return v;
                } else {
                    try {
                        return Abstract.getItem(m, key);
                    } catch (org.jyco.runtime.PyException e) {
                        if (!e.matches(PyExc.KeyError)) throw e;
                    }
                }
            }
            return null;
        }

        @Exposed.Method(name = "__getitem__", params = {"key", "/"})
        public static Object getitem(Object s, Object key) {
            Object v = find(self(s), key);
            if (v != null) return v;
            return Abstract.callMethod(s, "__missing__", key);
        }

        @Exposed.Method(name = "__missing__", params = {"key", "/"})
        public static Object missing(Object s, Object key) {
            throw PyExc.keyError(key);
        }

        @Exposed.Method(params = {"key", "default=None", "/"})
        public static Object get(Object s, Object key, Object dflt) {
            Object v = Abstract.contains(s, key) ? Abstract.getItem(s, key) : null;
            return v == null ? dflt : v;
        }

        static PyDict merged(ChainMap c) {
            PyDict d = new PyDict();
            for (int i = c.maps.size() - 1; i >= 0; i--) {
                Object m = c.maps.get(i);
                for (Object k : Abstract.toArray(m)) d.put(k, PyNone.NONE);
            }
            return d;
        }

        @Exposed.Method(name = "__len__")
        public static Object len(Object s) {
            return (long) merged(self(s)).size();
        }

        @Exposed.Method(name = "__iter__")
        public static Object iter(Object s) {
            return Abstract.iter(merged(self(s)));
        }

        @Exposed.Method(name = "__contains__", params = {"key", "/"})
        public static Object contains(Object s, Object key) {
            for (Object m : self(s).maps.toArray()) if (Abstract.contains(m, key)) return true;
            return false;
        }

        @Exposed.Method(name = "__bool__")
        public static Object bool(Object s) {
            for (Object m : self(s).maps.toArray()) if (Abstract.isTrue(m)) return true;
            return false;
        }

        @Exposed.Method(name = "__setitem__", params = {"key", "value", "/"})
        public static Object setitem(Object s, Object key, Object value) {
            Abstract.setItem(self(s).maps.get(0), key, value);
            return PyNone.NONE;
        }

        @Exposed.Method(name = "__delitem__", params = {"key", "/"})
        public static Object delitem(Object s, Object key) {
            try {
                Abstract.delItem(self(s).maps.get(0), key);
            } catch (org.jyco.runtime.PyException e) {
                if (!e.matches(PyExc.KeyError)) throw e;
                throw PyExc.keyError("Key not found in the first mapping: " + Abstract.repr(key));
            }
            return PyNone.NONE;
        }

        @Exposed.Method(params = {"key", "default=?", "/"})
        public static Object pop(Object s, Object key, Object dflt) {
            try {
                return dflt == Signature.MISSING ? Abstract.callMethod(self(s).maps.get(0), "pop", key)
                    : Abstract.callMethod(self(s).maps.get(0), "pop", key, dflt);
            } catch (org.jyco.runtime.PyException e) {
                if (!e.matches(PyExc.KeyError)) throw e;
                throw PyExc.keyError("Key not found in the first mapping: " + Abstract.repr(key));
            }
        }

        @Exposed.Method
        public static Object popitem(Object s) {
            try {
                return Abstract.callMethod(self(s).maps.get(0), "popitem");
            } catch (org.jyco.runtime.PyException e) {
                if (!e.matches(PyExc.KeyError)) throw e;
                throw PyExc.keyError("No keys found in the first mapping.");
            }
        }

        @Exposed.Method
        public static Object clear(Object s) {
            Abstract.callMethod(self(s).maps.get(0), "clear");
            return PyNone.NONE;
        }

        private static PyDict asDict(ChainMap c) {
            PyDict d = new PyDict();
            for (Object k : Abstract.toArray(merged(c))) d.put(k, find(c, k));
            return d;
        }

        @Exposed.Method
        public static Object keys(Object s) {
            return Abstract.callMethod(asDict(self(s)), "keys");
        }

        @Exposed.Method
        public static Object values(Object s) {
            return Abstract.callMethod(asDict(self(s)), "values");
        }

        @Exposed.Method
        public static Object items(Object s) {
            return Abstract.callMethod(asDict(self(s)), "items");
        }

        @Exposed.Method
        public static Object copy(Object s) {
            ChainMap c = self(s);
            Object[] ms = c.maps.toArray();
            ms[0] = Abstract.callMethod(ms[0], "copy");
            return make(c.type, PyList.of(ms));
        }

        @Exposed.Method(name = "__copy__")
        public static Object copy2(Object s) {
            return copy(s);
        }

        @Exposed.Method(name = "new_child", params = {"m=None", "**kwargs"})
        public static Object newChild(Object s, Object m, PyDict kwargs) {
            ChainMap c = self(s);
            Object first;
            if (m == PyNone.NONE) {
                first = kwargs == null ? new PyDict() : kwargs;
            } else {
                first = m;
                if (kwargs != null && kwargs.size() > 0) Abstract.callMethod(m, "update", kwargs);
            }
            Object[] ms = new Object[c.maps.size() + 1];
            ms[0] = first;
            System.arraycopy(c.maps.toArray(), 0, ms, 1, c.maps.size());
            return make(c.type, PyList.of(ms));
        }

        @Exposed.Getter("parents")
        public static Object parents(Object s) {
            ChainMap c = self(s);
            Object[] ms = c.maps.toArray();
            Object[] rest = java.util.Arrays.copyOfRange(ms, 1, ms.length);
            if (rest.length == 0) rest = new Object[] {new PyDict()};
            return make(c.type, PyList.of(rest));
        }

        @Exposed.Method(name = "__eq__", params = {"other", "/"})
        public static Object eq(Object s, Object other) {
            if (!(other instanceof PyDict) && !(other instanceof ChainMap)) return Singletons.NOT_IMPLEMENTED;
            Object o = other instanceof ChainMap oc ? asDict(oc) : other;
            return Abstract.richCompare(asDict(self(s)), o, CompareOp.EQ);
        }

        @Exposed.Method(name = "__or__", params = {"other", "/"})
        public static Object or(Object s, Object other) {
            if (!(other instanceof PyDict)) return Singletons.NOT_IMPLEMENTED;
            ChainMap c = (ChainMap) copy(s);
            Abstract.callMethod(c.maps.get(0), "update", other);
            return c;
        }

        @Exposed.Method(name = "__ior__", params = {"other", "/"})
        public static Object ior(Object s, Object other) {
            Abstract.callMethod(self(s).maps.get(0), "update", other);
            return s;
        }

        @Exposed.Method(name = "fromkeys", classMethod = true, params = {"iterable", "*args"})
        public static Object fromkeys(Object cls, Object iterable, Object[] args) {
            PyDict d = (PyDict) Abstract.call(Abstract.getAttr(PyType.DICT, "fromkeys"), prepend(iterable, args));
            return make((PyType) cls, PyList.of(d));
        }

        private static Object[] prepend(Object x, Object[] rest) {
            Object[] a = new Object[rest.length + 1];
            a[0] = x;
            System.arraycopy(rest, 0, a, 1, rest.length);
            return a;
        }

        @Exposed.Method(name = "__repr__")
        public static Object repr(Object s) {
            ChainMap c = self(s);
            return Abstract.reprGuarded(c, "...", () -> {
                StringBuilder sb = new StringBuilder(c.type.getName()).append('(');
                Object[] ms = c.maps.toArray();
                for (int i = 0; i < ms.length; i++) {
                    if (i > 0) sb.append(", ");
                    sb.append(Abstract.repr(ms[i]));
                }
                return sb.append(')').toString();
            });
        }

        @Exposed.Method(name = "__hash__")
        public static Object hash(Object s) {
            throw PyExc.typeError("unhashable type: '" + self(s).type.getName() + "'");
        }
    }

    // ================================================================== namedtuple

    public static final class TupleGetter extends PyInstance {
        final int index;
        Object doc;

        TupleGetter(int index, String doc) {
            super(TUPLEGETTER);
            this.index = index;
            this.doc = doc;
        }

        @Exposed.Method(name = "__get__", params = {"instance", "owner=None", "/"})
        public static Object get(Object self, Object instance, Object owner) {
            if (instance == PyNone.NONE) return self;
            TupleGetter g = (TupleGetter) self;
            if (!(instance instanceof PyTuple t)) {
                throw PyExc.typeError("descriptor for index '" + g.index + "' for tuple subclasses doesn't apply to '"
                    + PyType.of(instance).getName() + "' object");
            }
            if (g.index >= t.size()) throw PyExc.indexError("tuple index out of range");
            return t.get(g.index);
        }

        @Exposed.Method(name = "__set__", params = {"instance", "value", "/"})
        public static Object set(Object self, Object instance, Object value) {
            throw PyExc.attributeError("can't set attribute");
        }

        @Exposed.Method(name = "__delete__", params = {"instance", "/"})
        public static Object delete(Object self, Object instance) {
            throw PyExc.attributeError("can't delete attribute");
        }

        @Exposed.Getter("__doc__")
        public static Object doc(Object self) {
            return ((TupleGetter) self).doc;
        }

        @Exposed.Setter("__doc__")
        public static void setDoc(Object self, Object v) {
            ((TupleGetter) self).doc = v == null ? org.jyco.runtime.PyNone.NONE : v;
        }

        @Exposed.Method(name = "__repr__")
        public static Object repr(Object self) {
            TupleGetter g = (TupleGetter) self;
            return "_tuplegetter(" + g.index + ", " + org.jyco.runtime.Abstract.repr(g.doc) + ")";
        }
    }

    /** A function written in Java placed in a class dictionary, binding like a Python function. */
    static final class JFunc extends FunctoolsModule.JavaMethodBase {
        JFunc(String name, PyCallable body) {
            super(name, body);
        }
    }

    private static final Set<String> KEYWORDS = Set.of("False", "None", "True", "and", "as", "assert", "async", "await",
        "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if",
        "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with",
        "yield");

    private static boolean isIdentifier(String s) {
        return Abstract.isTrue(Abstract.callMethod(s, "isidentifier"));
    }

    @Exposed.Method(params = {"typename", "field_names", "*", "rename=False", "defaults=None", "module=None"})
    public static Object namedtuple(Object typename, Object fieldNames, Object rename, Object defaults, Object module) {
        Object[] raw;
        if (fieldNames instanceof String s) {
            String[] parts = s.replace(',', ' ').trim().split("\\s+");
            raw = s.replace(',', ' ').trim().isEmpty() ? new Object[0] : parts;
        } else {
            raw = Abstract.toArray(fieldNames);
        }
        String[] names = new String[raw.length];
        for (int i = 0; i < raw.length; i++) names[i] = Abstract.str(raw[i]);
        String tn = Abstract.str(typename);
        if (Abstract.isTrue(rename)) {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < names.length; i++) {
                String n = names[i];
                if (!isIdentifier(n) || KEYWORDS.contains(n) || n.startsWith("_") || seen.contains(n)) names[i] = "_" + i;
                seen.add(names[i]);
            }
        }
        List<String> all = new ArrayList<>();
        all.add(tn);
        all.addAll(List.of(names));
        for (String n : all) {
            if (!isIdentifier(n)) throw PyExc.valueError("Type names and field names must be valid identifiers: " + PyStr.repr(n));
            if (KEYWORDS.contains(n)) throw PyExc.valueError("Type names and field names cannot be a keyword: " + PyStr.repr(n));
        }
        Set<String> seen = new HashSet<>();
        for (String n : names) {
            if (n.startsWith("_") && !Abstract.isTrue(rename)) {
                throw PyExc.valueError("Field names cannot start with an underscore: " + PyStr.repr(n));
            }
            if (!seen.add(n)) throw PyExc.valueError("Encountered duplicate field name: " + PyStr.repr(n));
        }
        Object[] defs = defaults == PyNone.NONE ? new Object[0] : Abstract.toArray(defaults);
        if (defs.length > names.length) throw PyExc.typeError("Got more default values than field names");
        int n = names.length;
        PyDict fieldDefaults = new PyDict();
        for (int i = 0; i < defs.length; i++) fieldDefaults.put(names[n - defs.length + i], defs[i]);

        PyDict ns = new PyDict();
        Object[] fieldObjs = names.clone();
        PyTuple fields = PyTuple.of(fieldObjs);
        ns.put("__doc__", tn + "(" + String.join(", ", names) + ")");
        ns.put("__slots__", PyTuple.EMPTY);
        ns.put("_fields", fields);
        ns.put("_field_defaults", fieldDefaults);
        ns.put("__match_args__", fields);
        ns.put("__module__", module == PyNone.NONE ? "__main__" : module);
        PyType[] holder = new PyType[1];
        String newName = tn + ".__new__";
        PyCallable newBody = (a, kw) -> {
            // a[0] is cls
            int npos = a.length - kw.length;
            if (npos - 1 > n) {
                throw PyExc.typeError(newName + "() takes " + (n + 1) + " positional arguments but " + npos + " were given");
            }
            Object[] items = new Object[n];
            for (int i = 1; i < npos; i++) items[i - 1] = a[i];
            for (int k = 0; k < kw.length; k++) {
                int idx = -1;
                for (int i = 0; i < n; i++) if (names[i].equals(kw[k])) idx = i;
                if (idx < 0) throw PyExc.typeError(newName + "() got an unexpected keyword argument '" + kw[k] + "'");
                if (items[idx] != null) throw PyExc.typeError(newName + "() got multiple values for argument '" + kw[k] + "'");
                items[idx] = a[npos + k];
            }
            List<String> missing = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (items[i] == null) {
                    if (i >= n - defs.length) items[i] = defs[i - (n - defs.length)];
                    else missing.add(names[i]);
                }
            }
            if (!missing.isEmpty()) {
                StringBuilder sb = new StringBuilder(newName + "() missing " + missing.size() + " required positional argument"
                    + (missing.size() == 1 ? "" : "s") + ": ");
                for (int i = 0; i < missing.size(); i++) {
                    if (i > 0) sb.append(missing.size() == 2 ? " and " : i == missing.size() - 1 ? ", and " : ", ");
                    sb.append('\'').append(missing.get(i)).append('\'');
                }
                throw PyExc.typeError(sb.toString());
            }
            return new PyTuple.Sub((PyType) a[0], items);
        };
        ns.put("__new__", new PyDescriptors.StaticMethod(new JFunc("__new__", newBody)));
        ns.put("_make", new PyDescriptors.ClassMethod(new JFunc("_make", (a, kw) -> {
            Object[] items = Abstract.toArray(a[1]);
            if (items.length != n) throw PyExc.typeError("Expected " + n + " arguments, got " + items.length);
            return new PyTuple.Sub((PyType) a[0], items);
        })));
        ns.put("__repr__", new JFunc("__repr__", (a, kw) -> {
            PyTuple t = (PyTuple) a[0];
            StringBuilder sb = new StringBuilder(PyType.of(t).getName()).append('(');
            for (int i = 0; i < n; i++) {
                if (i > 0) sb.append(", ");
                sb.append(names[i]).append('=').append(Abstract.repr(t.get(i)));
            }
            return sb.append(')').toString();
        }));
        ns.put("_asdict", new JFunc("_asdict", (a, kw) -> {
            PyTuple t = (PyTuple) a[0];
            PyDict d = new PyDict();
            for (int i = 0; i < n; i++) d.put(names[i], t.get(i));
            return d;
        }));
        ns.put("_replace", new JFunc("_replace", (a, kw) -> {
            PyTuple t = (PyTuple) a[0];
            if (a.length - kw.length != 1) throw PyExc.typeError("_replace() takes 1 positional argument but "
                + (a.length - kw.length) + " were given");
            Object[] items = t.array().clone();
            List<String> bad = new ArrayList<>();
            int npos = a.length - kw.length;
            for (int k = 0; k < kw.length; k++) {
                int idx = -1;
                for (int i = 0; i < n; i++) if (names[i].equals(kw[k])) idx = i;
                if (idx < 0) bad.add(PyStr.repr(kw[k]));
                else items[idx] = a[npos + k];
            }
            if (!bad.isEmpty()) throw PyExc.valueError("Got unexpected field names: [" + String.join(", ", bad) + "]");
            return new PyTuple.Sub(PyType.of(t), items);
        }));
        ns.put("__getnewargs__", new JFunc("__getnewargs__", (a, kw) -> PyTuple.of(((PyTuple) a[0]).array().clone())));
        for (int i = 0; i < n; i++) ns.put(names[i], new TupleGetter(i, "Alias for field number " + i));
        PyType t = PyType.newClass(PyType.TYPE, tn, new PyType[] {PyType.TUPLE}, ns);
        holder[0] = t;
        return t;
    }
}
