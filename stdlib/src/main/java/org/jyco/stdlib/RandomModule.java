package org.jyco.stdlib;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HashSet;
import org.jyco.runtime.Abstract;
import org.jyco.runtime.BinaryOp;
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
import org.jyco.runtime.types.PyByteArray;
import org.jyco.runtime.types.PyBytes;
import org.jyco.runtime.types.PyDict;
import org.jyco.runtime.types.PyIterators;
import org.jyco.runtime.types.PyList;
import org.jyco.runtime.types.PyLong;
import org.jyco.runtime.types.PyRange;
import org.jyco.runtime.types.PySet;
import org.jyco.runtime.types.PyTuple;

/**
 * The {@code random} module of CPython 3.11. The core generator is the Mersenne Twister
 * (MT19937) seeded as CPython seeds it, and every distribution consumes the generator's output in
 * the same order as CPython's, so a seeded program draws the same numbers.
 *
 * <p>{@code Random} may be subclassed: a subclass that overrides {@code random()} (and not
 * {@code getrandbits()}) gets its integers from {@code random()}, as CPython's
 * {@code __init_subclass__} arranges; methods look the core methods up on the instance's type.
 */
public final class RandomModule {
    private RandomModule() {}

    static final double NV_MAGICCONST = 0x1.b72cd3f331398p+0; // 4 * exp(-0.5) / sqrt(2.0)
    static final double TWOPI = 0x1.921fb54442d18p+2;
    static final double LOG4 = 0x1.62e42fefa39efp+0;
    static final double SG_MAGICCONST = 0x1.40859baee748fp+1; // 1.0 + log(4.5)
    static final int BPF = 53;
    static final double RECIP_BPF = 0x1.0p-53;

    static final PyType RANDOM = PyType.newBuiltin("Random", PyType.OBJECT, PyRandom.class, PyRandom.class, "random");
    static final PyType SYSTEM_RANDOM =
        PyType.newBuiltin("SystemRandom", RANDOM, PyRandom.class, SystemRandomMethods.class, "random");

    static {
        RANDOM.dict().put("VERSION", 3L);
    }

    private static final Object MT_RANDOM = RANDOM.dict().get("random");
    private static final Object MT_GETRANDBITS = RANDOM.dict().get("getrandbits");
    private static final Object SYS_RANDOM = SYSTEM_RANDOM.dict().get("random");
    private static final Object SYS_GETRANDBITS = SYSTEM_RANDOM.dict().get("getrandbits");

