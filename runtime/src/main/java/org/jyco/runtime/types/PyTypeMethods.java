package org.jyco.runtime.types;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jyco.runtime.Abstract;
import org.jyco.runtime.Exposed;
import org.jyco.runtime.PyExc;
import org.jyco.runtime.PyNone;
import org.jyco.runtime.PyType;
import org.jyco.runtime.Signature;

/**
 * The methods of {@code type}: calling a class, creating classes ({@code type(name, bases, ns)}
 * and the class statement's {@link #buildClass}), and the attributes every class has.
 */
public final class PyTypeMethods {
    private PyTypeMethods() {}

    /** {@code cls(*args, **kwargs)}: {@code __new__} then, if it made an instance of cls, {@code __init__}. */
    public static Object callType(PyType cls, Object[] args, String[] kwnames) {
        if (cls == PyType.TYPE && args.length == 1 && kwnames.length == 0) return PyType.of(args[0]);
        Object newf = cls.lookup("__new__");
        Object[] withCls = new Object[args.length + 1];
        withCls[0] = cls;
        System.arraycopy(args, 0, withCls, 1, args.length);
        Object obj = Abstract.call(org.jyco.runtime.types.PyDescriptors.get(newf, PyDescriptors.NO_INSTANCE, cls),
            withCls, kwnames);
        PyType ot = PyType.of(obj);
        if (ot.isSubtype(cls)) {
            Object init = ot.lookup("__init__");
            if (init != null) {
                Object r = Abstract.call(PyDescriptors.get(init, obj, ot), args, kwnames);
                if (r != PyNone.NONE) {
                    throw PyExc.typeError("__init__() should return None, not '" + PyType.of(r).getName() + "'");
                }
            }
        }
        return obj;
    }

    @Exposed.Method(name = "__call__", params = {"*args", "**kwargs"})
    public static Object call(Object self, Object[] args, PyDict kwargs) {
        String[] names = kwargs == null ? new String[0] : new String[kwargs.size()];
        Object[] all = new Object[args.length + names.length];
        System.arraycopy(args, 0, all, 0, args.length);
        int i = 0;
        if (kwargs != null) {
            for (Map.Entry<Object, Object> e : kwargs.entrySet()) {
                names[i] = (String) e.getKey();
                all[args.length + i] = e.getValue();
                i++;
            }
        }
        return callType((PyType) self, all, names);
    }

    @Exposed.Method(name = "__new__", isStatic = true, params = {"meta", "name", "bases=?", "ns=?", "/", "**kwargs"})
    public static Object new_(Object meta, Object name, Object bases, Object ns, PyDict kwargs) {
        if (bases == Signature.MISSING) {
            if (meta == PyType.TYPE) return PyType.of(name);
            throw PyExc.typeError("type.__new__() takes exactly 3 arguments (1 given)");
        }
        if (!(name instanceof String n)) throw PyExc.typeError("type.__new__() argument 1 must be str, not " + PyType.of(name).getName());
        if (!(bases instanceof PyTuple bt)) throw PyExc.typeError("type.__new__() argument 2 must be tuple, not " + PyType.of(bases).getName());
        if (!(ns instanceof PyDict d)) throw PyExc.typeError("type.__new__() argument 3 must be dict, not " + PyType.of(ns).getName());
        PyType[] bs = new PyType[bt.size()];
        for (int i = 0; i < bs.length; i++) {
            if (!(bt.get(i) instanceof PyType b)) {
                throw PyExc.typeError("bases must be types");
            }
            bs[i] = b;
        }
        PyType metatype = winner((PyType) meta, bs);
        PyType t = PyType.newClass(metatype, n, bs, d);
        if (!t.dict().containsKey("__module__")) t.dict().put("__module__", "builtins");
        // __set_name__ on descriptors, then the parent's __init_subclass__
        for (Map.Entry<String, Object> e : new ArrayList<>(t.dict().entrySet())) {
            Object setName = Abstract.lookupSpecial(e.getValue(), "__set_name__");
            if (setName != null) Abstract.call(setName, t, e.getKey());
        }
        Object sup = new PyDescriptors.Super(t, t).lookup("__init_subclass__");
        if (sup != null) {
            if (kwargs == null || kwargs.size() == 0) {
                Abstract.call(sup);
            } else {
                Abstract.callEx(sup, null, kwargs);
            }
        }
        return t;
    }

