package org.jyco.runtime.types;

import org.jyco.runtime.Abstract;
import org.jyco.runtime.Exposed;
import org.jyco.runtime.PyExc;
import org.jyco.runtime.PyNone;
import org.jyco.runtime.PyObject;
import org.jyco.runtime.PyType;
import org.jyco.runtime.Signature;
import org.jyco.runtime.Singletons;
import org.jyco.runtime.Subclassable;
import org.jyco.runtime.Unhashable;

/**
 * Python's {@code set} and {@code frozenset}. The hash table follows CPython's
 * {@code Objects/setobject.c} (table sizes, linear probes then perturbation, resize points,
 * the order of re-insertion), so that a set of ints or tuples iterates, and prints, in the same
 * order as in CPython.
 */
@Unhashable
public class PySet extends PyObject implements Subclassable {
    private static final int MINSIZE = 8;
    private static final int LINEAR_PROBES = 9;
    private static final Object DUMMY = new Object();

    private PyType type = PyType.SET;
    private PyDict dict;
    Object[] keys = new Object[MINSIZE];
    long[] hashes = new long[MINSIZE];
    int mask = MINSIZE - 1;
    int fill;
    int used;
    int finger;

    public PySet() {}

    /** {@code frozenset}: the same table, immutable and hashable. */
    @Exposed.Inherit(from = PySet.class, exclude = {"__init__", "add", "discard", "remove", "pop", "clear", "update",
        "intersection_update", "difference_update", "symmetric_difference_update", "__ior__", "__iand__", "__isub__",
        "__ixor__"})
    public static final class Frozen extends PySet {
        public Frozen() {
            super();
        }

        @Override
        public PyType getType() {
            PyType t = super.getType();
            return t == PyType.SET ? PyType.FROZENSET : t;
        }

        @Exposed.Method(name = "__new__", isStatic = true, params = {"cls", "iterable=?", "/"})
        public static Object new_(Object cls, Object iterable) {
            Frozen f = new Frozen();
            if (cls != PyType.FROZENSET) f.becomeInstanceOf((PyType) cls);
            if (iterable != Signature.MISSING) f.addAll(iterable);
            return f;
        }

        @Exposed.Method(name = "__hash__")
        public static Object hash(PySet self) {
            // CPython's frozenset_hash: shuffle each entry hash, xor them, then mix in the size
            long h = 0;
            for (int i = 0; i <= self.mask; i++) {
                Object k = self.keys[i];
                if (k != null && k != DUMMY) h ^= shuffle(self.hashes[i]);
            }
            if ((self.mask + 1 - self.fill) % 2 == 1) h ^= shuffle(0);
            if ((self.fill - self.used) % 2 == 1) h ^= shuffle(-1);
            h ^= (self.used + 1) * 1927868237L;
            h ^= (h >>> 11) ^ (h >>> 25);
            h = h * 69069L + 907133923L;
            if (h == -1) h = 590923713L;
            return h;
        }

        private static long shuffle(long h) {
            return ((h ^ 89869747L) ^ (h << 16)) * 3644798167L;
        }

        @Exposed.Method(name = "__repr__")
        public static Object repr(PySet self) {
            return PySet.repr(self);
        }
    }

    @Override
    public PyType getType() {
        return type;
    }

    @Override
    public void becomeInstanceOf(PyType t) {
        this.type = t;
        this.dict = new PyDict();
    }

    @Override
    public PyDict getDict() {
        return dict;
    }

    public int size() {
        return used;
    }

    boolean isFrozen() {
        return this instanceof Frozen;
    }

    // ------------------------------------------------------------------ the table

    private static long hashOf(Object key) {
        return Abstract.hash(key);
    }

    private static boolean keyEq(Object a, Object b) {
        if (a == b) return true;
        if (a instanceof String s && b instanceof String) return s.equals(b);
        return Abstract.eq(a, b);
    }

