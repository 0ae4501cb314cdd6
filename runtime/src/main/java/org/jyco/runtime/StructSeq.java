package org.jyco.runtime;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import org.jyco.runtime.types.PyDescriptors;
import org.jyco.runtime.types.PyTuple;

/**
 * Struct sequences (CPython's {@code structseq.c}): tuple subclasses whose items also have
 * names, as {@code sys.version_info} and {@code sys.float_info}.
 */
public final class StructSeq {
    private StructSeq() {}

    private static final MethodHandle ITEM;

    static {
        try {
            ITEM = MethodHandles.lookup().findStatic(StructSeq.class, "item",
                MethodType.methodType(Object.class, int.class, Object.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private static final MethodHandle EXTRA;

    static {
        try {
            EXTRA = MethodHandles.lookup().findStatic(StructSeq.class, "extra",
                MethodType.methodType(Object.class, int.class, Object.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private static Object item(int i, Object self) {
        return ((PyTuple) self).get(i);
    }

    private static Object extra(int i, Object self) {
        Object[] x = ((WithExtras) self).extras;
        return i < x.length ? x[i] : PyNone.NONE;
    }

    /** A struct sequence value with named fields beyond its tuple items (os.stat_result's float times). */
    static final class WithExtras extends PyTuple.Sub {
        final Object[] extras;

        WithExtras(PyType type, Object[] items, Object[] extras) {
            super(type, items);
            this.extras = extras;
        }
    }

    /**
     * A struct sequence type whose first {@code nSequence} fields are tuple items and the others
     * attributes only (CPython's n_sequence_fields &lt; n_fields); build values with {@link #of(PyType, Object[], Object[])}.
     */
    public static PyType newType(String module, String name, int nSequence, String... fields) {
        String[] seq = java.util.Arrays.copyOf(fields, nSequence);
        PyType t = newType(module, name, seq);
        java.util.Map<String, Object> d = t.dict();
        for (int i = nSequence; i < fields.length; i++) {
            d.put(fields[i], new PyDescriptors.Getter(fields[i], MethodHandles.insertArguments(EXTRA, 0, i - nSequence), null, t));
        }
        d.put("n_fields", (long) fields.length);
        return t;
    }

    /** A value of a type from {@link #newType(String, String, int, String...)}. */
    public static PyTuple of(PyType type, Object[] items, Object[] extras) {
        return new WithExtras(type, items, extras);
    }

    /** A new struct sequence type {@code module.name} with the given field names. */
    public static PyType newType(String module, String name, String... fields) {
        PyType t = PyType.newBuiltin(name, PyType.TUPLE, PyTuple.Sub.class, StructSeq.class, module);
        java.util.Map<String, Object> d = t.dict();
        for (int i = 0; i < fields.length; i++) {
            d.put(fields[i], new PyDescriptors.Getter(fields[i], MethodHandles.insertArguments(ITEM, 0, i), null, t));
        }
        d.put("__match_args__", PyTuple.of((Object[]) fields.clone()));
        d.put("n_fields", (long) fields.length);
        d.put("n_sequence_fields", (long) fields.length);
        d.put("n_unnamed_fields", 0L);
        return t;
    }

    /** An instance of a struct sequence type. */
    public static PyTuple of(PyType type, Object... values) {
        return new PyTuple.Sub(type, values);
    }

    @Exposed.Method(name = "__repr__")
    public static Object repr(Object self) {
        PyType t = PyType.of(self);
        PyTuple tup = (PyTuple) self;
        Object names = t.lookup("__match_args__");
        Object[] fields = names instanceof PyTuple nt ? nt.array() : new Object[0];
        Object mod = t.lookup("__module__");
        StringBuilder sb = new StringBuilder();
        if (mod instanceof String m && !m.equals("builtins")) sb.append(m).append('.');
        sb.append(t.getName()).append('(');
        for (int i = 0; i < tup.size(); i++) {
            if (i > 0) sb.append(", ");
            if (i < fields.length) sb.append(fields[i]).append('=');
            sb.append(Abstract.repr(tup.get(i)));
        }
        return sb.append(')').toString();
    }

    @Exposed.Method(name = "__reduce__")
    public static Object reduce(Object self) {
        return PyTuple.of(PyType.of(self), PyTuple.of(PyTuple.of(((PyTuple) self).array().clone())));
    }
}
