package org.jyco.runtime;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jyco.runtime.types.PyBuiltinFunction;
import org.jyco.runtime.types.PyDescriptors;

/**
 * Builds a built-in type's (or module's) dictionary from the {@link Exposed} members of its
 * implementing Java class: instance methods become method descriptors, static and class methods
 * the corresponding wrappers, getters data descriptors.
 */
final class Exposer {
    private Exposer() {}

    private static final MethodHandles.Lookup LOOKUP = MethodHandles.publicLookup();

    static void expose(PyType type, Class<?> impl, Map<String, Object> dict) {
        if (impl == null) return;
        Exposed.Inherit inherit = impl.getAnnotation(Exposed.Inherit.class);
        if (inherit != null) {
            expose(type, inherit.from(), dict);
            for (String name : inherit.exclude()) dict.remove(name);
            dict.remove("__hash__");
        }
        String owner = type.getName();
        for (Method m : sorted(impl)) {
            Exposed.Method em = m.getAnnotation(Exposed.Method.class);
            if (em != null) {
                String name = em.name().isEmpty() ? m.getName() : em.name();
                if (em.isStatic() && !em.classMethod() && name.equals("__new__")) {
                    // __new__(cls, ...) is a static method taking the class explicitly
                    dict.put(name, new PyDescriptors.StaticMethod(function(name, em.params(), m, false, null, true, owner)));
                } else if (em.classMethod()) {
                    dict.put(name, new PyDescriptors.ClassMethod(function(name, em.params(), m, true, owner, false, owner)));
                } else if (em.isStatic()) {
                    dict.put(name, new PyDescriptors.StaticMethod(function(name, em.params(), m, false, null, false, owner)));
                } else {
                    dict.put(name, new PyDescriptors.MethodDescriptor(function(name, em.params(), m, true, owner, false, owner), type));
                }
            }
            Exposed.Getter g = m.getAnnotation(Exposed.Getter.class);
            if (g != null) dict.put(g.value(), new PyDescriptors.Getter(g.value(), handle(m), setter(impl, g.value()), type));
        }
        if (impl.isAnnotationPresent(Unhashable.class)) dict.put("__hash__", PyNone.NONE);
    }

    /** Exposed members in a stable order (Java reflection's order is unspecified). */
    private static List<Method> sorted(Class<?> impl) {
        List<Method> ms = new ArrayList<>(Arrays.asList(impl.getDeclaredMethods()));
        ms.removeIf(m -> !Modifier.isStatic(m.getModifiers()) || !Modifier.isPublic(m.getModifiers()));
        ms.sort(Comparator.comparing(Method::getName).thenComparing(m -> m.getParameterCount()));
        return ms;
    }

    /** A built-in function for a Java static method with the given Python parameter list. */
    static PyBuiltinFunction function(String name, String[] params, Method m, boolean takesSelf, String owner,
                                      boolean explicitCls, String typeName) {
        String[] ps = params;
        if (explicitCls) {
            // "cls" is the first declared parameter of __new__
            ps = params;
        }
        List<Object> defaults = new ArrayList<>();
        // errors of a constructor name the type ("range expected at least 1 argument, got 0")
        boolean constructor = typeName != null && (name.equals("__new__") || name.equals("__init__"));
        Signature sig = Signature.parse(constructor ? typeName : name, ps, defaults);
        int expected = sig.slots() + (takesSelf ? 1 : 0);
        if (m.getParameterCount() != expected) {
            throw new IllegalStateException("exposed " + m + " has " + m.getParameterCount()
                + " Java parameters but its Python signature needs " + expected);
        }
        Object[] d = defaults.toArray();
        Object[] all = new Object[sig.slots()];
        System.arraycopy(d, 0, all, 0, d.length);
        sig.markBuiltin(constructor ? typeName : owner == null ? name : owner + "." + name, all, explicitCls ? 1 : 0);
        return new PyBuiltinFunction(name, sig, all, handle(m), takesSelf, null, owner);
    }

    private static MethodHandle setter(Class<?> impl, String name) {
        for (Method m : sorted(impl)) {
            Exposed.Setter s = m.getAnnotation(Exposed.Setter.class);
            if (s != null && s.value().equals(name)) return handle(m);
        }
        return null;
    }

    private static MethodHandle handle(Method m) {
        try {
            return LOOKUP.unreflect(m);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Builds the functions of a built-in module from the static {@link Exposed.Method}s of a
     * class. A method whose first Java parameter is an {@link Interpreter} gets {@code interp}
     * bound to it.
     */
    static void exposeModule(Class<?> impl, Map<String, Object> into, String moduleName, Interpreter interp) {
        for (Method m : sorted(impl)) {
            Exposed.Method em = m.getAnnotation(Exposed.Method.class);
            if (em == null) continue;
            String name = em.name().isEmpty() ? m.getName() : em.name();
            boolean wantsInterp = m.getParameterCount() > 0 && m.getParameterTypes()[0] == Interpreter.class;
            PyBuiltinFunction f = function(name, em.params(), m, wantsInterp, null, false, null);
            f.module = moduleName;
            PyBuiltinFunction g = wantsInterp ? f.bind(interp) : f;
            g.module = moduleName;
            into.put(name, g);
        }
    }
}
