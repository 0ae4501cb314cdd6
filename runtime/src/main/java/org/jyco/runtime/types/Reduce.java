package org.jyco.runtime.types;

import org.jyco.runtime.Abstract;
import org.jyco.runtime.Exposed;
import org.jyco.runtime.PyExc;
import org.jyco.runtime.PyInstance;
import org.jyco.runtime.PyNone;
import org.jyco.runtime.PyObject;
import org.jyco.runtime.PyType;
import org.jyco.runtime.PyValueInstance;
import org.jyco.runtime.Subclassable;

/**
 * {@code object.__reduce_ex__}: how an instance is rebuilt (for pickle and copy). From
 * protocol 2 on: {@code copyreg.__newobj__(cls, *args)} then the state (__getstate__), plus
 * the items of list and dict subclasses; before that: {@code copyreg._reconstructor}. The two
 * functions are built-ins named as copyreg's, so pickle refers to them by name.
 */
public final class Reduce {
    private Reduce() {}

    private static final org.jyco.runtime.PyModule COPYREG_FUNCTIONS = functions();

    /** copyreg.__newobj__(cls, *args): cls.__new__(cls, *args). */
    public static final PyBuiltinFunction NEWOBJ = (PyBuiltinFunction) COPYREG_FUNCTIONS.getDict().getOrNull("__newobj__");
    /** copyreg.__newobj_ex__(cls, args, kwargs). */
    public static final PyBuiltinFunction NEWOBJ_EX = (PyBuiltinFunction) COPYREG_FUNCTIONS.getDict().getOrNull("__newobj_ex__");
    /** copyreg._reconstructor(cls, base, state). */
    public static final PyBuiltinFunction RECONSTRUCTOR = (PyBuiltinFunction) COPYREG_FUNCTIONS.getDict().getOrNull("_reconstructor");

    private static org.jyco.runtime.PyModule functions() {
        org.jyco.runtime.PyModule m = new org.jyco.runtime.PyModule("copyreg");
        m.addFunctions(Reduce.class);
        for (Object f : m.getDict().values()) {
            if (f instanceof PyBuiltinFunction b) b.module = "copyreg";
        }
        return m;
    }

    @Exposed.Method(name = "__newobj__", params = {"cls", "*args"})
    public static Object newobj(Object cls, Object[] args) {
        Object[] all = new Object[args.length + 1];
        all[0] = cls;
        System.arraycopy(args, 0, all, 1, args.length);
        return Abstract.call(Abstract.getAttr(cls, "__new__"), all);
    }

    @Exposed.Method(name = "__newobj_ex__", params = {"cls", "args", "kwargs", "/"})
    public static Object newobjEx(Object cls, Object args, Object kwargs) {
        Object[] a = Abstract.toArray(args);
        Object[] all = new Object[a.length + 1];
        all[0] = cls;
        System.arraycopy(a, 0, all, 1, a.length);
        return org.jyco.runtime.Ops.callEx(Abstract.getAttr(cls, "__new__"), all, (PyDict) kwargs);
    }

    @Exposed.Method(name = "_reconstructor", params = {"cls", "base", "state", "/"})
    public static Object reconstructor(Object cls, Object base, Object state) {
        Object obj;
        if (base == PyType.OBJECT) {
            obj = PyObjectMethods.new_(cls, new Object[0], null);
        } else {
            obj = Abstract.call(Abstract.getAttr(base, "__new__"), cls, state);
            Object init = Abstract.getAttrOrNull(base, "__init__");
            if (init != null && init != PyType.OBJECT.dict().get("__init__")) Abstract.call(init, obj, state);
        }
        return obj;
    }

    static Object reduce(Object self, long protocol) {
        PyType t = PyType.of(self);
        if (protocol >= 2) {
            // as CPython: a type that cannot make instances (no __new__ of its own) cannot be pickled
            if (t.isBuiltin() && t != PyType.OBJECT && t.lookup("__new__") == PyType.OBJECT.dict().get("__new__")) {
                throw PyExc.typeError("cannot pickle '" + t.getName() + "' object");
            }
            Object args = PyTuple.of();
            Object kwargs = null;
            Object ex = Abstract.getAttrOrNull(self, "__getnewargs_ex__");
            if (ex != null) {
                Object[] pair = Abstract.toArray(Abstract.call(ex));
                args = pair[0];
                kwargs = pair[1];
            } else {
                Object na = Abstract.getAttrOrNull(self, "__getnewargs__");
                if (na != null) args = Abstract.call(na);
            }
            Object state = Abstract.callMethod(self, "__getstate__");
            Object listitems = self instanceof PyList ? Abstract.iter(self) : PyNone.NONE;
            Object dictitems = self instanceof PyDict ? Abstract.iter(Abstract.callMethod(self, "items")) : PyNone.NONE;
            if (kwargs != null && Abstract.isTrue(kwargs)) {
                return PyTuple.of(NEWOBJ_EX, PyTuple.of(t, args, kwargs), state, listitems, dictitems);
            }
            Object[] a = Abstract.toArray(args);
            Object[] all = new Object[a.length + 1];
            all[0] = t;
            System.arraycopy(a, 0, all, 1, a.length);
            return PyTuple.of(NEWOBJ, PyTuple.of(all), state, listitems, dictitems);
        }
        // protocols 0 and 1: the nearest built-in base rebuilds the value, the dict is the state
        PyType base = t;
        while (base != null && !base.isBuiltin()) base = base.getBase();
        if (base == null) base = PyType.OBJECT;
        Object baseState = base == PyType.OBJECT ? PyNone.NONE : Abstract.call(base, self);
        if (base != PyType.OBJECT && t.isBuiltin()) throw PyExc.typeError("cannot pickle '" + t.getName() + "' object");
        PyDict d = self instanceof PyObject p ? p.getDict() : null;
        Object args = PyTuple.of(t, base, baseState);
        if (d == null || d.size() == 0) return PyTuple.of(RECONSTRUCTOR, args);
        return PyTuple.of(RECONSTRUCTOR, args, d);
    }

    /** object.__getstate__(): the instance dictionary (None if empty), with the __slots__ values as a second part. */
    static Object state(Object self) {
        PyDict d = self instanceof PyObject p ? p.getDict() : null;
        Object state = d == null || d.size() == 0 ? PyNone.NONE : d;
        if (self instanceof PyInstance inst) {
            PyDict slots = new PyDict();
            for (PyType k : PyType.of(self).getMro()) {
                for (var e : k.dict().entrySet()) {
                    if (e.getValue() instanceof PyDescriptors.Member) {
                        Object v = inst.getSlot(e.getKey());
                        if (v != null && slots.getOrNull(e.getKey()) == null) slots.put(e.getKey(), v);
                    }
                }
            }
            if (slots.size() > 0) return PyTuple.of(state, slots);
        }
        return state;
    }
}
