package org.jyco.runtime;

import org.jyco.runtime.types.PyDict;

/** A module object: a name and a dictionary of globals. */
public class PyModule extends PyObject {
    private final PyDict dict;

    public PyModule(String name) {
        this(name, new PyDict());
    }

    public PyModule(String name, PyDict dict) {
        this.dict = dict;
        if (dict.getOrNull("__name__") == null) dict.put("__name__", name);
        if (dict.getOrNull("__doc__") == null) dict.put("__doc__", PyNone.NONE);
        if (dict.getOrNull("__package__") == null) dict.put("__package__", PyNone.NONE);
        if (dict.getOrNull("__spec__") == null) dict.put("__spec__", PyNone.NONE);
        if (dict.getOrNull("__loader__") == null) dict.put("__loader__", PyNone.NONE);
    }

    @Override
    public PyType getType() {
        return PyType.MODULE;
    }

    @Override
    public PyDict getDict() {
        return dict;
    }

    public String getName() {
        Object n = dict.getOrNull("__name__");
        return n instanceof String s ? s : "?";
    }

    /** Adds the {@link Exposed} functions of a Java class to this module. */
    public void addFunctions(Class<?> impl) {
        addFunctions(impl, null);
    }

    /** Adds the {@link Exposed} functions of a Java class, binding the interpreter where asked. */
    public void addFunctions(Class<?> impl, Interpreter interp) {
        java.util.Map<String, Object> fs = new java.util.LinkedHashMap<>();
        Exposer.exposeModule(impl, fs, getName(), interp);
        for (var e : fs.entrySet()) dict.put(e.getKey(), e.getValue());
    }

    @Exposed.Method(name = "__new__", isStatic = true, params = {"cls", "*args", "**kwargs"})
    public static Object new_(Object cls, Object[] args, PyDict kwargs) {
        return new PyModule("?");
    }

    @Exposed.Method(name = "__init__", params = {"name", "doc=None"})
    public static Object init(Object self, Object name, Object doc) {
        PyDict d = ((PyModule) self).dict;
        d.put("__name__", name);
        d.put("__doc__", doc);
        return PyNone.NONE;
    }

    @Exposed.Method(name = "__getattribute__", params = {"name", "/"})
    public static Object getattribute(Object self, Object name) {
        String n = (String) name;
        PyModule m = (PyModule) self;
        Object r = Abstract.genericGetAttr(m, n, PyType.MODULE, true);
        if (r != null) return r;
        Object ga = m.dict.getOrNull("__getattr__");
        if (ga != null) return Abstract.call(ga, n);
        throw PyExc.attributeError("module '" + m.getName() + "' has no attribute '" + n + "'");
    }

    @Exposed.Method(name = "__repr__")
    public static Object repr(Object self) {
        PyModule m = (PyModule) self;
        Object file = m.dict.getOrNull("__file__");
        if (file instanceof String f) return "<module '" + m.getName() + "' from '" + f + "'>";
        return "<module '" + m.getName() + "' (built-in)>";
    }

    @Exposed.Getter("__dict__")
    public static Object dict(Object self) {
        return ((PyModule) self).dict;
    }

    @Exposed.Method(name = "__dir__")
    public static Object dir(Object self) {
        return org.jyco.runtime.types.PyList.of(Abstract.toArray(((PyModule) self).dict));
    }
}
