package org.jyco.stdlib;

import org.jyco.runtime.Abstract;
import org.jyco.runtime.CompareOp;
import org.jyco.runtime.Exposed;
import org.jyco.runtime.Interpreter;
import org.jyco.runtime.PyExc;
import org.jyco.runtime.PyException;
import org.jyco.runtime.PyModule;
import org.jyco.runtime.PyNone;
import org.jyco.runtime.PyObject;
import org.jyco.runtime.PyType;
import org.jyco.runtime.Signature;
import org.jyco.runtime.Subclassable;
import org.jyco.runtime.types.PyDict;
import org.jyco.runtime.types.PyIterators;
import org.jyco.runtime.types.PyList;

/** The small modules {@code string}, {@code bisect} and {@code heapq}. */
public final class SmallModules {
    private SmallModules() {}

    static boolean lt(Object a, Object b) {
        return Abstract.isTrue(Abstract.richCompare(a, b, CompareOp.LT));
    }

    // ================================================================== string

    public static final class StringModule {
        private StringModule() {}

        public static PyModule create(Interpreter interp) {
            PyModule m = new PyModule("string");
            m.addFunctions(StringModule.class);
            PyDict d = m.getDict();
            String lower = "abcdefghijklmnopqrstuvwxyz", upper = lower.toUpperCase();
            String digits = "0123456789";
            String punct = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
            String ws = " \t\n\r\u000b\f";
            d.put("ascii_lowercase", lower);
            d.put("ascii_uppercase", upper);
            d.put("ascii_letters", lower + upper);
            d.put("digits", digits);
            d.put("hexdigits", digits + "abcdefABCDEF");
            d.put("octdigits", "01234567");
            d.put("punctuation", punct);
            d.put("whitespace", ws);
            d.put("printable", digits + lower + upper + punct + ws);
            d.put("Template", Template.TYPE);
            return m;
        }

        @Exposed.Method(params = {"s", "sep=None"})
        public static Object capwords(Object s, Object sep) {
            Object[] words = Abstract.toArray(Abstract.callMethod(s, "split", sep));
            Object[] caps = new Object[words.length];
            for (int i = 0; i < words.length; i++) caps[i] = Abstract.callMethod(words[i], "capitalize");
            String j = sep == PyNone.NONE ? " " : (String) sep;
            return Abstract.callMethod(j, "join", PyList.of(caps));
        }
    }

    /** {@code string.Template}: $name, ${name} and $$ substitution. */
    public static final class Template extends PyObject implements Subclassable {
        static final PyType TYPE = PyType.newBuiltin("Template", PyType.OBJECT, Template.class, Template.class, "string");
        private PyType type = TYPE;
        private PyDict dict = new PyDict();

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

        @Exposed.Method(name = "__new__", isStatic = true, params = {"cls", "*args", "**kwargs"})
        public static Object new_(Object cls, Object[] args, PyDict kwargs) {
            Template t = new Template();
            if (cls != TYPE) t.becomeInstanceOf((PyType) cls);
            return t;
        }

        @Exposed.Method(name = "__init__", params = {"template"})
        public static Object init(Object self, Object template) {
            ((Template) self).dict.put("template", template);
            return PyNone.NONE;
        }

        private static boolean idStart(char c) {
            return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        }

        private static boolean idPart(char c) {
            return idStart(c) || (c >= '0' && c <= '9');
        }

        private static Object lookup(PyDict kw, Object mapping, String name) {
            if (kw != null) {
                Object v = kw.getOrNull(name);
                if (v != null) return v;
            }
            if (mapping == null) throw PyExc.keyError(name);
            return Abstract.getItem(mapping, name);
        }

        private static String lineCol(String s, int i) {
            int line = 1, col = 1;
            for (int k = 0; k < i; k++) {
                if (s.charAt(k) == '\n') {
                    line++;
                    col = 1;
                } else {
                    col++;
                }
            }
            return "line " + line + ", col " + col;
        }

        private static String sub(Object self, Object mapping, PyDict kw, boolean safe) {
            String s = Abstract.str(Abstract.getAttr(self, "template"));
            Object map = mapping == Signature.MISSING ? null : mapping;
            StringBuilder out = new StringBuilder();
            int i = 0;
            while (i < s.length()) {
                char c = s.charAt(i);
                if (c != '$') {
                    out.append(c);
                    i++;
                    continue;
                }
                if (i + 1 < s.length() && s.charAt(i + 1) == '$') {
                    out.append('$');
                    i += 2;
                    continue;
                }
                int j = i + 1;
                boolean braced = j < s.length() && s.charAt(j) == '{';
                int st = braced ? j + 1 : j;
                int e = st;
                if (e < s.length() && idStart(s.charAt(e))) {
                    e++;
                    while (e < s.length() && idPart(s.charAt(e))) e++;
                }
                boolean ok = e > st && (!braced || (e < s.length() && s.charAt(e) == '}'));
                if (!ok) {
                    if (safe) {
                        out.append('$');
                        i++;
                        continue;
                    }
                    throw PyExc.valueError("Invalid placeholder in string: " + lineCol(s, i));
                }
                String name = s.substring(st, e);
                int end = braced ? e + 1 : e;
                try {
                    out.append(Abstract.str(lookup(kw, map, name)));
                } catch (PyException x) {
                    if (!safe || !x.matches(PyExc.KeyError)) throw x;
                    out.append(s, i, end);
                }
                i = end;
            }
            return out.toString();
        }

