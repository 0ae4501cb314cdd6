package org.jyco.runtime.types;

import java.lang.invoke.MethodHandle;
import org.jyco.runtime.Abstract;
import org.jyco.runtime.Exposed;
import org.jyco.runtime.PyCallable;
import org.jyco.runtime.PyExc;
import org.jyco.runtime.PyException;
import org.jyco.runtime.PyInstance;
import org.jyco.runtime.PyNone;
import org.jyco.runtime.PyObject;
import org.jyco.runtime.PyType;

/**
 * The descriptor protocol ({@code __get__}, {@code __set__}, {@code __delete__}) and the
 * built-in descriptor types: method descriptors of built-in types, getters, {@code property},
 * {@code classmethod}, {@code staticmethod} and {@code super} (CPython's
 * {@code Objects/descrobject.c} and {@code funcobject.c}).
 */
public final class PyDescriptors {
    private PyDescriptors() {}

    /** Stands for "accessed through the class" (CPython passes NULL as the instance). */
    public static final Object NO_INSTANCE = new Object();

    /** True if {@code attr} defines {@code __set__} or {@code __delete__}. */
    public static boolean isDataDescriptor(Object attr) {
        if (attr instanceof Getter || attr instanceof Property || attr instanceof Member) return true;
        if (attr instanceof PyFunction || attr instanceof String || attr instanceof Long) return false;
        if (attr instanceof PyObject o) {
            PyType t = o.getType();
            return t.lookup("__set__") != null || t.lookup("__delete__") != null;
        }
        return false;
    }

    /** {@code attr.__get__(instance, type)}, or attr itself if it is not a descriptor. */
    public static Object get(Object attr, Object instance, PyType type) {
        if (attr instanceof PyFunction f) return instance == NO_INSTANCE ? f : new PyMethod(f, instance);
        if (attr instanceof MethodDescriptor m) return instance == NO_INSTANCE ? m : m.fn.bind(instance);
        if (attr instanceof Getter g) return instance == NO_INSTANCE ? g : g.get(instance);
        if (attr instanceof Member m) return instance == NO_INSTANCE ? m : m.get(instance);
        if (attr instanceof ClassMethod c) {
            return c.function instanceof PyBuiltinFunction b ? b.bind(type) : new PyMethod(c.function, type);
        }
        if (attr instanceof StaticMethod s) return s.function;
        if (attr instanceof Property p) return instance == NO_INSTANCE ? p : p.get(instance);
        if (attr instanceof PyObject o) {
            PyType t = o.getType();
            Object g = t.lookup("__get__");
            if (g != null) {
                return Abstract.call(get(g, attr, t), instance == NO_INSTANCE ? PyNone.NONE : instance, type);
            }
        }
        return attr;
    }

    /** {@code attr.__set__(instance, value)} (value null: {@code __delete__}). */
    public static void set(Object attr, Object instance, Object value) {
        if (attr instanceof Property p) {
            p.set(instance, value);
            return;
        }
        if (attr instanceof Getter g) {
            g.set(instance, value);
            return;
        }
        if (attr instanceof Member m) {
            m.set(instance, value);
            return;
        }
        PyType t = PyType.of(attr);
        if (value == null) {
            Object d = t.lookup("__delete__");
            if (d == null) throw PyExc.attributeError("__delete__");
            Abstract.call(get(d, attr, t), instance);
        } else {
            Object s = t.lookup("__set__");
            if (s == null) throw PyExc.attributeError("__set__");
            Abstract.call(get(s, attr, t), instance, value);
        }
    }

    // ------------------------------------------------------------------ built-in methods

    /** A method of a built-in type as found in the type's dictionary ({@code str.upper}). */
    public static final class MethodDescriptor extends PyObject implements PyCallable {

            @Exposed.Method(name = "__call__", params = {"*args", "**kwargs"})
        public static Object dunderCall(Object self, Object[] args, PyDict kwargs) {
            return org.jyco.runtime.Ops.callEx(self, args, kwargs);
        }
        public final PyBuiltinFunction fn;
        public final PyType owner;

