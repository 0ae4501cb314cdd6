package org.jyco.runtime;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.SwitchPoint;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jyco.runtime.types.PyBytes;
import org.jyco.runtime.types.PyCell;
import org.jyco.runtime.types.PyComplex;
import org.jyco.runtime.types.PyDescriptors;
import org.jyco.runtime.types.PyFloat;
import org.jyco.runtime.types.PyFunction;
import org.jyco.runtime.types.PyBuiltinFunction;
import org.jyco.runtime.types.PyBool;
import org.jyco.runtime.types.PyLong;
import org.jyco.runtime.types.PyMethod;
import org.jyco.runtime.types.PyObjectMethods;
import org.jyco.runtime.types.PyRange;
import org.jyco.runtime.types.PySlice;
import org.jyco.runtime.types.PyStr;
import org.jyco.runtime.types.PyTuple;
import org.jyco.runtime.types.PyTypeMethods;
import org.jyco.runtime.types.PySet;
import org.jyco.runtime.types.PyList;
import org.jyco.runtime.types.PyDict;
import org.jyco.runtime.types.PyIterators;
import org.jyco.runtime.types.PyGenerator;

/**
 * A Python type object, built-in or defined by a class statement (CPython's
 * {@code Objects/typeobject.c}). A type has a name, bases, an MRO computed by C3, and a
 * dictionary of attributes; a built-in type fills its dictionary from the {@link Exposed}
 * members of its implementing Java class the first time it is used.
 *
 * <p>Each type carries a {@link SwitchPoint} version: changing an attribute of the type or of
 * any of its bases invalidates it, so call sites that cached a lookup relink.
 */
public class PyType extends PyObject implements PyCallable {
    /** Java class → Python type of its instances, for Java objects that are not {@link PyObject}s. */
    private static final Map<Class<?>, PyType> JAVA_TYPES = new ConcurrentHashMap<>();
    private static final ClassValue<PyType> TYPE_OF_CLASS = new ClassValue<>() {
        @Override
        protected PyType computeValue(Class<?> c) {
            for (Class<?> k = c; k != null; k = k.getSuperclass()) {
                PyType t = JAVA_TYPES.get(k);
                if (t != null) return t;
            }
            return JavaTypes.forClass(c);
        }
    };

    // --------------------------------------------------------------- the built-in types

