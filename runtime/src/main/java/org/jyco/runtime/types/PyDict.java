package org.jyco.runtime.types;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.jyco.runtime.Abstract;
import org.jyco.runtime.Exposed;
import org.jyco.runtime.PyExc;
import org.jyco.runtime.PyNone;
import org.jyco.runtime.PyObject;
import org.jyco.runtime.PyType;
import org.jyco.runtime.Signature;
import org.jyco.runtime.Singletons;
import org.jyco.runtime.Subclassable;

/**
 * Python's {@code dict}: an insertion-ordered hash table keyed by Python equality and hash
 * (CPython's compact dict, {@code Objects/dictobject.c}): an index table of slots pointing into
 * dense arrays of hashes, keys and values. String keys take a fast path (Java's hash and
 * equals); other keys use {@link Abstract#hash} and {@link Abstract#eq}.
 */
@org.jyco.runtime.Unhashable
public class PyDict extends PyObject implements Subclassable, Iterable<Object> {
    private static final int EMPTY = -1;
    private static final int DUMMY = -2;
    private static final Object DELETED = new Object();

    private PyType type = PyType.DICT;
    private PyDict instanceDict;

    private int[] index;
    private long[] hashes;
    private Object[] keys;
    private Object[] values;
    private int used;      // live entries
    private int filled;    // entries appended, live or deleted
    private int version;   // bumped on every structural change (iteration checks)
    /**
     * Call sites that folded a key's current value as a constant (module globals) depend on a
     * SwitchPoint invalidated when the key is rebound or deleted: for present keys it sits next
     * to the entry (so a store finds it with the entry, no extra lookup), for absent keys in
     * {@link #absentWatches} (checked when a key is added).
     */
    private java.lang.invoke.SwitchPoint[] entryWatches;
    private java.util.HashMap<Object, java.lang.invoke.SwitchPoint> absentWatches;

    public PyDict() {
        this(8);
    }

    public PyDict(int capacity) {
        int n = 8;
        while (n * 2 < capacity * 3) n <<= 1;
        index = new int[n];
        Arrays.fill(index, EMPTY);
        int entries = n * 2 / 3 + 1;
        hashes = new long[entries];
        keys = new Object[entries];
        values = new Object[entries];
    }

    @Override
    public PyType getType() {
        return type;
    }

    @Override
    public void becomeInstanceOf(PyType t) {
        this.type = t;
        this.instanceDict = new PyDict();
    }

    @Override
    public PyDict getDict() {
        return instanceDict;
    }

    // ------------------------------------------------------------------ hashing

    private static long hashOf(Object key) {
        if (key instanceof String s) return s.hashCode();
        return Abstract.hash(key);
    }

    private static boolean same(Object a, long ha, Object b, long hb) {
        if (a == b) return true;
        if (ha != hb) return false;
        if (a instanceof String s && b instanceof String) return s.equals(b);
        return Abstract.eq(a, b);
    }