        public MethodDescriptor(PyBuiltinFunction fn, PyType owner) {
            this.fn = fn;
            this.owner = owner;
        }

        @Override
        public PyType getType() {
            return PyType.METHOD_DESCRIPTOR;
        }

        @Override
        public Object call(Object[] args, String[] kwnames) {
            int npos = args.length - kwnames.length;
            if (npos < 1) {
                throw PyExc.typeError("unbound method " + owner.getName() + "." + fn.name + "() needs an argument");
            }
            Object self = args[0];
            if (!PyType.of(self).isSubtype(owner)) {
                throw PyExc.typeError("descriptor '" + fn.name + "' for '" + owner.getName()
                    + "' objects doesn't apply to a '" + PyType.of(self).getName() + "' object");
            }
            Object[] rest = new Object[args.length - 1];
            System.arraycopy(args, 1, rest, 0, rest.length);
            return fn.bind(self).call(rest, kwnames);
        }

        @Override
        public String toString() {
            return "<method '" + fn.name + "' of '" + owner.getName() + "' objects>";
        }

        @Exposed.Getter("__name__")
        public static Object name(MethodDescriptor self) {
            return self.fn.name;
        }

        @Exposed.Getter("__qualname__")
        public static Object qualname(MethodDescriptor self) {
            return self.owner.getName() + "." + self.fn.name;
        }

        @Exposed.Getter("__objclass__")
        public static Object objclass(MethodDescriptor self) {
            return self.owner;
        }

        @Exposed.Getter("__doc__")
        public static Object doc(MethodDescriptor self) {
            return PyNone.NONE;
        }

        @Exposed.Method(name = "__get__", params = {"instance", "owner=None", "/"})
        public static Object get(MethodDescriptor self, Object instance, Object owner) {
            return instance == PyNone.NONE ? self : self.fn.bind(instance);
        }
    }

    /** A read-only attribute of a built-in type, computed by a Java method. */
    public static final class Getter extends PyObject {
        public final String name;
        private final MethodHandle getter;
        private final MethodHandle setter;
        private final PyType owner;

        public Getter(String name, MethodHandle getter, MethodHandle setter, PyType owner) {
            this.name = name;
            this.getter = getter.asType(java.lang.invoke.MethodType.genericMethodType(1));
            this.setter = setter == null ? null
                : setter.asType(java.lang.invoke.MethodType.methodType(void.class, Object.class, Object.class));
            this.owner = owner;
        }

        /** Sets (value null: deletes) through the setter, or raises as a read-only attribute. */
        public void set(Object instance, Object value) {
            if (setter == null) {
                throw PyExc.attributeError("attribute '" + name + "' of '" + PyType.of(instance).getName()
                    + "' objects is not writable");
            }
            try {
                setter.invokeExact(instance, value);
            } catch (PyException e) {
                throw e;
            } catch (Throwable t) {
                throw PyExc.fromThrowable(t);
            }
        }

        @Override
        public PyType getType() {
            return PyType.GETSET_DESCRIPTOR;
        }

        public Object get(Object instance) {
            try {
                return getter.invokeExact(instance);
            } catch (PyException e) {
                throw e;
            } catch (ClassCastException e) {
                throw PyExc.typeError("descriptor '" + name + "' for '" + owner.getName()
                    + "' objects doesn't apply to a '" + PyType.of(instance).getName() + "' object");
            } catch (Throwable t) {
                throw PyExc.fromThrowable(t);
            }
        }

        @Override
        public String toString() {
            return "<attribute '" + name + "' of '" + owner.getName() + "' objects>";
        }

        @Exposed.Getter("__name__")
        public static Object name(Getter self) {
            return self.name;
        }

        @Exposed.Getter("__objclass__")
        public static Object objclass(Getter self) {
            return self.owner;
        }

        @Exposed.Method(name = "__repr__")
        public static Object repr(Getter self) {
            return self.toString();
        }

        @Exposed.Method(name = "__get__", params = {"instance", "owner=None", "/"})
        public static Object get(Getter self, Object instance, Object owner) {
            return instance == PyNone.NONE ? self : self.get(instance);
        }
    }