        @Exposed.Method(params = {"mapping=?", "/", "**kws"})
        public static Object substitute(Object self, Object mapping, PyDict kws) {
            return sub(self, mapping, kws, false);
        }

        @Exposed.Method(params = {"mapping=?", "/", "**kws"})
        public static Object safe_substitute(Object self, Object mapping, PyDict kws) {
            return sub(self, mapping, kws, true);
        }
    }

    // ================================================================== bisect

    public static final class BisectModule {
        private BisectModule() {}

        public static PyModule create(Interpreter interp) {
            PyModule m = new PyModule("bisect");
            m.addFunctions(BisectModule.class);
            PyDict d = m.getDict();
            d.put("bisect", d.get("bisect_right"));
            d.put("insort", d.get("insort_right"));
            return m;
        }

        private static long[] bounds(Object a, Object lo, Object hi) {
            long l = Abstract.asLongClamped(Abstract.index(lo));
            if (l < 0) throw PyExc.valueError("lo must be non-negative");
            long h = hi == PyNone.NONE ? Abstract.len(a) : Abstract.asLongClamped(Abstract.index(hi));
            return new long[] {l, h};
        }

        static long search(Object a, Object x, Object lo, Object hi, Object key, boolean right) {
            long[] b = bounds(a, lo, hi);
            long l = b[0], h = b[1];
            while (l < h) {
                long mid = (l + h) >>> 1;
                Object v = Abstract.getItem(a, mid);
                if (key != PyNone.NONE) v = Abstract.call(key, v);
                boolean goRight = right ? !lt(x, v) : lt(v, x);
                if (goRight) l = mid + 1;
                else h = mid;
            }
            return l;
        }

        @Exposed.Method(params = {"a", "x", "lo=0", "hi=None", "*", "key=None"})
        public static Object bisect_left(Object a, Object x, Object lo, Object hi, Object key) {
            return search(a, x, lo, hi, key, false);
        }

        @Exposed.Method(params = {"a", "x", "lo=0", "hi=None", "*", "key=None"})
        public static Object bisect_right(Object a, Object x, Object lo, Object hi, Object key) {
            return search(a, x, lo, hi, key, true);
        }

        private static void insert(Object a, long i, Object x) {
            if (a instanceof PyList l && l.getType() == PyType.LIST) PyList.insert(l, i, x);
            else Abstract.callMethod(a, "insert", i, x);
        }

        @Exposed.Method(params = {"a", "x", "lo=0", "hi=None", "*", "key=None"})
        public static Object insort_left(Object a, Object x, Object lo, Object hi, Object key) {
            Object k = key == PyNone.NONE ? x : Abstract.call(key, x);
            insert(a, search(a, k, lo, hi, key, false), x);
            return PyNone.NONE;
        }

        @Exposed.Method(params = {"a", "x", "lo=0", "hi=None", "*", "key=None"})
        public static Object insort_right(Object a, Object x, Object lo, Object hi, Object key) {
            Object k = key == PyNone.NONE ? x : Abstract.call(key, x);
            insert(a, search(a, k, lo, hi, key, true), x);
            return PyNone.NONE;
        }
    }

    // ================================================================== heapq

    public static final class HeapqModule {
        private HeapqModule() {}

        public static PyModule create(Interpreter interp) {
            PyModule m = new PyModule("heapq");
            m.addFunctions(HeapqModule.class);
            return m;
        }

        private static PyList list(Object heap, String fn) {
            if (heap instanceof PyList l) return l;
            throw PyExc.typeError(fn + "() argument 1 must be list, not " + PyType.of(heap).getName());
        }

        /** Follows CPython's _siftdown: moves heap[pos] up towards startpos. */
        static void siftDown(PyList h, int start, int pos, boolean max) {
            Object item = h.get(pos);
            while (pos > start) {
                int parentPos = (pos - 1) >> 1;
                Object parent = h.get(parentPos);
                if (max ? lt(parent, item) : lt(item, parent)) {
                    h.set(pos, parent);
                    pos = parentPos;
                    continue;
                }
                break;
            }
            h.set(pos, item);
        }

