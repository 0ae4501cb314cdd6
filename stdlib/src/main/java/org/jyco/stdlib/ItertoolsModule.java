package org.jyco.stdlib;

import java.util.ArrayList;
import java.util.List;
import org.jyco.runtime.Abstract;
import org.jyco.runtime.BinaryOp;
import org.jyco.runtime.CompareOp;
import org.jyco.runtime.Exposed;
import org.jyco.runtime.Interpreter;
import org.jyco.runtime.PyExc;
import org.jyco.runtime.PyModule;
import org.jyco.runtime.PyNone;
import org.jyco.runtime.PyType;
import org.jyco.runtime.Signature;
import org.jyco.runtime.types.PyDict;
import org.jyco.runtime.types.PyIterators;
import org.jyco.runtime.types.PyIterators.Base;
import org.jyco.runtime.types.PyLong;
import org.jyco.runtime.types.PyTuple;

/** The {@code itertools} module: lazy iterator types named as CPython's. */
public final class ItertoolsModule {
    private ItertoolsModule() {}

    static final Object END = PyIterators.END;

    private static PyType t(String name, Class<?> exposer) {
        return PyType.newBuiltin(name, PyType.OBJECT, null, exposer, "itertools");
    }

    static final PyType COUNT = t("count", Count.class);
    static final PyType CYCLE = t("cycle", Cycle.class);
    static final PyType REPEAT = t("repeat", Repeat.class);
    static final PyType ACCUMULATE = t("accumulate", Accumulate.class);
    static final PyType CHAIN = t("chain", Chain.class);
    static final PyType COMPRESS = t("compress", Compress.class);
    static final PyType DROPWHILE = t("dropwhile", Dropwhile.class);
    static final PyType TAKEWHILE = t("takewhile", Takewhile.class);
    static final PyType FILTERFALSE = t("filterfalse", Filterfalse.class);
    static final PyType GROUPBY = t("groupby", Groupby.class);
    static final PyType GROUPER = t("_grouper", Base.class);
    static final PyType ISLICE = t("islice", Islice.class);
    static final PyType STARMAP = t("starmap", Starmap.class);
    static final PyType TEE = t("_tee", Base.class);
    static final PyType ZIP_LONGEST = t("zip_longest", ZipLongest.class);
    static final PyType PRODUCT = t("product", Product.class);
    static final PyType PERMUTATIONS = t("permutations", Permutations.class);
    static final PyType COMBINATIONS = t("combinations", Combinations.class);
    static final PyType COMBINATIONS_WR = t("combinations_with_replacement", CombinationsWR.class);
    static final PyType PAIRWISE = t("pairwise", Pairwise.class);

    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("itertools");
        m.addFunctions(ItertoolsModule.class);
        PyDict d = m.getDict();
        for (PyType ty : new PyType[] {COUNT, CYCLE, REPEAT, ACCUMULATE, CHAIN, COMPRESS, DROPWHILE, TAKEWHILE,
            FILTERFALSE, GROUPBY, ISLICE, STARMAP, ZIP_LONGEST, PRODUCT, PERMUTATIONS, COMBINATIONS,
            COMBINATIONS_WR, PAIRWISE}) {
            d.put(ty.getName(), ty);
        }
        return m;
    }

    static void noKwargs(String name, PyDict kw) {
        if (kw != null && kw.size() > 0) throw PyExc.typeError(name + "() takes no keyword arguments");
    }

    /** Positional-only constructors: "cycle expected 1 argument, got 2". */
    static void posOnly(String fn, Object[] args, PyDict kw, int n) {
        if (kw != null && kw.size() > 0) throw PyExc.typeError(fn + "() takes no keyword arguments");
        if (args.length != n) {
            throw PyExc.typeError(fn + " expected " + n + " argument" + (n == 1 ? "" : "s") + ", got " + args.length);
        }
    }

    /** Argument Clinic style constructors; absent optional arguments are MISSING. */
    static Object[] clinic(String fn, Object[] args, PyDict kw, String[] names, int required, int maxPos) {
        if (args.length > maxPos) {
            throw PyExc.typeError(fn + "() takes at most " + maxPos + " argument" + (maxPos == 1 ? "" : "s")
                + " (" + args.length + " given)");
        }
        Object[] out = new Object[names.length];
        java.util.Arrays.fill(out, Signature.MISSING);
        System.arraycopy(args, 0, out, 0, args.length);
        if (kw != null) {
            for (var e : kw.entrySet()) {
                int idx = -1;
                for (int i = 0; i < names.length; i++) if (names[i].equals(e.getKey())) idx = i;
                if (idx < 0) throw PyExc.typeError("'" + e.getKey() + "' is an invalid keyword argument for " + fn + "()");
                if (idx < args.length) {
                    throw PyExc.typeError("argument for " + fn + "() given by name ('" + e.getKey() + "') and position (" + (idx + 1) + ")");
                }
                out[idx] = e.getValue();
            }
        }
        for (int i = 0; i < required; i++) {
            if (out[i] == Signature.MISSING) {
                throw PyExc.typeError(fn + "() missing required argument '" + names[i] + "' (pos " + (i + 1) + ")");
            }
        }
        return out;
    }

    static Object or(Object v, Object dflt) {
        return v == Signature.MISSING ? dflt : v;
    }

    // ------------------------------------------------------------------ count, cycle, repeat

    static final class CountIt extends Base {
        Object cur;
        final Object step;

        CountIt(Object start, Object step) {
            this.cur = start;
            this.step = step;
        }

        @Override
        public PyType getType() {
            return COUNT;
        }

        @Override
        public Object next() {
            Object v = cur;
            if (v instanceof Long a && step instanceof Long b) {
                long r = a + b;
                if (((a ^ r) & (b ^ r)) >= 0) {
                    cur = r;
                    return v;
                }
            }
            cur = Abstract.binaryOp(BinaryOp.ADD, v, step);
            return v;
        }
    }

    @Exposed.Inherit(from = Base.class)
    public static final class Count {
        private Count() {}

        @Exposed.Method(name = "__new__", isStatic = true, params = {"cls", "*args", "**kwargs"})
        public static Object new_(Object cls, Object[] args, PyDict kwargs) {
            Object[] a = clinic("count", args, kwargs, new String[] {"start", "step"}, 0, 2);
            Object start = or(a[0], 0L), step = or(a[1], 1L);
            for (Object o : new Object[] {start, step}) {
                PyType ty = PyType.of(o);
                if (ty.lookup("__add__") == null || o instanceof String || o instanceof PyTuple) {
                    throw PyExc.typeError("a number is required");
                }
            }
            return new CountIt(start, step);
        }

        @Exposed.Method(name = "__repr__")
        public static Object repr(Object self) {
            CountIt c = (CountIt) self;
            boolean unitStep = c.step instanceof Long l && l == 1L;
            return "count(" + Abstract.repr(c.cur) + (unitStep ? "" : ", " + Abstract.repr(c.step)) + ")";
        }
    }

    @Exposed.Inherit(from = Base.class)
    public static final class Cycle {
        private Cycle() {}

        @Exposed.Method(name = "__new__", isStatic = true, params = {"cls", "*args", "**kwargs"})
        public static Object new_(Object cls, Object[] args, PyDict kwargs) {
            posOnly("cycle", args, kwargs, 1);
            Object iterable = args[0];
            Object it = Abstract.iter(iterable);
            List<Object> saved = new ArrayList<>();
            int[] pos = {-1};
            return PyIterators.of(CYCLE, () -> {
                if (pos[0] < 0) {
                    Object v = Abstract.next(it);
                    if (v != END) {
                        saved.add(v);
                        return v;
                    }
                    if (saved.isEmpty()) return END;
                    pos[0] = 0;
                }
                Object v = saved.get(pos[0]);
                pos[0] = (pos[0] + 1) % saved.size();
                return v;
            });
        }
    }

    static final class RepeatIt extends Base {
        final Object obj;
        long left; // -1: forever

        RepeatIt(Object obj, long times) {
            this.obj = obj;
            this.left = times;
        }

        @Override
        public PyType getType() {
            return REPEAT;
        }

        @Override
        public Object next() {
            if (left == 0) return END;
            if (left > 0) left--;
            return obj;
        }
    }

    @Exposed.Inherit(from = Base.class)
    public static final class Repeat {
        private Repeat() {}

        @Exposed.Method(name = "__new__", isStatic = true, params = {"cls", "*args", "**kwargs"})
        public static Object new_(Object cls, Object[] args, PyDict kwargs) {
            Object[] a = clinic("repeat", args, kwargs, new String[] {"object", "times"}, 1, 2);
            Object obj = a[0], times = a[1];
            long n = -1;
            if (times != Signature.MISSING) n = Math.max(0, Abstract.asLongClamped(Abstract.index(times)));
            return new RepeatIt(obj, n);
        }

        @Exposed.Method(name = "__repr__")
        public static Object repr(Object self) {
            RepeatIt r = (RepeatIt) self;
            return "repeat(" + Abstract.repr(r.obj) + (r.left < 0 ? "" : ", " + r.left) + ")";
        }

        @Exposed.Method(name = "__length_hint__")
        public static Object lengthHint(Object self) {
            RepeatIt r = (RepeatIt) self;
            if (r.left < 0) throw PyExc.typeError("len() of unsized object");
            return r.left;
        }
    }

    // ------------------------------------------------------------------ accumulate, chain, compress...

    @Exposed.Inherit(from = Base.class)
    public static final class Accumulate {
        private Accumulate() {}

        @Exposed.Method(name = "__new__", isStatic = true, params = {"cls", "*args", "**kwargs"})
        public static Object new_(Object cls, Object[] args, PyDict kwargs) {
            Object[] a = clinic("accumulate", args, kwargs, new String[] {"iterable", "func", "initial"}, 1, 2);
            Object iterable = a[0], func = or(a[1], PyNone.NONE), initial = or(a[2], PyNone.NONE);
            Object it = Abstract.iter(iterable);
            Object[] total = {initial == PyNone.NONE ? null : initial};
            boolean[] first = {initial != PyNone.NONE};
            return PyIterators.of(ACCUMULATE, () -> {
                if (first[0]) {
                    first[0] = false;
                    return total[0];
                }
                Object v = Abstract.next(it);
                if (v == END) return END;
                if (total[0] == null) total[0] = v;
                else if (func == PyNone.NONE) total[0] = Abstract.binaryOp(BinaryOp.ADD, total[0], v);
                else total[0] = Abstract.call(func, total[0], v);
                return total[0];
            });
        }
    }

    static Object chainOver(Object sources) {
        Object[] cur = {null};
        return PyIterators.of(CHAIN, () -> {
            while (true) {
                if (cur[0] == null) {
                    Object nextIterable = Abstract.next(sources);
                    if (nextIterable == END) return END;
                    cur[0] = Abstract.iter(nextIterable);
                }
                Object v = Abstract.next(cur[0]);
                if (v != END) return v;
                cur[0] = null;
            }
        });
    }

    @Exposed.Inherit(from = Base.class)
    public static final class Chain {
        private Chain() {}

        @Exposed.Method(name = "__new__", isStatic = true, params = {"cls", "*iterables", "**kwargs"})
        public static Object new_(Object cls, Object[] iterables, PyDict kwargs) {
            noKwargs("chain", kwargs);
            return chainOver(new PyIterators.ArrayIterator(iterables, iterables.length));
        }

        @Exposed.Method(name = "from_iterable", classMethod = true, params = {"iterable", "/"})
        public static Object fromIterable(Object cls, Object iterable) {
            return chainOver(Abstract.iter(iterable));
        }
    }

    @Exposed.Inherit(from = Base.class)
    public static final class Compress {
        private Compress() {}

        @Exposed.Method(name = "__new__", isStatic = true, params = {"cls", "*args", "**kwargs"})
        public static Object new_(Object cls, Object[] args, PyDict kwargs) {
            Object[] a = clinic("compress", args, kwargs, new String[] {"data", "selectors"}, 2, 2);
            Object data = a[0], selectors = a[1];
            Object d = Abstract.iter(data), s = Abstract.iter(selectors);
            return PyIterators.of(COMPRESS, () -> {
                while (true) {
                    Object v = Abstract.next(d);
                    if (v == END) return END;
                    Object k = Abstract.next(s);
                    if (k == END) return END;
                    if (Abstract.isTrue(k)) return v;
                }
            });
        }
    }

    @Exposed.Inherit(from = Base.class)
    public static final class Dropwhile {
        private Dropwhile() {}

        @Exposed.Method(name = "__new__", isStatic = true, params = {"cls", "*args", "**kwargs"})
        public static Object new_(Object cls, Object[] args, PyDict kwargs) {
            posOnly("dropwhile", args, kwargs, 2);
            Object pred = args[0], iterable = args[1];
            Object it = Abstract.iter(iterable);
            boolean[] dropping = {true};
            return PyIterators.of(DROPWHILE, () -> {
                while (true) {
                    Object v = Abstract.next(it);
                    if (v == END) return END;
                    if (!dropping[0]) return v;
                    if (!Abstract.isTrue(Abstract.call(pred, v))) {
                        dropping[0] = false;
                        return v;
                    }
                }
            });
        }
    }

    @Exposed.Inherit(from = Base.class)
    public static final class Takewhile {
        private Takewhile() {}

        @Exposed.Method(name = "__new__", isStatic = true, params = {"cls", "*args", "**kwargs"})
        public static Object new_(Object cls, Object[] args, PyDict kwargs) {
            posOnly("takewhile", args, kwargs, 2);
            Object pred = args[0], iterable = args[1];
            Object it = Abstract.iter(iterable);
            return PyIterators.of(TAKEWHILE, () -> {
                Object v = Abstract.next(it);
                if (v == END) return END;
                return Abstract.isTrue(Abstract.call(pred, v)) ? v : END;
            });
        }
    }

    @Exposed.Inherit(from = Base.class)
    public static final class Filterfalse {
        private Filterfalse() {}

        @Exposed.Method(name = "__new__", isStatic = true, params = {"cls", "*args", "**kwargs"})
        public static Object new_(Object cls, Object[] args, PyDict kwargs) {
            posOnly("filterfalse", args, kwargs, 2);
            Object function = args[0], iterable = args[1];
            Object it = Abstract.iter(iterable);
            return PyIterators.of(FILTERFALSE, () -> {
                while (true) {
                    Object v = Abstract.next(it);
                    if (v == END) return END;
                    boolean t = function == PyNone.NONE ? Abstract.isTrue(v) : Abstract.isTrue(Abstract.call(function, v));
                    if (!t) return v;
                }
            });
        }
    }

    // ------------------------------------------------------------------ groupby

    static final class GroupbyIt extends Base {
        final Object it;
        final Object keyfunc;
        Object tgtkey, currkey, currvalue;
        boolean started, exhausted;
        Object currentGrouper;

        GroupbyIt(Object it, Object keyfunc) {
            this.it = it;
            this.keyfunc = keyfunc;
        }

        @Override
        public PyType getType() {
            return GROUPBY;
        }

        boolean step() {
            Object v = Abstract.next(it);
            if (v == END) {
                exhausted = true;
                return false;
            }
            currvalue = v;
            currkey = keyfunc == PyNone.NONE ? v : Abstract.call(keyfunc, v);
            started = true;
            return true;
        }

        @Override
        public Object next() {
            currentGrouper = null;
            if (exhausted) return END;
            if (!started) {
                if (!step()) return END;
            } else {
                while (Abstract.eq(tgtkey, currkey)) {
                    if (!step()) return END;
                }
            }
            tgtkey = currkey;
            Object key = currkey;
            Object marker = new Object();
            currentGrouper = marker;
            Object myKey = tgtkey;
            boolean[] first = {true};
            Base g = PyIterators.of(GROUPER, () -> {
                if (currentGrouper != marker || exhausted) return END;
                if (first[0]) {
                    first[0] = false;
                } else {
                    if (!step()) return END;
                }
                if (!Abstract.eq(myKey, currkey)) return END;
                return currvalue;
            });
            return PyTuple.of(key, g);
        }
    }

    @Exposed.Inherit(from = Base.class)
    public static final class Groupby {
        private Groupby() {}

        @Exposed.Method(name = "__new__", isStatic = true, params = {"cls", "*args", "**kwargs"})
        public static Object new_(Object cls, Object[] args, PyDict kwargs) {
            Object[] a = clinic("groupby", args, kwargs, new String[] {"iterable", "key"}, 1, 2);
            Object iterable = a[0], key = or(a[1], PyNone.NONE);
            return new GroupbyIt(Abstract.iter(iterable), key);
        }
    }

    // ------------------------------------------------------------------ islice, starmap, tee

    private static long sliceArg(Object o, boolean stop) {
        if (o == PyNone.NONE) return -1;
        Object i;
        try {
            i = Abstract.index(o);
        } catch (org.jyco.runtime.PyException e) {
            i = null;
        }
        if (i == null || PyLong.signum(i) < 0) {
            throw PyExc.valueError(stop
                ? "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize."
                : "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
        }
        return Abstract.asLongClamped(i);
    }

    @Exposed.Inherit(from = Base.class)
    public static final class Islice {
        private Islice() {}

        @Exposed.Method(name = "__new__", isStatic = true, params = {"cls", "*all", "**kwargs"})
        public static Object new_(Object cls, Object[] all, PyDict kwargs) {
            noKwargs("islice", kwargs);
            if (all.length < 2) throw PyExc.typeError("islice expected at least 2 arguments, got " + all.length);
            if (all.length > 4) throw PyExc.typeError("islice expected at most 4 arguments, got " + all.length);
            Object iterable = all[0];
            Object[] args = java.util.Arrays.copyOfRange(all, 1, all.length);
            long start = 0, stop, step = 1;
            if (args.length == 1) {
                stop = sliceArg(args[0], true);
            } else {
                start = sliceArg(args[0], false);
                if (start < 0) start = 0;
                stop = sliceArg(args[1], true);
                if (args.length == 3) {
                    if (args[2] != PyNone.NONE) {
                        step = sliceArg(args[2], false);
                        if (step == 0) {
                            throw PyExc.valueError("Step for islice() must be a positive integer or None.");
                        }
                    }
                }
            }
            Object it = Abstract.iter(iterable);
            long fStart = start, fStop = stop, fStep = step;
            long[] idx = {0};
            long[] nextAt = {fStart};
            return PyIterators.of(ISLICE, () -> {
                if (fStop >= 0 && nextAt[0] >= fStop) {
                    // consume up to stop, as CPython does
                    while (idx[0] < fStop) {
                        if (Abstract.next(it) == END) break;
                        idx[0]++;
                    }
                    return END;
                }
                while (idx[0] < nextAt[0]) {
                    if (Abstract.next(it) == END) return END;
                    idx[0]++;
                }
                Object v = Abstract.next(it);
                if (v == END) return END;
                idx[0]++;
                nextAt[0] += fStep;
                return v;
            });
        }
    }

    @Exposed.Inherit(from = Base.class)
    public static final class Starmap {
        private Starmap() {}

        @Exposed.Method(name = "__new__", isStatic = true, params = {"cls", "*args", "**kwargs"})
        public static Object new_(Object cls, Object[] args, PyDict kwargs) {
            posOnly("starmap", args, kwargs, 2);
            Object function = args[0], iterable = args[1];
            Object it = Abstract.iter(iterable);
            return PyIterators.of(STARMAP, () -> {
                Object v = Abstract.next(it);
                if (v == END) return END;
                return Abstract.call(function, Abstract.toArray(v));
            });
        }
    }

    /** Shared buffer of tee iterators. */
    static final class TeeData {
        final Object it;
        final List<Object> buf = new ArrayList<>();
        long base; // index of buf[0]
        boolean done;
        final List<long[]> positions = new ArrayList<>();

        TeeData(Object it) {
            this.it = it;
        }

        Object get(long[] pos) {
            long i = pos[0];
            if (i - base < buf.size()) {
                Object v = buf.get((int) (i - base));
                pos[0]++;
                trim();
                return v;
            }
            if (done) return END;
            Object v = Abstract.next(it);
            if (v == END) {
                done = true;
                return END;
            }
            buf.add(v);
            pos[0]++;
            trim();
            return v;
        }

        void trim() {
            long min = Long.MAX_VALUE;
            for (long[] p : positions) min = Math.min(min, p[0]);
            int drop = (int) Math.min(min - base, buf.size());
            if (drop > 64 || drop == buf.size() && drop > 0) {
                buf.subList(0, drop).clear();
                base += drop;
            }
        }
    }

    static Base teeIterator(TeeData data, long startPos) {
        long[] pos = {startPos};
        data.positions.add(pos);
        return new Base() {
            @Override
            public PyType getType() {
                return TEE;
            }

            @Override
            public Object next() {
                return data.get(pos);
            }
        };
    }

    @Exposed.Method(params = {"*args"})
    public static Object tee(Object[] args) {
        if (args.length < 1) throw PyExc.typeError("tee expected at least 1 argument, got 0");
        if (args.length > 2) throw PyExc.typeError("tee expected at most 2 arguments, got " + args.length);
        Object iterable = args[0], n = args.length > 1 ? args[1] : (Object) 2L;
        long k = Abstract.asLongClamped(Abstract.index(n));
        if (k < 0) throw PyExc.valueError("n must be >= 0");
        Object it = Abstract.iter(iterable);
        TeeData data = new TeeData(it);
        Object[] out = new Object[(int) k];
        for (int i = 0; i < k; i++) out[i] = teeIterator(data, 0);
        return PyTuple.of(out);
    }

    // ------------------------------------------------------------------ zip_longest, pairwise

    @Exposed.Inherit(from = Base.class)
    public static final class ZipLongest {
        private ZipLongest() {}

        @Exposed.Method(name = "__new__", isStatic = true, params = {"cls", "*iterables", "**kwargs"})
        public static Object new_(Object cls, Object[] iterables, PyDict kwargs) {
            Object fill = PyNone.NONE;
            if (kwargs != null) {
                for (var e : kwargs.entrySet()) {
                    if (!"fillvalue".equals(e.getKey())) {
                        throw PyExc.typeError("zip_longest() got an unexpected keyword argument");
                    }
                    fill = e.getValue();
                }
            }
            Object fillv = fill;
            Object[] its = new Object[iterables.length];
            for (int i = 0; i < its.length; i++) its[i] = Abstract.iter(iterables[i]);
            int[] active = {its.length};
            return PyIterators.of(ZIP_LONGEST, () -> {
                if (its.length == 0 || active[0] == 0) return END;
                Object[] row = new Object[its.length];
                for (int i = 0; i < its.length; i++) {
                    if (its[i] == null) {
                        row[i] = fillv;
                        continue;
                    }
                    Object v = Abstract.next(its[i]);
                    if (v == END) {
                        its[i] = null;
                        active[0]--;
                        if (active[0] == 0) return END;
                        v = fillv;
                    }
                    row[i] = v;
                }
                return PyTuple.of(row);
            });
        }
    }

    @Exposed.Inherit(from = Base.class)
    public static final class Pairwise {
        private Pairwise() {}

        @Exposed.Method(name = "__new__", isStatic = true, params = {"cls", "*args", "**kwargs"})
        public static Object new_(Object cls, Object[] args, PyDict kwargs) {
            posOnly("pairwise", args, kwargs, 1);
            Object iterable = args[0];
            Object it = Abstract.iter(iterable);
            Object[] prev = {null};
            return PyIterators.of(PAIRWISE, () -> {
                if (prev[0] == null) {
                    Object a = Abstract.next(it);
                    if (a == END) return END;
                    prev[0] = a;
                }
                Object b = Abstract.next(it);
                if (b == END) return END;
                Object r = PyTuple.of(prev[0], b);
                prev[0] = b;
                return r;
            });
        }
    }

    // ------------------------------------------------------------------ combinatorics

    @Exposed.Inherit(from = Base.class)
    public static final class Product {
        private Product() {}

        @Exposed.Method(name = "__new__", isStatic = true, params = {"cls", "*iterables", "**kwargs"})
        public static Object new_(Object cls, Object[] iterables, PyDict kwargs) {
            Object repeat = 1L;
            if (kwargs != null) {
                for (var e : kwargs.entrySet()) {
                    if (!"repeat".equals(e.getKey())) {
                        throw PyExc.typeError("'" + e.getKey() + "' is an invalid keyword argument for product()");
                    }
                    repeat = e.getValue();
                }
            }
            long r = Abstract.asLongClamped(Abstract.index(repeat));
            if (r < 0) throw PyExc.valueError("repeat argument cannot be negative");
            int n = iterables.length;
            Object[][] pools0 = new Object[n][];
            for (int i = 0; i < n; i++) pools0[i] = Abstract.toArray(iterables[i]);
            int total = (int) (n * r);
            Object[][] pools = new Object[total][];
            for (int i = 0; i < total; i++) pools[i] = pools0[i % Math.max(n, 1)];
            int[] idx = new int[total];
            boolean[] state = {false, false}; // started, done
            for (Object[] p : pools) if (p.length == 0) state[1] = true;
            return PyIterators.of(PRODUCT, () -> {
                if (state[1]) return END;
                if (state[0]) {
                    int i = total - 1;
                    for (; i >= 0; i--) {
                        idx[i]++;
                        if (idx[i] < pools[i].length) break;
                        idx[i] = 0;
                    }
                    if (i < 0) {
                        state[1] = true;
                        return END;
                    }
                }
                state[0] = true;
                Object[] row = new Object[total];
                for (int i = 0; i < total; i++) row[i] = pools[i][idx[i]];
                return PyTuple.of(row);
            });
        }
    }

    private static int rArg(Object r, int n, boolean optional) {
        if (r == PyNone.NONE && optional) return n;
        if (optional && !(r instanceof Long) && !(r instanceof java.math.BigInteger) && !(r instanceof Boolean)) {
            throw PyExc.typeError("Expected int as r");
        }
        long v = Abstract.asLongClamped(Abstract.index(r));
        if (v < 0) throw PyExc.valueError("r must be non-negative");
        return (int) Math.min(v, Integer.MAX_VALUE);
    }

    @Exposed.Inherit(from = Base.class)
    public static final class Permutations {
        private Permutations() {}

        @Exposed.Method(name = "__new__", isStatic = true, params = {"cls", "*args", "**kwargs"})
        public static Object new_(Object cls, Object[] args, PyDict kwargs) {
            Object[] a = clinic("permutations", args, kwargs, new String[] {"iterable", "r"}, 1, 2);
            Object iterable = a[0], rr = or(a[1], PyNone.NONE);
            Object[] pool = Abstract.toArray(iterable);
            int n = pool.length;
            int r = rArg(rr, n, true);
            int[] indices = new int[n];
            for (int i = 0; i < n; i++) indices[i] = i;
            int[] cycles = new int[Math.max(r, 0)];
            for (int i = 0; i < r; i++) cycles[i] = n - i;
            boolean[] state = {false, r > n};
            return PyIterators.of(PERMUTATIONS, () -> {
                if (state[1]) return END;
                if (state[0]) {
                    int i = r - 1;
                    for (; i >= 0; i--) {
                        cycles[i]--;
                        if (cycles[i] == 0) {
                            int first = indices[i];
                            System.arraycopy(indices, i + 1, indices, i, n - i - 1);
                            indices[n - 1] = first;
                            cycles[i] = n - i;
                        } else {
                            int j = cycles[i];
                            int tmp = indices[i];
                            indices[i] = indices[n - j];
                            indices[n - j] = tmp;
                            break;
                        }
                    }
                    if (i < 0) {
                        state[1] = true;
                        return END;
                    }
                }
                state[0] = true;
                Object[] row = new Object[r];
                for (int k = 0; k < r; k++) row[k] = pool[indices[k]];
                return PyTuple.of(row);
            });
        }
    }

    @Exposed.Inherit(from = Base.class)
    public static final class Combinations {
        private Combinations() {}

        @Exposed.Method(name = "__new__", isStatic = true, params = {"cls", "*args", "**kwargs"})
        public static Object new_(Object cls, Object[] args, PyDict kwargs) {
            Object[] a = clinic("combinations", args, kwargs, new String[] {"iterable", "r"}, 2, 2);
            Object iterable = a[0], rr = a[1];
            Object[] pool = Abstract.toArray(iterable);
            int n = pool.length;
            int r = rArg(rr, n, false);
            int[] indices = new int[r];
            for (int i = 0; i < r; i++) indices[i] = i;
            boolean[] state = {false, r > n};
            return PyIterators.of(COMBINATIONS, () -> {
                if (state[1]) return END;
                if (state[0]) {
                    int i = r - 1;
                    while (i >= 0 && indices[i] == i + n - r) i--;
                    if (i < 0) {
                        state[1] = true;
                        return END;
                    }
                    indices[i]++;
                    for (int j = i + 1; j < r; j++) indices[j] = indices[j - 1] + 1;
                }
                state[0] = true;
                Object[] row = new Object[r];
                for (int k = 0; k < r; k++) row[k] = pool[indices[k]];
                return PyTuple.of(row);
            });
        }
    }

    @Exposed.Inherit(from = Base.class)
    public static final class CombinationsWR {
        private CombinationsWR() {}

        @Exposed.Method(name = "__new__", isStatic = true, params = {"cls", "*args", "**kwargs"})
        public static Object new_(Object cls, Object[] args, PyDict kwargs) {
            Object[] a = clinic("combinations_with_replacement", args, kwargs, new String[] {"iterable", "r"}, 2, 2);
            Object iterable = a[0], rr = a[1];
            Object[] pool = Abstract.toArray(iterable);
            int n = pool.length;
            int r = rArg(rr, n, false);
            int[] indices = new int[r];
            boolean[] state = {false, n == 0 && r > 0};
            return PyIterators.of(COMBINATIONS_WR, () -> {
                if (state[1]) return END;
                if (state[0]) {
                    int i = r - 1;
                    while (i >= 0 && indices[i] == n - 1) i--;
                    if (i < 0) {
                        state[1] = true;
                        return END;
                    }
                    int v = indices[i] + 1;
                    for (int j = i; j < r; j++) indices[j] = v;
                }
                state[0] = true;
                Object[] row = new Object[r];
                for (int k = 0; k < r; k++) row[k] = pool[indices[k]];
                return PyTuple.of(row);
            });
        }
    }

    static boolean lt(Object a, Object b) {
        return Abstract.isTrue(Abstract.richCompare(a, b, CompareOp.LT));
    }
}