    /** A {@code __slots__} member of a class ({@code member_descriptor}): a value stored in the instance. */
    public static final class Member extends PyObject {
        public final String name;
        private final PyType owner;

        public Member(String name, PyType owner) {
            this.name = name;
            this.owner = owner;
        }

        @Override
        public PyType getType() {
            return PyType.MEMBER_DESCRIPTOR;
        }

        private void check(Object instance) {
            if (!PyType.of(instance).isSubtype(owner)) {
                throw PyExc.typeError("descriptor '" + name + "' for '" + owner.getName()
                    + "' objects doesn't apply to a '" + PyType.of(instance).getName() + "' object");
            }
        }

        public Object get(Object instance) {
            check(instance);
            Object v = null;
            if (instance instanceof PyInstance pi) {
                v = pi.getSlot(name);
            } else if (instance instanceof PyObject po && po.getDict() != null) {
                v = po.getDict().getOrNull(name);
            }
            if (v == null) throw PyExc.noAttribute(instance, name);
            return v;
        }

        public void set(Object instance, Object value) {
            check(instance);
            Object old;
            if (instance instanceof PyInstance pi) {
                old = pi.setSlot(name, value);
            } else if (instance instanceof PyObject po && po.getDict() != null) {
                old = po.getDict().getOrNull(name);
                if (value == null) {
                    po.getDict().remove(name);
                } else {
                    po.getDict().put(name, value);
                }
            } else {
                throw PyExc.noAttribute(instance, name);
            }
            if (value == null && old == null) throw PyExc.noAttribute(instance, name);
        }

        @Exposed.Method(name = "__get__", params = {"instance", "owner=None", "/"})
        public static Object get(Member self, Object instance, Object owner) {
            return instance == PyNone.NONE ? self : self.get(instance);
        }

        @Exposed.Method(name = "__set__", params = {"instance", "value", "/"})
        public static Object set(Member self, Object instance, Object value) {
            self.set(instance, value);
            return PyNone.NONE;
        }

        @Exposed.Method(name = "__delete__", params = {"instance", "/"})
        public static Object delete(Member self, Object instance) {
            self.set(instance, null);
            return PyNone.NONE;
        }

        @Exposed.Getter("__name__")
        public static Object name(Member self) {
            return self.name;
        }

        @Exposed.Getter("__objclass__")
        public static Object objclass(Member self) {
            return self.owner;
        }

        @Override
        public String toString() {
            return "<member '" + name + "' of '" + owner.getName() + "' objects>";
        }
    }

    // ------------------------------------------------------------------ property

    /** {@code property(fget, fset, fdel, doc)}. */
    public static final class Property extends PyObject {
        Object fget;
        Object fset;
        Object fdel;
        Object doc;
        private final PyType type;

        public Property(PyType type) {
            this.type = type;
        }

        @Override
        public PyType getType() {
            return type;
        }

        Object get(Object instance) {
            if (fget == null || fget == PyNone.NONE) throw PyExc.attributeError("property has no getter");
            return Abstract.call(fget, instance);
        }

        void set(Object instance, Object value) {
            if (value == null) {
                if (fdel == null || fdel == PyNone.NONE) throw PyExc.attributeError("can't delete attribute");
                Abstract.call(fdel, instance);
            } else {
                if (fset == null || fset == PyNone.NONE) {
                    Object name = fget == null ? null : Abstract.getAttrOrNull(fget, "__name__");
                    throw PyExc.attributeError(name == null ? "can't set attribute"
                        : "property '" + Abstract.str(name) + "' of '" + PyType.of(instance).getName()
                            + "' object has no setter");
                }
                Abstract.call(fset, instance, value);
            }
        }

        @Exposed.Method(name = "__new__", isStatic = true, params = {"cls", "*args", "**kwargs"})
        public static Object new_(Object cls, Object[] args, PyDict kwargs) {
            return new Property((PyType) cls);
        }

