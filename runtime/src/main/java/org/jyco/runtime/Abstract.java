package org.jyco.runtime;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.function.Supplier;
import org.jyco.runtime.types.PyBool;
import org.jyco.runtime.types.PyDescriptors;
import org.jyco.runtime.types.PyDict;
import org.jyco.runtime.types.PyFloat;
import org.jyco.runtime.types.PyIterators;
import org.jyco.runtime.types.PyList;
import org.jyco.runtime.types.PyLong;
import org.jyco.runtime.types.PyStr;
import org.jyco.runtime.types.PyTuple;

/**
 * The object protocols in their generic form (CPython's {@code Objects/abstract.c} and
 * {@code Objects/object.c}): attribute access, calls, operators with their reflected forms,
 * comparisons, truth, hashing, containers, iteration, conversions. Call sites fall back to these
 * when no specialisation applies; runtime code uses them throughout.
 *
 * <p>Iteration does not use exceptions: {@link #next} returns {@link PyIterators#END} at the
 * end, and only Python-level {@code __next__} methods raise StopIteration.
 */
public final class Abstract {
    private Abstract() {}

    // ================================================================== attributes

    /** {@code o.name} (CPython's {@code PyObject_GetAttr}). */
    public static Object getAttr(Object o, String name) {
        PyType t = PyType.of(o);
        Object getattribute = t.lookup("__getattribute__");
        Object r;
        if (getattribute == PyObjectMethodsHolder.GETATTRIBUTE) {
            r = genericGetAttr(o, name, t, true);
        } else if (o instanceof PyType && getattribute == PyObjectMethodsHolder.TYPE_GETATTRIBUTE) {
            r = typeGetAttr((PyType) o, name, true);
        } else {
            try {
                return call(bindDescriptor(getattribute, o, t), name);
            } catch (PyException e) {
                if (!e.matches(PyExc.AttributeError)) throw e;
                Object ga = t.lookup("__getattr__");
                if (ga == null) throw e;
                return call(bindDescriptor(ga, o, t), name);
            }
        }
        if (r != null) return r;
        Object ga = t.lookup("__getattr__");
        if (ga != null) return call(bindDescriptor(ga, o, t), name);
        if (o instanceof PyType pt) {
            throw PyExc.attributeError("type object '" + pt.getName() + "' has no attribute '" + name + "'");
        }
        if (o instanceof PyModule m) {
            throw PyExc.attributeError("module '" + m.getName() + "' has no attribute '" + name + "'");
        }
        throw PyExc.noAttribute(o, name);
    }

    /** {@code getattr(o, name, None)}-like: the attribute or null, never raising AttributeError. */
    public static Object getAttrOrNull(Object o, String name) {
        try {
            return getAttr(o, name);
        } catch (PyException e) {
            if (e.matches(PyExc.AttributeError)) return null;
            throw e;
        }
    }

    public static boolean hasAttr(Object o, String name) {
        return getAttrOrNull(o, name) != null;
    }

    /**
     * {@code object.__getattribute__}: data descriptors on the type, then the instance
     * dictionary, then other class attributes (binding descriptors). Returns null when absent
     * if {@code nullIfAbsent}.
     */
    public static Object genericGetAttr(Object o, String name, PyType t, boolean nullIfAbsent) {
        Object attr = t.lookup(name);
        if (attr != null && PyDescriptors.isDataDescriptor(attr)) {
            return PyDescriptors.get(attr, o, t);
        }
        if (o instanceof PyObject po) {
            PyDict d = po.getDict();
            if (d != null) {
                Object v = d.getOrNull(name);
                if (v != null) return v;
            }
        }
        if (attr != null) return PyDescriptors.get(attr, o, t);
        if (nullIfAbsent) return null;
        throw PyExc.noAttribute(o, name);
    }