    public static final PyType OBJECT = builtin("object", null, Object.class, PyObjectMethods.class);
    public static final PyType TYPE = builtin("type", OBJECT, PyType.class, PyTypeMethods.class);
    public static final PyType INT = builtin("int", OBJECT, Long.class, PyLong.class);
    public static final PyType BOOL = builtin("bool", INT, Boolean.class, PyBool.class);
    public static final PyType FLOAT = builtin("float", OBJECT, Double.class, PyFloat.class);
    public static final PyType COMPLEX = builtin("complex", OBJECT, PyComplex.class, PyComplex.class);
    public static final PyType STR = builtin("str", OBJECT, String.class, PyStr.class);
    public static final PyType BYTES = builtin("bytes", OBJECT, PyBytes.class, PyBytes.class);
    public static final PyType TUPLE = builtin("tuple", OBJECT, PyTuple.class, PyTuple.class);
    public static final PyType LIST = builtin("list", OBJECT, PyList.class, PyList.class);
    public static final PyType DICT = builtin("dict", OBJECT, PyDict.class, PyDict.class);
    public static final PyType SET = builtin("set", OBJECT, PySet.class, PySet.class);
    public static final PyType FROZENSET = builtin("frozenset", OBJECT, PySet.Frozen.class, PySet.Frozen.class);
    public static final PyType RANGE = builtin("range", OBJECT, PyRange.class, PyRange.class);
    public static final PyType SLICE = builtin("slice", OBJECT, PySlice.class, PySlice.class);
    public static final PyType NONE_TYPE = builtin("NoneType", OBJECT, PyNone.class, PyNone.class);
    public static final PyType NOT_IMPLEMENTED_TYPE = builtin("NotImplementedType", OBJECT, null, Singletons.class);
    public static final PyType ELLIPSIS_TYPE = builtin("ellipsis", OBJECT, null, Singletons.class);
    public static final PyType FUNCTION = builtin("function", OBJECT, PyFunction.class, PyFunction.class);
    public static final PyType BUILTIN_FUNCTION =
        builtin("builtin_function_or_method", OBJECT, PyBuiltinFunction.class, PyBuiltinFunction.class);
    public static final PyType METHOD = builtin("method", OBJECT, PyMethod.class, PyMethod.class);
    public static final PyType MODULE = builtin("module", OBJECT, PyModule.class, PyModule.class);
    public static final PyType CELL = builtin("cell", OBJECT, PyCell.class, PyCell.class);
    public static final PyType PROPERTY = builtin("property", OBJECT, PyDescriptors.Property.class, PyDescriptors.Property.class);
    public static final PyType CLASSMETHOD =
        builtin("classmethod", OBJECT, PyDescriptors.ClassMethod.class, PyDescriptors.ClassMethod.class);
    public static final PyType STATICMETHOD =
        builtin("staticmethod", OBJECT, PyDescriptors.StaticMethod.class, PyDescriptors.StaticMethod.class);
    public static final PyType METHOD_DESCRIPTOR =
        builtin("method_descriptor", OBJECT, PyDescriptors.MethodDescriptor.class, PyDescriptors.MethodDescriptor.class);
    public static final PyType GETSET_DESCRIPTOR =
        builtin("getset_descriptor", OBJECT, PyDescriptors.Getter.class, PyDescriptors.Getter.class);
    public static final PyType ITERATOR = builtin("iterator", OBJECT, PyIterators.Base.class, PyIterators.Base.class);
    public static final PyType GENERATOR = builtin("generator", ITERATOR, PyGenerator.class, PyGenerator.class);
    public static final PyType SUPER = builtin("super", OBJECT, PyDescriptors.Super.class, PyDescriptors.Super.class);
    public static final PyType MEMBER_DESCRIPTOR =
        builtin("member_descriptor", OBJECT, PyDescriptors.Member.class, PyDescriptors.Member.class);

    static {
        // Java's other numeric boxes are Python ints and floats too, with no wrapper
        JAVA_TYPES.put(java.math.BigInteger.class, INT);
        JAVA_TYPES.put(Integer.class, INT);
        JAVA_TYPES.put(Short.class, INT);
        JAVA_TYPES.put(Byte.class, INT);
        JAVA_TYPES.put(Float.class, FLOAT);
        JAVA_TYPES.put(Character.class, STR);
        OBJECT.version = new SwitchPoint();
    }

    // --------------------------------------------------------------- state

    private String name;
    private String qualname;
    private PyType[] bases;
    private PyType[] mro;
    private final Map<String, Object> dict = Collections.synchronizedMap(new LinkedHashMap<>());
    /** Java class of instances (for built-ins) or of the solid base's instances. */
    private final Class<?> javaClass;
    private final Class<?> exposer;
    private volatile boolean exposed;
    private final boolean builtin;
    private PyType metatype;
    private volatile SwitchPoint version = new SwitchPoint();
    private final List<WeakReference<PyType>> subclasses = new ArrayList<>();
    private final Map<String, Object> lookupCache = new ConcurrentHashMap<>();
    private static final Object ABSENT = new Object();
    /** Instances of this class have a {@code __dict__} (false for built-ins and all-{@code __slots__} classes). */
    private boolean instanceDict;

    protected PyType(String name, PyType[] bases, Class<?> javaClass, Class<?> exposer, boolean builtin) {
        this.name = name;
        this.qualname = name;
        this.bases = bases;
        this.javaClass = javaClass;
        this.exposer = exposer;
        this.builtin = builtin;
        this.exposed = exposer == null;
        this.mro = computeMro(this, bases);
        for (PyType b : bases) b.addSubclass(this);
    }

