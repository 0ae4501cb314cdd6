package org.jyco.runtime.link;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.SwitchPoint;
import org.jyco.runtime.Abstract;
import org.jyco.runtime.ModuleScope;
import org.jyco.runtime.PyException;
import org.jyco.runtime.PyExc;
import org.jyco.runtime.types.PyDict;

/**
 * Sites for module-level names: {@code getglobal:x} folds the current value of a global (or,
 * when the module does not bind it, of the builtin) as a constant, guarded by the dictionary's
 * SwitchPoint for that key, so {@code len}, {@code range} and module functions are JIT
 * constants; rebinding the name invalidates the site. {@code setglobal:x}/{@code delglobal:x}
 * store. {@code getname:x}/{@code setname:x}/{@code delname:x} are module-level names when they
 * may live in a separate locals mapping ({@code exec(code, globals, locals)}).
 */
final class GlobalSites {
    private GlobalSites() {}

    static Object load(ModuleScope scope, String name) {
        Object v = scope.globals.getOrNull(name);
        if (v != null) return v;
        v = scope.builtins.getOrNull(name);
        if (v != null) return v;
        throw PyExc.undefinedName(name);
    }

    static void store(ModuleScope scope, String name, Object v) {
        scope.globals.put(name, v);
    }

    static void delete(ModuleScope scope, String name) {
        if (scope.globals.remove(name) == null) throw PyExc.undefinedName(name);
    }

    static Object loadName(ModuleScope scope, String name) {
        Object locals = scope.locals;
        if (locals != scope.globals) {
            Object v;
            if (locals instanceof PyDict d) {
                v = d.getOrNull(name);
            } else {
                try {
                    v = Abstract.getItem(locals, name);
                } catch (PyException e) {
                    if (!e.matches(PyExc.KeyError)) throw e;
                    v = null;
                }
            }
            if (v != null) return v;
        }
        return load(scope, name);
    }

    static void storeName(ModuleScope scope, String name, Object v) {
        if (scope.locals instanceof PyDict d) d.put(name, v);
        else Abstract.setItem(scope.locals, name, v);
    }

    static void deleteName(ModuleScope scope, String name) {
        if (scope.locals instanceof PyDict d) {
            if (d.remove(name) == null) throw PyExc.undefinedName(name);
        } else {
            Abstract.delItem(scope.locals, name);
        }
    }

    /**
     * Values a global site folds into the code: functions, classes, modules, built-ins and
     * immutable numbers and strings, what module-level names mostly hold. Other objects (a
     * module-level instance or list) are read from the dictionary each time, so that the code
     * does not keep them alive once the name is rebound (weak references see them go).
     */
    static boolean foldable(Object v) {
        return v instanceof org.jyco.runtime.types.PyFunction || v instanceof org.jyco.runtime.PyType
            || v instanceof org.jyco.runtime.PyModule || v instanceof org.jyco.runtime.types.PyBuiltinFunction
            || v instanceof String || v instanceof Long || v instanceof Double || v instanceof Boolean
            || v instanceof java.math.BigInteger || v == org.jyco.runtime.PyNone.NONE
            || v instanceof org.jyco.runtime.types.PyTuple;
    }

    static final class GlobalSite extends PySite {
        private final ModuleScope scope;
        private final String kind;
        private final String name;

        GlobalSite(String operation, MethodType type, ModuleScope scope, String kind, String name) {
            super(operation, type);
            this.scope = scope;
            this.kind = kind;
            this.name = name;
        }

        @Override
        protected Linkage link(Object[] args) {
            boolean load = kind.equals("getglobal") || kind.equals("getname") && scope.namesAreGlobals();
            if (!load) return Linkage.of(generic(), null, kind);
            if (scope.globals.isVolatile(name)) return Linkage.of(generic(), null, "often rebound global " + name);
            SwitchPoint g = scope.globals.watch(name);
            Object v = scope.globals.getOrNull(name);
            if (v != null && !foldable(v)) return Linkage.of(generic(), null, "global " + name);
            if (v != null) {
                return new Linkage(MethodHandles.constant(Object.class, v), null, g, "constant global " + name);
            }
            SwitchPoint b = scope.builtins.watch(name);
            v = scope.builtins.getOrNull(name);
            if (v != null) {
                return new Linkage(MethodHandles.constant(Object.class, v), null, new SwitchPoint[] {g, b},
                    "constant builtin " + name);
            }
            return Linkage.of(generic(), null, "unbound " + name);
        }

        @Override
        protected MethodHandle generic() {
            String method;
            MethodType t;
            switch (kind) {
                case "getglobal": method = "load"; t = MethodType.methodType(Object.class, ModuleScope.class, String.class); break;
                case "setglobal": method = "store"; t = MethodType.methodType(void.class, ModuleScope.class, String.class, Object.class); break;
                case "delglobal": method = "delete"; t = MethodType.methodType(void.class, ModuleScope.class, String.class); break;
                case "getname": method = "loadName"; t = MethodType.methodType(Object.class, ModuleScope.class, String.class); break;
                case "setname": method = "storeName"; t = MethodType.methodType(void.class, ModuleScope.class, String.class, Object.class); break;
                default: method = "deleteName"; t = MethodType.methodType(void.class, ModuleScope.class, String.class); break;
            }
            MethodHandle h = ObjectSites.find(GlobalSites.class, method, t);
            return MethodHandles.insertArguments(h, 0, scope, name).asType(type());
        }
    }
}
