package org.jyco.runtime;

import org.jyco.runtime.types.PyDict;

/**
 * What a piece of compiled module-level code runs in: the interpreter, the globals and
 * builtins dictionaries, and the mapping that module-level names are stored in (the globals,
 * except for {@code exec(code, globals, locals)}). It is the class data of the hidden class the
 * code was defined as, so call sites read it as a constant.
 */
public final class ModuleScope {
    public final Interpreter interp;
    public final PyDict globals;
    public final PyDict builtins;
    public final Object locals;

    public ModuleScope(Interpreter interp, PyDict globals, Object locals) {
        this.interp = interp;
        this.globals = globals;
        Object b = globals.getOrNull("__builtins__");
        if (b instanceof PyModule m) this.builtins = m.getDict();
        else if (b instanceof PyDict d) this.builtins = d;
        else this.builtins = interp.builtins().getDict();
        this.locals = locals == null ? globals : locals;
    }

    /** True when module-level names are the globals (the normal case). */
    public boolean namesAreGlobals() {
        return locals == globals;
    }
}