    /** {@code type.__getattribute__}: metatype data descriptors, the class MRO, then the metatype. */
    public static Object typeGetAttr(PyType cls, String name, boolean nullIfAbsent) {
        PyType meta = cls.getType();
        Object metaAttr = meta.lookup(name);
        if (metaAttr != null && PyDescriptors.isDataDescriptor(metaAttr)) return PyDescriptors.get(metaAttr, cls, meta);
        Object attr = cls.lookup(name);
        if (attr != null) return PyDescriptors.get(attr, PyDescriptors.NO_INSTANCE, cls);
        if (metaAttr != null) return PyDescriptors.get(metaAttr, cls, meta);
        if (nullIfAbsent) return null;
        throw PyExc.attributeError("type object '" + cls.getName() + "' has no attribute '" + name + "'");
    }

    /** Binds a function found on a type to an instance (the descriptor protocol's __get__). */
    public static Object bindDescriptor(Object attr, Object instance, PyType t) {
        return PyDescriptors.get(attr, instance, t);
    }

    /** {@code o.name = value}; value null deletes. */
    public static void setAttr(Object o, String name, Object value) {
        PyType t = PyType.of(o);
        Object setattr = t.lookup("__setattr__");
        if (setattr == PyObjectMethodsHolder.SETATTR || setattr == PyObjectMethodsHolder.TYPE_SETATTR) {
            genericSetAttr(o, name, value, t);
            return;
        }
        if (value == null) {
            Object delattr = t.lookup("__delattr__");
            call(bindDescriptor(delattr, o, t), name);
        } else {
            call(bindDescriptor(setattr, o, t), name, value);
        }
    }

    /** {@code object.__setattr__}: data descriptors on the type, else the instance dictionary. */
    public static void genericSetAttr(Object o, String name, Object value, PyType t) {
        if (o instanceof PyType cls) {
            Object metaAttr = cls.getType().lookup(name);
            if (metaAttr != null && PyDescriptors.isDataDescriptor(metaAttr)) {
                PyDescriptors.set(metaAttr, o, value);
                return;
            }
            cls.setAttribute(name, value);
            return;
        }
        Object attr = t.lookup(name);
        if (attr != null && PyDescriptors.isDataDescriptor(attr)) {
            PyDescriptors.set(attr, o, value);
            return;
        }
        PyDict d = o instanceof PyObject po ? po.getDict() : null;
        if (d == null) {
            if (attr != null) {
                throw PyExc.attributeError("'" + t.getName() + "' object attribute '" + name + "' is read-only");
            }
            throw PyExc.attributeError("'" + t.getName() + "' object has no attribute '" + name + "'");
        }
        if (value == null) {
            if (d.remove(name) == null) throw PyExc.noAttribute(o, name);
        } else {
            d.put(name, value);
        }
    }

    /** Looks up a special method on the type (never the instance) and binds it, or null. */
    public static Object lookupSpecial(Object o, String name) {
        PyType t = PyType.of(o);
        Object f = t.lookup(name);
        return f == null ? null : bindDescriptor(f, o, t);
    }

    /** Calls a special method found on the type with self first; null if the type has none. */
    public static Object callSpecial(Object o, String name, Object... args) {
        PyType t = PyType.of(o);
        Object f = t.lookup(name);
        if (f == null) return null;
        return call(bindDescriptor(f, o, t), args);
    }

    // ================================================================== calls

    public static final String[] NO_KW = Signature.NO_KWNAMES;

    /** {@code f(*args)}. */
    public static Object call(Object f, Object... args) {
        return call(f, args, NO_KW);
    }

    /** A call with keyword arguments: the last {@code kwnames.length} of args are keyword values. */
    public static Object call(Object f, Object[] args, String[] kwnames) {
        if (f instanceof PyCallable c) return c.call(args, kwnames);
        Object callMethod = PyType.of(f).lookup("__call__");
        if (callMethod == null) throw PyExc.typeError("'" + PyType.of(f).getName() + "' object is not callable");
        Object[] withSelf = new Object[args.length + 1];
        withSelf[0] = f;
        System.arraycopy(args, 0, withSelf, 1, args.length);
        return call(callMethod, withSelf, kwnames);
    }

    /** {@code o.name(*args)}. */
    public static Object callMethod(Object o, String name, Object... args) {
        return call(getAttr(o, name), args, NO_KW);
    }