    private static PyType builtin(String name, PyType base, Class<?> javaClass, Class<?> exposer) {
        PyType t = new PyType(name, base == null ? new PyType[0] : new PyType[] {base}, javaClass, exposer, true);
        if (javaClass != null && !PyObject.class.isAssignableFrom(javaClass)) JAVA_TYPES.put(javaClass, t);
        t.dict.put("__module__", "builtins");
        return t;
    }

    /** A built-in type implemented outside this class (exception types, stdlib types). */
    public static PyType newBuiltin(String name, PyType base, Class<?> javaClass, Class<?> exposer, String module) {
        PyType t = new PyType(name, new PyType[] {base}, javaClass, exposer, true);
        t.dict.put("__module__", module);
        return t;
    }

    /** Creates a class from a {@code class} statement (after the metaclass's __new__ chose it). */
    public static PyType newClass(PyType metatype, String name, PyType[] bases, PyDict ns) {
        if (bases.length == 0) bases = new PyType[] {OBJECT};
        for (PyType b : bases) {
            if (b.builtin && FINAL_TYPES.contains(b.name) && "builtins".equals(b.dict.get("__module__"))) {
                throw PyExc.typeError("type '" + b.name + "' is not an acceptable base type");
            }
        }
        Class<?> layout = solidLayout(name, bases);
        PyType t = new PyType(name, bases, layout, null, false);
        t.metatype = metatype == TYPE ? null : metatype;
        for (Map.Entry<Object, Object> e : ns.entrySet()) {
            if (e.getKey() instanceof String k) t.dict.put(k, e.getValue());
        }
        Object qn = t.dict.remove("__qualname__");
        if (qn instanceof String s) t.qualname = s;
        Object nw = t.dict.get("__new__");
        if (nw instanceof PyFunction) t.dict.put("__new__", new PyDescriptors.StaticMethod(nw));
        // a class that defines __eq__ but not __hash__ is unhashable (type_new's rule)
        if (t.dict.containsKey("__eq__") && !t.dict.containsKey("__hash__")) t.dict.put("__hash__", PyNone.NONE);
        t.instanceDict = t.setUpSlots();
        t.addImplicitEntries(bases);
        for (String implicit : new String[] {"__init_subclass__", "__class_getitem__"}) {
            Object f = t.dict.get(implicit);
            if (f instanceof PyFunction) t.dict.put(implicit, new PyDescriptors.ClassMethod(f));
        }
        return t;
    }

    private static final java.util.Set<String> FINAL_TYPES = java.util.Set.of("bool", "NoneType", "NotImplementedType",
        "ellipsis", "function", "builtin_function_or_method", "method", "cell", "range", "slice", "method_descriptor",
        "getset_descriptor", "member_descriptor", "generator", "iterator", "dict_keys", "dict_values", "dict_items");

    /**
     * Turns the names of {@code __slots__} into member descriptors; returns whether instances
     * still get a {@code __dict__} (no {@code __slots__}, {@code '__dict__'} among them, or a
     * base whose instances have one).
     */
    private boolean setUpSlots() {
        Object slots = dict.get("__slots__");
        boolean withDict = slots == null;
        if (slots != null) {
            Object[] names = slots instanceof String s ? new Object[] {s} : Abstract.toArray(slots);
            for (Object n : names) {
                if (!(n instanceof String sn)) {
                    throw PyExc.typeError("__slots__ items must be strings, not '" + of(n).getName() + "'");
                }
                if (sn.equals("__dict__")) {
                    withDict = true;
                } else if (!sn.equals("__weakref__")) {
                    if (dict.containsKey(sn)) {
                        throw PyExc.valueError("'" + sn + "' in __slots__ conflicts with class variable");
                    }
                    String member = mangle(sn, name);
                    dict.put(member, new PyDescriptors.Member(member, this));
                }
            }
        }
        for (PyType b : bases) if (b.instanceDict) withDict = true;
        return withDict;
    }

