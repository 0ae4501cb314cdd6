package org.jyco.runtime.types;

import java.util.Arrays;
import java.util.Comparator;
import org.jyco.runtime.Abstract;
import org.jyco.runtime.CompareOp;
import org.jyco.runtime.Exposed;
import org.jyco.runtime.PyExc;
import org.jyco.runtime.PyNone;
import org.jyco.runtime.PyObject;
import org.jyco.runtime.PyType;
import org.jyco.runtime.Signature;
import org.jyco.runtime.Singletons;
import org.jyco.runtime.Subclassable;
import org.jyco.runtime.Unhashable;

/** Python's {@code list}: a growable array (CPython's {@code Objects/listobject.c}). */
@Unhashable
public class PyList extends PyObject implements Subclassable {
    private PyType type = PyType.LIST;
    private PyDict dict;
    Object[] items;
    int size;

    public PyList() {
        items = new Object[4];
    }

    public PyList(int capacity) {
        items = new Object[Math.max(capacity, 4)];
    }

    private PyList(Object[] items, int size) {
        this.items = items;
        this.size = size;
    }

    /** A list owning the given array. */
    public static PyList of(Object... items) {
        return new PyList(items, items.length);
    }

    /** A list of the items of any iterable. */
    public static PyList from(Object iterable) {
        Object[] a = Abstract.toArray(iterable);
        return new PyList(iterable instanceof PyTuple || iterable instanceof PyList ? a.clone() : a, a.length);
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
        return size;
    }

    public Object get(int i) {
        return items[i];
    }

    public void set(int i, Object v) {
        items[i] = v;
    }

    public void append(Object v) {
        if (size == items.length) items = Arrays.copyOf(items, size + (size >> 1) + 4);
        items[size++] = v;
    }

    public Object[] toArray() {
        return Arrays.copyOf(items, size);
    }

    /** A Python iterator over the list that sees appends made during iteration. */
    public PyIterators.Base iter() {
        return new PyIterators.Base() {
            @Override
            public PyType getType() {
                return PyIterators.LIST_ITERATOR;
            }

            int i;

            @Override
            public Object next() {
                return i < size ? items[i++] : PyIterators.END;
            }
        };
    }

    /** Normalises a possibly negative index, raising "list index out of range". */
    public static int normIndex(long i, int size, String what) {
        if (i < 0) i += size;
        if (i < 0 || i >= size) throw PyExc.indexError(what + " index out of range");
        return (int) i;
    }

    static Object[] repeat(Object[] a, int n, long times) {
        if (times <= 0 || n == 0) return new Object[0];
        if ((long) n * times > Integer.MAX_VALUE - 8) throw PyExc.of(PyExc.MemoryError);
        Object[] r = new Object[(int) (n * times)];
        for (int k = 0; k < times; k++) System.arraycopy(a, 0, r, k * n, n);
        return r;
    }

    /** start/stop arguments of index() clamped to [0, size]. */
    static int[] searchRange(Object start, Object stop, int size) {
        long s = Abstract.asLongClamped(start), e = Abstract.asLongClamped(stop);
        if (s < 0) s = Math.max(0, s + size);
        if (e < 0) e = Math.max(0, e + size);
        return new int[] {(int) Math.min(s, size), (int) Math.min(e, size)};
    }

    /** Lexicographic comparison of two sequences, as list and tuple do. */
    static Object compareSequences(Object[] a, int na, Object[] b, int nb, CompareOp op) {
        if ((op == CompareOp.EQ || op == CompareOp.NE) && na != nb) return op == CompareOp.NE;
        int i = 0;
        for (; i < na && i < nb; i++) {
            if (!Abstract.eq(a[i], b[i])) break;
        }
        if (i >= na || i >= nb) {
            switch (op) {
                case LT: return na < nb;
                case LE: return na <= nb;
                case EQ: return na == nb;
                case NE: return na != nb;
                case GT: return na > nb;
                default: return na >= nb;
            }
        }
        if (op == CompareOp.EQ) return false;
        if (op == CompareOp.NE) return true;
        return Abstract.richCompare(a[i], b[i], op);
    }

    // ------------------------------------------------------------------ Python methods

    @Exposed.Method(name = "__new__", isStatic = true, params = {"cls", "*args", "**kwargs"})
    public static Object new_(Object cls, Object[] args, PyDict kwargs) {
        PyList l = new PyList();
        if (cls != PyType.LIST) l.becomeInstanceOf((PyType) cls);
        return l;
    }

