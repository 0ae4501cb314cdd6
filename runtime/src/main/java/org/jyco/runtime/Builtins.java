package org.jyco.runtime;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.jyco.runtime.types.PyBytes;
import org.jyco.runtime.types.PyDescriptors;
import org.jyco.runtime.types.PyDict;
import org.jyco.runtime.types.PyIterators;
import org.jyco.runtime.types.PyList;
import org.jyco.runtime.types.PyLong;
import org.jyco.runtime.types.PyStr;
import org.jyco.runtime.types.PyTuple;

/**
 * The {@code builtins} module's functions (CPython's {@code Python/bltinmodule.c}). Functions
 * that depend on the running frame ({@code globals()}, {@code locals()}, zero-argument
 * {@code super()}, {@code eval}/{@code exec} without namespaces, {@code vars()}, {@code dir()})
 * are completed by the compiler, which passes the frame's namespaces.
 */
public final class Builtins {
    private Builtins() {}

    static void populate(Interpreter interp, PyModule m) {
        PyDict d = m.getDict();
        d.put("None", PyNone.NONE);
        d.put("True", Boolean.TRUE);
        d.put("False", Boolean.FALSE);
        d.put("Ellipsis", Singletons.ELLIPSIS);
        d.put("NotImplemented", Singletons.NOT_IMPLEMENTED);
        d.put("__debug__", Boolean.TRUE);
        PyType[] types = {PyType.OBJECT, PyType.TYPE, PyType.INT, PyType.BOOL, PyType.FLOAT, PyType.COMPLEX, PyType.STR,
            PyType.BYTES, PyType.TUPLE, PyType.LIST, PyType.DICT, PyType.SET, PyType.FROZENSET, PyType.RANGE,
            PyType.SLICE, PyType.PROPERTY, PyType.CLASSMETHOD, PyType.STATICMETHOD, PyType.SUPER};
        for (PyType t : types) d.put(t.getName(), t);
        for (PyType t : new PyType[] {PyIterators.ZIP, PyIterators.MAP, PyIterators.FILTER, PyIterators.ENUMERATE,
            PyIterators.REVERSED, org.jyco.runtime.types.PyByteArray.TYPE}) {
            d.put(t.getName(), t);
        }
        for (var e : PyExc.all().entrySet()) d.put(e.getKey(), e.getValue());
        d.put("EnvironmentError", PyExc.OSError);
        d.put("IOError", PyExc.OSError);
        m.addFunctions(Builtins.class, interp);
    }

    // ------------------------------------------------------------------ I/O

