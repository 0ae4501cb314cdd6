package org.jyco.runtime;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks Java members that Python sees, with the Python signature written next to the Java code
 * (as GraalPy's builtin annotations do). {@link PyType} reads them when it builds a built-in
 * type, and {@link PyModule} when it builds a built-in module.
 *
 * <p>A parameter list is Python's: {@code "x"}, {@code "x=None"} (a default written as a Python
 * literal: None, True, False, a number or a quoted string), {@code "x=?"} (optional, with no
 * default: the Java method receives {@link Signature#MISSING}), {@code "/"}, {@code "*"},
 * {@code "*args"} (a Java {@code Object[]}) and {@code "**kwargs"} (a {@code PyDict}).
 */
public final class Exposed {
    private Exposed() {}

    /**
     * A method of a built-in type (the Java method's first parameter is {@code self}, not listed
     * in {@link #params}) or a function of a built-in module.
     */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    public @interface Method {
        /** Python name; the Java name when empty. */
        String name() default "";

        /** Python parameters after {@code self}, as described on {@link Exposed}. */
        String[] params() default {};

        /** A {@code @staticmethod} (no self) or, with {@link #classMethod}, a classmethod. */
        boolean isStatic() default false;

        /** A {@code @classmethod}: the first Java parameter receives the type. */
        boolean classMethod() default false;

        String doc() default "";
    }

    /**
     * On an implementing class: also expose the methods of another implementing class (a Java
     * superclass), except the named ones ({@code frozenset} takes {@code set}'s non-mutating methods).
     */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    public @interface Inherit {
        Class<?> from();

        String[] exclude() default {};
    }

    /** The setter of a {@link Getter} attribute: {@code void set(Self, Object value)} (value null: delete). */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    public @interface Setter {
        String value();
    }

    /** A read-only attribute (data descriptor) of a built-in type: {@code Object get(Self)}. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    public @interface Getter {
        String value();
    }
}