    /** {@code f(*args, **kwargs)} with a tuple-like and a mapping (possibly null). */
    public static Object callEx(Object f, Object starargs, Object kwargs) {
        Object[] pos = starargs == null ? new Object[0] : toArray(starargs);
        if (kwargs == null) return call(f, pos, NO_KW);
        PyDict kw;
        if (kwargs instanceof PyDict d) {
            kw = d;
        } else {
            kw = new PyDict();
            kw.update(kwargs);
        }
        Object[] all = new Object[pos.length + kw.size()];
        String[] names = new String[kw.size()];
        System.arraycopy(pos, 0, all, 0, pos.length);
        int i = 0;
        for (var e : kw.entrySet()) {
            if (!(e.getKey() instanceof String s)) throw PyExc.typeError("keywords must be strings");
            names[i] = s;
            all[pos.length + i] = e.getValue();
            i++;
        }
        return call(f, all, names);
    }

    public static boolean isCallable(Object o) {
        return o instanceof PyCallable || PyType.of(o).lookup("__call__") != null;
    }

    // ================================================================== numbers

    /** {@code a op b} with the reflected operation and subclass priority ({@code binary_op1}). */
    public static Object binaryOp(BinaryOp op, Object a, Object b) {
        Object r = binaryOp1(op, a, b);
        if (r != Singletons.NOT_IMPLEMENTED) return r;
        throw sequenceOrUnsupported(op, op.symbol, a, b);
    }

    /**
     * The error when no operand implements an operator: for + and * with a sequence, the
     * messages of CPython's sq_concat/sq_repeat fallbacks, else "unsupported operand type(s)".
     */
    static PyException sequenceOrUnsupported(BinaryOp op, String symbol, Object a, Object b) {
        if (op == BinaryOp.ADD) {
            String seq = sequenceName(a);
            if (seq != null) {
                if (seq.equals("bytes") || seq.equals("bytearray")) {
                    return PyExc.typeError("can't concat " + PyType.of(b).getName() + " to " + seq);
                }
                return PyExc.typeError("can only concatenate " + seq + " (not \"" + PyType.of(b).getName() + "\") to " + seq);
            }
        } else if (op == BinaryOp.MUL) {
            if (sequenceName(a) != null && PyType.of(b).lookup("__index__") == null) {
                return PyExc.typeError("can't multiply sequence by non-int of type '" + PyType.of(b).getName() + "'");
            }
            if (sequenceName(b) != null && PyType.of(a).lookup("__index__") == null) {
                return PyExc.typeError("can't multiply sequence by non-int of type '" + PyType.of(a).getName() + "'");
            }
        }
        return unsupported(symbol, a, b);
    }

    /** The type name of a built-in sequence that concatenates and repeats, or null. */
    private static String sequenceName(Object o) {
        PyType t = PyType.of(o);
        for (PyType s : new PyType[] {PyType.STR, PyType.LIST, PyType.TUPLE, PyType.BYTES}) {
            if (t.isSubtype(s)) return s.getName();
        }
        if (t.getName().equals("bytearray") && t.isBuiltin()) return "bytearray";
        return null;
    }

    static PyException unsupported(String symbol, Object a, Object b) {
        if (symbol.equals("**")) {
            return PyExc.typeError("unsupported operand type(s) for ** or pow(): '" + PyType.of(a).getName()
                + "' and '" + PyType.of(b).getName() + "'");
        }
        return PyExc.typeError("unsupported operand type(s) for " + symbol + ": '" + PyType.of(a).getName()
            + "' and '" + PyType.of(b).getName() + "'");
    }

