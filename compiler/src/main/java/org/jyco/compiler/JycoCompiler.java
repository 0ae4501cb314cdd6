package org.jyco.compiler;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jyco.parser.Parser;
import org.jyco.parser.PySyntaxError;
import org.jyco.parser.Source;
import org.jyco.parser.ast.Mod;
import org.jyco.runtime.Interpreter;
import org.jyco.runtime.ModuleCode;
import org.jyco.runtime.PyBaseException;
import org.jyco.runtime.PyException;
import org.jyco.runtime.PyExc;
import org.jyco.runtime.PyNone;
import org.jyco.runtime.types.PyTuple;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.util.CheckClassAdapter;

/**
 * The compiler as the runtime sees it: Python source in, {@link ModuleCode} out, in CPython's
 * three modes. Syntax errors become Python SyntaxError exceptions.
 *
 * <p>{@code -Djyco.dump=DIR} writes every generated class to DIR; {@code -Djyco.verify=true}
 * runs ASM's CheckClassAdapter over every generated class (the test suite turns it on).
 */
public final class JycoCompiler implements Interpreter.SourceCompiler, Interpreter.SourceDecoder {
    private static final String DUMP = System.getProperty("jyco.dump");
    private static final boolean VERIFY = Boolean.getBoolean("jyco.verify");

    @Override
    public ModuleCode compile(String text, String filename, String mode) {
        Parser.Mode m;
        switch (mode) {
            case "eval": m = Parser.Mode.EVAL; break;
            case "single": m = Parser.Mode.SINGLE; break;
            default: m = Parser.Mode.EXEC;
        }
        Mod mod;
        try {
            mod = Parser.parse(text, filename, m);
        } catch (PySyntaxError e) {
            throw toPython(e);
        }
        return compile(mod, new Source(filename, text), moduleName(filename), mode);
    }

    @Override
    public ModuleCode compileFile(byte[] data, String filename) {
        Source source;
        Mod mod;
        try {
            source = new Source(filename, Parser.decode(data, filename), true);
            mod = Parser.parse(source, Parser.Mode.EXEC, true);
        } catch (PySyntaxError e) {
            throw toPython(e);
        }
        return compile(mod, source, moduleName(filename), "exec");
    }

    /** Compiles an already parsed tree. */
    public ModuleCode compile(Mod mod, Source source, String moduleName, String mode) {
        mod = Mangler.apply(mod, source.text());
        Symtable st;
        try {
            st = Symtable.build(source, mod);
        } catch (PySyntaxError e) {
            throw toPython(e);
        }
        byte[] bytes;
        try {
            ModuleCompiler mc = new ModuleCompiler(source, st, moduleName, mode.equals("single"));
            try {
                bytes = mc.compile(mod);
            } catch (org.objectweb.asm.MethodTooLargeException tooLarge) {
                bytes = compileChunked(mc, mod, tooLarge);
            }
        } catch (PySyntaxError e) {
            throw toPython(e);
        }
        if (DUMP != null) dump(moduleName, bytes);
        if (VERIFY) verify(bytes);
        return new ModuleCode(moduleName, source.filename(), bytes, !mode.equals("exec"));
    }

    /** Retries a module whose body exceeds the JVM's 64 KB method limit with smaller and smaller chunks. */
    private static byte[] compileChunked(ModuleCompiler mc, Mod mod, org.objectweb.asm.MethodTooLargeException cause) {
        if (!(mod instanceof Mod.Module) || !cause.getMethodName().equals(ModuleCode.BODY) && !cause.getMethodName().startsWith("body$")) {
            throw PyExc.of(PyExc.SystemError, "code too large for a JVM method: " + cause.getMethodName()
                + " in " + mc.filename + " (the JVM limits a method to 64 KB of bytecode)");
        }
        for (int size = 256; size >= 1; size /= 4) {
            try {
                return mc.chunked(size).compile(mod);
            } catch (org.objectweb.asm.MethodTooLargeException again) {
                if (!again.getMethodName().startsWith("body")) throw PyExc.of(PyExc.SystemError,
                    "code too large for a JVM method: " + again.getMethodName() + " in " + mc.filename);
            }
        }
        throw PyExc.of(PyExc.SystemError, "a single statement of " + mc.filename + " is too large for a JVM method");
    }

    @Override
    public String decode(byte[] source, String filename) {
        try {
            return Parser.decode(source, filename);
        } catch (PySyntaxError e) {
            throw toPython(e);
        }
    }

    private static String moduleName(String filename) {
        String base = filename.contains("/") ? filename.substring(filename.lastIndexOf('/') + 1) : filename;
        if (base.endsWith(".py")) base = base.substring(0, base.length() - 3);
        return base.isEmpty() ? "module" : base;
    }

    /** A parser or symtable error as the Python exception it becomes. */
    static PyException toPython(PySyntaxError e) {
        org.jyco.runtime.PyType t = e.kind() == PySyntaxError.Kind.TabError ? PyExc.TabError
            : e.kind() == PySyntaxError.Kind.IndentationError ? PyExc.IndentationError : PyExc.SyntaxError;
        Object text = e.text() == null ? PyNone.NONE : e.text();
        PyTuple info = PyTuple.of(e.filename() == null ? PyNone.NONE : e.filename(), position(e.lineno()),
            position(e.offset()), text, position(e.endLineno()), position(e.endOffset()));
        PyBaseException exc = (PyBaseException) org.jyco.runtime.Abstract.call(t, e.msg(), info);
        return new PyException(exc);
    }

    private static Object position(int v) {
        return v == PySyntaxError.NONE ? PyNone.NONE : (Object) (long) v;
    }

    private static void dump(String name, byte[] bytes) {
        try {
            Path dir = Path.of(DUMP);
            Files.createDirectories(dir);
            Files.write(dir.resolve(ModuleCompiler.sanitize(name) + ".class"), bytes);
        } catch (IOException e) {
            System.err.println("jyco.dump: " + e);
        }
    }

    /** Checks generated bytes with ASM's CheckClassAdapter; throws IllegalStateException on problems. */
    public static void verify(byte[] bytes) {
        StringWriter sw = new StringWriter();
        CheckClassAdapter.verify(new ClassReader(bytes), JycoCompiler.class.getClassLoader(), false, new PrintWriter(sw));
        if (sw.getBuffer().length() > 0) {
            throw new IllegalStateException("generated class fails verification:\n" + sw);
        }
    }
}
