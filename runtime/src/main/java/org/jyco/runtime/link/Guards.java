package org.jyco.runtime.link;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import org.jyco.runtime.PyObject;
import org.jyco.runtime.PyType;
import org.jyco.runtime.types.PyFunction;

/**
 * Guards for site linkages, built for a site's full parameter list: "argument i is exactly of
 * class C", "argument i is of Python type T", "argument i is this object", "argument i is a
 * function with this code". Each test is a small static method; {@link #onArgument} places a
 * one-argument test at its position so linker code never permutes argument indexes by hand.
 */
public final class Guards {
    private Guards() {}

    private static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    private static final MethodHandle IS_CLASS = find("isClass", Class.class, Object.class);
    private static final MethodHandle IS_TYPE = find("isType", Class.class, PyType.class, Object.class);
    private static final MethodHandle IS_SAME = find("isSame", Object.class, Object.class);
    private static final MethodHandle HAS_CODE = find("hasCode", Object.class, Object.class);

    private static MethodHandle find(String name, Class<?>... params) {
        try {
            return LOOKUP.findStatic(Guards.class, name, MethodType.methodType(boolean.class, params));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    static boolean isClass(Class<?> c, Object o) {
        return o != null && o.getClass() == c;
    }

    static boolean isType(Class<?> c, PyType t, Object o) {
        return o != null && o.getClass() == c && ((PyObject) o).getType() == t;
    }

    static boolean isSame(Object expected, Object o) {
        return o == expected;
    }

    static boolean hasCode(Object code, Object o) {
        return o instanceof PyFunction f && f.code == code;
    }

    /** A test of one value as a test of argument {@code index} of a site of type {@code site}. */
    public static MethodHandle onArgument(MethodHandle test, int index, MethodType site) {
        MethodHandle t = test.asType(MethodType.methodType(boolean.class, site.parameterType(index)));
        MethodHandle g = MethodHandles.dropArguments(t, 0, site.parameterList().subList(0, index));
        return MethodHandles.dropArguments(g, index + 1, site.parameterList().subList(index + 1, site.parameterCount()));
    }

    /** Both tests must hold. */
    public static MethodHandle and(MethodHandle a, MethodHandle b) {
        return MethodHandles.guardWithTest(a, b, MethodHandles.dropArguments(
            MethodHandles.constant(boolean.class, false), 0, a.type().parameterList()));
    }

    /**
     * Argument {@code index} has exactly the Java class of {@code value}, and, for objects that
     * carry their own Python type, exactly the Python type of {@code value}.
     */
    public static MethodHandle sameKind(Object value, int index, MethodType site) {
        Class<?> c = value.getClass();
        MethodHandle test = value instanceof PyObject p && !(value instanceof PyType)
            ? MethodHandles.insertArguments(IS_TYPE, 0, c, p.getType())
            : MethodHandles.insertArguments(IS_CLASS, 0, c);
        return onArgument(test, index, site);
    }

    /** Arguments 0 and 1 are of the same kinds as {@code a} and {@code b}. */
    public static MethodHandle sameKinds(Object a, Object b, MethodType site) {
        return and(sameKind(a, 0, site), sameKind(b, 1, site));
    }

    /** Argument {@code index} is {@code value} itself. */
    public static MethodHandle identity(Object value, int index, MethodType site) {
        return onArgument(MethodHandles.insertArguments(IS_SAME, 0, value), index, site);
    }

    /** Argument {@code index} is a function whose code is {@code code}. */
    public static MethodHandle functionWithCode(Object code, int index, MethodType site) {
        return onArgument(MethodHandles.insertArguments(HAS_CODE, 0, code), index, site);
    }
}
