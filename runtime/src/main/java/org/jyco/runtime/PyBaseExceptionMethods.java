package org.jyco.runtime;

import org.jyco.runtime.types.PyDict;
import org.jyco.runtime.types.PyList;
import org.jyco.runtime.types.PyTuple;

/**
 * The methods of {@code BaseException} and the attributes of its built-in subclasses
 * (CPython's {@code Objects/exceptions.c}): StopIteration.value, SystemExit.code,
 * OSError.errno/strerror/filename, ImportError.name/path, SyntaxError's position fields and
 * KeyError's repr-style str.
 */
public final class PyBaseExceptionMethods {
    private PyBaseExceptionMethods() {}

    @Exposed.Method(name = "__new__", isStatic = true, params = {"cls", "*args", "**kwargs"})
    public static Object new_(Object cls, Object[] args, PyDict kwargs) {
        PyType t = (PyType) cls;
        if (!t.isSubtype(PyExc.BaseException)) {
            throw PyExc.typeError("BaseException.__new__(" + t.getName() + "): " + t.getName()
                + " is not a subtype of BaseException");
        }
        if (t == PyExc.OSError && args.length >= 2 && args.length <= 5 && args[0] instanceof Long errno) {
            // OSError(errno, strerror) picks the subclass for the errno, as CPython's OSError.__new__
            t = OsErrors.typeFor(errno);
        }
        // a group made without BaseExceptionGroup.__new__ still has the group's layout
        return t.isSubtype(PyExc.BaseExceptionGroup) ? new PyBaseExceptionGroup(t, args) : new PyBaseException(t, args);
    }

    @Exposed.Method(name = "__init__", params = {"*args", "**kwargs"})
    public static Object init(Object self, Object[] args, PyDict kwargs) {
        PyBaseException e = (PyBaseException) self;
        PyType t = e.getType();
        if (kwargs != null && kwargs.size() > 0 && !t.isSubtype(PyExc.ImportError)
            && !t.isSubtype(PyExc.NameError) && !t.isSubtype(PyExc.AttributeError)) {
            throw PyExc.typeError(t.getName() + "() takes no keyword arguments");
        }
        boolean osArgs = t.isSubtype(PyExc.OSError) && args.length >= 2 && args.length <= 5;
        // OSError(errno, strerror, filename, winerror, filename2): args keeps (errno, strerror)
        e.setArgs(osArgs && args.length > 2 ? PyTuple.of(args[0], args[1]) : PyTuple.of(args));
        PyDict d = e.getDict();
        Object first = args.length > 0 ? args[0] : PyNone.NONE;
        if (t.isSubtype(PyExc.StopIteration) || t.isSubtype(PyExc.StopAsyncIteration)) {
            d.put("value", first);
        } else if (t.isSubtype(PyExc.SystemExit)) {
            d.put("code", args.length == 0 ? PyNone.NONE : args.length == 1 ? first : PyTuple.of(args));
        } else if (t.isSubtype(PyExc.OSError)) {
            d.put("errno", osArgs ? args[0] : PyNone.NONE);
            d.put("strerror", osArgs ? args[1] : PyNone.NONE);
            d.put("filename", osArgs && args.length >= 3 ? args[2] : PyNone.NONE);
            d.put("filename2", osArgs && args.length >= 5 ? args[4] : PyNone.NONE);
        } else if (t.isSubtype(PyExc.ImportError)) {
            d.put("msg", first);
            d.put("name", kwargs == null || kwargs.getOrNull("name") == null ? PyNone.NONE : kwargs.getOrNull("name"));
            d.put("path", kwargs == null || kwargs.getOrNull("path") == null ? PyNone.NONE : kwargs.getOrNull("path"));
        } else if (t.isSubtype(PyExc.NameError) || t.isSubtype(PyExc.AttributeError)) {
            d.put("name", kwargs == null || kwargs.getOrNull("name") == null ? PyNone.NONE : kwargs.getOrNull("name"));
            if (t.isSubtype(PyExc.AttributeError)) {
                d.put("obj", kwargs == null || kwargs.getOrNull("obj") == null ? PyNone.NONE : kwargs.getOrNull("obj"));
            }
        } else if (t.isSubtype(PyExc.UnicodeError)) {
            String[] names = t.isSubtype(PyExc.UnicodeTranslateError)
                ? new String[] {"object", "start", "end", "reason"}
                : t.isSubtype(PyExc.UnicodeDecodeError) || t.isSubtype(PyExc.UnicodeEncodeError)
                ? new String[] {"encoding", "object", "start", "end", "reason"} : new String[0];
            if (names.length > 0 && args.length == names.length) {
                for (int i = 0; i < names.length; i++) d.put(names[i], args[i]);
            } else if (names.length > 0) {
                throw PyExc.typeError("function takes exactly " + names.length + " arguments (" + args.length + " given)");
            }
        } else if (t.isSubtype(PyExc.SyntaxError)) {
            d.put("msg", first);
            Object[] info = args.length >= 2 && args[1] instanceof PyTuple it ? it.array() : new Object[0];
            String[] names = {"filename", "lineno", "offset", "text", "end_lineno", "end_offset"};
            for (int i = 0; i < names.length; i++) d.put(names[i], i < info.length ? info[i] : PyNone.NONE);
            d.put("print_file_and_line", PyNone.NONE);
        }
        return PyNone.NONE;
    }

