package org.jyco.stdlib;

import org.jyco.runtime.Abstract;
import org.jyco.runtime.BinaryOp;
import org.jyco.runtime.CompareOp;
import org.jyco.runtime.Exposed;
import org.jyco.runtime.Interpreter;
import org.jyco.runtime.PyCallable;
import org.jyco.runtime.PyExc;
import org.jyco.runtime.PyModule;
import org.jyco.runtime.PyNone;
import org.jyco.runtime.PyObject;
import org.jyco.runtime.PyType;
import org.jyco.runtime.types.PyDict;
import org.jyco.runtime.types.PyTuple;

/** The {@code operator} module: the operators as functions, itemgetter, attrgetter, methodcaller. */
public final class OperatorModule {
    private OperatorModule() {}

    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("operator");
        m.addFunctions(OperatorModule.class);
        PyDict d = m.getDict();
        d.put("itemgetter", ItemGetter.TYPE);
        d.put("attrgetter", AttrGetter.TYPE);
        d.put("methodcaller", MethodCaller.TYPE);
        // the dunder aliases
        String[] names = {"add", "sub", "mul", "matmul", "truediv", "floordiv", "mod", "pow", "neg", "pos", "abs",
            "invert", "lshift", "rshift", "and_", "or_", "xor", "not_", "index", "eq", "ne", "lt", "le", "gt", "ge",
            "contains", "getitem", "setitem", "delitem", "concat", "iadd", "isub", "imul", "imatmul", "itruediv",
            "ifloordiv", "imod", "ipow", "ilshift", "irshift", "iand", "ior", "ixor", "iconcat"};
        for (String n : names) {
            String base = n.endsWith("_") ? n.substring(0, n.length() - 1) : n;
            if (n.equals("invert")) d.put("inv", d.get(n));
            d.put("__" + base + "__", d.get(n));
        }
        d.put("__inv__", d.get("invert"));
        return m;
    }

    private static void arity(String fn, Object[] args, int n) {
        if (args.length != n) {
            throw PyExc.typeError(fn + " expected " + n + " argument" + (n == 1 ? "" : "s") + ", got " + args.length);
        }
    }

    private static Object bin(BinaryOp op, Object a, Object b) {
        return Abstract.binaryOp(op, a, b);
    }

    private static Object inp(BinaryOp op, Object a, Object b) {
        return Abstract.inplaceOp(op, a, b);
    }

    @Exposed.Method(params = {"*args"})
    public static Object add(Object[] args) {
        arity("add", args, 2);
        return bin(BinaryOp.ADD, args[0], args[1]);
    }

    @Exposed.Method(params = {"*args"})
    public static Object sub(Object[] args) {
        arity("sub", args, 2);
        return bin(BinaryOp.SUB, args[0], args[1]);
    }

    @Exposed.Method(params = {"*args"})
    public static Object mul(Object[] args) {
        arity("mul", args, 2);
        return bin(BinaryOp.MUL, args[0], args[1]);
    }

    @Exposed.Method(params = {"*args"})
    public static Object matmul(Object[] args) {
        arity("matmul", args, 2);
        return bin(BinaryOp.MATMUL, args[0], args[1]);
    }

    @Exposed.Method(params = {"*args"})
    public static Object truediv(Object[] args) {
        arity("truediv", args, 2);
        return bin(BinaryOp.TRUEDIV, args[0], args[1]);
    }

    @Exposed.Method(params = {"*args"})
    public static Object floordiv(Object[] args) {
        arity("floordiv", args, 2);
        return bin(BinaryOp.FLOORDIV, args[0], args[1]);
    }

    @Exposed.Method(params = {"*args"})
    public static Object mod(Object[] args) {
        arity("mod", args, 2);
        return bin(BinaryOp.MOD, args[0], args[1]);
    }

    @Exposed.Method(params = {"*args"})
    public static Object pow(Object[] args) {
        arity("pow", args, 2);
        return bin(BinaryOp.POW, args[0], args[1]);
    }

    @Exposed.Method(params = {"*args"})
    public static Object lshift(Object[] args) {
        arity("lshift", args, 2);
        return bin(BinaryOp.LSHIFT, args[0], args[1]);
    }

    @Exposed.Method(params = {"*args"})
    public static Object rshift(Object[] args) {
        arity("rshift", args, 2);
        return bin(BinaryOp.RSHIFT, args[0], args[1]);
    }

    @Exposed.Method(name = "and_", params = {"*args"})
    public static Object and(Object[] args) {
        arity("and_", args, 2);
        return bin(BinaryOp.AND, args[0], args[1]);
    }

    @Exposed.Method(name = "or_", params = {"*args"})
    public static Object or(Object[] args) {
        arity("or_", args, 2);
        return bin(BinaryOp.OR, args[0], args[1]);
    }

    @Exposed.Method(params = {"*args"})
    public static Object xor(Object[] args) {
        arity("xor", args, 2);
        return bin(BinaryOp.XOR, args[0], args[1]);
    }

    @Exposed.Method(params = {"*args"})
    public static Object iadd(Object[] args) {
        arity("iadd", args, 2);
        return inp(BinaryOp.ADD, args[0], args[1]);
    }

    @Exposed.Method(params = {"*args"})
    public static Object isub(Object[] args) {
        arity("isub", args, 2);
        return inp(BinaryOp.SUB, args[0], args[1]);
    }

    @Exposed.Method(params = {"*args"})
    public static Object imul(Object[] args) {
        arity("imul", args, 2);
        return inp(BinaryOp.MUL, args[0], args[1]);
    }

    @Exposed.Method(params = {"*args"})
    public static Object imatmul(Object[] args) {
        arity("imatmul", args, 2);
        return inp(BinaryOp.MATMUL, args[0], args[1]);
    }

    @Exposed.Method(params = {"*args"})
    public static Object itruediv(Object[] args) {
        arity("itruediv", args, 2);
        return inp(BinaryOp.TRUEDIV, args[0], args[1]);
    }

    @Exposed.Method(params = {"*args"})
    public static Object ifloordiv(Object[] args) {
        arity("ifloordiv", args, 2);
        return inp(BinaryOp.FLOORDIV, args[0], args[1]);
    }

    @Exposed.Method(params = {"*args"})
    public static Object imod(Object[] args) {
        arity("imod", args, 2);
        return inp(BinaryOp.MOD, args[0], args[1]);
    }

    @Exposed.Method(params = {"*args"})
    public static Object ipow(Object[] args) {
        arity("ipow", args, 2);
        return inp(BinaryOp.POW, args[0], args[1]);
    }

    @Exposed.Method(params = {"*args"})
    public static Object ilshift(Object[] args) {
        arity("ilshift", args, 2);
        return inp(BinaryOp.LSHIFT, args[0], args[1]);
    }

    @Exposed.Method(params = {"*args"})
    public static Object irshift(Object[] args) {
        arity("irshift", args, 2);
        return inp(BinaryOp.RSHIFT, args[0], args[1]);
    }

    @Exposed.Method(params = {"*args"})
    public static Object iand(Object[] args) {
        arity("iand", args, 2);
        return inp(BinaryOp.AND, args[0], args[1]);
    }

    @Exposed.Method(params = {"*args"})
    public static Object ior(Object[] args) {
        arity("ior", args, 2);
        return inp(BinaryOp.OR, args[0], args[1]);
    }

    @Exposed.Method(params = {"*args"})
    public static Object ixor(Object[] args) {
        arity("ixor", args, 2);
        return inp(BinaryOp.XOR, args[0], args[1]);
    }

    private static void checkSequence(Object a) {
        PyType t = PyType.of(a);
        if (t.lookup("__getitem__") == null || a instanceof PyDict) {
            throw PyExc.typeError("'" + t.getName() + "' object can't be concatenated");
        }
    }

    @Exposed.Method(params = {"*args"})
    public static Object concat(Object[] args) {
        arity("concat", args, 2);
        Object a = args[0];
        Object b = args[1];
        checkSequence(a);
        return bin(BinaryOp.ADD, a, b);
    }

    @Exposed.Method(params = {"*args"})
    public static Object iconcat(Object[] args) {
        arity("iconcat", args, 2);
        Object a = args[0];
        Object b = args[1];
        checkSequence(a);
        return inp(BinaryOp.ADD, a, b);
    }

    @Exposed.Method(params = {"*args"})
    public static Object neg(Object[] args) {
        arity("neg", args, 1);
        return Abstract.negative(args[0]);
    }

    @Exposed.Method(params = {"*args"})
    public static Object pos(Object[] args) {
        arity("pos", args, 1);
        return Abstract.positive(args[0]);
    }

    @Exposed.Method(params = {"*args"})
    public static Object invert(Object[] args) {
        arity("invert", args, 1);
        return Abstract.invert(args[0]);
    }

    @Exposed.Method(params = {"*args"})
    public static Object index(Object[] args) {
        arity("index", args, 1);
        return Abstract.index(args[0]);
    }

    @Exposed.Method(name = "abs", params = {"*args"})
    public static Object abs_(Object[] args) {
        arity("abs", args, 1); Object a = args[0];
        Object r = Abstract.callSpecial(a, "__abs__");
        if (r == null) throw PyExc.typeError("bad operand type for abs(): '" + PyType.of(a).getName() + "'");
        return r;
    }

    @Exposed.Method(name = "not_", params = {"*args"})
    public static Object not(Object[] args) {
        arity("not_", args, 1);
        return Abstract.not(args[0]);
    }

    @Exposed.Method(params = {"*args"})
    public static Object truth(Object[] args) {
        arity("truth", args, 1);
        return Abstract.isTrue(args[0]);
    }

    @Exposed.Method(name = "is_", params = {"*args"})
    public static Object is(Object[] args) {
        arity("is_", args, 2);
        return args[0] == args[1];
    }

    @Exposed.Method(params = {"*args"})
    public static Object is_not(Object[] args) {
        arity("is_not", args, 2);
        return args[0] != args[1];
    }

    @Exposed.Method(params = {"*args"})
    public static Object eq(Object[] args) {
        arity("eq", args, 2);
        return Abstract.richCompare(args[0], args[1], CompareOp.EQ);
    }

    @Exposed.Method(params = {"*args"})
    public static Object ne(Object[] args) {
        arity("ne", args, 2);
        return Abstract.richCompare(args[0], args[1], CompareOp.NE);
    }

    @Exposed.Method(params = {"*args"})
    public static Object lt(Object[] args) {
        arity("lt", args, 2);
        return Abstract.richCompare(args[0], args[1], CompareOp.LT);
    }

    @Exposed.Method(params = {"*args"})
    public static Object le(Object[] args) {
        arity("le", args, 2);
        return Abstract.richCompare(args[0], args[1], CompareOp.LE);
    }

    @Exposed.Method(params = {"*args"})
    public static Object gt(Object[] args) {
        arity("gt", args, 2);
        return Abstract.richCompare(args[0], args[1], CompareOp.GT);
    }

    @Exposed.Method(params = {"*args"})
    public static Object ge(Object[] args) {
        arity("ge", args, 2);
        return Abstract.richCompare(args[0], args[1], CompareOp.GE);
    }

    @Exposed.Method(params = {"*args"})
    public static Object contains(Object[] args) {
        arity("contains", args, 2);
        return Abstract.contains(args[0], args[1]);
    }

    @Exposed.Method(params = {"*args"})
    public static Object countOf(Object[] args) {
        arity("countOf", args, 2);
        Object a = args[0];
        Object b = args[1];
        Object it = Abstract.iter(a);
        long n = 0;
        for (Object x = Abstract.next(it); x != org.jyco.runtime.types.PyIterators.END; x = Abstract.next(it)) {
            if (x == b || Abstract.eq(x, b)) n++;
        }
        return n;
    }

    @Exposed.Method(params = {"*args"})
    public static Object indexOf(Object[] args) {
        arity("indexOf", args, 2);
        Object a = args[0];
        Object b = args[1];
        Object it = Abstract.iter(a);
        long n = 0;
        for (Object x = Abstract.next(it); x != org.jyco.runtime.types.PyIterators.END; x = Abstract.next(it)) {
            if (x == b || Abstract.eq(x, b)) return n;
            n++;
        }
        throw PyExc.valueError("sequence.index(x): x not in sequence");
    }

    @Exposed.Method(params = {"*args"})
    public static Object getitem(Object[] args) {
        arity("getitem", args, 2);
        return Abstract.getItem(args[0], args[1]);
    }

    @Exposed.Method(params = {"*args"})
    public static Object setitem(Object[] args) {
        arity("setitem", args, 3);
        Object a = args[0];
        Object b = args[1];
        Object c = args[2];
        Abstract.setItem(a, b, c);
        return PyNone.NONE;
    }

    @Exposed.Method(params = {"*args"})
    public static Object delitem(Object[] args) {
        arity("delitem", args, 2);
        Object a = args[0];
        Object b = args[1];
        Abstract.delItem(a, b);
        return PyNone.NONE;
    }

    @Exposed.Method(params = {"obj", "default=0", "/"})
    public static Object length_hint(Object obj, Object dflt) {
        PyType t = PyType.of(obj);
        if (t.lookup("__len__") != null) return Abstract.len(obj);
        Object r = Abstract.callSpecial(obj, "__length_hint__");
        if (r == null || r == org.jyco.runtime.Singletons.NOT_IMPLEMENTED) return dflt;
        return r;
    }

    // ------------------------------------------------------------------ itemgetter, attrgetter, methodcaller

    private static String argsRepr(Object[] items) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < items.length; i++) {
            if (i > 0) sb.append(", ");
            sb.append(Abstract.repr(items[i]));
        }
        return sb.toString();
    }

    public static final class ItemGetter extends PyObject implements PyCallable {
        static final PyType TYPE = PyType.newBuiltin("itemgetter", PyType.OBJECT, ItemGetter.class, ItemGetter.class, "operator");
        final Object[] items;

        ItemGetter(Object[] items) {
            this.items = items;
        }

        @Override
        public PyType getType() {
            return TYPE;
        }

        @Override
        public Object call(Object[] args, String[] kwnames) {
            if (kwnames.length > 0) throw PyExc.typeError("itemgetter() takes no keyword arguments");
            if (args.length != 1) throw PyExc.typeError("itemgetter expected 1 argument, got " + args.length);
            Object o = args[0];
            if (items.length == 1) return Abstract.getItem(o, items[0]);
            Object[] r = new Object[items.length];
            for (int i = 0; i < r.length; i++) r[i] = Abstract.getItem(o, items[i]);
            return PyTuple.of(r);
        }

    @Exposed.Method(name = "__new__", isStatic = true, params = {"cls", "*items", "**kwargs"})
        public static Object new_(Object cls, Object[] items, PyDict kwargs) {
            if (kwargs != null && kwargs.size() > 0) throw PyExc.typeError("itemgetter() takes no keyword arguments");
            if (items.length == 0) throw PyExc.typeError("itemgetter expected 1 argument, got 0");
            return new ItemGetter(items);
        }

    @Exposed.Method(name = "__call__", params = {"*args", "**kwargs"})
        public static Object call_(Object self, Object[] args, PyDict kwargs) {
            return ((ItemGetter) self).call(args, Abstract.NO_KW);
        }

    @Exposed.Method(name = "__repr__")
        public static Object repr(Object self) {
            return "operator.itemgetter(" + argsRepr(((ItemGetter) self).items) + ")";
        }
    }

    public static final class AttrGetter extends PyObject implements PyCallable {
        static final PyType TYPE = PyType.newBuiltin("attrgetter", PyType.OBJECT, AttrGetter.class, AttrGetter.class, "operator");
        final Object[] names;

        AttrGetter(Object[] names) {
            this.names = names;
        }

        @Override
        public PyType getType() {
            return TYPE;
        }

        private static Object resolve(Object o, String dotted) {
            for (String part : dotted.split("\\.", -1)) o = Abstract.getAttr(o, part);
            return o;
        }

        @Override
        public Object call(Object[] args, String[] kwnames) {
            if (kwnames.length > 0) throw PyExc.typeError("attrgetter() takes no keyword arguments");
            if (args.length != 1) throw PyExc.typeError("attrgetter expected 1 argument, got " + args.length);
            if (names.length == 1) return resolve(args[0], (String) names[0]);
            Object[] r = new Object[names.length];
            for (int i = 0; i < r.length; i++) r[i] = resolve(args[0], (String) names[i]);
            return PyTuple.of(r);
        }

    @Exposed.Method(name = "__new__", isStatic = true, params = {"cls", "*names", "**kwargs"})
        public static Object new_(Object cls, Object[] names, PyDict kwargs) {
            if (kwargs != null && kwargs.size() > 0) throw PyExc.typeError("attrgetter() takes no keyword arguments");
            if (names.length == 0) throw PyExc.typeError("attrgetter expected 1 argument, got 0");
            for (Object n : names) {
                if (!(n instanceof String)) throw PyExc.typeError("attribute name must be a string");
            }
            return new AttrGetter(names);
        }

    @Exposed.Method(name = "__call__", params = {"*args", "**kwargs"})
        public static Object call_(Object self, Object[] args, PyDict kwargs) {
            return ((AttrGetter) self).call(args, Abstract.NO_KW);
        }

    @Exposed.Method(name = "__repr__")
        public static Object repr(Object self) {
            return "operator.attrgetter(" + argsRepr(((AttrGetter) self).names) + ")";
        }
    }

    public static final class MethodCaller extends PyObject implements PyCallable {
        static final PyType TYPE = PyType.newBuiltin("methodcaller", PyType.OBJECT, MethodCaller.class, MethodCaller.class, "operator");
        final String name;
        final Object[] args;
        final PyDict kwargs;

        MethodCaller(String name, Object[] args, PyDict kwargs) {
            this.name = name;
            this.args = args;
            this.kwargs = kwargs;
        }

        @Override
        public PyType getType() {
            return TYPE;
        }

        @Override
        public Object call(Object[] a, String[] kwnames) {
            if (kwnames.length > 0) throw PyExc.typeError("methodcaller() takes no keyword arguments");
            if (a.length != 1) throw PyExc.typeError("methodcaller expected 1 argument, got " + a.length);
            return Abstract.callEx(Abstract.getAttr(a[0], name), PyTuple.of(args), kwargs);
        }

    @Exposed.Method(name = "__new__", isStatic = true, params = {"cls", "*args", "**kwargs"})
        public static Object new_(Object cls, Object[] args, PyDict kwargs) {
            if (args.length == 0) throw PyExc.typeError("methodcaller needs at least one argument, the method name");
            if (!(args[0] instanceof String n)) throw PyExc.typeError("method name must be a string");
            Object[] rest = new Object[args.length - 1];
            System.arraycopy(args, 1, rest, 0, rest.length);
            return new MethodCaller(n, rest, kwargs == null ? new PyDict() : kwargs);
        }

    @Exposed.Method(name = "__call__", params = {"*args", "**kwargs"})
        public static Object call_(Object self, Object[] args, PyDict kwargs) {
            return ((MethodCaller) self).call(args, Abstract.NO_KW);
        }

    @Exposed.Method(name = "__repr__")
        public static Object repr(Object self) {
            MethodCaller m = (MethodCaller) self;
            StringBuilder sb = new StringBuilder("operator.methodcaller(").append(Abstract.repr(m.name));
            for (Object a : m.args) sb.append(", ").append(Abstract.repr(a));
            for (var e : m.kwargs.entrySet()) sb.append(", ").append(e.getKey()).append('=').append(Abstract.repr(e.getValue()));
            return sb.append(')').toString();
        }
    }

}