    @Exposed.Method(name = "__init__", params = {"iterable=?", "/"})
    public static Object init(PyList self, Object iterable) {
        self.size = 0;
        if (iterable != Signature.MISSING) {
            Object[] a = Abstract.toArray(iterable);
            self.items = Arrays.copyOf(a, Math.max(a.length, 4));
            self.size = a.length;
        }
        return PyNone.NONE;
    }

    @Exposed.Method(name = "__len__")
    public static Object len(PyList self) {
        return (long) self.size;
    }

    @Exposed.Method(name = "__getitem__", params = {"index", "/"})
    public static Object getitem(PyList self, Object index) {
        if (index instanceof PySlice s) {
            int[] r = s.indices(self.size);
            Object[] a = PySlice.slice(self.items, r);
            return new PyList(a, a.length);
        }
        return self.items[normIndex(Abstract.asIndexOrError(index, "list"), self.size, "list")];
    }

    @Exposed.Method(name = "__setitem__", params = {"index", "value", "/"})
    public static Object setitem(PyList self, Object index, Object value) {
        if (index instanceof PySlice s) {
            setSlice(self, s, value);
            return PyNone.NONE;
        }
        long i = Abstract.asIndexOrError(index, "list");
        if (i < 0) i += self.size;
        if (i < 0 || i >= self.size) throw PyExc.indexError("list assignment index out of range");
        self.items[(int) i] = value;
        return PyNone.NONE;
    }

    private static void setSlice(PyList self, PySlice s, Object value) {
        Object[] v = value == self ? self.toArray() : Abstract.toArray(value);
        int[] r = s.indices(self.size);
        int start = r[0], stop = r[1], step = r[2], len = r[3];
        if (step == 1) {
            if (stop < start) stop = start;
            int newSize = self.size - (stop - start) + v.length;
            Object[] n = new Object[Math.max(newSize, 4)];
            System.arraycopy(self.items, 0, n, 0, start);
            System.arraycopy(v, 0, n, start, v.length);
            System.arraycopy(self.items, stop, n, start + v.length, self.size - stop);
            self.items = n;
            self.size = newSize;
            return;
        }
        if (v.length != len) {
            throw PyExc.valueError("attempt to assign sequence of size " + v.length + " to extended slice of size " + len);
        }
        for (int k = 0, i = start; k < len; k++, i += step) self.items[i] = v[k];
    }

    @Exposed.Method(name = "__delitem__", params = {"index", "/"})
    public static Object delitem(PyList self, Object index) {
        if (index instanceof PySlice s) {
            int[] r = s.indices(self.size);
            int start = r[0], step = r[2], len = r[3];
            if (len == 0) return PyNone.NONE;
            if (step < 0) {
                start = start + step * (len - 1);
                step = -step;
            }
            boolean[] drop = new boolean[self.size];
            for (int k = 0, i = start; k < len; k++, i += step) drop[i] = true;
            int j = 0;
            for (int i = 0; i < self.size; i++) if (!drop[i]) self.items[j++] = self.items[i];
            Arrays.fill(self.items, j, self.size, null);
            self.size = j;
            return PyNone.NONE;
        }
        long i = Abstract.asIndexOrError(index, "list");
        if (i < 0) i += self.size;
        if (i < 0 || i >= self.size) throw PyExc.indexError("list assignment index out of range");
        remove(self, (int) i);
        return PyNone.NONE;
    }

    private static Object remove(PyList self, int i) {
        Object v = self.items[i];
        System.arraycopy(self.items, i + 1, self.items, i, self.size - i - 1);
        self.items[--self.size] = null;
        return v;
    }

    @Exposed.Method(name = "__contains__", params = {"value", "/"})
    public static Object contains(PyList self, Object value) {
        for (int i = 0; i < self.size; i++) if (Abstract.eq(self.items[i], value)) return true;
        return false;
    }

    @Exposed.Method(name = "__iter__")
    public static Object iter(PyList self) {
        return self.iter();
    }

    @Exposed.Method(name = "__reversed__")
    public static Object reversed(PyList self) {
        return new PyIterators.Base() {
            @Override
            public PyType getType() {
                return PyIterators.LIST_REVERSEITERATOR;
            }

            int i = self.size - 1;

            @Override
            public Object next() {
                if (i >= self.size) i = self.size - 1;
                return i >= 0 ? self.items[i--] : PyIterators.END;
            }
        };
    }