    private static Object binaryOp1(BinaryOp op, Object a, Object b) {
        PyType ta = PyType.of(a), tb = PyType.of(b);
        Object fa = ta.lookup(op.method);
        Object fb = tb == ta ? null : tb.lookup(op.reflected);
        if (fb != null && fa != null && fb == fa) fb = null;
        if (fb != null && tb.isSubtype(ta) && tb != ta && overrides(tb, ta, op.reflected)) {
            Object r = call(bindDescriptor(fb, b, tb), a);
            if (r != Singletons.NOT_IMPLEMENTED) return r;
            fb = null;
        }
        if (fa != null) {
            Object r = call(bindDescriptor(fa, a, ta), b);
            if (r != Singletons.NOT_IMPLEMENTED) return r;
        }
        if (fb != null) {
            return call(bindDescriptor(fb, b, tb), a);
        }
        return Singletons.NOT_IMPLEMENTED;
    }

    private static boolean overrides(PyType sub, PyType sup, String name) {
        return sub.lookup(name) != sup.lookup(name);
    }

    /** {@code a op= b}: {@code __iop__} first, then the binary operation. */
    public static Object inplaceOp(BinaryOp op, Object a, Object b) {
        PyType ta = PyType.of(a);
        Object fi = ta.lookup(op.inplace);
        if (fi != null) {
            Object r = call(bindDescriptor(fi, a, ta), b);
            if (r != Singletons.NOT_IMPLEMENTED) return r;
        }
        Object r = binaryOp1(op, a, b);
        if (r != Singletons.NOT_IMPLEMENTED) return r;
        throw sequenceOrUnsupported(op, op.symbol + "=", a, b);
    }

    public static Object negative(Object o) {
        return unary(o, "__neg__", "unary -");
    }

    public static Object positive(Object o) {
        return unary(o, "__pos__", "unary +");
    }

    public static Object invert(Object o) {
        return unary(o, "__invert__", "unary ~");
    }

    private static Object unary(Object o, String method, String what) {
        Object r = callSpecial(o, method);
        if (r == null) throw PyExc.typeError("bad operand type for " + what + ": '" + PyType.of(o).getName() + "'");
        return r;
    }

    /** {@code operator.index(o)}: an exact int (Long or BigInteger). */
    public static Object index(Object o) {
        if (o instanceof Long || o instanceof BigInteger) return o;
        if (o instanceof Boolean b) return b ? 1L : 0L;
        if (o instanceof Integer || o instanceof Short || o instanceof Byte) return ((Number) o).longValue();
        Object r = callSpecial(o, "__index__");
        if (r == null) {
            throw PyExc.typeError("'" + PyType.of(o).getName() + "' object cannot be interpreted as an integer");
        }
        if (!(r instanceof Long || r instanceof BigInteger)) {
            throw PyExc.typeError("__index__ returned non-int (type " + PyType.of(r).getName() + ")");
        }
        return r;
    }

    /** An index as a Java long, raising OverflowError / IndexError text as CPython when too big. */
    public static long asLong(Object o) {
        Object i = index(o);
        if (i instanceof Long l) return l;
        throw PyExc.overflow("Python int too large to convert to C ssize_t");
    }

    /** An index clamped for sequence indexing (CPython's PyNumber_AsSsize_t with IndexError). */
    public static int asIndex(Object o) {
        Object i = index(o);
        if (i instanceof Long l && l == (int) (long) l) return (int) (long) l;
        throw PyExc.indexError("cannot fit '" + PyType.of(o).getName() + "' into an index-sized integer");
    }

    /** A sequence index: an int or {@code __index__}, else "X indices must be integers or slices". */
    public static long asIndexOrError(Object o, String what) {
        if (o instanceof Long l) return l;
        if (o instanceof Boolean b) return b ? 1 : 0;
        if (o instanceof BigInteger) throw PyExc.indexError("cannot fit 'int' into an index-sized integer");
        if (PyType.of(o).lookup("__index__") == null) {
            throw PyExc.typeError(what + " indices must be integers or slices, not " + PyType.of(o).getName());
        }
        return asLong(o);
    }

    /** An int argument clamped to the long range (slice bounds, index() start/stop). */
    public static long asLongClamped(Object o) {
        Object i = index(o);
        if (i instanceof Long l) return l;
        return ((BigInteger) i).signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
    }