    /** Adds key; returns true if it was absent ({@code set_add_entry}). */
    public boolean add(Object key) {
        long hash = hashOf(key);
        int freeslot = -1;
        int i = (int) (hash & mask);
        long perturb = hash;
        while (true) {
            int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
            int j = i;
            do {
                Object k = keys[j];
                if (k == null) {
                    if (freeslot >= 0) {
                        used++;
                        keys[freeslot] = key;
                        hashes[freeslot] = hash;
                        return true;
                    }
                    fill++;
                    used++;
                    keys[j] = key;
                    hashes[j] = hash;
                    if ((long) fill * 5 >= (long) mask * 3) resize(used > 50000 ? used * 2 : used * 4);
                    return true;
                }
                if (k == DUMMY) {
                    if (freeslot < 0) freeslot = j;
                } else if (hashes[j] == hash && keyEq(k, key)) {
                    return false;
                }
                j++;
            } while (probes-- > 0);
            perturb >>>= 5;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    /** Slot of key or -1 ({@code set_lookkey}). */
    private int find(Object key, long hash) {
        int i = (int) (hash & mask);
        long perturb = hash;
        while (true) {
            int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
            int j = i;
            do {
                Object k = keys[j];
                if (k == null) return -1;
                if (k != DUMMY && hashes[j] == hash && keyEq(k, key)) return j;
                j++;
            } while (probes-- > 0);
            perturb >>>= 5;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    public boolean contains(Object key) {
        return find(key, hashOf(key)) >= 0;
    }

    /** Removes key; returns true if it was present. */
    public boolean discard(Object key) {
        int j = find(key, hashOf(key));
        if (j < 0) return false;
        keys[j] = DUMMY;
        hashes[j] = -1;
        used--;
        return true;
    }

    private void resize(int minused) {
        int newsize = MINSIZE;
        while (newsize <= minused) newsize <<= 1;
        Object[] ok = keys;
        long[] oh = hashes;
        keys = new Object[newsize];
        hashes = new long[newsize];
        mask = newsize - 1;
        fill = used;
        for (int e = 0; e < ok.length; e++) {
            Object k = ok[e];
            if (k != null && k != DUMMY) insertClean(k, oh[e]);
        }
    }

    private void insertClean(Object key, long hash) {
        int i = (int) (hash & mask);
        long perturb = hash;
        while (true) {
            if (keys[i] == null) {
                keys[i] = key;
                hashes[i] = hash;
                return;
            }
            if (i + LINEAR_PROBES <= mask) {
                for (int j = 1; j <= LINEAR_PROBES; j++) {
                    if (keys[i + j] == null) {
                        keys[i + j] = key;
                        hashes[i + j] = hash;
                        return;
                    }
                }
            }
            perturb >>>= 5;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    public void clear() {
        keys = new Object[MINSIZE];
        hashes = new long[MINSIZE];
        mask = MINSIZE - 1;
        fill = used = 0;
    }

    /** Adds every item of an iterable ({@code set_update_internal}). */
    public void addAll(Object iterable) {
        if (iterable instanceof PySet other) {
            merge(other);
            return;
        }
        if (iterable instanceof PyDict d) {
            for (Object k : d) add(k);
            return;
        }
        Object it = Abstract.iter(iterable);
        for (Object x = Abstract.next(it); x != PyIterators.END; x = Abstract.next(it)) add(x);
    }

    /** {@code set_merge}: a copy into an empty table of the same size keeps the positions. */
    private void merge(PySet other) {
        if (other == this || other.used == 0) return;
        if ((fill + other.used) * 5 >= mask * 3) resize((used + other.used) * 2);
        if (fill == 0 && mask == other.mask && other.fill == other.used) {
            for (int i = 0; i <= other.mask; i++) {
                Object k = other.keys[i];
                if (k != null && k != DUMMY) {
                    keys[i] = k;
                    hashes[i] = other.hashes[i];
                }
            }
            fill = other.fill;
            used = other.used;
            return;
        }
        if (fill == 0) {
            for (int i = 0; i <= other.mask; i++) {
                Object k = other.keys[i];
                if (k != null && k != DUMMY) {
                    insertClean(k, other.hashes[i]);
                    fill++;
                    used++;
                }
            }
            return;
        }
        for (int i = 0; i <= other.mask; i++) {
            Object k = other.keys[i];
            if (k != null && k != DUMMY) add(k);
        }
    }

    /** Live keys in table order. */
    public Object[] toArray() {
        Object[] out = new Object[used];
        int n = 0;
        for (int i = 0; i <= mask && n < used; i++) {
            Object k = keys[i];
            if (k != null && k != DUMMY) out[n++] = k;
        }
        return out;
    }

    private PySet newSameKind() {
        PySet s = isFrozen() ? new Frozen() : new PySet();
        return s;
    }

    private static PySet asSet(Object o) {
        if (o instanceof PySet s) return s;
        PySet s = new PySet();
        s.addAll(o);
        return s;
    }

    // ------------------------------------------------------------------ Python methods

    @Exposed.Method(name = "__new__", isStatic = true, params = {"cls", "*args", "**kwargs"})
    public static Object new_(Object cls, Object[] args, PyDict kwargs) {
        PySet s = new PySet();
        if (cls != PyType.SET) s.becomeInstanceOf((PyType) cls);
        return s;
    }

    @Exposed.Method(name = "__init__", params = {"iterable=?", "/"})
    public static Object init(PySet self, Object iterable) {
        if (self.used > 0) self.clear();
        if (iterable != Signature.MISSING) self.addAll(iterable);
        return PyNone.NONE;
    }

    @Exposed.Method(name = "__len__")
    public static Object len(PySet self) {
        return (long) self.used;
    }

    @Exposed.Method(name = "__contains__", params = {"key", "/"})
    public static Object contains(PySet self, Object key) {
        try {
            return self.contains(key);
        } catch (org.jyco.runtime.PyException e) {
            if (key instanceof PySet s && e.matches(PyExc.TypeError)) {
                Frozen f = new Frozen();
                f.addAll(s);
                return self.contains(f);
            }
            throw e;
        }
    }

    @Exposed.Method(name = "__iter__")
    public static Object iter(PySet self) {
        return new PyIterators.Base() {
            @Override
            public PyType getType() {
                return PyIterators.SET_ITERATOR;
            }

            int i;
            final int size = self.used;
            final Object[] table = self.keys;

            @Override
            public Object next() {
                if (self.used != size || self.keys != table) {
                    throw PyExc.runtimeError("Set changed size during iteration");
                }
                while (i < table.length) {
                    Object k = table[i++];
                    if (k != null && k != DUMMY) return k;
                }
                return PyIterators.END;
            }
        };
    }

    @Exposed.Method(name = "add", params = {"elem", "/"})
    public static Object add(PySet self, Object elem) {
        self.add(elem);
        return PyNone.NONE;
    }

    @Exposed.Method(name = "discard", params = {"elem", "/"})
    public static Object discard(PySet self, Object elem) {
        self.discard(elem);
        return PyNone.NONE;
    }

    @Exposed.Method(name = "remove", params = {"elem", "/"})
    public static Object remove(PySet self, Object elem) {
        if (!self.discard(elem)) throw PyExc.keyError(elem);
        return PyNone.NONE;
    }

    @Exposed.Method(name = "pop")
    public static Object pop(PySet self) {
        if (self.used == 0) throw PyExc.of(PyExc.KeyError, "pop from an empty set");
        int i = self.finger & self.mask;
        while (self.keys[i] == null || self.keys[i] == DUMMY) {
            i++;
            if (i > self.mask) i = 0;
        }
        Object k = self.keys[i];
        self.keys[i] = DUMMY;
        self.hashes[i] = -1;
        self.used--;
        self.finger = i + 1;
        return k;
    }

    @Exposed.Method(name = "clear")
    public static Object clear(PySet self) {
        self.clear();
        return PyNone.NONE;
    }

    @Exposed.Method(name = "copy")
    public static Object copy(PySet self) {
        PySet s = self.newSameKind();
        s.merge(self);
        return s;
    }

    @Exposed.Method(name = "update", params = {"*others"})
    public static Object update(PySet self, Object[] others) {
        for (Object o : others) self.addAll(o);
        return PyNone.NONE;
    }

    @Exposed.Method(name = "union", params = {"*others"})
    public static Object union(PySet self, Object[] others) {
        PySet s = (PySet) copy(self);
        for (Object o : others) s.addAll(o);
        return s;
    }

    @Exposed.Method(name = "intersection", params = {"*others"})
    public static Object intersection(PySet self, Object[] others) {
        PySet r = (PySet) copy(self);
        for (Object o : others) r = intersect(r, o);
        return r;
    }

    /** {@code set_intersection}: iterate the smaller set, keep what the other contains. */
    private static PySet intersect(PySet so, Object other) {
        PySet result = so.newSameKind();
        if (other instanceof PySet o) {
            PySet a = so, b = o;
            if (b.used > a.used) {
                PySet t = a;
                a = b;
                b = t;
            }
            for (int i = 0; i <= b.mask; i++) {
                Object k = b.keys[i];
                if (k != null && k != DUMMY && a.contains(k)) result.add(k);
            }
            return result;
        }
        Object it = Abstract.iter(other);
        for (Object x = Abstract.next(it); x != PyIterators.END; x = Abstract.next(it)) {
            if (so.contains(x)) result.add(x);
        }
        return result;
    }

    @Exposed.Method(name = "intersection_update", params = {"*others"})
    public static Object intersectionUpdate(PySet self, Object[] others) {
        PySet r = (PySet) intersection(self, others);
        self.replaceWith(r);
        return PyNone.NONE;
    }

    private void replaceWith(PySet r) {
        keys = r.keys;
        hashes = r.hashes;
        mask = r.mask;
        fill = r.fill;
        used = r.used;
    }

    @Exposed.Method(name = "difference", params = {"*others"})
    public static Object difference(PySet self, Object[] others) {
        PySet r = self.newSameKind();
        PySet[] os = new PySet[others.length];
        for (int i = 0; i < others.length; i++) os[i] = asSet(others[i]);
        outer:
        for (int i = 0; i <= self.mask; i++) {
            Object k = self.keys[i];
            if (k == null || k == DUMMY) continue;
            for (PySet o : os) if (o.contains(k)) continue outer;
            r.add(k);
        }
        return r;
    }

    @Exposed.Method(name = "difference_update", params = {"*others"})
    public static Object differenceUpdate(PySet self, Object[] others) {
        for (Object o : others) {
            if (o == self) {
                self.clear();
                continue;
            }
            Object it = Abstract.iter(o);
            for (Object x = Abstract.next(it); x != PyIterators.END; x = Abstract.next(it)) self.discard(x);
        }
        return PyNone.NONE;
    }

    @Exposed.Method(name = "symmetric_difference", params = {"other", "/"})
    public static Object symmetricDifference(PySet self, Object other) {
        PySet r = (PySet) copy(self);
        symmetricDifferenceUpdate(r, other);
        return r;
    }

    @Exposed.Method(name = "symmetric_difference_update", params = {"other", "/"})
    public static Object symmetricDifferenceUpdate(PySet self, Object other) {
        PySet o = other == self ? (PySet) copy(self) : asSet(other);
        for (int i = 0; i <= o.mask; i++) {
            Object k = o.keys[i];
            if (k == null || k == DUMMY) continue;
            if (!self.discard(k)) self.add(k);
        }
        return PyNone.NONE;
    }

    @Exposed.Method(name = "issubset", params = {"other", "/"})
    public static Object issubset(PySet self, Object other) {
        PySet o = asSet(other);
        if (self.used > o.used) return false;
        for (Object k : self.toArray()) if (!o.contains(k)) return false;
        return true;
    }

    @Exposed.Method(name = "issuperset", params = {"other", "/"})
    public static Object issuperset(PySet self, Object other) {
        return issubset(asSet(other), self);
    }

    @Exposed.Method(name = "isdisjoint", params = {"other", "/"})
    public static Object isdisjoint(PySet self, Object other) {
        Object it = Abstract.iter(other);
        for (Object x = Abstract.next(it); x != PyIterators.END; x = Abstract.next(it)) {
            if (self.contains(x)) return false;
        }
        return true;
    }

    // operators: only between sets (NotImplemented otherwise)

    @Exposed.Method(name = "__or__", params = {"other", "/"})
    public static Object or(PySet self, Object other) {
        if (!(other instanceof PySet)) return Singletons.NOT_IMPLEMENTED;
        return union(self, new Object[] {other});
    }

    @Exposed.Method(name = "__and__", params = {"other", "/"})
    public static Object and(PySet self, Object other) {
        if (!(other instanceof PySet)) return Singletons.NOT_IMPLEMENTED;
        return intersect(self, other);
    }

    @Exposed.Method(name = "__sub__", params = {"other", "/"})
    public static Object sub(PySet self, Object other) {
        if (!(other instanceof PySet)) return Singletons.NOT_IMPLEMENTED;
        return difference(self, new Object[] {other});
    }

    @Exposed.Method(name = "__xor__", params = {"other", "/"})
    public static Object xor(PySet self, Object other) {
        if (!(other instanceof PySet)) return Singletons.NOT_IMPLEMENTED;
        return symmetricDifference(self, other);
    }

    @Exposed.Method(name = "__ior__", params = {"other", "/"})
    public static Object ior(PySet self, Object other) {
        if (!(other instanceof PySet)) return Singletons.NOT_IMPLEMENTED;
        self.addAll(other);
        return self;
    }

    @Exposed.Method(name = "__iand__", params = {"other", "/"})
    public static Object iand(PySet self, Object other) {
        if (!(other instanceof PySet)) return Singletons.NOT_IMPLEMENTED;
        self.replaceWith(intersect(self, other));
        return self;
    }

    @Exposed.Method(name = "__isub__", params = {"other", "/"})
    public static Object isub(PySet self, Object other) {
        if (!(other instanceof PySet)) return Singletons.NOT_IMPLEMENTED;
        differenceUpdate(self, new Object[] {other});
        return self;
    }

    @Exposed.Method(name = "__ixor__", params = {"other", "/"})
    public static Object ixor(PySet self, Object other) {
        if (!(other instanceof PySet)) return Singletons.NOT_IMPLEMENTED;
        symmetricDifferenceUpdate(self, other);
        return self;
    }

    @Exposed.Method(name = "__eq__", params = {"other", "/"})
    public static Object eq(PySet self, Object other) {
        if (!(other instanceof PySet o)) return Singletons.NOT_IMPLEMENTED;
        if (self.used != o.used) return false;
        return issubset(self, o);
    }

    @Exposed.Method(name = "__ne__", params = {"other", "/"})
    public static Object ne(PySet self, Object other) {
        Object r = eq(self, other);
        return r == Singletons.NOT_IMPLEMENTED ? r : !(Boolean) r;
    }

    @Exposed.Method(name = "__le__", params = {"other", "/"})
    public static Object le(PySet self, Object other) {
        if (!(other instanceof PySet)) return Singletons.NOT_IMPLEMENTED;
        return issubset(self, other);
    }

    @Exposed.Method(name = "__lt__", params = {"other", "/"})
    public static Object lt(PySet self, Object other) {
        if (!(other instanceof PySet o)) return Singletons.NOT_IMPLEMENTED;
        return self.used < o.used && (Boolean) issubset(self, other);
    }

    @Exposed.Method(name = "__ge__", params = {"other", "/"})
    public static Object ge(PySet self, Object other) {
        if (!(other instanceof PySet)) return Singletons.NOT_IMPLEMENTED;
        return issuperset(self, other);
    }

    @Exposed.Method(name = "__gt__", params = {"other", "/"})
    public static Object gt(PySet self, Object other) {
        if (!(other instanceof PySet o)) return Singletons.NOT_IMPLEMENTED;
        return self.used > o.used && (Boolean) issuperset(self, other);
    }

    @Exposed.Method(name = "__repr__")
    public static Object repr(PySet self) {
        String name = self.getType().getName();
        if (self.used == 0) return name + "()";
        return Abstract.reprGuarded(self, name + "(...)", () -> {
            StringBuilder sb = new StringBuilder();
            boolean plain = self.getType() == PyType.SET;
            sb.append(plain ? "{" : name + "({");
            boolean first = true;
            for (Object k : self.toArray()) {
                if (!first) sb.append(", ");
                first = false;
                sb.append(Abstract.repr(k));
            }
            sb.append(plain ? "}" : "})");
            return sb.toString();
        });
    }

    @Exposed.Method(name = "__class_getitem__", classMethod = true, params = {"item", "/"})
    public static Object classGetitem(Object cls, Object item) {
        return PyGenericAlias.classGetItem(cls, item);
    }
}