    private static final MethodHandle DICT_GET, DICT_SET, WEAKREF_GET;

    static {
        try {
            MethodHandles.Lookup l = MethodHandles.lookup();
            DICT_GET = l.findStatic(org.jyco.runtime.types.PyObjectMethods.class, "getDict",
                MethodType.methodType(Object.class, Object.class));
            DICT_SET = l.findStatic(org.jyco.runtime.types.PyObjectMethods.class, "setDict",
                MethodType.methodType(void.class, Object.class, Object.class));
            WEAKREF_GET = MethodHandles.dropArguments(MethodHandles.constant(Object.class, PyNone.NONE), 0, Object.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /**
     * What CPython's type_new puts in every class's dictionary: {@code __doc__} (None without a
     * docstring), and where instances first get a dictionary, the {@code __dict__} and
     * {@code __weakref__} attributes.
     */
    private void addImplicitEntries(PyType[] bases) {
        // which bases already give instances a dictionary, and weak references
        boolean hasDict = false, hasWeakref = dict.containsKey("__slots__") && !slotsName("__weakref__");
        for (PyType b : bases) {
            for (PyType m : b.getMro()) {
                boolean python = !m.builtin;
                if (m == TYPE || python && m.instanceDict) hasDict = hasWeakref = true;
                if (python && m.dict.containsKey("__weakref__")) hasWeakref = true;
                if (m == PyExc.BaseException) hasDict = true;
                // sets take weak references; ints, strs, bytes and tuples (variable-size) cannot
                if (m == SET || m == FROZENSET || m == INT || m == STR || m == BYTES || m == TUPLE) hasWeakref = true;
            }
        }
        if (instanceDict && !hasDict) dict.putIfAbsent("__dict__", new PyDescriptors.Getter("__dict__", DICT_GET, DICT_SET, this));
        if (!hasWeakref) dict.putIfAbsent("__weakref__", new PyDescriptors.Getter("__weakref__", WEAKREF_GET, null, this));
        dict.putIfAbsent("__doc__", PyNone.NONE);
    }

    /** True if this class's __slots__ names {@code name}. */
    private boolean slotsName(String name) {
        Object slots = dict.get("__slots__");
        if (slots instanceof String s) return s.equals(name);
        try {
            for (Object n : Abstract.toArray(slots)) if (name.equals(n)) return true;
        } catch (PyException e) {
            return false;
        }
        return false;
    }

    /**
     * Private name mangling: {@code __spam} written inside class {@code className} means
     * {@code _className__spam} (leading underscores of the class name dropped; names ending in
     * two underscores, and classes named only with underscores, are left alone).
     */
    public static String mangle(String name, String className) {
        if (className == null || name == null || !name.startsWith("__") || name.endsWith("__") || name.indexOf('.') >= 0) {
            return name;
        }
        int i = 0;
        while (i < className.length() && className.charAt(i) == '_') i++;
        if (i == className.length()) return name;
        return "_" + className.substring(i) + name;
    }

    /** True if instances of this class carry an attribute dictionary. */
    public boolean hasInstanceDict() {
        return instanceDict;
    }

    private static Class<?> solidLayout(String name, PyType[] bases) {
        Class<?> layout = PyInstance.class;
        for (PyType b : bases) {
            Class<?> c = b.instanceLayout();
            if (c == PyInstance.class) continue;
            if (layout != PyInstance.class && layout != c && !layout.isAssignableFrom(c) && !c.isAssignableFrom(layout)) {
                throw PyExc.typeError("multiple bases have instance lay-out conflict");
            }
            if (layout == PyInstance.class || layout.isAssignableFrom(c)) layout = c;
        }
        return layout;
    }

    /** The Java class that instances of this type (and its Python subclasses) are made of. */
    public Class<?> instanceLayout() {
        if (!builtin) return javaClass;
        if (this == OBJECT) return PyInstance.class;
        if (javaClass != null && PyObject.class.isAssignableFrom(javaClass) && Subclassable.class.isAssignableFrom(javaClass)) {
            return javaClass;
        }
        if (this == TYPE) return PyType.class;
        if (this == TUPLE) return PyTuple.class;
        Class<?> value = PyValueInstance.layoutOf(this);
        if (value != null) return value;
        throw PyExc.notImplemented("subclassing the built-in type '" + name + "' is not supported yet");
    }

    // --------------------------------------------------------------- Python type of an object

    /** {@code type(o)}. */
    public static PyType of(Object o) {
        if (o instanceof PyObject p) return p.getType();
        return TYPE_OF_CLASS.get(o.getClass());
    }

    /** The Python type of instances of a Java class that is not a {@link PyObject}. */
    public static PyType ofClass(Class<?> c) {
        return TYPE_OF_CLASS.get(c);
    }

    /** Registers the Python type of a Java class's instances (done by built-in modules). */
    public static void registerJavaType(Class<?> c, PyType t) {
        JAVA_TYPES.put(c, t);
    }

    @Override
    public PyType getType() {
        return metatype != null ? metatype : TYPE;
    }

    public void setMetatype(PyType metatype) {
        this.metatype = metatype == TYPE ? null : metatype;
    }

    // --------------------------------------------------------------- attributes

    public String getName() {
        return name;
    }

    public String getQualname() {
        return qualname;
    }

    /** {@code cls.__name__ = v}: only for classes defined in Python, as CPython's heap types. */
    public void setName(Object v) {
        if (builtin) throw PyExc.typeError("cannot set '__name__' attribute of immutable type '" + name + "'");
        if (!(v instanceof String s)) {
            throw PyExc.typeError("can only assign string to " + name + ".__name__, not '" + PyType.of(v).getName() + "'");
        }
        this.name = s;
    }

    public void setQualname(String q) {
        this.qualname = q;
    }

    public PyType[] getBases() {
        return bases;
    }

    public PyType getBase() {
        return bases.length == 0 ? null : bases[0];
    }

    public PyType[] getMro() {
        return mro;
    }

    public boolean isBuiltin() {
        return builtin;
    }

    public Class<?> getJavaClass() {
        return javaClass;
    }

    /** The version that cached lookups on this type depend on. */
    public SwitchPoint version() {
        return version;
    }

    /** The type's own dictionary (not the MRO), read-only for callers outside the runtime. */
    public Map<String, Object> dict() {
        ensureExposed();
        return dict;
    }

    private void ensureExposed() {
        if (!exposed) {
            synchronized (this) {
                if (!exposed) {
                    Exposer.expose(this, exposer, dict);
                    exposed = true;
                }
            }
        }
    }

    /** Looks a name up along the MRO (CPython's {@code _PyType_Lookup}); null when absent. */
    public Object lookup(String attr) {
        Object v = lookupCache.get(attr);
        if (v != null) return v == ABSENT ? null : v;
        v = null;
        for (PyType t : mro) {
            Object x = t.dict().get(attr);
            if (x != null) {
                v = x;
                break;
            }
        }
        lookupCache.put(attr, v == null ? ABSENT : v);
        return v;
    }

    /** The type along the MRO whose dictionary defines {@code attr}, or null. */
    public PyType lookupOwner(String attr) {
        for (PyType t : mro) {
            if (t.dict().containsKey(attr)) return t;
        }
        return null;
    }

    /** {@code cls.attr = value} for a class (built-in types refuse). */
    public void setAttribute(String attr, Object value) {
        if (builtin) {
            throw PyExc.typeError("cannot set '" + attr + "' attribute of immutable type '" + name + "'");
        }
        if (value == null) {
            if (dict.remove(attr) == null) throw PyExc.attributeError("type object '" + name + "' has no attribute '" + attr + "'");
        } else {
            dict.put(attr, value);
        }
        invalidate();
    }

    /** Invalidates this type's version and its subclasses' (an attribute changed). */
    public void invalidate() {
        SwitchPoint old;
        synchronized (this) {
            old = version;
            version = new SwitchPoint();
            lookupCache.clear();
        }
        SwitchPoint.invalidateAll(new SwitchPoint[] {old});
        List<PyType> subs = new ArrayList<>();
        synchronized (subclasses) {
            for (WeakReference<PyType> r : subclasses) {
                PyType s = r.get();
                if (s != null) subs.add(s);
            }
        }
        for (PyType s : subs) s.invalidate();
    }

    private void addSubclass(PyType t) {
        synchronized (subclasses) {
            subclasses.add(new WeakReference<>(t));
        }
    }

    public List<PyType> getSubclasses() {
        List<PyType> out = new ArrayList<>();
        synchronized (subclasses) {
            for (WeakReference<PyType> r : subclasses) {
                PyType s = r.get();
                if (s != null) out.add(s);
            }
        }
        return out;
    }

    /** {@code issubclass(this, other)} by MRO. */
    public boolean isSubtype(PyType other) {
        if (this == other) return true;
        for (PyType t : mro) if (t == other) return true;
        return false;
    }

    /** {@code __bases__} assignment. */
    public void setBases(PyType[] newBases) {
        this.bases = newBases;
        this.mro = computeMro(this, newBases);
        invalidate();
    }

    // --------------------------------------------------------------- MRO

    /** C3 linearization, as {@code Objects/typeobject.c mro_implementation}. */
    private static PyType[] computeMro(PyType t, PyType[] bases) {
        List<List<PyType>> seqs = new ArrayList<>();
        for (PyType b : bases) seqs.add(new ArrayList<>(List.of(b.mro)));
        seqs.add(new ArrayList<>(List.of(bases)));
        List<PyType> result = new ArrayList<>();
        result.add(t);
        while (true) {
            seqs.removeIf(List::isEmpty);
            if (seqs.isEmpty()) break;
            PyType candidate = null;
            for (List<PyType> s : seqs) {
                PyType head = s.get(0);
                boolean inTail = false;
                for (List<PyType> s2 : seqs) {
                    if (s2.indexOf(head) > 0) {
                        inTail = true;
                        break;
                    }
                }
                if (!inTail) {
                    candidate = head;
                    break;
                }
            }
            if (candidate == null) {
                StringBuilder sb = new StringBuilder("Cannot create a consistent method resolution\norder (MRO) for bases ");
                java.util.Set<String> seen = new java.util.LinkedHashSet<>();
                for (List<PyType> s : seqs) seen.add(s.get(0).name);
                sb.append(String.join(", ", seen));
                throw PyExc.typeError(sb.toString());
            }
            result.add(candidate);
            for (List<PyType> s : seqs) if (s.get(0) == candidate) s.remove(0);
        }
        return result.toArray(new PyType[0]);
    }

    /** Calling a class: {@code type.__call__}, or the metaclass's own {@code __call__}. */
    @Override
    public Object call(Object[] args, String[] kwnames) {
        PyType meta = getType();
        if (meta != TYPE) {
            Object c = meta.lookup("__call__");
            if (c != TYPE.dict().get("__call__")) {
                return Abstract.call(PyDescriptors.get(c, this, meta), args, kwnames);
            }
        }
        return PyTypeMethods.callType(this, args, kwnames);
    }

    @Override
    public String toString() {
        Object mod = dict().get("__module__");
        if (mod instanceof String m && !m.equals("builtins")) return "<class '" + m + "." + qualname + "'>";
        return "<class '" + qualname + "'>";
    }
}