    /** {@code float(o)} as a double, for numeric arguments of math functions. */
    public static double asDouble(Object o) {
        if (o instanceof Double d) return d;
        if (o instanceof Long l) return l;
        if (o instanceof Boolean b) return b ? 1 : 0;
        if (o instanceof BigInteger b) return PyLong.toDouble(b);
        if (o instanceof Number n) return n.doubleValue();
        Object r = callSpecial(o, "__float__");
        if (r instanceof Double d) return d;
        if (r != null) throw PyExc.typeError(PyType.of(o).getName() + ".__float__ returned non-float (type "
            + PyType.of(r).getName() + ")");
        Object idx = callSpecial(o, "__index__");
        if (idx != null) return asDouble(idx);
        throw PyExc.typeError("must be real number, not " + PyType.of(o).getName());
    }

    // ================================================================== comparisons

    /** {@code a op b} for rich comparisons, with reflection ({@code do_richcompare}). */
    public static Object richCompare(Object a, Object b, CompareOp op) {
        PyType ta = PyType.of(a), tb = PyType.of(b);
        boolean checkedReverse = false;
        if (ta != tb && tb.isSubtype(ta) && tb.lookup(op.swapped().method) != null) {
            checkedReverse = true;
            Object r = callSpecial(b, op.swapped().method, a);
            if (r != null && r != Singletons.NOT_IMPLEMENTED) return r;
        }
        Object r = callSpecial(a, op.method, b);
        if (r != null && r != Singletons.NOT_IMPLEMENTED) return r;
        if (!checkedReverse) {
            r = callSpecial(b, op.swapped().method, a);
            if (r != null && r != Singletons.NOT_IMPLEMENTED) return r;
        }
        switch (op) {
            case EQ: return a == b;
            case NE: return a != b;
            default:
                throw PyExc.typeError("'" + op.symbol + "' not supported between instances of '" + ta.getName()
                    + "' and '" + tb.getName() + "'");
        }
    }

    /** Equality as containers use it: identity, then {@code ==}. */
    public static boolean eq(Object a, Object b) {
        if (a == b) return true;
        if (a instanceof Long x && b instanceof Long y) return x.longValue() == y.longValue();
        if (a instanceof String x && b instanceof String y) return x.equals(y);
        return isTrue(richCompare(a, b, CompareOp.EQ));
    }

    // ================================================================== truth, hash, repr

    /** {@code bool(o)}. */
    public static boolean isTrue(Object o) {
        if (o instanceof Boolean b) return b;
        if (o == PyNone.NONE) return false;
        if (o instanceof Long l) return l != 0;
        if (o instanceof String s) return !s.isEmpty();
        if (o instanceof PyList l && l.getType() == PyType.LIST) return l.size() != 0;
        if (o instanceof PyTuple t && t.isExact()) return t.size() != 0;
        if (o instanceof PyDict d && d.getType() == PyType.DICT) return d.size() != 0;
        if (o instanceof Double d) return d != 0.0;
        PyType t = PyType.of(o);
        Object f = t.lookup("__bool__");
        if (f != null) {
            Object r = call(bindDescriptor(f, o, t));
            if (r instanceof Boolean b) return b;
            throw PyExc.typeError("__bool__ should return bool, returned " + PyType.of(r).getName());
        }
        f = t.lookup("__len__");
        if (f != null) {
            Object r = call(bindDescriptor(f, o, t));
            int sign = PyLong.signum(index(r));
            if (sign < 0) throw PyExc.valueError("__len__() should return >= 0");
            return sign != 0;
        }
        return true;
    }

    /** {@code not o}. */
    public static boolean not(Object o) {
        return !isTrue(o);
    }

    /** {@code hash(o)} as a Java long (CPython's Py_hash_t). */
    public static long hash(Object o) {
        if (o instanceof String s) return s.hashCode();
        if (o instanceof Long l) return PyLong.hash(l);
        PyType t = PyType.of(o);
        Object f = t.lookup("__hash__");
        if (f == null || f == PyNone.NONE) throw PyExc.typeError("unhashable type: '" + t.getName() + "'");
        Object r = call(bindDescriptor(f, o, t));
        if (r instanceof Long l) return l;
        if (r instanceof BigInteger b) return PyLong.hash(b);
        throw PyExc.typeError("__hash__ method should return an integer");
    }