    @Exposed.Method(name = "__str__")
    public static Object str(Object self) {
        PyBaseException e = (PyBaseException) self;
        PyType t = e.getType();
        PyTuple args = e.getArgs();
        if (t.isSubtype(PyExc.KeyError) && args.size() == 1) return Abstract.repr(args.get(0));
        if (t.isSubtype(PyExc.OSError) && args.size() == 2) {
            Object fn = e.getDict().getOrNull("filename");
            Object fn2 = e.getDict().getOrNull("filename2");
            if (fn != null && fn != PyNone.NONE && fn2 != null && fn2 != PyNone.NONE) {
                return "[Errno " + Abstract.str(args.get(0)) + "] " + Abstract.str(args.get(1)) + ": " + Abstract.repr(fn)
                    + " -> " + Abstract.repr(fn2);
            }
            if (fn != null && fn != PyNone.NONE) {
                return "[Errno " + Abstract.str(args.get(0)) + "] " + Abstract.str(args.get(1)) + ": " + Abstract.repr(fn);
            }
            return "[Errno " + Abstract.str(args.get(0)) + "] " + Abstract.str(args.get(1));
        }
        if (t.isSubtype(PyExc.UnicodeError) && e.getDict().getOrNull("reason") != null) {
            return unicodeErrorStr(e, t);
        }
        if (t.isSubtype(PyExc.SyntaxError)) {
            Object msg = e.getDict().getOrNull("msg");
            Object fn = e.getDict().getOrNull("filename");
            Object ln = e.getDict().getOrNull("lineno");
            String m = msg == null || msg == PyNone.NONE ? e.message() : Abstract.str(msg);
            boolean hasFn = fn instanceof String, hasLn = ln instanceof Long;
            if (hasFn && hasLn) return m + " (" + baseName((String) fn) + ", line " + ln + ")";
            if (hasFn) return m + " (" + baseName((String) fn) + ")";
            if (hasLn) return m + " (line " + ln + ")";
            return m;
        }
        return e.message();
    }