        /** CPython's _siftup: moves the smaller child up until a leaf, then sifts down. */
        static void siftUp(PyList h, int pos, boolean max) {
            int end = h.size(), start = pos;
            Object item = h.get(pos);
            int child = 2 * pos + 1;
            while (child < end) {
                int right = child + 1;
                if (right < end && !(max ? lt(h.get(right), h.get(child)) : lt(h.get(child), h.get(right)))) child = right;
                h.set(pos, h.get(child));
                pos = child;
                child = 2 * pos + 1;
            }
            h.set(pos, item);
            siftDown(h, start, pos, max);
        }

        @Exposed.Method(params = {"heap", "item", "/"})
        public static Object heappush(Object heap, Object item) {
            PyList h = list(heap, "heappush");
            h.append(item);
            siftDown(h, 0, h.size() - 1, false);
            return PyNone.NONE;
        }

        private static Object popLast(PyList h) {
            if (h.size() == 0) throw PyExc.indexError("index out of range");
            return PyList.pop(h, (long) (h.size() - 1));
        }

        @Exposed.Method(params = {"heap", "/"})
        public static Object heappop(Object heap) {
            PyList h = list(heap, "heappop");
            Object last = popLast(h);
            if (h.size() == 0) return last;
            Object ret = h.get(0);
            h.set(0, last);
            siftUp(h, 0, false);
            return ret;
        }

        @Exposed.Method(params = {"heap", "item", "/"})
        public static Object heapreplace(Object heap, Object item) {
            PyList h = list(heap, "heapreplace");
            if (h.size() == 0) throw PyExc.indexError("index out of range");
            Object ret = h.get(0);
            h.set(0, item);
            siftUp(h, 0, false);
            return ret;
        }

        @Exposed.Method(params = {"heap", "item", "/"})
        public static Object heappushpop(Object heap, Object item) {
            PyList h = list(heap, "heappushpop");
            if (h.size() > 0 && lt(h.get(0), item)) {
                Object ret = h.get(0);
                h.set(0, item);
                siftUp(h, 0, false);
                return ret;
            }
            return item;
        }

        @Exposed.Method(params = {"heap", "/"})
        public static Object heapify(Object heap) {
            PyList h = list(heap, "heapify");
            for (int i = h.size() / 2 - 1; i >= 0; i--) siftUp(h, i, false);
            return PyNone.NONE;
        }

        private static PyList sortedBy(Object iterable, Object key, boolean reverse) {
            PyList l = PyList.from(iterable);
            PyList.sort(l, key, reverse);
            return l;
        }

        private static Object firstN(PyList l, long n) {
            PyList out = new PyList();
            for (int i = 0; i < Math.min(n, l.size()); i++) out.append(l.get(i));
            return out;
        }

        @Exposed.Method(params = {"n", "iterable", "key=None"})
        public static Object nsmallest(Object n, Object iterable, Object key) {
            long k = Abstract.asLongClamped(Abstract.index(n));
            if (k <= 0) return new PyList();
            return firstN(sortedBy(iterable, key, false), k);
        }

        @Exposed.Method(params = {"n", "iterable", "key=None"})
        public static Object nlargest(Object n, Object iterable, Object key) {
            long k = Abstract.asLongClamped(Abstract.index(n));
            if (k <= 0) return new PyList();
            return firstN(sortedBy(iterable, key, true), k);
        }

        @Exposed.Method(params = {"*iterables", "key=None", "reverse=False"})
        public static Object merge(Object[] iterables, Object key, Object reverse) {
            Object[] its = new Object[iterables.length];
            for (int i = 0; i < its.length; i++) its[i] = Abstract.iter(iterables[i]);
            Object[] heads = new Object[its.length];
            Object[] keys = new Object[its.length];
            boolean rev = Abstract.isTrue(reverse);
            boolean[] started = {false};
            return PyIterators.of(() -> {
                if (!started[0]) {
                    started[0] = true;
                    for (int i = 0; i < its.length; i++) {
                        Object v = Abstract.next(its[i]);
                        heads[i] = v == PyIterators.END ? null : v;
                        if (heads[i] != null) keys[i] = key == PyNone.NONE ? v : Abstract.call(key, v);
                    }
                }
                int best = -1;
                for (int i = 0; i < its.length; i++) {
                    if (heads[i] == null) continue;
                    if (best < 0 || (rev ? lt(keys[best], keys[i]) : lt(keys[i], keys[best]))) best = i;
                }
                if (best < 0) return PyIterators.END;
                Object r = heads[best];
                Object v = Abstract.next(its[best]);
                heads[best] = v == PyIterators.END ? null : v;
                if (heads[best] != null) keys[best] = key == PyNone.NONE ? v : Abstract.call(key, v);
                return r;
            });
        }
    }
}