    /** {@code repr(o)}. */
    public static String repr(Object o) {
        if (o instanceof String s) return PyStr.repr(s);
        if (o instanceof Long l) return l.toString();
        PyType t = PyType.of(o);
        Object f = t.lookup("__repr__");
        Object r = call(bindDescriptor(f, o, t));
        if (r instanceof String s) return s;
        throw PyExc.typeError("__repr__ returned non-string (type " + PyType.of(r).getName() + ")");
    }

    /** {@code str(o)}. */
    public static String str(Object o) {
        if (o instanceof String s) return s;
        if (o instanceof Long l) return l.toString();
        PyType t = PyType.of(o);
        Object f = t.lookup("__str__");
        Object r = call(bindDescriptor(f, o, t));
        if (r instanceof String s) return s;
        throw PyExc.typeError("__str__ returned non-string (type " + PyType.of(r).getName() + ")");
    }

    /** {@code ascii(o)}. */
    public static String ascii(Object o) {
        return PyStr.asciiEscape(repr(o));
    }

    /** {@code format(o, spec)}. */
    public static String format(Object o, String spec) {
        Object r = callSpecial(o, "__format__", spec);
        if (r instanceof String s) return s;
        throw PyExc.typeError("__format__ must return a str, not " + PyType.of(r).getName());
    }

    private static final ThreadLocal<IdentityHashMap<Object, Boolean>> REPR_ACTIVE =
        ThreadLocal.withInitial(IdentityHashMap::new);

    /** Guards a container's repr against recursion ({@code Py_ReprEnter}): "[...]" for a cycle. */
    public static String reprGuarded(Object self, String cycle, Supplier<String> body) {
        IdentityHashMap<Object, Boolean> active = REPR_ACTIVE.get();
        if (active.containsKey(self)) return cycle;
        active.put(self, Boolean.TRUE);
        try {
            return body.get();
        } finally {
            active.remove(self);
        }
    }

    // ================================================================== containers

    public static Object getItem(Object o, Object key) {
        if (o instanceof PyList l && l.getType() == PyType.LIST && key instanceof Long i) return l.get(PyList.normIndex(i, l.size(), "list"));
        if (o instanceof PyDict d && d.getType() == PyType.DICT) return PyDict.getitem(d, key);
        PyType t = PyType.of(o);
        Object f = t.lookup("__getitem__");
        if (f == null) {
            if (o instanceof PyType cls) {
                Object cg = getAttrOrNull(cls, "__class_getitem__");
                if (cg != null) return call(cg, key);
                throw PyExc.typeError("type '" + cls.getName() + "' is not subscriptable");
            }
            throw PyExc.typeError("'" + t.getName() + "' object is not subscriptable");
        }
        return call(bindDescriptor(f, o, t), key);
    }

    public static void setItem(Object o, Object key, Object value) {
        if (o instanceof PyDict d && d.getType() == PyType.DICT) {
            d.put(key, value);
            return;
        }
        PyType t = PyType.of(o);
        Object f = t.lookup("__setitem__");
        if (f == null) throw PyExc.typeError("'" + t.getName() + "' object does not support item assignment");
        call(bindDescriptor(f, o, t), key, value);
    }

    public static void delItem(Object o, Object key) {
        PyType t = PyType.of(o);
        Object f = t.lookup("__delitem__");
        if (f == null) throw PyExc.typeError("'" + t.getName() + "' object doesn't support item deletion");
        call(bindDescriptor(f, o, t), key);
    }

    /** {@code item in container}. */
    public static boolean contains(Object container, Object item) {
        PyType t = PyType.of(container);
        Object f = t.lookup("__contains__");
        if (f != null) return isTrue(call(bindDescriptor(f, container, t), item));
        Object it = iterOrNull(container);
        if (it == null) {
            throw PyExc.typeError("argument of type '" + t.getName() + "' is not iterable");
        }
        for (Object x = next(it); x != PyIterators.END; x = next(it)) {
            if (eq(x, item)) return true;
        }
        return false;
    }