    /** "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte" and the like. */
    private static String unicodeErrorStr(PyBaseException e, PyType t) {
        PyDict d = e.getDict();
        Object obj = d.getOrNull("object");
        long start = Abstract.asLong(d.getOrNull("start")), end = Abstract.asLong(d.getOrNull("end"));
        String reason = Abstract.str(d.getOrNull("reason"));
        String enc = d.getOrNull("encoding") == null ? null : Abstract.str(d.getOrNull("encoding"));
        if (t.isSubtype(PyExc.UnicodeDecodeError)) {
            byte[] b = obj instanceof org.jyco.runtime.types.PyBytes pb ? pb.bytes() : new byte[0];
            if (start >= 0 && start < b.length && end == start + 1) {
                return String.format("'%s' codec can't decode byte 0x%02x in position %d: %s", enc, b[(int) start] & 0xff,
                    start, reason);
            }
            return String.format("'%s' codec can't decode bytes in position %d-%d: %s", enc, start, end - 1, reason);
        }
        String str = obj instanceof String s ? s : "";
        String what = t.isSubtype(PyExc.UnicodeEncodeError) ? "'" + enc + "' codec can't encode" : "can't translate";
        int n = str.codePointCount(0, str.length());
        if (start >= 0 && start < n && end == start + 1) {
            int cp = str.codePointAt(str.offsetByCodePoints(0, (int) start));
            String esc = cp < 0x100 ? String.format("\\x%02x", cp) : cp < 0x10000 ? String.format("\\u%04x", cp)
                : String.format("\\U%08x", cp);
            return what + " character '" + esc + "' in position " + start + ": " + reason;
        }
        return what + " characters in position " + start + "-" + (end - 1) + ": " + reason;
    }

    private static String baseName(String fn) {
        int i = fn.lastIndexOf('/');
        return i >= 0 ? fn.substring(i + 1) : fn;
    }

    @Exposed.Method(name = "__repr__")
    public static Object repr(Object self) {
        return ((PyBaseException) self).repr();
    }

    @Exposed.Getter("args")
    public static Object args(Object self) {
        return ((PyBaseException) self).getArgs();
    }

    @Exposed.Setter("args")
    public static void setArgs(Object self, Object v) {
        ((PyBaseException) self).setArgs(PyTuple.of(Abstract.toArray(v)));
    }

    @Exposed.Getter("__cause__")
    public static Object cause(Object self) {
        return ((PyBaseException) self).getCause();
    }

    @Exposed.Setter("__cause__")
    public static void setCause(Object self, Object v) {
        ((PyBaseException) self).setCause(v == null ? PyNone.NONE : v);
    }

    @Exposed.Getter("__context__")
    public static Object context(Object self) {
        return ((PyBaseException) self).getContext();
    }

    @Exposed.Setter("__context__")
    public static void setContext(Object self, Object v) {
        ((PyBaseException) self).setContext(v == null ? PyNone.NONE : v);
    }

    @Exposed.Getter("__suppress_context__")
    public static Object suppressContext(Object self) {
        return ((PyBaseException) self).getSuppressContext();
    }

    @Exposed.Setter("__suppress_context__")
    public static void setSuppressContext(Object self, Object v) {
        ((PyBaseException) self).setSuppressContext(Abstract.isTrue(v));
    }

    @Exposed.Getter("__traceback__")
    public static Object traceback(Object self) {
        return Traceback.of((PyBaseException) self);
    }

    @Exposed.Setter("__traceback__")
    public static void setTraceback(Object self, Object v) {
        if (v == PyNone.NONE) ((PyBaseException) self).clearTraceback();
    }

    @Exposed.Method(name = "with_traceback", params = {"tb", "/"})
    public static Object withTraceback(Object self, Object tb) {
        return self;
    }

    @Exposed.Method(name = "add_note", params = {"note", "/"})
    public static Object addNote(Object self, Object note) {
        if (!(note instanceof String)) {
            throw PyExc.typeError("note must be a str, not '" + PyType.of(note).getName() + "'");
        }
        PyBaseException e = (PyBaseException) self;
        Object notes = Abstract.getAttrOrNull(e, "__notes__");
        if (notes == null) {
            notes = new PyList();
            Abstract.setAttr(e, "__notes__", notes);
        } else if (!(notes instanceof PyList)) {
            throw PyExc.typeError("Cannot add note: __notes__ is not a list");
        }
        ((PyList) notes).append(note);
        return PyNone.NONE;
    }

    @Exposed.Method(name = "__reduce__")
    public static Object reduce(Object self) {
        PyBaseException e = (PyBaseException) self;
        return PyTuple.of(e.getType(), e.getArgs());
    }
}
