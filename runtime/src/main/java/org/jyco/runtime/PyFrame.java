package org.jyco.runtime;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A frame object as {@code sys._getframe()} gives it: a snapshot of one Python frame of the
 * current thread, found by walking the JVM stack for methods of compiled module classes.
 * It knows its line ({@code f_lineno}), globals ({@code f_globals}), code ({@code f_code}
 * with {@code co_filename} and {@code co_name}) and caller ({@code f_back}); it does not
 * expose local variables (Jyco keeps them in JVM locals).
 */
public final class PyFrame extends PyObject {
    public static final PyType TYPE = PyType.newBuiltin("frame", PyType.OBJECT, PyFrame.class, PyFrame.class,
        "builtins");

    /** What a compiled module class runs in, attached to the class itself (collected with it). */
    private static final ClassValue<Object[]> CODE_INFO = new ClassValue<>() {
        @Override
        protected Object[] computeValue(Class<?> type) {
            return new Object[2];
        }
    };

    /** Python function methods: {@code f<n>$<name>} and generator bodies {@code f<n>$<name>$resume}. */
    private static final Pattern FUNCTION = Pattern.compile("f\\d+\\$(.*?)(\\$resume)?");

    private final List<Snapshot> stack;
    private final int index;

    private record Snapshot(ModuleScope scope, String filename, String name, int line) {}

    private PyFrame(List<Snapshot> stack, int index) {
        this.stack = stack;
        this.index = index;
    }

    /** Records the scope and file of a compiled module class (called when it is defined). */
    static void register(Class<?> moduleClass, ModuleScope scope, String filename) {
        Object[] info = CODE_INFO.get(moduleClass);
        info[0] = scope;
        info[1] = filename;
    }

    /**
     * The frame of one traceback entry (a traceback's {@code tb_frame}): its file, function and
     * line, with no caller and no globals of its own (empty {@code f_globals}).
     */
    static PyFrame ofEntry(PyBaseException.TracebackEntry e) {
        return new PyFrame(List.of(new Snapshot(null, e.filename(), e.function(), e.line())), 0);
    }

    /** {@code sys._getframe(depth)}: the frame depth calls below the caller's. */
    public static PyFrame get(int depth) {
        List<Snapshot> frames = StackWalker.getInstance(java.util.Set.of(StackWalker.Option.SHOW_HIDDEN_FRAMES,
                StackWalker.Option.RETAIN_CLASS_REFERENCE))
            .walk(s -> s.map(PyFrame::snapshot).filter(java.util.Objects::nonNull).toList());
        if (depth < 0 || depth >= frames.size()) throw PyExc.valueError("call stack is not deep enough");
        return new PyFrame(frames, depth);
    }

    private static Snapshot snapshot(StackWalker.StackFrame f) {
        Class<?> c = f.getDeclaringClass();
        if (!c.isHidden()) return null;
        Object[] info = CODE_INFO.get(c);
        if (info[0] == null) return null;
        String m = f.getMethodName();
        String name;
        if (m.equals(ModuleCode.BODY)) {
            name = "<module>";
        } else {
            Matcher fm = FUNCTION.matcher(m);
            if (!fm.matches()) return null; // chunks of a long module body, helper methods
            name = unsanitize(fm.group(1));
        }
        return new Snapshot((ModuleScope) info[0], (String) info[1], name, f.getLineNumber());
    }

    private static String unsanitize(String n) {
        return switch (n) {
            case "_lambda_" -> "<lambda>";
            case "_listcomp_" -> "<listcomp>";
            case "_dictcomp_" -> "<dictcomp>";
            case "_setcomp_" -> "<setcomp>";
            case "_genexpr_" -> "<genexpr>";
            default -> n;
        };
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @Exposed.Getter("f_lineno")
    public static Object lineno(PyFrame f) {
        return (long) f.stack.get(f.index).line();
    }

    @Exposed.Getter("f_globals")
    public static Object globals(PyFrame f) {
        ModuleScope scope = f.stack.get(f.index).scope();
        return scope == null ? new org.jyco.runtime.types.PyDict() : scope.globals;
    }

    @Exposed.Getter("f_builtins")
    public static Object builtins(PyFrame f) {
        ModuleScope scope = f.stack.get(f.index).scope();
        if (scope == null) return new org.jyco.runtime.types.PyDict();
        Object b = scope.globals.getOrNull("__builtins__");
        return b instanceof PyModule m ? m.getDict() : b;
    }

    @Exposed.Getter("f_back")
    public static Object back(PyFrame f) {
        return f.index + 1 < f.stack.size() ? new PyFrame(f.stack, f.index + 1) : PyNone.NONE;
    }

    @Exposed.Getter("f_code")
    public static Object code(PyFrame f) {
        return new FrameCode(f.stack.get(f.index).filename(), f.stack.get(f.index).name());
    }

    /** The code of a frame: its file and function name. */
    public static final class FrameCode extends PyObject {
        public static final PyType TYPE = PyType.newBuiltin("code", PyType.OBJECT, FrameCode.class, FrameCode.class,
            "builtins");
        private final String filename;
        private final String name;

        FrameCode(String filename, String name) {
            this.filename = filename;
            this.name = name;
        }

        @Override
        public PyType getType() {
            return TYPE;
        }

        @Exposed.Getter("co_filename")
        public static Object filename(FrameCode c) {
            return c.filename;
        }

        @Exposed.Getter("co_name")
        public static Object name(FrameCode c) {
            return c.name;
        }

        @Override
        public String toString() {
            return "<code object " + name + ", file \"" + filename + "\">";
        }
    }
}