    /** {@code len(o)}. */
    public static long len(Object o) {
        if (o instanceof String s) return PyStr.length(s);
        if (o instanceof PyList l && l.getType() == PyType.LIST) return l.size();
        if (o instanceof PyTuple t && t.isExact()) return t.size();
        PyType t = PyType.of(o);
        Object f = t.lookup("__len__");
        if (f == null) throw PyExc.typeError("object of type '" + t.getName() + "' has no len()");
        Object r = index(call(bindDescriptor(f, o, t)));
        if (PyLong.signum(r) < 0) throw PyExc.valueError("__len__() should return >= 0");
        if (!(r instanceof Long)) throw PyExc.overflow("cannot fit 'int' into an index-sized integer");
        return (Long) r;
    }

    // ================================================================== iteration

    /** {@code iter(o)}. */
    public static Object iter(Object o) {
        Object it = iterOrNull(o);
        if (it == null) throw PyExc.typeError("'" + PyType.of(o).getName() + "' object is not iterable");
        return it;
    }

    private static Object iterOrNull(Object o) {
        if (o instanceof PyList l && l.getType() == PyType.LIST) return l.iter();
        if (o instanceof PyIterators.Base b) return b;
        PyType t = PyType.of(o);
        Object f = t.lookup("__iter__");
        if (f == PyNone.NONE) return null;
        if (f != null) {
            Object it = call(bindDescriptor(f, o, t));
            if (PyType.of(it).lookup("__next__") == null) {
                throw PyExc.typeError("iter() returned non-iterator of type '" + PyType.of(it).getName() + "'");
            }
            return it;
        }
        if (t.lookup("__getitem__") != null) return new PyIterators.SequenceIterator(o);
        return null;
    }

    /** The next item, or {@link PyIterators#END}: StopIteration from Python code is absorbed here. */
    public static Object next(Object it) {
        if (it instanceof PyIterators.Base b) return b.next();
        PyType t = PyType.of(it);
        Object f = t.lookup("__next__");
        if (f == null) throw PyExc.typeError("'" + t.getName() + "' object is not an iterator");
        try {
            return call(bindDescriptor(f, it, t));
        } catch (PyException e) {
            if (e.matches(PyExc.StopIteration)) return PyIterators.END;
            throw e;
        }
    }

    /** All items of an iterable, for unpacking, calls with *args and the like. */
    public static Object[] toArray(Object iterable) {
        if (iterable instanceof PyTuple t && t.isExact()) return t.array();
        if (iterable instanceof PyList l && l.getType() == PyType.LIST) return l.toArray();
        List<Object> out = new ArrayList<>();
        Object it = iter(iterable);
        for (Object x = next(it); x != PyIterators.END; x = next(it)) out.add(x);
        return out.toArray();
    }

    /**
     * Unpacks an iterable into exactly {@code n} values ({@code a, b = x}); n &lt; 0 takes all.
     * CPython's messages: "not enough values to unpack (expected 3, got 2)", "too many values to
     * unpack (expected 2)".
     */
    public static Object[] unpack(Object iterable, int n) {
        if (n < 0) return toArray(iterable);
        if (iterable instanceof PyTuple t && t.isExact()) {
            if (t.size() == n) return t.array();
            throw unpackError(n, t.size());
        }
        if (iterable instanceof PyList l && l.getType() == PyType.LIST) {
            if (l.size() == n) return l.toArray();
            throw unpackError(n, l.size());
        }
        Object it = iterOrNull(iterable);
        if (it == null) {
            throw PyExc.typeError("cannot unpack non-iterable " + PyType.of(iterable).getName() + " object");
        }
        Object[] out = new Object[n];
        for (int i = 0; i < n; i++) {
            Object x = next(it);
            if (x == PyIterators.END) throw unpackError(n, i);
            out[i] = x;
        }
        if (next(it) != PyIterators.END) throw PyExc.valueError("too many values to unpack (expected " + n + ")");
        return out;
    }