    /** Slot in {@link #index} holding the entry for key, or the slot where it would go (negated - 1). */
    private int findSlot(Object key, long h) {
        int mask = index.length - 1;
        long perturb = h & Long.MAX_VALUE;
        int i = (int) (h & mask);
        int freeSlot = -1;
        while (true) {
            int ix = index[i];
            if (ix == EMPTY) return -(freeSlot >= 0 ? freeSlot : i) - 1;
            if (ix == DUMMY) {
                if (freeSlot < 0) freeSlot = i;
            } else if (same(key, h, keys[ix], hashes[ix])) {
                return i;
            }
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
    }

    // ------------------------------------------------------------------ Java-level map API

    /** The value for key, or null if absent. */
    public Object getOrNull(Object key) {
        long h = hashOf(key);
        int s = findSlot(key, h);
        return s >= 0 ? values[index[s]] : null;
    }

    /** Alias of {@link #getOrNull}. */
    public Object get(Object key) {
        return getOrNull(key);
    }

    public boolean containsKey(Object key) {
        return findSlot(key, hashOf(key)) >= 0;
    }

    /**
     * A SwitchPoint invalidated when the entry for {@code key} is next bound, rebound or
     * deleted: call sites that fold a global's value as a constant guard on it.
     */
    public synchronized java.lang.invoke.SwitchPoint watch(Object key) {
        int sl = findSlot(key, hashOf(key));
        if (sl >= 0) {
            int e = index[sl];
            if (entryWatches == null) entryWatches = new java.lang.invoke.SwitchPoint[keys.length];
            if (entryWatches[e] == null) entryWatches[e] = new java.lang.invoke.SwitchPoint();
            return entryWatches[e];
        }
        if (absentWatches == null) absentWatches = new java.util.HashMap<>();
        return absentWatches.computeIfAbsent(key, k -> new java.lang.invoke.SwitchPoint());
    }

    /** How many times each watched key was rebound while watched (see {@link #isVolatile}). */
    private java.util.HashMap<Object, Integer> rebinds;

    /**
     * True once a watched key has been rebound a few times: call sites then read it from the
     * dictionary instead of folding it (each rebinding of a folded value deoptimizes the
     * code that folded it, which costs far more than a lookup).
     */
    public synchronized boolean isVolatile(Object key) {
        return rebinds != null && rebinds.getOrDefault(key, 0) >= 3;
    }

    /** Entry e (of key) is rebound or deleted: its watchers relink. */
    private void changedEntry(int e, Object key) {
        java.lang.invoke.SwitchPoint sp;
        synchronized (this) {
            sp = entryWatches[e];
            entryWatches[e] = null;
            if (rebinds == null) rebinds = new java.util.HashMap<>();
            rebinds.merge(key, 1, Integer::sum);
        }
        java.lang.invoke.SwitchPoint.invalidateAll(new java.lang.invoke.SwitchPoint[] {sp});
    }

    /** An absent key is added: its watchers relink. */
    private void changedAbsent(Object key) {
        java.lang.invoke.SwitchPoint sp;
        synchronized (this) {
            sp = absentWatches.remove(key);
        }
        if (sp != null) java.lang.invoke.SwitchPoint.invalidateAll(new java.lang.invoke.SwitchPoint[] {sp});
    }

    private void changedAll() {
        java.util.List<java.lang.invoke.SwitchPoint> all = new java.util.ArrayList<>();
        synchronized (this) {
            if (entryWatches != null) {
                for (java.lang.invoke.SwitchPoint sp : entryWatches) if (sp != null) all.add(sp);
                entryWatches = null;
            }
            if (absentWatches != null) {
                all.addAll(absentWatches.values());
                absentWatches.clear();
            }
        }
        if (!all.isEmpty()) java.lang.invoke.SwitchPoint.invalidateAll(all.toArray(new java.lang.invoke.SwitchPoint[0]));
    }

    public void put(Object key, Object value) {
        long h = hashOf(key);
        int s = findSlot(key, h);
        if (s >= 0) {
            int e = index[s];
            if (entryWatches != null && entryWatches[e] != null) changedEntry(e, key);
            values[e] = value;
            return;
        }
        if (absentWatches != null) changedAbsent(key);
        if (filled == keys.length) {
            resize();
            s = findSlot(key, h);
        }
        int slot = -s - 1;
        int e = filled++;
        hashes[e] = h;
        keys[e] = key;
        values[e] = value;
        index[slot] = e;
        used++;
        version++;
    }

    /** Removes key; returns the old value or null. */
    public Object remove(Object key) {
        long h = hashOf(key);
        int s = findSlot(key, h);
        if (s < 0) return null;
        int e = index[s];
        if (entryWatches != null && entryWatches[e] != null) changedEntry(e, key);
        Object old = values[e];
        index[s] = DUMMY;
        keys[e] = DELETED;
        values[e] = null;
        used--;
        version++;
        return old;
    }

    public int size() {
        return used;
    }

    public boolean isEmpty() {
        return used == 0;
    }

    public void clear() {
        if (entryWatches != null || absentWatches != null) changedAll();
        Arrays.fill(index, EMPTY);
        Arrays.fill(keys, 0, filled, null);
        Arrays.fill(values, 0, filled, null);
        filled = 0;
        used = 0;
        version++;
    }

    private void resize() {
        int live = used;
        int n = index.length;
        while (n * 2 / 3 < live * 2 + 1) n <<= 1;
        if (n < 8) n = 8;
        long[] oh = hashes;
        Object[] ok = keys, ov = values;
        java.lang.invoke.SwitchPoint[] ow = entryWatches;
        int of = filled;
        index = new int[n];
        Arrays.fill(index, EMPTY);
        int entries = n * 2 / 3 + 1;
        hashes = new long[entries];
        keys = new Object[entries];
        values = new Object[entries];
        if (ow != null) entryWatches = new java.lang.invoke.SwitchPoint[entries];
        filled = 0;
        int mask = n - 1;
        for (int e = 0; e < of; e++) {
            if (ok[e] == DELETED) continue;
            long h = oh[e];
            long perturb = h & Long.MAX_VALUE;
            int i = (int) (h & mask);
            while (index[i] != EMPTY) {
                perturb >>>= 5;
                i = (int) ((i * 5L + perturb + 1) & mask);
            }
            int ne = filled++;
            hashes[ne] = h;
            keys[ne] = ok[e];
            values[ne] = ov[e];
            if (ow != null) entryWatches[ne] = ow[e];
            index[i] = ne;
        }
    }

    /** Keys in insertion order (a snapshot-free view; do not mutate while iterating). */
    @Override
    public Iterator<Object> iterator() {
        return new EntryIterator<>(0);
    }

    /** Iterates live entries; kind 0 keys, 1 values, 2 entries. */
    private final class EntryIterator<T> implements Iterator<T> {
        private final int kind;
        private int pos;
        private final int expectedVersion = version;
        private final int expectedSize = used;

        EntryIterator(int kind) {
            this.kind = kind;
            skip();
        }

        private void skip() {
            while (pos < filled && keys[pos] == DELETED) pos++;
        }

        @Override
        public boolean hasNext() {
            return pos < filled;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T next() {
            if (version != expectedVersion && used != expectedSize) {
                throw PyExc.runtimeError("dictionary changed size during iteration");
            }
            if (pos >= filled) throw new NoSuchElementException();
            int e = pos++;
            skip();
            switch (kind) {
                case 0: return (T) keys[e];
                case 1: return (T) values[e];
                default: return (T) new AbstractMap.SimpleImmutableEntry<>(keys[e], values[e]);
            }
        }
    }

    public Iterable<Object> keys() {
        return this;
    }

    public Iterable<Object> values() {
        return () -> new EntryIterator<>(1);
    }

    public Set<Map.Entry<Object, Object>> entrySet() {
        return new AbstractSet<>() {
            @Override public Iterator<Map.Entry<Object, Object>> iterator() { return new EntryIterator<>(2); }
            @Override public int size() { return used; }
        };
    }

    /** Key at dense position i (for iterators that walk by position), or null past the end. */
    Object keyAt(int i) {
        return keys[i];
    }

    int filled() {
        return filled;
    }

    int version() {
        return version;
    }

    /** A Python iterator over keys (0), values (1) or (key, value) tuples (2). */
    public PyIterators.Base iter(int kind) {
        return new PyIterators.Base() {
            @Override
            public PyType getType() {
                return kind == 0 ? PyIterators.DICT_KEYITERATOR : kind == 1 ? PyIterators.DICT_VALUEITERATOR
                    : PyIterators.DICT_ITEMITERATOR;
            }

            int pos;
            final int size = used;

            @Override
            public Object next() {
                if (used != size) throw PyExc.runtimeError("dictionary changed size during iteration");
                while (pos < filled && keys[pos] == DELETED) pos++;
                if (pos >= filled) return PyIterators.END;
                int e = pos++;
                switch (kind) {
                    case 0: return keys[e];
                    case 1: return values[e];
                    default: return PyTuple.of(keys[e], values[e]);
                }
            }
        };
    }

    public PyDict copy() {
        PyDict d = new PyDict(used);
        for (Map.Entry<Object, Object> e : entrySet()) d.put(e.getKey(), e.getValue());
        return d;
    }

    /** {@code dict.update(other)} from a mapping or an iterable of pairs. */
    public void update(Object other) {
        if (other instanceof PyDict d) {
            for (Map.Entry<Object, Object> e : d.entrySet()) put(e.getKey(), e.getValue());
            return;
        }
        if (Abstract.hasAttr(other, "keys")) {
            Object ks = Abstract.callMethod(other, "keys");
            Object it = Abstract.iter(ks);
            for (Object k = Abstract.next(it); k != PyIterators.END; k = Abstract.next(it)) {
                put(k, Abstract.getItem(other, k));
            }
            return;
        }
        Object it = Abstract.iter(other);
        int n = 0;
        for (Object item = Abstract.next(it); item != PyIterators.END; item = Abstract.next(it), n++) {
            if (!(item instanceof PyTuple || item instanceof PyList) && PyType.of(item).lookup("__iter__") == null
                && PyType.of(item).lookup("__getitem__") == null) {
                throw PyExc.typeError("cannot convert dictionary update sequence element #" + n + " to a sequence");
            }
            Object[] kv = Abstract.unpack(item, -1);
            if (kv.length != 2) {
                throw PyExc.valueError("dictionary update sequence element #" + n + " has length " + kv.length
                    + "; 2 is required");
            }
            put(kv[0], kv[1]);
        }
    }

    // ------------------------------------------------------------------ Python methods

    @Exposed.Method(name = "__new__", isStatic = true, params = {"cls", "*args", "**kwargs"})
    public static Object new_(Object cls, Object[] args, PyDict kwargs) {
        PyDict d = new PyDict();
        if (cls != PyType.DICT) d.becomeInstanceOf((PyType) cls);
        return d;
    }

    @Exposed.Method(name = "__init__", params = {"other=?", "/", "**kwargs"})
    public static Object init(PyDict self, Object other, PyDict kwargs) {
        if (other != Signature.MISSING) self.update(other);
        if (kwargs != null) self.update(kwargs);
        return PyNone.NONE;
    }

    @Exposed.Method(name = "__len__")
    public static Object len(PyDict self) {
        return (long) self.used;
    }

    @Exposed.Method(name = "__getitem__", params = {"key"})
    public static Object getitem(PyDict self, Object key) {
        Object v = self.getOrNull(key);
        if (v == null) {
            if (self.type != PyType.DICT) {
                Object missing = self.type.lookup("__missing__");
                if (missing != null) return Abstract.call(missing, self, key);
            }
            throw PyExc.keyError(key);
        }
        return v;
    }

    @Exposed.Method(name = "__setitem__", params = {"key", "value"})
    public static Object setitem(PyDict self, Object key, Object value) {
        self.put(key, value);
        return PyNone.NONE;
    }

    @Exposed.Method(name = "__delitem__", params = {"key"})
    public static Object delitem(PyDict self, Object key) {
        if (self.remove(key) == null) throw PyExc.keyError(key);
        return PyNone.NONE;
    }

    @Exposed.Method(name = "__contains__", params = {"key"})
    public static Object contains(PyDict self, Object key) {
        return self.containsKey(key);
    }

    @Exposed.Method(name = "__iter__")
    public static Object iter(PyDict self) {
        return self.iter(0);
    }

    @Exposed.Method(name = "get", params = {"key", "default=None", "/"})
    public static Object get(PyDict self, Object key, Object dflt) {
        Object v = self.getOrNull(key);
        return v == null ? dflt : v;
    }

    @Exposed.Method(name = "setdefault", params = {"key", "default=None", "/"})
    public static Object setdefault(PyDict self, Object key, Object dflt) {
        Object v = self.getOrNull(key);
        if (v == null) {
            self.put(key, dflt);
            return dflt;
        }
        return v;
    }

    @Exposed.Method(name = "pop", params = {"key", "default=?", "/"})
    public static Object pop(PyDict self, Object key, Object dflt) {
        Object v = self.remove(key);
        if (v == null) {
            if (dflt == Signature.MISSING) throw PyExc.keyError(key);
            return dflt;
        }
        return v;
    }

    @Exposed.Method(name = "popitem")
    public static Object popitem(PyDict self) {
        for (int e = self.filled - 1; e >= 0; e--) {
            if (self.keys[e] != DELETED) {
                Object k = self.keys[e], v = self.values[e];
                self.remove(k);
                return PyTuple.of(k, v);
            }
        }
        throw PyExc.of(org.jyco.runtime.PyExc.KeyError, "popitem(): dictionary is empty");
    }

    @Exposed.Method(name = "keys")
    public static Object keysView(PyDict self) {
        return new PyDictView(self, 0);
    }

    @Exposed.Method(name = "values")
    public static Object valuesView(PyDict self) {
        return new PyDictView(self, 1);
    }

    @Exposed.Method(name = "items")
    public static Object itemsView(PyDict self) {
        return new PyDictView(self, 2);
    }

    @Exposed.Method(name = "update", params = {"other=?", "/", "**kwargs"})
    public static Object update(PyDict self, Object other, PyDict kwargs) {
        return init(self, other, kwargs);
    }

    @Exposed.Method(name = "clear")
    public static Object clear(PyDict self) {
        self.clear();
        return PyNone.NONE;
    }

    @Exposed.Method(name = "copy")
    public static Object copy(PyDict self) {
        return self.copy();
    }

    @Exposed.Method(name = "fromkeys", classMethod = true, params = {"iterable", "value=None", "/"})
    public static Object fromkeys(Object cls, Object iterable, Object value) {
        Object d = Abstract.call(cls);
        Object it = Abstract.iter(iterable);
        for (Object k = Abstract.next(it); k != PyIterators.END; k = Abstract.next(it)) Abstract.setItem(d, k, value);
        return d;
    }

    @Exposed.Method(name = "__eq__", params = {"other"})
    public static Object eq(PyDict self, Object other) {
        if (!(other instanceof PyDict o)) return Singletons.NOT_IMPLEMENTED;
        if (self.used != o.used) return false;
        for (Map.Entry<Object, Object> e : self.entrySet()) {
            Object v = o.getOrNull(e.getKey());
            if (v == null || !Abstract.eq(e.getValue(), v)) return false;
        }
        return true;
    }

    @Exposed.Method(name = "__ne__", params = {"other"})
    public static Object ne(PyDict self, Object other) {
        Object r = eq(self, other);
        return r == Singletons.NOT_IMPLEMENTED ? r : !(Boolean) r;
    }

    @Exposed.Method(name = "__or__", params = {"other"})
    public static Object or(PyDict self, Object other) {
        if (!(other instanceof PyDict o)) return Singletons.NOT_IMPLEMENTED;
        PyDict d = self.copy();
        d.update(o);
        return d;
    }

    @Exposed.Method(name = "__ior__", params = {"other"})
    public static Object ior(PyDict self, Object other) {
        self.update(other);
        return self;
    }

    @Exposed.Method(name = "__reversed__")
    public static Object reversed(PyDict self) {
        return new PyIterators.Base() {
            @Override
            public PyType getType() {
                return PyIterators.DICT_REVERSEKEYITERATOR;
            }

            int pos = self.filled - 1;

            @Override
            public Object next() {
                while (pos >= 0 && self.keys[pos] == DELETED) pos--;
                return pos < 0 ? PyIterators.END : self.keys[pos--];
            }
        };
    }

    @Exposed.Method(name = "__repr__")
    public static Object repr(PyDict self) {
        return Abstract.reprGuarded(self, "{...}", () -> {
            StringBuilder sb = new StringBuilder("{");
            boolean first = true;
            for (Map.Entry<Object, Object> e : self.entrySet()) {
                if (!first) sb.append(", ");
                first = false;
                sb.append(Abstract.repr(e.getKey())).append(": ").append(Abstract.repr(e.getValue()));
            }
            return sb.append('}').toString();
        });
    }

    @Exposed.Method(name = "__class_getitem__", classMethod = true, params = {"item", "/"})
    public static Object classGetitem(Object cls, Object item) {
        return PyGenericAlias.classGetItem(cls, item);
    }
}
