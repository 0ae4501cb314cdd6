package org.jyco.runtime;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import org.jyco.runtime.types.PyDict;
import org.jyco.runtime.types.PyList;
import org.jyco.runtime.types.PyTuple;

/**
 * An instance of {@code BaseExceptionGroup} (PEP 654) or of a subclass ({@code ExceptionGroup},
 * Python classes): a message and a non-empty tuple of exceptions. Also the type's methods:
 * {@code split}, {@code subgroup} and {@code derive}, as in CPython's {@code Objects/exceptions.c}.
 */
public class PyBaseExceptionGroup extends PyBaseException {
    /** The message; null only for an instance made by {@code BaseException.__new__} directly. */
    private Object message;
    private PyTuple exceptions;

    public PyBaseExceptionGroup(PyType type, Object... args) {
        super(type, args);
    }

    public Object groupMessage() {
        return message == null ? PyNone.NONE : message;
    }

    /** The nested exceptions (an empty tuple only for an instance not made by its {@code __new__}). */
    public PyTuple exceptions() {
        return exceptions == null ? PyTuple.EMPTY : exceptions;
    }

    // ------------------------------------------------------------------ construction

    @Exposed.Method(name = "__new__", isStatic = true, params = {"cls", "*args", "**kwargs"})
    public static Object new_(Object cls, Object[] args, PyDict kwargs) {
        PyType t = (PyType) cls;
        if (!t.isSubtype(PyExc.BaseExceptionGroup)) {
            throw PyExc.typeError("BaseExceptionGroup.__new__(" + t.getName() + "): " + t.getName()
                + " is not a subtype of BaseExceptionGroup");
        }
        if (args.length != 2) {
            throw PyExc.typeError("BaseExceptionGroup.__new__() takes exactly 2 arguments (" + args.length + " given)");
        }
        if (!(args[0] instanceof String)) {
            throw PyExc.typeError("BaseExceptionGroup.__new__() argument 1 must be str, not "
                + PyType.of(args[0]).getName());
        }
        noKeywords(t, kwargs);
        if (!isSequence(args[1])) throw PyExc.typeError("second argument (exceptions) must be a sequence");
        Object[] excs = Abstract.toArray(args[1]);
        if (excs.length == 0) throw PyExc.valueError("second argument (exceptions) must be a non-empty sequence");
        boolean nestedBase = false;
        for (int i = 0; i < excs.length; i++) {
            if (!(excs[i] instanceof PyBaseException be)) {
                throw PyExc.valueError("Item " + i + " of second argument (exceptions) is not an exception");
            }
            if (!be.getType().isSubtype(PyExc.Exception)) nestedBase = true;
        }
        if (t == PyExc.BaseExceptionGroup) {
            if (!nestedBase) t = PyExc.ExceptionGroup;
        } else if (t == PyExc.ExceptionGroup) {
            if (nestedBase) throw PyExc.typeError("Cannot nest BaseExceptions in an ExceptionGroup");
        } else if (nestedBase && t.isSubtype(PyExc.Exception)) {
            throw PyExc.typeError("Cannot nest BaseExceptions in '" + t.getName() + "'");
        }
        PyBaseExceptionGroup g = new PyBaseExceptionGroup(t, args);
        g.message = args[0];
        g.exceptions = PyTuple.of(excs);
        return g;
    }

    @Exposed.Method(name = "__init__", params = {"*args", "**kwargs"})
    public static Object init(Object self, Object[] args, PyDict kwargs) {
        PyBaseException e = (PyBaseException) self;
        noKeywords(e.getType(), kwargs);
        e.setArgs(PyTuple.of(args));
        return PyNone.NONE;
    }

    private static void noKeywords(PyType t, PyDict kwargs) {
        if (kwargs != null && kwargs.size() > 0) throw PyExc.typeError(t.getName() + "() takes no keyword arguments");
    }

    /** {@code PySequence_Check}: not a dict, and its type has {@code __getitem__}. */
    static boolean isSequence(Object o) {
        PyType t = PyType.of(o);
        return !t.isSubtype(PyType.DICT) && t.lookup("__getitem__") != null;
    }

    /** {@code BaseExceptionGroup(msg, excs)}: an ExceptionGroup unless some exception is not an Exception. */
    public static PyBaseExceptionGroup create(String msg, Object excs) {
        Object g = Abstract.call(PyExc.BaseExceptionGroup, msg, excs);
        return (PyBaseExceptionGroup) g;
    }

    // ------------------------------------------------------------------ attributes

    @Exposed.Getter("message")
    public static Object messageAttr(Object self) {
        return ((PyBaseExceptionGroup) self).groupMessage();
    }

    @Exposed.Setter("message")
    public static void setMessage(Object self, Object v) {
        throw PyExc.attributeError("readonly attribute");
    }

    @Exposed.Getter("exceptions")
    public static Object exceptionsAttr(Object self) {
        return ((PyBaseExceptionGroup) self).exceptions();
    }

    @Exposed.Setter("exceptions")
    public static void setExceptions(Object self, Object v) {
        throw PyExc.attributeError("readonly attribute");
    }

    @Exposed.Method(name = "__str__")
    public static Object str(Object self) {
        PyBaseExceptionGroup g = (PyBaseExceptionGroup) self;
        int n = g.exceptions().size();
        return Abstract.str(g.groupMessage()) + " (" + n + " sub-exception" + (n > 1 ? "s" : "") + ")";
    }

    @Exposed.Method(name = "__class_getitem__", classMethod = true, params = {"item", "/"})
    public static Object classGetitem(Object cls, Object item) {
        return org.jyco.runtime.types.PyGenericAlias.classGetItem(cls, item);
    }