        @Exposed.Method(name = "__init__", params = {"fget=None", "fset=None", "fdel=None", "doc=None"})
        public static Object init(Property self, Object fget, Object fset, Object fdel, Object doc) {
            self.fget = fget;
            self.fset = fset;
            self.fdel = fdel;
            self.doc = doc;
            if (doc == PyNone.NONE && fget != PyNone.NONE) {
                Object d = Abstract.getAttrOrNull(fget, "__doc__");
                if (d != null) self.doc = d;
            }
            return PyNone.NONE;
        }

        @Exposed.Method(name = "__get__", params = {"instance", "owner=None", "/"})
        public static Object get(Property self, Object instance, Object owner) {
            return instance == PyNone.NONE ? self : self.get(instance);
        }

        @Exposed.Method(name = "__set__", params = {"instance", "value", "/"})
        public static Object set(Property self, Object instance, Object value) {
            self.set(instance, value);
            return PyNone.NONE;
        }

        @Exposed.Method(name = "__delete__", params = {"instance", "/"})
        public static Object delete(Property self, Object instance) {
            self.set(instance, null);
            return PyNone.NONE;
        }

        private Property copy(Object g, Object s, Object d) {
            Property p = new Property(type);
            p.fget = g;
            p.fset = s;
            p.fdel = d;
            p.doc = doc;
            return p;
        }

        @Exposed.Method(name = "getter", params = {"fget", "/"})
        public static Object getter(Property self, Object f) {
            return self.copy(f, self.fset, self.fdel);
        }

        @Exposed.Method(name = "setter", params = {"fset", "/"})
        public static Object setter(Property self, Object f) {
            return self.copy(self.fget, f, self.fdel);
        }

        @Exposed.Method(name = "deleter", params = {"fdel", "/"})
        public static Object deleter(Property self, Object f) {
            return self.copy(self.fget, self.fset, f);
        }

        @Exposed.Getter("fget")
        public static Object fget(Property self) {
            return self.fget == null ? PyNone.NONE : self.fget;
        }

        @Exposed.Getter("fset")
        public static Object fset(Property self) {
            return self.fset == null ? PyNone.NONE : self.fset;
        }

        @Exposed.Getter("fdel")
        public static Object fdel(Property self) {
            return self.fdel == null ? PyNone.NONE : self.fdel;
        }

        @Exposed.Getter("__doc__")
        public static Object doc(Property self) {
            return self.doc == null ? PyNone.NONE : self.doc;
        }

        @Exposed.Getter("__isabstractmethod__")
        public static Object isAbstract(Property self) {
            Object v = self.fget == null ? null : Abstract.getAttrOrNull(self.fget, "__isabstractmethod__");
            return v != null && Abstract.isTrue(v);
        }
    }

    // ------------------------------------------------------------------ classmethod, staticmethod

    /** {@code classmethod(f)}. */
    public static final class ClassMethod extends PyObject {
        public final Object function;
        private PyDict dict;

        public ClassMethod(Object function) {
            this.function = function;
        }

        @Override
        public PyType getType() {
            return PyType.CLASSMETHOD;
        }

        @Override
        public PyDict getDict() {
            if (dict == null) dict = new PyDict();
            return dict;
        }

        @Exposed.Method(name = "__new__", isStatic = true, params = {"cls", "function", "/"})
        public static Object new_(Object cls, Object f) {
            return new ClassMethod(f);
        }

        @Exposed.Method(name = "__init__", params = {"*args"})
        public static Object init(ClassMethod self, Object[] args) {
            return PyNone.NONE;
        }

        @Exposed.Method(name = "__get__", params = {"instance", "owner=None", "/"})
        public static Object get(ClassMethod self, Object instance, Object owner) {
            Object cls = owner == PyNone.NONE ? PyType.of(instance) : owner;
            return new PyMethod(self.function, cls);
        }

        @Exposed.Getter("__func__")
        public static Object func(ClassMethod self) {
            return self.function;
        }

        @Exposed.Getter("__isabstractmethod__")
        public static Object isAbstract(ClassMethod self) {
            Object v = Abstract.getAttrOrNull(self.function, "__isabstractmethod__");
            return v != null && Abstract.isTrue(v);
        }
    }

    /** {@code staticmethod(f)}. */
    public static final class StaticMethod extends PyObject implements PyCallable {