    @Exposed.Method(name = "append", params = {"object", "/"})
    public static Object append(PyList self, Object v) {
        self.append(v);
        return PyNone.NONE;
    }

    @Exposed.Method(name = "extend", params = {"iterable", "/"})
    public static Object extend(PyList self, Object iterable) {
        Object[] a = iterable == self ? self.toArray() : Abstract.toArray(iterable);
        if (self.size + a.length > self.items.length) {
            self.items = Arrays.copyOf(self.items, self.size + a.length + (self.size >> 1) + 4);
        }
        System.arraycopy(a, 0, self.items, self.size, a.length);
        self.size += a.length;
        return PyNone.NONE;
    }

    @Exposed.Method(name = "insert", params = {"index", "object", "/"})
    public static Object insert(PyList self, Object index, Object v) {
        long i = Abstract.asLongClamped(index);
        if (i < 0) i = Math.max(0, i + self.size);
        if (i > self.size) i = self.size;
        self.append(null);
        System.arraycopy(self.items, (int) i, self.items, (int) i + 1, self.size - 1 - (int) i);
        self.items[(int) i] = v;
        return PyNone.NONE;
    }

    @Exposed.Method(name = "pop", params = {"index=-1", "/"})
    public static Object pop(PyList self, Object index) {
        if (self.size == 0) throw PyExc.indexError("pop from empty list");
        long i = Abstract.asLong(index);
        if (i < 0) i += self.size;
        if (i < 0 || i >= self.size) throw PyExc.indexError("pop index out of range");
        return remove(self, (int) i);
    }

    @Exposed.Method(name = "remove", params = {"value", "/"})
    public static Object remove(PyList self, Object value) {
        for (int i = 0; i < self.size; i++) {
            if (Abstract.eq(self.items[i], value)) {
                remove(self, i);
                return PyNone.NONE;
            }
        }
        throw PyExc.valueError("list.remove(x): x not in list");
    }

    @Exposed.Method(name = "index", params = {"value", "start=0", "stop=9223372036854775807", "/"})
    public static Object index(PyList self, Object value, Object start, Object stop) {
        int[] r = searchRange(start, stop, self.size);
        for (int i = r[0]; i < Math.min(r[1], self.size); i++) if (Abstract.eq(self.items[i], value)) return (long) i;
        throw PyExc.valueError(Abstract.repr(value) + " is not in list");
    }

    @Exposed.Method(name = "count", params = {"value", "/"})
    public static Object count(PyList self, Object value) {
        long n = 0;
        for (int i = 0; i < self.size; i++) if (Abstract.eq(self.items[i], value)) n++;
        return n;
    }

    @Exposed.Method(name = "clear")
    public static Object clear(PyList self) {
        Arrays.fill(self.items, 0, self.size, null);
        self.size = 0;
        return PyNone.NONE;
    }

    @Exposed.Method(name = "copy")
    public static Object copy(PyList self) {
        return new PyList(Arrays.copyOf(self.items, Math.max(self.size, 4)), self.size);
    }

    @Exposed.Method(name = "reverse")
    public static Object reverse(PyList self) {
        for (int i = 0, j = self.size - 1; i < j; i++, j--) {
            Object t = self.items[i];
            self.items[i] = self.items[j];
            self.items[j] = t;
        }
        return PyNone.NONE;
    }

    /** {@code list.sort(*, key=None, reverse=False)}: stable (Java's TimSort, as CPython's). */
    @Exposed.Method(name = "sort", params = {"*", "key=None", "reverse=False"})
    public static Object sort(PyList self, Object key, Object reverse) {
        int n = self.size;
        Object[] items = Arrays.copyOf(self.items, n);
        // CPython empties the list while sorting so that mutation is detected
        self.size = 0;
        boolean rev = Abstract.isTrue(reverse);
        try {
            if (key == PyNone.NONE) {
                if (rev) reverseArray(items, n);
                Arrays.sort(items, 0, n, LESS_THAN);
                if (rev) reverseArray(items, n);
            } else {
                Object[][] pairs = new Object[n][];
                for (int i = 0; i < n; i++) pairs[i] = new Object[] {Abstract.call(key, items[i]), items[i]};
                if (rev) reverseArray(pairs, n);
                Arrays.sort(pairs, 0, n, (a, b) -> LESS_THAN.compare(a[0], b[0]));
                if (rev) reverseArray(pairs, n);
                for (int i = 0; i < n; i++) items[i] = pairs[i][1];
            }
        } catch (IllegalArgumentException e) {
            // "Comparison method violates its general contract": inconsistent __lt__; keep going like CPython
        } finally {
            boolean mutated = self.size != 0;
            self.items = items.length < 4 ? Arrays.copyOf(items, 4) : items;
            self.size = n;
            if (mutated) throw PyExc.valueError("list modified during sort");
        }
        return PyNone.NONE;
    }