    @Exposed.Method(name = "derive", params = {"excs", "/"})
    public static Object derive(Object self, Object excs) {
        return Abstract.call(PyExc.BaseExceptionGroup, ((PyBaseExceptionGroup) self).groupMessage(), excs);
    }

    @Exposed.Method(name = "split", params = {"*args"})
    public static Object split(Object self, Object[] args) {
        if (args.length != 1) throw PyExc.typeError("split expected 1 argument, got " + args.length);
        Matcher m = matcher(args[0]);
        Split r = split((PyBaseException) self, m, true);
        return PyTuple.of(r.match == null ? PyNone.NONE : r.match, r.rest == null ? PyNone.NONE : r.rest);
    }

    @Exposed.Method(name = "subgroup", params = {"*args"})
    public static Object subgroup(Object self, Object[] args) {
        if (args.length != 1) throw PyExc.typeError("subgroup expected 1 argument, got " + args.length);
        Split r = split((PyBaseException) self, matcher(args[0]), false);
        return r.match == null ? PyNone.NONE : r.match;
    }

    // ------------------------------------------------------------------ split

    /** How split() and subgroup() pick exceptions: by type, by a predicate, or by identity (except*). */
    interface Matcher {
        boolean matches(PyBaseException e);
    }

    private static Matcher matcher(Object value) {
        if (Abstract.isCallable(value) && !(value instanceof PyType)) {
            return e -> Abstract.isTrue(Abstract.call(value, e));
        }
        if (isExceptionClass(value)) return e -> givenExceptionMatches(e, value);
        if (value instanceof PyTuple t && t.isExact()) {
            for (Object x : t.array()) {
                if (!isExceptionClass(x)) throw badMatcher();
            }
            return e -> givenExceptionMatches(e, value);
        }
        throw badMatcher();
    }

    private static PyException badMatcher() {
        return PyExc.typeError("expected a function, exception type or tuple of exception types");
    }

    static boolean isExceptionClass(Object o) {
        return o instanceof PyType t && t.isSubtype(PyExc.BaseException);
    }

    /** {@code PyErr_GivenExceptionMatches}: the exception's type against a class or a (nested) tuple of them. */
    static boolean givenExceptionMatches(PyBaseException e, Object cls) {
        if (cls instanceof PyTuple t) {
            for (Object x : t.array()) if (givenExceptionMatches(e, x)) return true;
            return false;
        }
        return cls instanceof PyType t && e.getType().isSubtype(t);
    }

    /** The two parts of a split; null for an empty part. */
    record Split(PyBaseException match, PyBaseException rest) {}

    static Split split(PyBaseException exc, Matcher m, boolean constructRest) {
        if (m.matches(exc)) return new Split(exc, null);
        if (!(exc instanceof PyBaseExceptionGroup eg)) return new Split(null, constructRest ? exc : null);
        ThreadState ts = enterRecursion("exceptiongroup_split_recursive");
        try {
            List<Object> match = new ArrayList<>();
            List<Object> rest = constructRest ? new ArrayList<>() : null;
            for (Object x : eg.exceptions().array()) {
                Split r = split((PyBaseException) x, m, constructRest);
                if (r.match != null) match.add(r.match);
                if (r.rest != null) rest.add(r.rest);
            }
            return new Split(subset(eg, match), constructRest ? subset(eg, rest) : null);
        } finally {
            ts.depth--;
        }
    }

    /** Counts a level of nesting against the recursion limit, as CPython's {@code _Py_EnterRecursiveCall}. */
    private static ThreadState enterRecursion(String where) {
        ThreadState ts = ThreadState.current();
        if (++ts.depth > ts.limit) {
            ts.depth--;
            throw PyExc.recursionError("maximum recursion depth exceeded in " + where);
        }
        return ts;
    }

    /**
     * A group of {@code excs} (null if none) made by {@code orig.derive}, with orig's traceback,
     * cause, context and a copy of its notes.
     */
    private static PyBaseException subset(PyBaseExceptionGroup orig, List<Object> excs) {
        if (excs.isEmpty()) return null;
        Object d = Abstract.callMethod(orig, "derive", PyList.of(excs.toArray()));
        if (!(d instanceof PyBaseExceptionGroup eg)) {
            throw PyExc.typeError("derive must return an instance of BaseExceptionGroup");
        }
        if (orig.hasTraceback()) eg.copyTracebackFrom(orig);
        eg.setContext(orig.getContext());
        eg.setCause(orig.getCause());
        Object notes = Abstract.getAttrOrNull(orig, "__notes__");
        if (notes != null && isSequence(notes)) {
            Abstract.setAttr(eg, "__notes__", PyList.of(Abstract.toArray(notes)));
        }
        return eg;
    }

    // ------------------------------------------------------------------ except*

    /** The leaves of an exception (itself if it is not a group), added to {@code into} by identity. */
    static void collectLeaves(PyBaseException e, IdentityHashMap<Object, Boolean> into) {
        if (e instanceof PyBaseExceptionGroup g) {
            ThreadState ts = enterRecursion("collect_exception_group_leaf_ids");
            try {
                for (Object x : g.exceptions().array()) collectLeaves((PyBaseException) x, into);
            } finally {
                ts.depth--;
            }
        } else {
            into.put(e, Boolean.TRUE);
        }
    }

    /** The part of {@code eg} whose leaves are leaves of the exceptions in {@code keep} (null if none). */
    static PyBaseException projection(PyBaseExceptionGroup eg, List<PyBaseException> keep) {
        IdentityHashMap<Object, Boolean> leaves = new IdentityHashMap<>();
        for (PyBaseException k : keep) collectLeaves(k, leaves);
        return split(eg, leaves::containsKey, false).match;
    }
}
