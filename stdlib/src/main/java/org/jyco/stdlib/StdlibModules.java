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
        // lambdas, not method references: a module's class loads on its first import only
        into.put("math", interp -> MathModule.create(interp));
        into.put("time", interp -> TimeModule.create(interp));
        into.put("itertools", interp -> ItertoolsModule.create(interp));
        into.put("operator", interp -> OperatorModule.create(interp));
        into.put("functools", interp -> FunctoolsModule.create(interp));
        into.put("collections", interp -> CollectionsModule.create(interp));
        into.put("string", interp -> SmallModules.StringModule.create(interp));
        into.put("bisect", interp -> SmallModules.BisectModule.create(interp));
        into.put("heapq", interp -> SmallModules.HeapqModule.create(interp));
        into.put("ast", interp -> AstModule.create(interp));
        into.put("random", interp -> RandomModule.create(interp));
        into.put("json", interp -> JsonModule.create(interp));
        into.put("re", interp -> ReModule.create(interp));
        into.put("fnmatch", interp -> FileModules.Fnmatch.create(interp));
        into.put("glob", interp -> FileModules.Glob.create(interp));
        into.put("tempfile", interp -> FileModules.Tempfile.create(interp));
        into.put("shutil", interp -> FileModules.Shutil.create(interp));
        into.put("io", interp -> IoModule.create(interp));
        into.put("_weakref", interp -> WeakrefModule.create(interp));
        into.put("gc", interp -> WeakrefModule.Gc.create(interp));
        into.put("os", interp -> OsModule.create(interp));
        into.put("hashlib", interp -> HashlibModule.create(interp));
        into.put("binascii", interp -> BinasciiModule.create(interp));
        into.put("zlib", interp -> ZlibModule.create(interp));
        into.put("struct", interp -> StructModule.create(interp));
        into.put("_thread", interp -> ThreadModule.create(interp));
        into.put("unicodedata", interp -> UnicodedataModule.create(interp));
        into.put("posixpath", interp -> {
            interp.importAbsolute("os");
            return (PyModule) interp.modules().getOrNull("posixpath");
        });
    }
}