    private static final String[] EXPORTS = {
        "betavariate", "choice", "choices", "expovariate", "gammavariate", "gauss", "getrandbits",
        "getstate", "lognormvariate", "normalvariate", "paretovariate", "randbytes", "randint", "random",
        "randrange", "sample", "seed", "setstate", "shuffle", "triangular", "uniform", "vonmisesvariate",
        "weibullvariate"};

    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("random");
        PyDict d = m.getDict();
        d.put("__doc__", "Random variable generators.");
        d.put("Random", RANDOM);
        d.put("SystemRandom", SYSTEM_RANDOM);
        d.put("NV_MAGICCONST", NV_MAGICCONST);
        d.put("TWOPI", TWOPI);
        d.put("LOG4", LOG4);
        d.put("SG_MAGICCONST", SG_MAGICCONST);
        d.put("BPF", (long) BPF);
        d.put("RECIP_BPF", RECIP_BPF);
        Object inst = Abstract.call(RANDOM);
        d.put("_inst", inst);
        Object[] all = new Object[EXPORTS.length + 2];
        all[0] = "Random";
        all[1] = "SystemRandom";
        for (int i = 0; i < EXPORTS.length; i++) {
            d.put(EXPORTS[i], Abstract.getAttr(inst, EXPORTS[i]));
            all[i + 2] = EXPORTS[i];
        }
        java.util.Arrays.sort(all, (a, b) -> ((String) a).compareTo((String) b));
        d.put("__all__", PyList.of(all));
        return m;
    }

    // ================================================================== Mersenne Twister

    static final int N = 624, M = 397;
    private static final SecureRandom SECURE = new SecureRandom();

    /** A {@code Random} (or subclass) instance: the generator state and an attribute dict. */
    public static final class PyRandom extends PyObject implements Subclassable {
        private PyType type = RANDOM;
        private PyDict dict = new PyDict();
        final int[] mt = new int[N];
        int index = N + 1;

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

        void initGenrand(int s) {
            mt[0] = s;
            for (int i = 1; i < N; i++) {
                mt[i] = 1812433253 * (mt[i - 1] ^ (mt[i - 1] >>> 30)) + i;
            }
            index = N;
        }

        void initByArray(int[] key) {
            initGenrand(19650218);
            int i = 1, j = 0;
            for (int k = Math.max(N, key.length); k > 0; k--) {
                mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1664525)) + key[j] + j;
                i++;
                j++;
                if (i >= N) {
                    mt[0] = mt[N - 1];
                    i = 1;
                }
                if (j >= key.length) j = 0;
            }
            for (int k = N - 1; k > 0; k--) {
                mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1566083941)) - i;
                i++;
                if (i >= N) {
                    mt[0] = mt[N - 1];
                    i = 1;
                }
            }
            mt[0] = 0x80000000;
            index = N;
        }

        /** The next 32 random bits. */
        int next32() {
            if (index >= N) {
                int kk;
                for (kk = 0; kk < N - M; kk++) {
                    int y = (mt[kk] & 0x80000000) | (mt[kk + 1] & 0x7fffffff);
                    mt[kk] = mt[kk + M] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
                }
                for (; kk < N - 1; kk++) {
                    int y = (mt[kk] & 0x80000000) | (mt[kk + 1] & 0x7fffffff);
                    mt[kk] = mt[kk + (M - N)] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
                }
                int y = (mt[N - 1] & 0x80000000) | (mt[0] & 0x7fffffff);
                mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
                index = 0;
            }
            int y = mt[index++];
            y ^= y >>> 11;
            y ^= (y << 7) & 0x9d2c5680;
            y ^= (y << 15) & 0xefc60000;
            y ^= y >>> 18;
            return y;
        }

        double nextDouble() {
            int a = next32() >>> 5, b = next32() >>> 6;
            return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
        }

        /** k random bits (k >= 0) as a Python int, words drawn least significant first. */
        Object bits(long k) {
            if (k == 0) return 0L;
            if (k <= 32) return (long) (next32() >>> (32 - k));
            if (k <= 63) {
                long lo = next32() & 0xffffffffL;
                long hi = (next32() >>> (64 - k)) & 0xffffffffL;
                return (hi << 32) | lo;
            }
            if (k > Integer.MAX_VALUE - 64) throw PyExc.of(PyExc.MemoryError);
            int words = (int) ((k - 1) / 32 + 1);
            byte[] be = new byte[words * 4];
            long left = k;
            for (int w = 0; w < words; w++, left -= 32) {
                int r = next32();
                if (left < 32) r >>>= (32 - left);
                int at = be.length - 4 * (w + 1);
                be[at] = (byte) (r >>> 24);
                be[at + 1] = (byte) (r >>> 16);
                be[at + 2] = (byte) (r >>> 8);
                be[at + 3] = (byte) r;
            }
            return PyLong.normalize(new BigInteger(1, be));
        }

        void seedFromInt(BigInteger n) {
            n = n.abs();
            int bits = n.bitLength();
            int used = bits == 0 ? 1 : (bits - 1) / 32 + 1;
            int[] key = new int[used];
            for (int i = 0; i < used; i++) key[i] = n.shiftRight(32 * i).intValue();
            initByArray(key);
        }

        void seedFromUrandom() {
            int[] key = new int[N];
            for (int i = 0; i < N; i++) key[i] = SECURE.nextInt();
            initByArray(key);
        }

        // ------------------------------------------------------------------ Python methods

        @Exposed.Method(name = "__new__", isStatic = true, params = {"cls", "*args", "**kwargs"})
        public static Object new_(Object cls, Object[] args, PyDict kwargs) {
            PyRandom r = new PyRandom();
            if (cls != RANDOM) r.becomeInstanceOf((PyType) cls);
            r.seedFromUrandom();
            return r;
        }

        @Exposed.Method(name = "__init__", params = {"x=None"})
        public static Object init(Object self, Object x) {
            Abstract.callMethod(self, "seed", x);
            Abstract.setAttr(self, "gauss_next", PyNone.NONE);
            return PyNone.NONE;
        }

        @Exposed.Method(params = {"a=None", "version=2"})
        public static Object seed(Object self, Object a, Object version) {
            PyRandom r = (PyRandom) self;
            boolean isStrBytes = a instanceof String || a instanceof PyBytes;
            long v = version instanceof Long l ? l : (version instanceof Boolean b ? (b ? 1 : 0) : -1);
            if (v == 1 && isStrBytes) {
                int[] cps = a instanceof String s ? s.codePoints().toArray() : unsignedBytes(((PyBytes) a).bytes());
                long x = cps.length == 0 ? 0 : ((long) cps[0]) << 7;
                for (int c : cps) x = (1000003L * x) ^ c;
                x ^= cps.length;
                BigInteger bx = new BigInteger(Long.toUnsignedString(x));
                r.seedFromInt(bx);
            } else if (v == 2 && (isStrBytes || a instanceof PyByteArray)) {
                byte[] bytes = a instanceof String s ? s.getBytes(StandardCharsets.UTF_8)
                    : a instanceof PyBytes b ? b.bytes() : ((PyByteArray) a).toBytes();
                byte[] digest;
                try {
                    digest = MessageDigest.getInstance("SHA-512").digest(bytes);
                } catch (NoSuchAlgorithmException e) {
                    throw PyExc.systemError("SHA-512 is not available");
                }
                byte[] all = new byte[bytes.length + digest.length];
                System.arraycopy(bytes, 0, all, 0, bytes.length);
                System.arraycopy(digest, 0, all, bytes.length, digest.length);
                r.seedFromInt(new BigInteger(1, all));
            } else if (a == PyNone.NONE) {
                r.seedFromUrandom();
            } else if (a instanceof Long || a instanceof BigInteger || a instanceof Boolean) {
                r.seedFromInt(PyLong.big(a));
            } else if (a instanceof Double || isStrBytes || a instanceof PyByteArray) {
                r.seedFromInt(BigInteger.valueOf(Abstract.hash(a)));
            } else {
                throw PyExc.typeError("The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
            }
            Abstract.setAttr(self, "gauss_next", PyNone.NONE);
            return PyNone.NONE;
        }

        private static int[] unsignedBytes(byte[] b) {
            int[] r = new int[b.length];
            for (int i = 0; i < b.length; i++) r[i] = b[i] & 0xff;
            return r;
        }

        @Exposed.Method(name = "random")
        public static Object random_(Object self) {
            return ((PyRandom) self).nextDouble();
        }

        @Exposed.Method(params = {"k", "/"})
        public static Object getrandbits(Object self, Object k) {
            long n = ssize(k);
            if (n < 0) throw PyExc.valueError("number of bits must be non-negative");
            return ((PyRandom) self).bits(n);
        }

        @Exposed.Method
        public static Object getstate(Object self) {
            PyRandom r = (PyRandom) self;
            Object[] st = new Object[N + 1];
            for (int i = 0; i < N; i++) st[i] = r.mt[i] & 0xffffffffL;
            st[N] = (long) r.index;
            Object gn = Abstract.getAttrOrNull(self, "gauss_next");
            return PyTuple.of(Abstract.getAttr(self, "VERSION"), PyTuple.of(st), gn == null ? PyNone.NONE : gn);
        }

        @Exposed.Method(params = {"state", "/"})
        public static Object setstate(Object self, Object state) {
            Object version = Abstract.getItem(state, 0L);
            Object[] parts;
            if (Abstract.eq(version, 3L)) {
                parts = Abstract.unpack(state, 3);
                setInternal((PyRandom) self, parts[1], false);
            } else if (Abstract.eq(version, 2L)) {
                parts = Abstract.unpack(state, 3);
                setInternal((PyRandom) self, parts[1], true);
            } else {
                throw PyExc.valueError("state with version " + Abstract.str(version)
                    + " passed to Random.setstate() of version " + Abstract.str(Abstract.getAttr(self, "VERSION")));
            }
            Abstract.setAttr(self, "gauss_next", parts[2]);
            return PyNone.NONE;
        }

        private static void setInternal(PyRandom r, Object internal, boolean wrapSigned) {
            if (wrapSigned) {
                Object[] items = Abstract.toArray(internal);
                for (int i = 0; i < items.length; i++) {
                    items[i] = Abstract.binaryOp(BinaryOp.MOD, items[i], 1L << 32);
                }
                internal = PyTuple.of(items);
            }
            if (!(internal instanceof PyTuple t)) throw PyExc.typeError("state vector must be a tuple");
            if (t.size() != N + 1) throw PyExc.valueError("state vector is the wrong size");
            int[] mt = new int[N];
            for (int i = 0; i < N; i++) mt[i] = (int) unsigned32(t.get(i));
            long index = unsigned32(t.get(N));
            if (index > N) throw PyExc.valueError("invalid state");
            System.arraycopy(mt, 0, r.mt, 0, N);
            r.index = (int) index;
        }

        private static long unsigned32(Object o) {
            Object i = PyLong.asInt(o);
            if (i == null) throw PyExc.typeError("'" + PyType.of(o).getName() + "' object cannot be interpreted as an integer");
            if (PyLong.signum(i) < 0) throw PyExc.overflow("can't convert negative int to unsigned");
            if (!(i instanceof Long l) || l > 0xffffffffL) throw PyExc.overflow("Python int too large to convert to C unsigned long");
            return l;
        }

        @Exposed.Method(params = {"n"})
        public static Object _randbelow(Object self, Object n) {
            return randbelowWithBits(self, PyLong.asInt(Abstract.index(n)));
        }

        @Exposed.Method(params = {"n"})
        public static Object _randbelow_with_getrandbits(Object self, Object n) {
            return randbelowWithBits(self, PyLong.asInt(Abstract.index(n)));
        }

        @Exposed.Method(params = {"n", "maxsize=9007199254740992"})
        public static Object _randbelow_without_getrandbits(Object self, Object n, Object maxsize) {
            return randbelowWithoutBits(self, PyLong.asInt(Abstract.index(n)), maxsize);
        }

        @Exposed.Method(params = {"n"})
        public static Object randbytes(Object self, Object n) {
            long len = ssize(n);
            Object bits = getrandbitsOf(self, Abstract.binaryOp(BinaryOp.MUL, len, 8L));
            if (len < 0) throw PyExc.valueError("negative count");
            byte[] out = new byte[(int) len];
            BigInteger b = PyLong.big(bits);
            for (int i = 0; i < len; i++) out[i] = b.shiftRight(8 * i).byteValue();
            return new PyBytes(out);
        }

        @Exposed.Method(params = {"start", "stop=None", "step=?"})
        public static Object randrange(Object self, Object start, Object stop, Object step) {
            return randrangeImpl(self, start, stop, step);
        }

        @Exposed.Method(params = {"a", "b"})
        public static Object randint(Object self, Object a, Object b) {
            return Abstract.callMethod(self, "randrange", a, Abstract.binaryOp(BinaryOp.ADD, b, 1L));
        }

        @Exposed.Method(params = {"seq"})
        public static Object choice(Object self, Object seq) {
            long n = Abstract.len(seq);
            if (n == 0) throw PyExc.indexError("Cannot choose from an empty sequence");
            return Abstract.getItem(seq, randbelow(self, n));
        }

        @Exposed.Method(params = {"x"})
        public static Object shuffle(Object self, Object x) {
            long n = Abstract.len(x);
            for (long i = n - 1; i >= 1; i--) {
                Object j = randbelow(self, i + 1);
                if (x instanceof PyList l && l.size() == n) {
                    int jj = (int) (long) (Long) j, ii = (int) i;
                    Object t = l.get(ii);
                    l.set(ii, l.get(jj));
                    l.set(jj, t);
                } else {
                    Object xj = Abstract.getItem(x, j), xi = Abstract.getItem(x, i);
                    Abstract.setItem(x, i, xj);
                    Abstract.setItem(x, j, xi);
                }
            }
            return PyNone.NONE;
        }

        @Exposed.Method(params = {"population", "k", "*", "counts=None"})
        public static Object sample(Object self, Object population, Object k, Object counts) {
            if (!isSequence(population)) {
                throw PyExc.typeError("Population must be a sequence.  For dicts or sets, use sorted(d).");
            }
            long n = Abstract.len(population);
            if (counts != PyNone.NONE) {
                PyList cum = accumulate(counts);
                if (cum.size() != n) throw PyExc.valueError("The number of counts does not match the population");
                Object total = cum.get(cum.size() - 1);
                PyList.pop(cum, -1L);
                if (PyLong.asInt(total) == null || total instanceof Boolean) throw PyExc.typeError("Counts must be integers");
                if (PyLong.signum(total) <= 0) throw PyExc.valueError("Total of counts must be greater than zero");
                Object range = Abstract.call(PyType.RANGE, total);
                Object sel = Abstract.call(Abstract.getAttr(self, "sample"), new Object[] {range, k}, new String[] {"k"});
                Object[] s = Abstract.toArray(sel);
                Object[] cumArr = cum.toArray();
                Object[] out = new Object[s.length];
                for (int i = 0; i < s.length; i++) {
                    out[i] = Abstract.getItem(population, (long) bisectRight(cumArr, s[i], 0, cumArr.length));
                }
                return PyList.of(out);
            }
            Object ki = Abstract.index(k);
            if (!(ki instanceof Long) || (Long) ki < 0 || (Long) ki > n) {
                throw PyExc.valueError("Sample larger than population or is negative");
            }
            int kk = (int) (long) (Long) ki;
            Object[] result = new Object[kk];
            long setsize = 21;
            if (kk > 5) setsize += (long) Math.pow(4, Math.ceil(Math.log(kk * 3) / Math.log(4)));
            if (n <= setsize) {
                Object[] pool = Abstract.toArray(population);
                for (int i = 0; i < kk; i++) {
                    int j = (int) (long) (Long) randbelow(self, n - i);
                    result[i] = pool[j];
                    pool[j] = pool[(int) (n - i - 1)];
                }
            } else {
                HashSet<Long> selected = new HashSet<>();
                for (int i = 0; i < kk; i++) {
                    long j = (Long) randbelow(self, n);
                    while (selected.contains(j)) j = (Long) randbelow(self, n);
                    selected.add(j);
                    result[i] = Abstract.getItem(population, j);
                }
            }
            return PyList.of(result);
        }

        @Exposed.Method(params = {"population", "weights=None", "*", "cum_weights=None", "k=1"})
        public static Object choices(Object self, Object population, Object weights, Object cumWeights, Object k) {
            long n = Abstract.len(population);
            PyList cum;
            if (cumWeights == PyNone.NONE) {
                if (weights == PyNone.NONE) {
                    double nf = n;
                    long count = Math.max(0, ssize(k));
                    PyList out = new PyList();
                    for (long i = 0; i < count; i++) {
                        out.append(Abstract.getItem(population, (long) Math.floor(rnd(self) * nf)));
                    }
                    return out;
                }
                try {
                    cum = accumulate(weights);
                } catch (PyException e) {
                    if (!e.matches(PyExc.TypeError) || PyLong.asInt(weights) == null) throw e;
                    throw PyExc.typeError("The number of choices must be a keyword argument: k=" + Abstract.repr(weights));
                }
            } else if (weights != PyNone.NONE) {
                throw PyExc.typeError("Cannot specify both weights and cumulative weights");
            } else {
                cum = PyList.from(cumWeights);
            }
            if (cum.size() != n) throw PyExc.valueError("The number of weights does not match the population");
            Object totalObj = Abstract.binaryOp(BinaryOp.ADD, cum.get(cum.size() - 1), 0.0);
            if (Abstract.isTrue(Abstract.richCompare(totalObj, 0.0, CompareOp.LE))) {
                throw PyExc.valueError("Total of weights must be greater than zero");
            }
            double total = Abstract.asDouble(totalObj);
            if (!Double.isFinite(total)) throw PyExc.valueError("Total of weights must be finite");
            Object[] cw = cum.toArray();
            int hi = (int) n - 1;
            long count = Math.max(0, ssize(k));
            PyList out = new PyList();
            for (long i = 0; i < count; i++) {
                Object x = Abstract.binaryOp(BinaryOp.MUL, rnd(self), totalObj);
                out.append(Abstract.getItem(population, (long) bisectRight(cw, x, 0, hi)));
            }
            return out;
        }

        // ------------------------------------------------------------------ real distributions

        @Exposed.Method(params = {"a", "b"})
        public static Object uniform(Object self, Object a, Object b) {
            Object width = Abstract.binaryOp(BinaryOp.SUB, b, a);
            return Abstract.binaryOp(BinaryOp.ADD, a, Abstract.binaryOp(BinaryOp.MUL, width, rnd(self)));
        }

        @Exposed.Method(params = {"low=0.0", "high=1.0", "mode=None"})
        public static Object triangular(Object self, Object low, Object high, Object mode) {
            double u = rnd(self);
            Object c;
            try {
                c = mode == PyNone.NONE ? (Object) 0.5
                    : Abstract.binaryOp(BinaryOp.TRUEDIV, Abstract.binaryOp(BinaryOp.SUB, mode, low),
                        Abstract.binaryOp(BinaryOp.SUB, high, low));
            } catch (PyException e) {
                if (e.matches(PyExc.ZeroDivisionError)) return low;
                throw e;
            }
            Object uo = u;
            if (Abstract.isTrue(Abstract.richCompare(uo, c, CompareOp.GT))) {
                uo = 1.0 - u;
                c = Abstract.binaryOp(BinaryOp.SUB, 1.0, c);
                Object t = low;
                low = high;
                high = t;
            }
            double s = Math.sqrt(Abstract.asDouble(Abstract.binaryOp(BinaryOp.MUL, uo, c)));
            return Abstract.binaryOp(BinaryOp.ADD, low,
                Abstract.binaryOp(BinaryOp.MUL, Abstract.binaryOp(BinaryOp.SUB, high, low), s));
        }

        @Exposed.Method(params = {"mu=0.0", "sigma=1.0"})
        public static Object normalvariate(Object self, Object mu, Object sigma) {
            double z;
            while (true) {
                double u1 = rnd(self);
                double u2 = 1.0 - rnd(self);
                z = NV_MAGICCONST * (u1 - 0.5) / u2;
                double zz = z * z / 4.0;
                if (zz <= -log(u2)) break;
            }
            return muPlus(mu, z, sigma);
        }

        @Exposed.Method(params = {"mu=0.0", "sigma=1.0"})
        public static Object gauss(Object self, Object mu, Object sigma) {
            Object zo = Abstract.getAttr(self, "gauss_next");
            Abstract.setAttr(self, "gauss_next", PyNone.NONE);
            if (zo == PyNone.NONE) {
                double x2pi = rnd(self) * TWOPI;
                double g2rad = Math.sqrt(-2.0 * log(1.0 - rnd(self)));
                zo = Math.cos(x2pi) * g2rad;
                Abstract.setAttr(self, "gauss_next", Math.sin(x2pi) * g2rad);
            }
            return Abstract.binaryOp(BinaryOp.ADD, mu, Abstract.binaryOp(BinaryOp.MUL, zo, sigma));
        }

        @Exposed.Method(params = {"mu", "sigma"})
        public static Object lognormvariate(Object self, Object mu, Object sigma) {
            Object v = Abstract.callMethod(self, "normalvariate", mu, sigma);
            return MathModule.exp(v);
        }

        @Exposed.Method(params = {"lambd"})
        public static Object expovariate(Object self, Object lambd) {
            return Abstract.binaryOp(BinaryOp.TRUEDIV, -log(1.0 - rnd(self)), lambd);
        }

        @Exposed.Method(params = {"mu", "kappa"})
        public static Object vonmisesvariate(Object self, Object mu, Object kappa) {
            double k = Abstract.asDouble(kappa);
            if (k <= 1e-6) return TWOPI * rnd(self);
            double s = 0.5 / k;
            double r = s + Math.sqrt(1.0 + s * s);
            double z;
            while (true) {
                double u1 = rnd(self);
                z = Math.cos(Math.PI * u1);
                double d = z / (r + z);
                double u2 = rnd(self);
                if (u2 < 1.0 - d * d || u2 <= (1.0 - d) * Math.exp(d)) break;
            }
            double q = 1.0 / r;
            double f = (q + z) / (1.0 + q * z);
            double u3 = rnd(self);
            Object acos = MathModule.acos(f);
            Object sum = Abstract.binaryOp(u3 > 0.5 ? BinaryOp.ADD : BinaryOp.SUB, mu, acos);
            return Abstract.binaryOp(BinaryOp.MOD, sum, TWOPI);
        }

        @Exposed.Method(params = {"alpha", "beta"})
        public static Object gammavariate(Object self, Object alpha, Object beta) {
            double a = Abstract.asDouble(alpha), b = Abstract.asDouble(beta);
            if (a <= 0.0 || b <= 0.0) throw PyExc.valueError("gammavariate: alpha and beta must be > 0.0");
            if (a > 1.0) {
                double ainv = Math.sqrt(2.0 * a - 1.0);
                double bbb = a - LOG4;
                double ccc = a + ainv;
                while (true) {
                    double u1 = rnd(self);
                    if (!(1e-7 < u1 && u1 < 0.9999999)) continue;
                    double u2 = 1.0 - rnd(self);
                    double v = log(u1 / (1.0 - u1)) / ainv;
                    double x = a * Math.exp(v);
                    double z = u1 * u1 * u2;
                    double r = bbb + ccc * v - x;
                    if (r + SG_MAGICCONST - 4.5 * z >= 0.0 || r >= log(z)) {
                        return Abstract.binaryOp(BinaryOp.MUL, x, beta);
                    }
                }
            } else if (a == 1.0) {
                return Abstract.binaryOp(BinaryOp.MUL, -log(1.0 - rnd(self)), beta);
            } else {
                double x;
                while (true) {
                    double u = rnd(self);
                    double bb = (Math.E + a) / Math.E;
                    double p = bb * u;
                    if (p <= 1.0) {
                        x = Abstract.asDouble(Abstract.binaryOp(BinaryOp.POW, p, 1.0 / a));
                    } else {
                        x = -log((bb - p) / a);
                    }
                    double u1 = rnd(self);
                    if (p > 1.0) {
                        if (u1 <= Abstract.asDouble(Abstract.binaryOp(BinaryOp.POW, x, a - 1.0))) break;
                    } else if (u1 <= Math.exp(-x)) {
                        break;
                    }
                }
                return Abstract.binaryOp(BinaryOp.MUL, x, beta);
            }
        }

        @Exposed.Method(params = {"alpha", "beta"})
        public static Object betavariate(Object self, Object alpha, Object beta) {
            Object y = Abstract.callMethod(self, "gammavariate", alpha, 1.0);
            if (Abstract.isTrue(y)) {
                Object y2 = Abstract.callMethod(self, "gammavariate", beta, 1.0);
                return Abstract.binaryOp(BinaryOp.TRUEDIV, y, Abstract.binaryOp(BinaryOp.ADD, y, y2));
            }
            return 0.0;
        }

        @Exposed.Method(params = {"alpha"})
        public static Object paretovariate(Object self, Object alpha) {
            double u = 1.0 - rnd(self);
            return Abstract.binaryOp(BinaryOp.POW, u, Abstract.binaryOp(BinaryOp.TRUEDIV, -1.0, alpha));
        }

        @Exposed.Method(params = {"alpha", "beta"})
        public static Object weibullvariate(Object self, Object alpha, Object beta) {
            double u = 1.0 - rnd(self);
            Object p = Abstract.binaryOp(BinaryOp.POW, -log(u), Abstract.binaryOp(BinaryOp.TRUEDIV, 1.0, beta));
            return Abstract.binaryOp(BinaryOp.MUL, alpha, p);
        }

        @Exposed.Method(name = "__reduce__")
        public static Object reduce(Object self) {
            return PyTuple.of(PyType.of(self), PyTuple.EMPTY, Abstract.callMethod(self, "getstate"));
        }

        @Exposed.Method(name = "__getstate__")
        public static Object getstate_(Object self) {
            return Abstract.callMethod(self, "getstate");
        }

        @Exposed.Method(name = "__setstate__", params = {"state"})
        public static Object setstate_(Object self, Object state) {
            return Abstract.callMethod(self, "setstate", state);
        }
    }

    /** {@code SystemRandom}: random numbers from the operating system's source (no state). */
    public static final class SystemRandomMethods {
        private SystemRandomMethods() {}

        @Exposed.Method(name = "random")
        public static Object random_(Object self) {
            return sysDouble();
        }

        @Exposed.Method(params = {"k", "/"})
        public static Object getrandbits(Object self, Object k) {
            long n = ssize(k);
            if (n < 0) throw PyExc.valueError("number of bits must be non-negative");
            return sysBits(n);
        }

        @Exposed.Method(params = {"n"})
        public static Object randbytes(Object self, Object n) {
            long len = ssize(n);
            if (len < 0) throw PyExc.valueError("negative argument not allowed");
            byte[] b = new byte[(int) len];
            SECURE.nextBytes(b);
            return new PyBytes(b);
        }

        @Exposed.Method(params = {"*args", "**kwds"})
        public static Object seed(Object self, Object[] args, PyDict kwds) {
            return PyNone.NONE;
        }

        @Exposed.Method(params = {"*args", "**kwds"})
        public static Object getstate(Object self, Object[] args, PyDict kwds) {
            throw PyExc.notImplemented("System entropy source does not have state.");
        }

        @Exposed.Method(params = {"*args", "**kwds"})
        public static Object setstate(Object self, Object[] args, PyDict kwds) {
            throw PyExc.notImplemented("System entropy source does not have state.");
        }
    }

    static double sysDouble() {
        return (SECURE.nextLong() >>> 11) * RECIP_BPF;
    }

    static Object sysBits(long k) {
        if (k == 0) return 0L;
        int bytes = (int) ((k + 7) / 8);
        byte[] b = new byte[bytes];
        SECURE.nextBytes(b);
        return PyLong.normalize(new BigInteger(1, b).shiftRight((int) (bytes * 8L - k)));
    }

    // ================================================================== helpers

    /** An index-like argument as a C Py_ssize_t. */
    static long ssize(Object o) {
        Object i = PyLong.asInt(Abstract.index(o));
        if (i instanceof Long l) return l;
        throw PyExc.overflow("Python int too large to convert to C ssize_t");
    }

    static double log(double x) {
        return Abstract.asDouble(MathModule.log(x, Signature.MISSING));
    }

    static Object muPlus(Object mu, double z, Object sigma) {
        if (mu instanceof Double m && sigma instanceof Double s) return m + z * s;
        return Abstract.binaryOp(BinaryOp.ADD, mu, Abstract.binaryOp(BinaryOp.MUL, z, sigma));
    }

    /** {@code self.random()}: the generator directly unless a subclass overrides it. */
    static double rnd(Object self) {
        PyType t = PyType.of(self);
        if (t == RANDOM) return ((PyRandom) self).nextDouble();
        Object f = t.lookup("random");
        if (f == MT_RANDOM) return ((PyRandom) self).nextDouble();
        if (f == SYS_RANDOM) return sysDouble();
        return Abstract.asDouble(Abstract.callMethod(self, "random"));
    }

    /** {@code self.getrandbits(k)}. */
    static Object getrandbitsOf(Object self, Object k) {
        PyType t = PyType.of(self);
        Object f = t == RANDOM ? MT_GETRANDBITS : t.lookup("getrandbits");
        if (f == MT_GETRANDBITS || f == SYS_GETRANDBITS) {
            long n = ssize(k);
            if (n < 0) throw PyExc.valueError("number of bits must be non-negative");
            return f == MT_GETRANDBITS ? ((PyRandom) self).bits(n) : sysBits(n);
        }
        return Abstract.callMethod(self, "getrandbits", k);
    }

    /** {@code self._randbelow(n)} for n > 0, chosen along the MRO as CPython's __init_subclass__ does. */
    static Object randbelow(Object self, Object n) {
        PyType t = PyType.of(self);
        if (t == RANDOM) return randbelowWithBits(self, n);
        for (PyType c : t.getMro()) {
            if (c == RANDOM) return randbelowWithBits(self, n);
            var d = c.dict();
            if (d.containsKey("_randbelow")) return Abstract.callMethod(self, "_randbelow", n);
            if (d.containsKey("getrandbits")) return randbelowWithBits(self, n);
            if (d.containsKey("random")) return randbelowWithoutBits(self, n, 1L << BPF);
        }
        return randbelowWithBits(self, n);
    }

    static Object randbelowWithBits(Object self, Object n) {
        if (n instanceof Long ln) {
            long k = 64 - Long.numberOfLeadingZeros(ln);
            PyType t = PyType.of(self);
            if (t == RANDOM || t.lookup("getrandbits") == MT_GETRANDBITS) {
                PyRandom r = (PyRandom) self;
                long x = (Long) r.bits(k);
                while (x >= ln) x = (Long) r.bits(k);
                return x;
            }
            Object x = getrandbitsOf(self, k);
            while (PyLong.compare(x, ln) >= 0) x = getrandbitsOf(self, k);
            return x;
        }
        long k = PyLong.big(n).bitLength();
        Object x = getrandbitsOf(self, k);
        while (PyLong.compare(x, n) >= 0) x = getrandbitsOf(self, k);
        return x;
    }

    static Object randbelowWithoutBits(Object self, Object n, Object maxsize) {
        if (PyLong.compare(n, PyLong.asInt(maxsize)) >= 0) {
            return MathModule.floor(Abstract.binaryOp(BinaryOp.MUL, rnd(self), n));
        }
        Object rem = Abstract.binaryOp(BinaryOp.MOD, maxsize, n);
        double limit = Abstract.asDouble(Abstract.binaryOp(BinaryOp.TRUEDIV,
            Abstract.binaryOp(BinaryOp.SUB, maxsize, rem), maxsize));
        double r = rnd(self);
        while (r >= limit) r = rnd(self);
        Object fl = MathModule.floor(Abstract.binaryOp(BinaryOp.MUL, r, maxsize));
        return Abstract.binaryOp(BinaryOp.MOD, fl, n);
    }

    private static Object randrangeImpl(Object self, Object start, Object stop, Object step) {
        Object istart = toIndex(start, "arg 1");
        if (stop == PyNone.NONE) {
            if (step != Signature.MISSING && !(step instanceof Long l && l == 1)) {
                throw PyExc.typeError("Missing a non-None stop argument");
            }
            if (PyLong.signum(istart) > 0) return randbelow(self, istart);
            throw PyExc.valueError("empty range for randrange()");
        }
        Object istop = toIndex(stop, "stop");
        Object width = PyLong.binary("sub", istop, istart);
        Object istep = step == Signature.MISSING ? (Object) 1L : toIndex(step, "step");
        if (istep instanceof Long s1 && s1 == 1) {
            if (PyLong.signum(width) > 0) return PyLong.binary("add", istart, randbelow(self, width));
            throw PyExc.valueError("empty range for randrange() (" + PyLong.toString(istart) + ", "
                + PyLong.toString(istop) + ", " + PyLong.toString(width) + ")");
        }
        Object n;
        int sg = PyLong.signum(istep);
        if (sg > 0) {
            n = PyLong.binary("floordiv", PyLong.binary("sub", PyLong.binary("add", width, istep), 1L), istep);
        } else if (sg < 0) {
            n = PyLong.binary("floordiv", PyLong.binary("add", PyLong.binary("add", width, istep), 1L), istep);
        } else {
            throw PyExc.valueError("zero step for randrange()");
        }
        if (PyLong.signum(n) <= 0) throw PyExc.valueError("empty range for randrange()");
        return PyLong.binary("add", istart, PyLong.binary("mul", istep, randbelow(self, n)));
    }

    private static Object toIndex(Object v, String what) {
        Object i = PyLong.asInt(v);
        if (i != null) return i;
        try {
            return PyLong.asInt(Abstract.index(v));
        } catch (PyException e) {
            if (!e.matches(PyExc.TypeError)) throw e;
        }
        Object asInt = Abstract.call(PyType.INT, v);
        if (!Abstract.eq(asInt, v)) throw PyExc.valueError("non-integer " + what + " for randrange()");
        return PyLong.asInt(asInt);
    }

    static boolean isSequence(Object o) {
        if (o instanceof PyList || o instanceof PyTuple || o instanceof String || o instanceof PyRange
            || o instanceof PyBytes || o instanceof PyByteArray) {
            return true;
        }
        if (o instanceof PyDict || o instanceof PySet) return false;
        PyType t = PyType.of(o);
        for (PyType c : t.getMro()) {
            if ("Sequence".equals(c.getName()) || "deque".equals(c.getName())) return true;
        }
        return false;
    }

    static PyList accumulate(Object iterable) {
        PyList out = new PyList();
        Object it = Abstract.iter(iterable);
        Object total = null;
        Object x;
        while ((x = Abstract.next(it)) != PyIterators.END) {
            total = total == null ? x : Abstract.binaryOp(BinaryOp.ADD, total, x);
            out.append(total);
        }
        return out;
    }

    static int bisectRight(Object[] a, Object x, int lo, int hi) {
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (Abstract.isTrue(Abstract.richCompare(x, a[mid], CompareOp.LT))) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }
}