    @Exposed.Method(name = "print", params = {"*args", "sep=None", "end=None", "file=None", "flush=False"})
    public static Object print(Interpreter interp, Object[] args, Object sep, Object end, Object file, Object flush) {
        Object out = file == PyNone.NONE ? interp.sys().getDict().getOrNull("stdout") : file;
        if (out == null || out == PyNone.NONE) return PyNone.NONE;
        String s = sep == PyNone.NONE ? " " : checkStr(sep, "sep");
        String e = end == PyNone.NONE ? "\n" : checkStr(end, "end");
        if (out instanceof PyTextIO t) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < args.length; i++) {
                if (i > 0) sb.append(s);
                sb.append(Abstract.str(args[i]));
            }
            sb.append(e);
            t.write(sb.toString());
        } else {
            // a Python file object sees each piece written separately, as in CPython
            for (int i = 0; i < args.length; i++) {
                if (i > 0) Abstract.callMethod(out, "write", s);
                Abstract.callMethod(out, "write", Abstract.str(args[i]));
            }
            Abstract.callMethod(out, "write", e);
        }
        if (Abstract.isTrue(flush)) Abstract.callMethod(out, "flush");
        return PyNone.NONE;
    }

    private static String checkStr(Object o, String what) {
        if (o instanceof String s) return s;
        throw PyExc.typeError(what + " must be None or a string, not " + PyType.of(o).getName());
    }

    @Exposed.Method(name = "input", params = {"prompt=''", "/"})
    public static Object input(Interpreter interp, Object prompt) {
        PyDict sys = interp.sys().getDict();
        Object out = sys.getOrNull("stdout");
        String p = Abstract.str(prompt);
        if (!p.isEmpty()) {
            Abstract.callMethod(out, "write", p);
        }
        Abstract.callMethod(out, "flush");
        Object in = sys.getOrNull("stdin");
        String line = in instanceof PyTextIO t ? t.readLine() : Abstract.str(Abstract.callMethod(in, "readline"));
        if (line.isEmpty()) throw PyExc.of(PyExc.EOFError, "EOF when reading a line");
        if (line.endsWith("\n")) line = line.substring(0, line.length() - 1);
        if (line.endsWith("\r")) line = line.substring(0, line.length() - 1);
        return line;
    }

    @Exposed.Method(name = "open", params = {"file", "mode='r'", "buffering=-1", "encoding=None", "errors=None",
        "newline=None", "closefd=True", "opener=None"})
    public static Object open(Object file, Object mode, Object buffering, Object encoding, Object errors,
                              Object newline, Object closefd, Object opener) {
        String name = Abstract.str(file);
        String md = Abstract.str(mode);
        Path p = Path.of(name);
        if (md.contains("b")) return openBinary(p, name, md, file);
        try {
            if (md.contains("r") && !md.contains("+")) {
                if (Files.isDirectory(p)) throw OsErrors.of(OsErrors.EISDIR, file);
                return new PyTextIO(new BufferedReader(new InputStreamReader(Files.newInputStream(p), StandardCharsets.UTF_8)), name);
            }
            StandardOpenOption[] opts = md.contains("a")
                ? new StandardOpenOption[] {StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE}
                : md.contains("x")
                ? new StandardOpenOption[] {StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE}
                : new StandardOpenOption[] {StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE};
            return new PyTextIO(new OutputStreamWriter(Files.newOutputStream(p, opts), StandardCharsets.UTF_8), name);
        } catch (IOException e) {
            throw OsErrors.from(e, file);
        }
    }

    /** A binary file object for open(name, "rb"/"wb"/"ab"/"xb", with "+" for both directions). */
    private static Object openBinary(Path p, String name, String md, Object file) {
        boolean plus = md.contains("+");
        boolean read = md.contains("r") || plus;
        boolean write = !md.contains("r") || plus;
        java.util.Set<StandardOpenOption> opts = new java.util.HashSet<>();
        if (read) opts.add(StandardOpenOption.READ);
        if (write) opts.add(StandardOpenOption.WRITE);
        if (md.contains("w")) {
            opts.add(StandardOpenOption.CREATE);
            opts.add(StandardOpenOption.TRUNCATE_EXISTING);
        } else if (md.contains("a")) {
            opts.add(StandardOpenOption.CREATE);
        } else if (md.contains("x")) {
            opts.add(StandardOpenOption.CREATE_NEW);
        }
        try {
            if (Files.isDirectory(p)) throw OsErrors.of(OsErrors.EISDIR, file);
            java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(p, opts);
            if (md.contains("a")) ch.position(ch.size());
            return new PyBinaryIO(ch, name, md, read, write, md.contains("a"));
        } catch (IOException e) {
            throw OsErrors.from(e, file);
        }
    }

    // ------------------------------------------------------------------ numbers

    @Exposed.Method(name = "abs", params = {"x", "/"})
    public static Object abs(Object x) {
        if (x instanceof Long l) return l < 0 ? PyLong.neg(l) : l;
        if (x instanceof Double d) return Math.abs(d);
        Object r = Abstract.callSpecial(x, "__abs__");
        if (r == null) throw PyExc.typeError("bad operand type for abs(): '" + PyType.of(x).getName() + "'");
        return r;
    }

    @Exposed.Method(name = "divmod", params = {"a", "b", "/"})
    public static Object divmod(Object a, Object b) {
        PyType ta = PyType.of(a), tb = PyType.of(b);
        Object fa = ta.lookup("__divmod__");
        if (fa != null) {
            Object r = Abstract.call(PyDescriptors.get(fa, a, ta), b);
            if (r != Singletons.NOT_IMPLEMENTED) return r;
        }
        Object fb = tb.lookup("__rdivmod__");
        if (fb != null) {
            Object r = Abstract.call(PyDescriptors.get(fb, b, tb), a);
            if (r != Singletons.NOT_IMPLEMENTED) return r;
        }
        throw PyExc.typeError("unsupported operand type(s) for divmod(): '" + ta.getName() + "' and '" + tb.getName() + "'");
    }

    @Exposed.Method(name = "pow", params = {"base", "exp", "mod=None"})
    public static Object pow(Object base, Object exp, Object mod) {
        if (mod == PyNone.NONE) return Abstract.binaryOp(BinaryOp.POW, base, exp);
        Object f = Abstract.lookupSpecial(base, "__pow__");
        if (f != null) {
            Object r = Abstract.call(f, exp, mod);
            if (r != Singletons.NOT_IMPLEMENTED) return r;
        }
        throw PyExc.typeError("unsupported operand type(s) for pow(): '" + PyType.of(base).getName() + "', '"
            + PyType.of(exp).getName() + "', '" + PyType.of(mod).getName() + "'");
    }

    @Exposed.Method(name = "round", params = {"number", "ndigits=None"})
    public static Object round(Object number, Object ndigits) {
        Object f = Abstract.lookupSpecial(number, "__round__");
        if (f == null) throw PyExc.typeError("type " + PyType.of(number).getName() + " doesn't define __round__ method");
        return ndigits == PyNone.NONE ? Abstract.call(f) : Abstract.call(f, ndigits);
    }

    @Exposed.Method(name = "bin", params = {"x", "/"})
    public static Object bin(Object x) {
        return radix(Abstract.index(x), 2, "0b");
    }

    @Exposed.Method(name = "oct", params = {"x", "/"})
    public static Object oct(Object x) {
        return radix(Abstract.index(x), 8, "0o");
    }

    @Exposed.Method(name = "hex", params = {"x", "/"})
    public static Object hex(Object x) {
        return radix(Abstract.index(x), 16, "0x");
    }

    private static String radix(Object i, int r, String prefix) {
        BigInteger b = PyLong.big(i);
        return (b.signum() < 0 ? "-" : "") + prefix + b.abs().toString(r);
    }

    @Exposed.Method(name = "chr", params = {"i", "/"})
    public static Object chr(Object i) {
        long cp = Abstract.asLong(i);
        if (cp < 0 || cp > 0x10ffff) throw PyExc.valueError("chr() arg not in range(0x110000)");
        if (cp < 0x10000) return PyStr.ofChar((char) cp);
        return new String(Character.toChars((int) cp));
    }

    @Exposed.Method(name = "ord", params = {"c", "/"})
    public static Object ord(Object c) {
        if (c instanceof String s) {
            int n = s.codePointCount(0, s.length());
            if (n != 1) throw PyExc.typeError("ord() expected a character, but string of length " + n + " found");
            return (long) s.codePointAt(0);
        }
        if (c instanceof PyBytes b) {
            if (b.bytes().length != 1) {
                throw PyExc.typeError("ord() expected a character, but string of length " + b.bytes().length + " found");
            }
            return (long) (b.bytes()[0] & 0xff);
        }
        throw PyExc.typeError("ord() expected string of length 1, but " + PyType.of(c).getName() + " found");
    }

    // ------------------------------------------------------------------ sequences and iteration

    @Exposed.Method(name = "len", params = {"obj", "/"})
    public static Object len(Object o) {
        return Abstract.len(o);
    }

    @Exposed.Method(name = "iter", params = {"object", "sentinel=?", "/"})
    public static Object iter(Object o, Object sentinel) {
        if (sentinel != Signature.MISSING) {
            if (!Abstract.isCallable(o)) throw PyExc.typeError("iter(v, w): v must be callable");
            return PyIterators.callableIterator(o, sentinel);
        }
        return Abstract.iter(o);
    }

    @Exposed.Method(name = "next", params = {"iterator", "default=?", "/"})
    public static Object next(Object it, Object dflt) {
        if (PyType.of(it).lookup("__next__") == null) {
            throw PyExc.typeError("'" + PyType.of(it).getName() + "' object is not an iterator");
        }
        if (it instanceof PyIterators.Base b) {
            Object v = b.next();
            if (v != PyIterators.END) return v;
            if (dflt != Signature.MISSING) return dflt;
            if (b instanceof org.jyco.runtime.types.PyGenerator g && g.returnValue != PyNone.NONE) {
                throw PyExc.stopIteration(g.returnValue);
            }
            throw PyExc.stopIteration(null);
        }
        try {
            return Abstract.call(Abstract.lookupSpecial(it, "__next__"));
        } catch (PyException e) {
            if (dflt != Signature.MISSING && e.matches(PyExc.StopIteration)) return dflt;
            throw e;
        }
    }

    @Exposed.Method(name = "sorted", params = {"iterable", "/", "*", "key=None", "reverse=False"})
    public static Object sorted(Object iterable, Object key, Object reverse) {
        PyList l = PyList.from(iterable);
        PyList.sort(l, key, reverse);
        return l;
    }

    @Exposed.Method(name = "sum", params = {"iterable", "/", "start=0"})
    public static Object sum(Object iterable, Object start) {
        if (start instanceof String) throw PyExc.typeError("sum() can't sum strings [use ''.join(seq) instead]");
        if (start instanceof PyBytes) throw PyExc.typeError("sum() can't sum bytes [use b''.join(seq) instead]");
        Object it = Abstract.iter(iterable);
        Object acc = start;
        for (Object v = Abstract.next(it); v != PyIterators.END; v = Abstract.next(it)) {
            if (acc instanceof Long a && v instanceof Long b) {
                acc = PyLong.add(a, b);
            } else if (acc instanceof Double a && v instanceof Double b) {
                acc = a + b;
            } else {
                acc = Abstract.binaryOp(BinaryOp.ADD, acc, v);
            }
        }
        return acc;
    }

    @Exposed.Method(name = "min", params = {"*args", "key=None", "default=?"})
    public static Object min(Object[] args, Object key, Object dflt) {
        return minmax(args, key, dflt, CompareOp.LT, "min");
    }

    @Exposed.Method(name = "max", params = {"*args", "key=None", "default=?"})
    public static Object max(Object[] args, Object key, Object dflt) {
        return minmax(args, key, dflt, CompareOp.GT, "max");
    }

    private static Object minmax(Object[] args, Object key, Object dflt, CompareOp op, String name) {
        Object it;
        if (args.length == 0) throw PyExc.typeError(name + " expected at least 1 argument, got 0");
        if (args.length == 1) {
            it = Abstract.iter(args[0]);
        } else {
            if (dflt != Signature.MISSING) {
                throw PyExc.typeError("Cannot specify a default for " + name + "() with multiple positional arguments");
            }
            it = new PyIterators.ArrayIterator(args, args.length);
        }
        Object best = null, bestKey = null;
        for (Object v = Abstract.next(it); v != PyIterators.END; v = Abstract.next(it)) {
            Object k = key == PyNone.NONE ? v : Abstract.call(key, v);
            if (best == null || Abstract.isTrue(Abstract.richCompare(k, bestKey, op))) {
                best = v;
                bestKey = k;
            }
        }
        if (best == null) {
            if (dflt != Signature.MISSING) return dflt;
            throw PyExc.valueError(name + "() arg is an empty sequence");
        }
        return best;
    }

    @Exposed.Method(name = "any", params = {"iterable", "/"})
    public static Object any(Object iterable) {
        Object it = Abstract.iter(iterable);
        for (Object v = Abstract.next(it); v != PyIterators.END; v = Abstract.next(it)) if (Abstract.isTrue(v)) return true;
        return false;
    }

    @Exposed.Method(name = "all", params = {"iterable", "/"})
    public static Object all(Object iterable) {
        Object it = Abstract.iter(iterable);
        for (Object v = Abstract.next(it); v != PyIterators.END; v = Abstract.next(it)) if (!Abstract.isTrue(v)) return false;
        return true;
    }

    // ------------------------------------------------------------------ objects and types

    @Exposed.Method(name = "repr", params = {"obj", "/"})
    public static Object repr(Object o) {
        return Abstract.repr(o);
    }

    @Exposed.Method(name = "ascii", params = {"obj", "/"})
    public static Object ascii(Object o) {
        return Abstract.ascii(o);
    }

    @Exposed.Method(name = "format", params = {"value", "format_spec=''", "/"})
    public static Object format(Object value, Object spec) {
        return Abstract.format(value, checkStr(spec, "format_spec"));
    }

    @Exposed.Method(name = "hash", params = {"obj", "/"})
    public static Object hash(Object o) {
        return Abstract.hash(o);
    }

    @Exposed.Method(name = "id", params = {"obj", "/"})
    public static Object id(Object o) {
        return (long) System.identityHashCode(o) + 0x7f0000000000L;
    }

    @Exposed.Method(name = "callable", params = {"obj", "/"})
    public static Object callable(Object o) {
        return Abstract.isCallable(o);
    }

    @Exposed.Method(name = "isinstance", params = {"obj", "class_or_tuple", "/"})
    public static Object isinstance(Object o, Object cls) {
        return Abstract.isInstance(o, cls);
    }

    @Exposed.Method(name = "issubclass", params = {"cls", "class_or_tuple", "/"})
    public static Object issubclass(Object c, Object cls) {
        return Abstract.isSubclass(c, cls);
    }

    @Exposed.Method(name = "getattr", params = {"object", "name", "default=?", "/"})
    public static Object getattr(Object o, Object name, Object dflt) {
        if (!(name instanceof String n)) {
            throw PyExc.typeError("attribute name must be string, not '" + PyType.of(name).getName() + "'");
        }
        if (dflt == Signature.MISSING) return Abstract.getAttr(o, n);
        Object v = Abstract.getAttrOrNull(o, n);
        return v == null ? dflt : v;
    }

    @Exposed.Method(name = "setattr", params = {"obj", "name", "value", "/"})
    public static Object setattr(Object o, Object name, Object value) {
        if (!(name instanceof String n)) {
            throw PyExc.typeError("attribute name must be string, not '" + PyType.of(name).getName() + "'");
        }
        Abstract.setAttr(o, n, value);
        return PyNone.NONE;
    }

    @Exposed.Method(name = "delattr", params = {"obj", "name", "/"})
    public static Object delattr(Object o, Object name) {
        if (!(name instanceof String n)) {
            throw PyExc.typeError("attribute name must be string, not '" + PyType.of(name).getName() + "'");
        }
        Abstract.setAttr(o, n, null);
        return PyNone.NONE;
    }

    @Exposed.Method(name = "hasattr", params = {"obj", "name", "/"})
    public static Object hasattr(Object o, Object name) {
        if (!(name instanceof String n)) {
            throw PyExc.typeError("attribute name must be string, not '" + PyType.of(name).getName() + "'");
        }
        return Abstract.hasAttr(o, n);
    }

    @Exposed.Method(name = "globals")
    public static Object globals() {
        throw PyExc.notImplemented("globals() called indirectly (not by its name) has no frame to read");
    }

    @Exposed.Method(name = "locals")
    public static Object locals() {
        throw PyExc.notImplemented("locals() called indirectly (not by its name) has no frame to read");
    }

    @Exposed.Method(name = "vars", params = {"object=?", "/"})
    public static Object vars(Object o) {
        if (o == Signature.MISSING) throw PyExc.notImplemented("vars() without an argument outside a frame");
        Object d = Abstract.getAttrOrNull(o, "__dict__");
        if (d == null) throw PyExc.typeError("vars() argument must have __dict__ attribute");
        return d;
    }

    @Exposed.Method(name = "dir", params = {"object=?", "/"})
    public static Object dir(Object o) {
        if (o == Signature.MISSING) throw PyExc.notImplemented("dir() without an argument outside a frame");
        Object r = Abstract.callSpecial(o, "__dir__");
        PyList l = PyList.from(r);
        PyList.sort(l, PyNone.NONE, false);
        return l;
    }

    // ------------------------------------------------------------------ code

    @Exposed.Method(name = "__build_class__", params = {"func", "name", "/", "*bases", "**kwds"})
    public static Object buildClass(Object func, Object name, Object[] bases, PyDict kwds) {
        return org.jyco.runtime.types.PyTypeMethods.buildClass((org.jyco.runtime.types.PyFunction) func, (String) name,
            bases, kwds);
    }

    @Exposed.Method(name = "__import__", params = {"name", "globals=None", "locals=None", "fromlist=()", "level=0"})
    public static Object importModule(Interpreter interp, Object name, Object globals, Object locals, Object fromlist,
                                      Object level) {
        return interp.importName((String) name, globals instanceof PyDict d ? d : null, fromlist,
            (int) Abstract.asLong(level));
    }

    @Exposed.Method(name = "exec", params = {"source", "globals=None", "locals=None", "/", "*", "closure=None"})
    public static Object exec(Interpreter interp, Object source, Object globals, Object locals, Object closure) {
        if (!(globals instanceof PyDict g)) {
            throw PyExc.notImplemented("exec() without an explicit globals dict outside a frame");
        }
        if (g.getOrNull("__builtins__") == null) g.put("__builtins__", interp.builtins());
        Object loc = locals == PyNone.NONE ? g : locals;
        if (source instanceof ModuleCode code) {
            code.exec(interp, g, loc);
        } else {
            interp.exec(sourceText(source), "<string>", g, loc);
        }
        return PyNone.NONE;
    }

    @Exposed.Method(name = "eval", params = {"source", "globals=None", "locals=None", "/"})
    public static Object eval(Interpreter interp, Object source, Object globals, Object locals) {
        if (!(globals instanceof PyDict g)) {
            throw PyExc.notImplemented("eval() without an explicit globals dict outside a frame");
        }
        if (g.getOrNull("__builtins__") == null) g.put("__builtins__", interp.builtins());
        Object loc = locals == PyNone.NONE ? g : locals;
        if (source instanceof ModuleCode code) return code.exec(interp, g, loc);
        String text = sourceText(source).stripLeading();
        return interp.eval(text, "<string>", g, loc);
    }

    private static String sourceText(Object source) {
        if (source instanceof String s) return s;
        if (source instanceof PyBytes b) return new String(b.bytes(), StandardCharsets.UTF_8);
        throw PyExc.typeError("exec() arg 1 must be a string, bytes or code object");
    }

    @Exposed.Method(name = "compile", params = {"source", "filename", "mode", "flags=0", "dont_inherit=False",
        "optimize=-1", "*", "_feature_version=-1"})
    public static Object compile(Interpreter interp, Object source, Object filename, Object mode, Object flags,
                                 Object dontInherit, Object optimize, Object feature) {
        String m = Abstract.str(mode);
        if (!m.equals("exec") && !m.equals("eval") && !m.equals("single")) {
            throw PyExc.valueError("compile() mode must be 'exec', 'eval' or 'single'");
        }
        return interp.compiler().compile(sourceText(source), Abstract.str(filename), m);
    }
}
