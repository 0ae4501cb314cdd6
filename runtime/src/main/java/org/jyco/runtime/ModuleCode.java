package org.jyco.runtime;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import org.jyco.runtime.types.PyDict;

/**
 * Compiled module-level code: the bytes of the JVM class the compiler generated (or that a
 * precompiled jar holds). Each execution defines the class as a hidden class whose class data
 * is the {@link ModuleScope}, and runs its {@code body} method; the class, and everything its
 * call sites linked, can be collected with the scope.
 */
public final class ModuleCode {
    /** Name of the static method that runs the module body: {@code ()Object}. */
    public static final String BODY = "body";

    public final String name;
    public final String filename;
    private final byte[] classBytes;
    /** The value of the last expression statement when compiled in "single"/"eval" mode. */
    public final boolean returnsValue;

    public ModuleCode(String name, String filename, byte[] classBytes, boolean returnsValue) {
        this.name = name;
        this.filename = filename;
        this.classBytes = classBytes;
        this.returnsValue = returnsValue;
    }

    public byte[] classBytes() {
        return classBytes;
    }

    /** Runs the code with the given globals (and locals mapping, null for the globals). */
    public Object exec(Interpreter interp, PyDict globals, Object locals) {
        ModuleScope scope = new ModuleScope(interp, globals, locals);
        MethodHandle body = define(scope);
        try {
            return (Object) body.invokeExact();
        } catch (PyException e) {
            throw e;
        } catch (Throwable t) {
            throw PyExc.fromThrowable(t);
        }
    }

    private MethodHandle define(ModuleScope scope) {
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup().defineHiddenClassWithClassData(classBytes, scope, true);
            PyFrame.register(lookup.lookupClass(), scope, filename);
            return lookup.findStatic(lookup.lookupClass(), BODY, MethodType.methodType(Object.class));
        } catch (ReflectiveOperationException e) {
            throw PyExc.systemError("cannot load compiled code of " + filename + ": " + e);
        }
    }
}