    @Exposed.Method(name = "__init__", params = {"*args", "**kwargs"})
    public static Object init(Object self, Object[] args, PyDict kwargs) {
        return PyNone.NONE;
    }

    /** The most derived metaclass of meta and the bases' metaclasses, or a TypeError on conflict. */
    static PyType winner(PyType meta, PyType[] bases) {
        PyType w = meta;
        for (PyType b : bases) {
            PyType bm = b.getType();
            if (w.isSubtype(bm)) continue;
            if (bm.isSubtype(w)) {
                w = bm;
                continue;
            }
            throw PyExc.typeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                + "subclass of the metaclasses of all its bases");
        }
        return w;
    }

    /**
     * The class statement ({@code __build_class__}): resolves the metaclass, prepares the
     * namespace, runs the body (a compiled function taking the namespace), creates the class and
     * fills the {@code __class__} cell for zero-argument super().
     */
    public static Object buildClass(PyFunction body, String name, Object[] bases, PyDict kwds) {
        Object meta = kwds == null ? null : kwds.remove("metaclass");
        Object[] resolvedBases = resolveBases(bases);
        if (meta == null) {
            meta = resolvedBases.length == 0 ? PyType.TYPE : PyType.of(resolvedBases[0]);
        }
        if (meta instanceof PyType mt) {
            PyType[] bs = new PyType[resolvedBases.length];
            for (int i = 0; i < bs.length; i++) {
                if (!(resolvedBases[i] instanceof PyType b)) {
                    throw PyExc.typeError("bases must be types");
                }
                bs[i] = b;
            }
            meta = winner(mt, bs);
        }
        PyTuple basesTuple = PyTuple.of(resolvedBases);
        Object prepare = Abstract.getAttrOrNull(meta, "__prepare__");
        Object ns;
        if (prepare != null && prepare != PREPARE_DEFAULT) {
            ns = kwds == null || kwds.size() == 0 ? Abstract.call(prepare, name, basesTuple)
                : Abstract.callEx(prepare, PyTuple.of(name, basesTuple), kwds);
        } else {
            ns = new PyDict();
        }
        Object cell = Abstract.call(body, ns);
        if (resolvedBases != bases) Abstract.setItem(ns, "__orig_bases__", PyTuple.of(bases));
        Object cls = kwds == null || kwds.size() == 0 ? Abstract.call(meta, name, basesTuple, ns)
            : Abstract.callEx(meta, PyTuple.of(name, basesTuple, ns), kwds);
        if (cell instanceof PyCell c) c.value = cls;
        return cls;
    }

    private static final Object PREPARE_DEFAULT = PyType.TYPE.dict().get("__prepare__");

    /** PEP 560: non-class bases with {@code __mro_entries__}. */
    private static Object[] resolveBases(Object[] bases) {
        List<Object> out = null;
        for (int i = 0; i < bases.length; i++) {
            Object b = bases[i];
            if (b instanceof PyType) {
                if (out != null) out.add(b);
                continue;
            }
            Object me = Abstract.getAttrOrNull(b, "__mro_entries__");
            if (me == null) {
                if (out != null) out.add(b);
                continue;
            }
            if (out == null) {
                out = new ArrayList<>();
                for (int j = 0; j < i; j++) out.add(bases[j]);
            }
            for (Object x : Abstract.toArray(Abstract.call(me, PyTuple.of(bases)))) out.add(x);
        }
        return out == null ? bases : out.toArray();
    }

    @Exposed.Method(name = "__prepare__", classMethod = true, params = {"*args", "**kwargs"})
    public static Object prepare(Object meta, Object[] args, PyDict kwargs) {
        return new PyDict();
    }

    @Exposed.Method(name = "__getattribute__", params = {"name", "/"})
    public static Object getattribute(Object self, Object name) {
        return Abstract.typeGetAttr((PyType) self, (String) name, false);
    }

    @Exposed.Method(name = "__setattr__", params = {"name", "value", "/"})
    public static Object setattr(Object self, Object name, Object value) {
        Abstract.genericSetAttr(self, (String) name, value, PyType.of(self));
        return PyNone.NONE;
    }

    @Exposed.Method(name = "__delattr__", params = {"name", "/"})
    public static Object delattr(Object self, Object name) {
        ((PyType) self).setAttribute((String) name, null);
        return PyNone.NONE;
    }

    @Exposed.Method(name = "__repr__")
    public static Object repr(Object self) {
        return self.toString();
    }

    @Exposed.Method(name = "mro")
    public static Object mro(Object self) {
        return PyList.of((Object[]) ((PyType) self).getMro().clone());
    }

    @Exposed.Method(name = "__dir__")
    public static Object dir(Object self) {
        PySet names = new PySet();
        for (PyType t : ((PyType) self).getMro()) for (String k : t.dict().keySet()) names.add(k);
        return PyList.of(names.toArray());
    }

    @Exposed.Method(name = "__subclasses__")
    public static Object subclasses(Object self) {
        return PyList.of(((PyType) self).getSubclasses().toArray());
    }

    @Exposed.Method(name = "__instancecheck__", params = {"instance", "/"})
    public static Object instancecheck(Object self, Object instance) {
        return PyType.of(instance).isSubtype((PyType) self);
    }

    @Exposed.Method(name = "__subclasscheck__", params = {"sub", "/"})
    public static Object subclasscheck(Object self, Object sub) {
        return sub instanceof PyType t && t.isSubtype((PyType) self);
    }

    @Exposed.Method(name = "__or__", params = {"other", "/"})
    public static Object or(Object self, Object other) {
        return PyGenericAlias.Union.of(self, other);
    }

    @Exposed.Method(name = "__ror__", params = {"other", "/"})
    public static Object ror(Object self, Object other) {
        return PyGenericAlias.Union.of(other, self);
    }

    @Exposed.Getter("__name__")
    public static Object name(Object self) {
        return ((PyType) self).getName();
    }

    @Exposed.Setter("__name__")
    public static void setName(Object self, Object v) {
        ((PyType) self).setName(v);
    }

    @Exposed.Getter("__qualname__")
    public static Object qualname(Object self) {
        return ((PyType) self).getQualname();
    }

    @Exposed.Setter("__qualname__")
    public static void setQualname(Object self, Object v) {
        ((PyType) self).setQualname((String) v);
    }

    @Exposed.Getter("__module__")
    public static Object module(Object self) {
        Object m = ((PyType) self).dict().get("__module__");
        return m == null ? "builtins" : m;
    }

    @Exposed.Setter("__module__")
    public static void setModule(Object self, Object v) {
        ((PyType) self).setAttribute("__module__", v);
    }

    @Exposed.Getter("__doc__")
    public static Object doc(Object self) {
        Object d = ((PyType) self).dict().get("__doc__");
        return d == null ? PyNone.NONE : PyDescriptors.get(d, PyDescriptors.NO_INSTANCE, (PyType) self);
    }

    /** A class's docstring can be replaced (it lives in the class dictionary); a built-in type's cannot. */
    @Exposed.Setter("__doc__")
    public static void setDoc(Object self, Object v) {
        ((PyType) self).setAttribute("__doc__", v == null ? PyNone.NONE : v);
    }

    @Exposed.Getter("__bases__")
    public static Object bases(Object self) {
        return PyTuple.of((Object[]) ((PyType) self).getBases().clone());
    }

    @Exposed.Setter("__bases__")
    public static void setBases(Object self, Object v) {
        Object[] a = Abstract.toArray(v);
        PyType[] bs = new PyType[a.length];
        for (int i = 0; i < a.length; i++) bs[i] = (PyType) a[i];
        ((PyType) self).setBases(bs);
    }

    @Exposed.Getter("__base__")
    public static Object base(Object self) {
        PyType b = ((PyType) self).getBase();
        return b == null ? PyNone.NONE : b;
    }

    @Exposed.Getter("__mro__")
    public static Object mroAttr(Object self) {
        return PyTuple.of((Object[]) ((PyType) self).getMro().clone());
    }

    @Exposed.Getter("__dict__")
    public static Object dict(Object self) {
        PyDict d = new PyDict();
        for (Map.Entry<String, Object> e : ((PyType) self).dict().entrySet()) d.put(e.getKey(), e.getValue());
        return d;
    }

    @Exposed.Getter("__abstractmethods__")
    public static Object abstractmethods(Object self) {
        Object v = ((PyType) self).dict().get("__abstractmethods__");
        if (v == null) throw PyExc.attributeError("__abstractmethods__");
        return v;
    }

    @Exposed.Setter("__abstractmethods__")
    public static void setAbstractmethods(Object self, Object v) {
        ((PyType) self).setAttribute("__abstractmethods__", v);
    }
}
