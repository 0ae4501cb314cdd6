package org.jyco.stdlib;

import java.util.Map;
import java.util.function.Function;
import org.jyco.runtime.Interpreter;
import org.jyco.runtime.PyModule;

/**
 * Registers the built-in modules written in Java with every {@link Interpreter}, through
 * {@link java.util.ServiceLoader} ({@code META-INF/services}). Each interpreter builds its own
 * module objects on first import, so interpreters share no module state.
 */
public final class StdlibModules implements Interpreter.ModuleProvider {
    @Override
    public void register(Map<String, Function<Interpreter, PyModule>> into) {
        into.put("math", MathModule::create);
        into.put("time", TimeModule::create);
        into.put("itertools", ItertoolsModule::create);
        into.put("operator", OperatorModule::create);
        into.put("functools", FunctoolsModule::create);
        into.put("collections", CollectionsModule::create);
        into.put("string", SmallModules.StringModule::create);
        into.put("bisect", SmallModules.BisectModule::create);
        into.put("heapq", SmallModules.HeapqModule::create);
    }
}