    private static PyException unpackError(int expected, int got) {
        if (got > expected) return PyExc.valueError("too many values to unpack (expected " + expected + ")");
        return PyExc.valueError("not enough values to unpack (expected " + expected + ", got " + got + ")");
    }

    /** {@code a, *b, c = x}: {@code before} values, a list, {@code after} values. */
    public static Object[] unpackStarred(Object iterable, int before, int after) {
        Object[] all;
        Object it = iterOrNull(iterable);
        if (it == null) throw PyExc.typeError("cannot unpack non-iterable " + PyType.of(iterable).getName() + " object");
        all = toArray(iterable);
        if (all.length < before + after) {
            throw PyExc.valueError("not enough values to unpack (expected at least " + (before + after) + ", got "
                + all.length + ")");
        }
        Object[] out = new Object[before + 1 + after];
        System.arraycopy(all, 0, out, 0, before);
        int mid = all.length - before - after;
        Object[] middle = new Object[mid];
        System.arraycopy(all, before, middle, 0, mid);
        out[before] = PyList.of(middle);
        System.arraycopy(all, before + mid, out, before + 1, after);
        return out;
    }

    // ================================================================== types

    /** {@code isinstance(o, cls)} with tuples and {@code __instancecheck__}. */
    public static boolean isInstance(Object o, Object cls) {
        if (cls instanceof PyType t) {
            PyType ot = PyType.of(o);
            if (ot == t || ot.isSubtype(t)) return true;
            if (t.getType() == PyType.TYPE) {
                Object c = getAttrOrNull(o, "__class__");
                return c instanceof PyType ct && ct != ot && ct.isSubtype(t);
            }
        }
        if (cls instanceof PyTuple tup) {
            for (Object c : tup.array()) if (isInstance(o, c)) return true;
            return false;
        }
        Object check = lookupSpecial(cls, "__instancecheck__");
        if (check != null) return isTrue(call(check, o));
        if (!(cls instanceof PyType)) {
            throw PyExc.typeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
        }
        return false;
    }

    /** {@code issubclass(c, cls)}. */
    public static boolean isSubclass(Object c, Object cls) {
        if (cls instanceof PyTuple tup) {
            for (Object x : tup.array()) if (isSubclass(c, x)) return true;
            return false;
        }
        if (cls instanceof PyType t && t.getType() == PyType.TYPE) {
            if (!(c instanceof PyType ct)) throw PyExc.typeError("issubclass() arg 1 must be a class");
            return ct.isSubtype(t);
        }
        Object check = lookupSpecial(cls, "__subclasscheck__");
        if (check != null) return isTrue(call(check, c));
        if (!(c instanceof PyType ct)) throw PyExc.typeError("issubclass() arg 1 must be a class");
        if (!(cls instanceof PyType t)) {
            throw PyExc.typeError("issubclass() arg 2 must be a class, a tuple of classes, or a union");
        }
        return ct.isSubtype(t);
    }

    // ================================================================== small helpers

    public static Object bool(boolean b) {
        return b ? Boolean.TRUE : Boolean.FALSE;
    }

    /** Holds identities of object's own slot functions, to recognise them cheaply. */
    static final class PyObjectMethodsHolder {
        static final Object GETATTRIBUTE = PyType.OBJECT.dict().get("__getattribute__");
        static final Object SETATTR = PyType.OBJECT.dict().get("__setattr__");
        static final Object TYPE_GETATTRIBUTE = PyType.TYPE.dict().get("__getattribute__");
        static final Object TYPE_SETATTR = PyType.TYPE.dict().get("__setattr__");
    }

    /** Float conversion of an int-like, used by true division and mixed arithmetic. */
    public static double intToDouble(Object i) {
        if (i instanceof Long l) return l;
        if (i instanceof Boolean b) return b ? 1 : 0;
        return PyLong.toDouble((BigInteger) i);
    }

    static {
        // make sure the bool and float types are initialised before first use in a protocol
        PyBool.class.getName();
        PyFloat.class.getName();
    }
}