    private static void reverseArray(Object[] a, int n) {
        for (int i = 0, j = n - 1; i < j; i++, j--) {
            Object t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    /** Orders by Python's {@code <} only, as CPython's sort does. */
    public static final Comparator<Object> LESS_THAN = (a, b) -> {
        if (a instanceof Long x && b instanceof Long y) return Long.compare(x, y);
        if (a instanceof String x && b instanceof String y) return PyStr.compare(x, y);
        if (Abstract.isTrue(Abstract.richCompare(a, b, CompareOp.LT))) return -1;
        if (Abstract.isTrue(Abstract.richCompare(b, a, CompareOp.LT))) return 1;
        return 0;
    };

    @Exposed.Method(name = "__add__", params = {"other", "/"})
    public static Object add(PyList self, Object other) {
        if (!(other instanceof PyList o)) {
            return org.jyco.runtime.Singletons.NOT_IMPLEMENTED;
        }
        Object[] r = Arrays.copyOf(self.items, Math.max(self.size + o.size, 4));
        System.arraycopy(o.items, 0, r, self.size, o.size);
        return new PyList(r, self.size + o.size);
    }

    @Exposed.Method(name = "__iadd__", params = {"other", "/"})
    public static Object iadd(PyList self, Object other) {
        extend(self, other);
        return self;
    }

    @Exposed.Method(name = "__mul__", params = {"n", "/"})
    public static Object mul(PyList self, Object n) {
        if (PyLong.asInt(n) == null && Abstract.lookupSpecial(n, "__index__") == null) return Singletons.NOT_IMPLEMENTED;
        Object[] r = repeat(self.items, self.size, Abstract.asLong(n));
        return new PyList(r, r.length);
    }

    @Exposed.Method(name = "__rmul__", params = {"n", "/"})
    public static Object rmul(PyList self, Object n) {
        return mul(self, n);
    }

    @Exposed.Method(name = "__imul__", params = {"n", "/"})
    public static Object imul(PyList self, Object n) {
        Object[] r = repeat(self.items, self.size, Abstract.asLong(n));
        self.items = r.length < 4 ? Arrays.copyOf(r, 4) : r;
        self.size = r.length;
        return self;
    }

    @Exposed.Method(name = "__repr__")
    public static Object repr(PyList self) {
        return Abstract.reprGuarded(self, "[...]", () -> {
            StringBuilder sb = new StringBuilder("[");
            for (int i = 0; i < self.size; i++) {
                if (i > 0) sb.append(", ");
                sb.append(Abstract.repr(self.items[i]));
            }
            return sb.append(']').toString();
        });
    }

    private static Object compare(PyList self, Object other, CompareOp op) {
        if (!(other instanceof PyList o)) return Singletons.NOT_IMPLEMENTED;
        return compareSequences(self.items, self.size, o.items, o.size, op);
    }

    @Exposed.Method(name = "__eq__", params = {"other", "/"})
    public static Object eq(PyList self, Object other) { return compare(self, other, CompareOp.EQ); }
    @Exposed.Method(name = "__ne__", params = {"other", "/"})
    public static Object ne(PyList self, Object other) { return compare(self, other, CompareOp.NE); }
    @Exposed.Method(name = "__lt__", params = {"other", "/"})
    public static Object lt(PyList self, Object other) { return compare(self, other, CompareOp.LT); }
    @Exposed.Method(name = "__le__", params = {"other", "/"})
    public static Object le(PyList self, Object other) { return compare(self, other, CompareOp.LE); }
    @Exposed.Method(name = "__gt__", params = {"other", "/"})
    public static Object gt(PyList self, Object other) { return compare(self, other, CompareOp.GT); }
    @Exposed.Method(name = "__ge__", params = {"other", "/"})
    public static Object ge(PyList self, Object other) { return compare(self, other, CompareOp.GE); }

    @Exposed.Method(name = "__class_getitem__", classMethod = true, params = {"item", "/"})
    public static Object classGetitem(Object cls, Object item) {
        return PyGenericAlias.classGetItem(cls, item);
    }
}