            @Exposed.Method(name = "__call__", params = {"*args", "**kwargs"})
        public static Object dunderCall(Object self, Object[] args, PyDict kwargs) {
            return org.jyco.runtime.Ops.callEx(self, args, kwargs);
        }
        public final Object function;
        private PyDict dict;

        public StaticMethod(Object function) {
            this.function = function;
        }

        @Override
        public PyType getType() {
            return PyType.STATICMETHOD;
        }

        @Override
        public PyDict getDict() {
            if (dict == null) dict = new PyDict();
            return dict;
        }

        @Override
        public Object call(Object[] args, String[] kwnames) {
            return Abstract.call(function, args, kwnames);
        }

        @Exposed.Method(name = "__new__", isStatic = true, params = {"cls", "function", "/"})
        public static Object new_(Object cls, Object f) {
            return new StaticMethod(f);
        }

        @Exposed.Method(name = "__init__", params = {"*args"})
        public static Object init(StaticMethod self, Object[] args) {
            return PyNone.NONE;
        }

        @Exposed.Method(name = "__get__", params = {"instance", "owner=None", "/"})
        public static Object get(StaticMethod self, Object instance, Object owner) {
            return self.function;
        }

        @Exposed.Getter("__func__")
        public static Object func(StaticMethod self) {
            return self.function;
        }
    }

    // ------------------------------------------------------------------ super

    /** {@code super(type, obj)}: attribute lookup starting after {@code type} in obj's MRO. */
    public static final class Super extends PyObject {
        final PyType thisType;
        final Object obj;
        final PyType objType;

        public Super(PyType thisType, Object obj) {
            this.thisType = thisType;
            this.obj = obj;
            if (obj instanceof PyType t && t.isSubtype(thisType)) {
                this.objType = t;
            } else if (PyType.of(obj).isSubtype(thisType)) {
                this.objType = PyType.of(obj);
            } else {
                throw PyExc.typeError("super(type, obj): obj must be an instance or subtype of type");
            }
        }

        @Override
        public PyType getType() {
            return PyType.SUPER;
        }

        /** The attribute found after {@code thisType} in the MRO, bound to obj; null if absent. */
        public Object lookup(String name) {
            PyType[] mro = objType.getMro();
            int i = 0;
            while (i < mro.length && mro[i] != thisType) i++;
            for (i++; i < mro.length; i++) {
                Object v = mro[i].dict().get(name);
                if (v != null) {
                    Object inst = obj == objType ? NO_INSTANCE : obj;
                    if (v instanceof ClassMethod c) {
                        return c.function instanceof PyBuiltinFunction b ? b.bind(objType) : new PyMethod(c.function, objType);
                    }
                    return get(v, inst, objType);
                }
            }
            return null;
        }

        @Exposed.Method(name = "__new__", isStatic = true, params = {"cls", "*args"})
        public static Object new_(Object cls, Object[] args) {
            if (args.length != 2) throw PyExc.runtimeError("super(): no arguments");
            if (!(args[0] instanceof PyType t)) throw PyExc.typeError("super() argument 1 must be a type");
            return new Super(t, args[1]);
        }

        @Exposed.Method(name = "__init__", params = {"*args"})
        public static Object init(Super self, Object[] args) {
            return PyNone.NONE;
        }

        @Exposed.Method(name = "__getattribute__", params = {"name", "/"})
        public static Object getattribute(Super self, Object name) {
            String n = (String) name;
            if (!n.equals("__class__")) {
                Object v = self.lookup(n);
                if (v != null) return v;
            }
            Object r = Abstract.genericGetAttr(self, n, PyType.SUPER, true);
            if (r == null) throw PyExc.attributeError("'super' object has no attribute '" + n + "'");
            return r;
        }

        @Exposed.Getter("__thisclass__")
        public static Object thisclass(Super self) {
            return self.thisType;
        }

        @Exposed.Getter("__self__")
        public static Object self(Super self) {
            return self.obj;
        }

        @Exposed.Method(name = "__repr__")
        public static Object repr(Super self) {
            return "<super: <class '" + self.thisType.getName() + "'>, <" + self.objType.getName() + " object>>";
        }
    }
}
