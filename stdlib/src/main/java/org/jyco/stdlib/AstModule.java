package org.jyco.stdlib;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.RecordComponent;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jyco.parser.Parser;
import org.jyco.parser.PySyntaxError;
import org.jyco.parser.ast.ConstantValue;
import org.jyco.parser.ast.Node;
import org.jyco.runtime.Abstract;
import org.jyco.runtime.Interpreter;
import org.jyco.runtime.PyBaseException;
import org.jyco.runtime.PyCallable;
import org.jyco.runtime.PyException;
import org.jyco.runtime.PyExc;
import org.jyco.runtime.PyModule;
import org.jyco.runtime.PyObject;
import org.jyco.runtime.PyNone;
import org.jyco.runtime.PyType;
import org.jyco.runtime.Singletons;
import org.jyco.runtime.types.PyBytes;
import org.jyco.runtime.types.PyComplex;
import org.jyco.runtime.types.PyDict;
import org.jyco.runtime.types.PyList;
import org.jyco.runtime.types.PyLong;
import org.jyco.runtime.types.PySet;
import org.jyco.runtime.types.PyTuple;

/**
 * The {@code ast} module of CPython 3.11: node classes as ordinary Python classes (so they can be
 * subclassed and tested with isinstance), {@code parse} converting Jyco's parser records into
 * node objects, and the helpers {@code dump}, {@code literal_eval}, {@code walk},
 * {@code NodeVisitor}, {@code NodeTransformer}...
 */
public final class AstModule {
    private AstModule() {}

    /**
     * The node classes of CPython 3.11: "name base fields attributes optional", lists
     * comma-separated, "-" for none. Optional fields (and end positions) get a class attribute
     * None, as in CPython. Generated from python3 3.11.
     */
    static final String[] CLASSES = {
        "AST - - - -",
        "mod AST - - -",
        "Module mod body,type_ignores - -",
        "Interactive mod body - -",
        "Expression mod body - -",
        "FunctionType mod argtypes,returns - -",
        "stmt AST - lineno,col_offset,end_lineno,end_col_offset end_lineno,end_col_offset",
        "FunctionDef stmt name,args,body,decorator_list,returns,type_comment lineno,col_offset,end_lineno,end_col_offset returns,type_comment",
        "AsyncFunctionDef stmt name,args,body,decorator_list,returns,type_comment lineno,col_offset,end_lineno,end_col_offset returns,type_comment",
        "ClassDef stmt name,bases,keywords,body,decorator_list lineno,col_offset,end_lineno,end_col_offset -",
        "Return stmt value lineno,col_offset,end_lineno,end_col_offset value",
        "Delete stmt targets lineno,col_offset,end_lineno,end_col_offset -",
        "Assign stmt targets,value,type_comment lineno,col_offset,end_lineno,end_col_offset type_comment",
        "AugAssign stmt target,op,value lineno,col_offset,end_lineno,end_col_offset -",
        "AnnAssign stmt target,annotation,value,simple lineno,col_offset,end_lineno,end_col_offset value",
        "For stmt target,iter,body,orelse,type_comment lineno,col_offset,end_lineno,end_col_offset type_comment",
        "AsyncFor stmt target,iter,body,orelse,type_comment lineno,col_offset,end_lineno,end_col_offset type_comment",
        "While stmt test,body,orelse lineno,col_offset,end_lineno,end_col_offset -",
        "If stmt test,body,orelse lineno,col_offset,end_lineno,end_col_offset -",
        "With stmt items,body,type_comment lineno,col_offset,end_lineno,end_col_offset type_comment",
        "AsyncWith stmt items,body,type_comment lineno,col_offset,end_lineno,end_col_offset type_comment",
        "Match stmt subject,cases lineno,col_offset,end_lineno,end_col_offset -",
        "Raise stmt exc,cause lineno,col_offset,end_lineno,end_col_offset exc,cause",
        "Try stmt body,handlers,orelse,finalbody lineno,col_offset,end_lineno,end_col_offset -",
        "TryStar stmt body,handlers,orelse,finalbody lineno,col_offset,end_lineno,end_col_offset -",
        "Assert stmt test,msg lineno,col_offset,end_lineno,end_col_offset msg",
        "Import stmt names lineno,col_offset,end_lineno,end_col_offset -",
        "ImportFrom stmt module,names,level lineno,col_offset,end_lineno,end_col_offset module,level",
        "Global stmt names lineno,col_offset,end_lineno,end_col_offset -",
        "Nonlocal stmt names lineno,col_offset,end_lineno,end_col_offset -",
        "Expr stmt value lineno,col_offset,end_lineno,end_col_offset -",
        "Pass stmt - lineno,col_offset,end_lineno,end_col_offset -",
        "Break stmt - lineno,col_offset,end_lineno,end_col_offset -",
        "Continue stmt - lineno,col_offset,end_lineno,end_col_offset -",
        "expr AST - lineno,col_offset,end_lineno,end_col_offset end_lineno,end_col_offset",
        "BoolOp expr op,values lineno,col_offset,end_lineno,end_col_offset -",
        "NamedExpr expr target,value lineno,col_offset,end_lineno,end_col_offset -",
        "BinOp expr left,op,right lineno,col_offset,end_lineno,end_col_offset -",
        "UnaryOp expr op,operand lineno,col_offset,end_lineno,end_col_offset -",
        "Lambda expr args,body lineno,col_offset,end_lineno,end_col_offset -",
        "IfExp expr test,body,orelse lineno,col_offset,end_lineno,end_col_offset -",
        "Dict expr keys,values lineno,col_offset,end_lineno,end_col_offset -",
        "Set expr elts lineno,col_offset,end_lineno,end_col_offset -",
        "ListComp expr elt,generators lineno,col_offset,end_lineno,end_col_offset -",
        "SetComp expr elt,generators lineno,col_offset,end_lineno,end_col_offset -",
        "DictComp expr key,value,generators lineno,col_offset,end_lineno,end_col_offset -",
        "GeneratorExp expr elt,generators lineno,col_offset,end_lineno,end_col_offset -",
        "Await expr value lineno,col_offset,end_lineno,end_col_offset -",
        "Yield expr value lineno,col_offset,end_lineno,end_col_offset value",
        "YieldFrom expr value lineno,col_offset,end_lineno,end_col_offset -",
        "Compare expr left,ops,comparators lineno,col_offset,end_lineno,end_col_offset -",
        "Call expr func,args,keywords lineno,col_offset,end_lineno,end_col_offset -",
        "FormattedValue expr value,conversion,format_spec lineno,col_offset,end_lineno,end_col_offset format_spec",
        "JoinedStr expr values lineno,col_offset,end_lineno,end_col_offset -",
        "Constant expr value,kind lineno,col_offset,end_lineno,end_col_offset kind",
        "Attribute expr value,attr,ctx lineno,col_offset,end_lineno,end_col_offset -",
        "Subscript expr value,slice,ctx lineno,col_offset,end_lineno,end_col_offset -",
        "Starred expr value,ctx lineno,col_offset,end_lineno,end_col_offset -",
        "Name expr id,ctx lineno,col_offset,end_lineno,end_col_offset -",
        "List expr elts,ctx lineno,col_offset,end_lineno,end_col_offset -",
        "Tuple expr elts,ctx lineno,col_offset,end_lineno,end_col_offset -",
        "Slice expr lower,upper,step lineno,col_offset,end_lineno,end_col_offset lower,upper,step",
        "expr_context AST - - -",
        "Load expr_context - - -",
        "Store expr_context - - -",
        "Del expr_context - - -",
        "boolop AST - - -",
        "And boolop - - -",
        "Or boolop - - -",
        "operator AST - - -",
        "Add operator - - -",
        "Sub operator - - -",
        "Mult operator - - -",
        "MatMult operator - - -",
        "Div operator - - -",
        "Mod operator - - -",
        "Pow operator - - -",
        "LShift operator - - -",
        "RShift operator - - -",
        "BitOr operator - - -",
        "BitXor operator - - -",
        "BitAnd operator - - -",
        "FloorDiv operator - - -",
        "unaryop AST - - -",
        "Invert unaryop - - -",
        "Not unaryop - - -",
        "UAdd unaryop - - -",
        "USub unaryop - - -",
        "cmpop AST - - -",
        "Eq cmpop - - -",
        "NotEq cmpop - - -",
        "Lt cmpop - - -",
        "LtE cmpop - - -",
        "Gt cmpop - - -",
        "GtE cmpop - - -",
        "Is cmpop - - -",
        "IsNot cmpop - - -",
        "In cmpop - - -",
        "NotIn cmpop - - -",
        "comprehension AST target,iter,ifs,is_async - -",
        "excepthandler AST - lineno,col_offset,end_lineno,end_col_offset end_lineno,end_col_offset",
        "ExceptHandler excepthandler type,name,body lineno,col_offset,end_lineno,end_col_offset type,name",
        "arguments AST posonlyargs,args,vararg,kwonlyargs,kw_defaults,kwarg,defaults - vararg,kwarg",
        "arg AST arg,annotation,type_comment lineno,col_offset,end_lineno,end_col_offset annotation,type_comment,end_lineno,end_col_offset",
        "keyword AST arg,value lineno,col_offset,end_lineno,end_col_offset arg,end_lineno,end_col_offset",
        "alias AST name,asname lineno,col_offset,end_lineno,end_col_offset asname,end_lineno,end_col_offset",
        "withitem AST context_expr,optional_vars - optional_vars",
        "match_case AST pattern,guard,body - guard",
        "pattern AST - lineno,col_offset,end_lineno,end_col_offset -",
        "MatchValue pattern value lineno,col_offset,end_lineno,end_col_offset -",
        "MatchSingleton pattern value lineno,col_offset,end_lineno,end_col_offset -",
        "MatchSequence pattern patterns lineno,col_offset,end_lineno,end_col_offset -",
        "MatchMapping pattern keys,patterns,rest lineno,col_offset,end_lineno,end_col_offset rest",
        "MatchClass pattern cls,patterns,kwd_attrs,kwd_patterns lineno,col_offset,end_lineno,end_col_offset -",
        "MatchStar pattern name lineno,col_offset,end_lineno,end_col_offset name",
        "MatchAs pattern pattern,name lineno,col_offset,end_lineno,end_col_offset pattern,name",
        "MatchOr pattern patterns lineno,col_offset,end_lineno,end_col_offset -",
        "type_ignore AST - - -",
        "TypeIgnore type_ignore lineno,tag - -"
    };

    /** Per interpreter: the classes of its {@code ast} module. */
    static final class State {
        PyType ast;
        final Map<String, PyType> classes = new HashMap<>();
        final Map<String, Object> singletons = new HashMap<>();
        PyType typeIgnore;
    }

    private static PyTuple names(String spec) {
        if (spec.equals("-")) return PyTuple.of();
        return PyTuple.of((Object[]) spec.split(","));
    }

    private static PyObject fn(String name, PyCallable body) {
        return new FunctoolsModule.JavaMethodBase(name, body);
    }

    /** Binds vectorcall arguments to names; missing ones are null. */
    private static Object[] bind(String fname, Object[] a, String[] kw, String[] params, int maxPositional) {
        Object[] out = new Object[params.length];
        int npos = a.length - kw.length;
        if (npos > maxPositional) {
            throw PyExc.typeError(fname + "() takes at most " + maxPositional + " positional arguments (" + npos + " given)");
        }
        System.arraycopy(a, 0, out, 0, npos);
        for (int k = 0; k < kw.length; k++) {
            int idx = -1;
            for (int i = 0; i < params.length; i++) if (params[i].equals(kw[k])) idx = i;
            if (idx < 0) throw PyExc.typeError(fname + "() got an unexpected keyword argument '" + kw[k] + "'");
            if (out[idx] != null) throw PyExc.typeError(fname + "() got multiple values for argument '" + kw[k] + "'");
            out[idx] = a[npos + k];
        }
        return out;
    }

    private static Object or(Object v, Object dflt) {
        return v == null ? dflt : v;
    }

    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("ast");
        PyDict d = m.getDict();
        State st = new State();
        d.put("__doc__", "Jyco's ast module: the abstract syntax trees of CPython 3.11.");
        for (String line : CLASSES) {
            String[] p = line.split(" ");
            String name = p[0];
            PyDict ns = new PyDict();
            ns.put("__module__", "ast");
            PyTuple fields = names(p[2]);
            ns.put("_fields", fields);
            ns.put("__match_args__", fields);
            if (!p[3].equals("-") || name.equals("AST")) ns.put("_attributes", names(p[3]));
            for (Object o : names(p[4]).array()) ns.put(o, PyNone.NONE);
            PyType base;
            if (name.equals("AST")) {
                ns.put("__init__", fn("__init__", AstModule::astInit));
                ns.put("__reduce__", fn("__reduce__", (a, kw) -> {
                    Object self = a[0];
                    Object dict = Abstract.getAttrOrNull(self, "__dict__");
                    return dict == null ? PyTuple.of(PyType.of(self), PyTuple.of())
                        : PyTuple.of(PyType.of(self), PyTuple.of(), dict);
                }));
                base = PyType.OBJECT;
            } else {
                base = st.classes.get(p[1]);
            }
            PyType t = PyType.newClass(PyType.TYPE, name, new PyType[] {base}, ns);
            st.classes.put(name, t);
            d.put(name, t);
        }
        st.ast = st.classes.get("AST");
        st.typeIgnore = st.classes.get("TypeIgnore");
        for (String cat : new String[] {"expr_context", "boolop", "operator", "unaryop", "cmpop"}) {
            for (PyType sub : st.classes.get(cat).getSubclasses()) {
                st.singletons.put(sub.getName(), Abstract.call(sub));
            }
        }
        d.put("PyCF_ONLY_AST", 1024L);
        d.put("PyCF_TYPE_COMMENTS", 4096L);
        d.put("PyCF_ALLOW_TOP_LEVEL_AWAIT", 8192L);
        d.put("parse", fn("parse", (a, kw) -> parse(st, a, kw)));
        d.put("dump", fn("dump", (a, kw) -> dump(st, a, kw)));
        d.put("walk", fn("walk", (a, kw) -> {
            Object[] b = bind("walk", a, kw, new String[] {"node"}, 1);
            return Abstract.iter(walk(st, b[0]));
        }));
        d.put("iter_fields", fn("iter_fields", (a, kw) -> {
            Object[] b = bind("iter_fields", a, kw, new String[] {"node"}, 1);
            return Abstract.iter(iterFields(b[0]));
        }));
        d.put("iter_child_nodes", fn("iter_child_nodes", (a, kw) -> {
            Object[] b = bind("iter_child_nodes", a, kw, new String[] {"node"}, 1);
            return Abstract.iter(children(st, b[0]));
        }));
        d.put("get_docstring", fn("get_docstring", (a, kw) -> {
            Object[] b = bind("get_docstring", a, kw, new String[] {"node", "clean"}, 2);
            return getDocstring(st, b[0], b[1] == null || Abstract.isTrue(b[1]));
        }));
        d.put("fix_missing_locations", fn("fix_missing_locations", (a, kw) -> {
            Object[] b = bind("fix_missing_locations", a, kw, new String[] {"node"}, 1);
            fix(st, b[0], 1L, 0L, 1L, 0L);
            return b[0];
        }));
        d.put("copy_location", fn("copy_location", (a, kw) -> {
            Object[] b = bind("copy_location", a, kw, new String[] {"new_node", "old_node"}, 2);
            return copyLocation(b[0], b[1]);
        }));
        d.put("increment_lineno", fn("increment_lineno", (a, kw) -> {
            Object[] b = bind("increment_lineno", a, kw, new String[] {"node", "n"}, 2);
            return incrementLineno(st, b[0], or(b[1], 1L));
        }));
        d.put("literal_eval", fn("literal_eval", (a, kw) -> {
            Object[] b = bind("literal_eval", a, kw, new String[] {"node_or_string"}, 1);
            return literalEval(st, b[0]);
        }));
        PyType visitor = makeVisitor(st, "NodeVisitor", PyType.OBJECT, false);
        d.put("NodeVisitor", visitor);
        d.put("NodeTransformer", makeVisitor(st, "NodeTransformer", visitor, true));
        return m;
    }

    // ================================================================== node construction

    private static Object astInit(Object[] a, String[] kw) {
        Object self = a[0];
        PyType t = PyType.of(self);
        Object fo = Abstract.getAttrOrNull(t, "_fields");
        Object[] fields = fo == null ? new Object[0] : Abstract.toArray(fo);
        int npos = a.length - 1 - kw.length;
        if (npos > fields.length) {
            throw PyExc.typeError(t.getName() + " constructor takes at most " + fields.length + " positional argument"
                + (fields.length == 1 ? "" : "s"));
        }
        for (int i = 0; i < npos; i++) Abstract.setAttr(self, Abstract.str(fields[i]), a[1 + i]);
        for (int k = 0; k < kw.length; k++) {
            for (int i = 0; i < npos; i++) {
                if (Abstract.str(fields[i]).equals(kw[k])) {
                    throw PyExc.typeError(t.getName() + " got multiple values for argument '" + kw[k] + "'");
                }
            }
            Abstract.setAttr(self, kw[k], a[1 + npos + k]);
        }
        return PyNone.NONE;
    }

    private static boolean isAst(State st, Object o) {
        return PyType.of(o).isSubtype(st.ast);
    }

    // ================================================================== parse

    private static Object parse(State st, Object[] a, String[] kw) {
        Object[] b = bind("parse", a, kw, new String[] {"source", "filename", "mode", "type_comments", "feature_version"}, 3);
        Object src = b[0];
        String text;
        if (src instanceof PyBytes bytes) {
            text = new String(bytesOf(bytes), StandardCharsets.UTF_8);
        } else if (src instanceof String s) {
            text = s;
        } else if (isAst(st, src)) {
            return src;
        } else {
            throw PyExc.typeError("compile() arg 1 must be a string, bytes or AST object");
        }
        Object fn = or(b[1], "<unknown>");
        String filename = fn instanceof PyBytes fb ? new String(bytesOf(fb), StandardCharsets.UTF_8) : Abstract.str(fn);
        String mode = Abstract.str(or(b[2], "exec"));
        Parser.Mode pm = switch (mode) {
            case "exec" -> Parser.Mode.EXEC;
            case "eval" -> Parser.Mode.EVAL;
            case "single" -> Parser.Mode.SINGLE;
            case "func_type" -> Parser.Mode.FUNC_TYPE;
            default -> throw PyExc.valueError("compile() mode must be 'exec', 'eval', 'single' or 'func_type'");
        };
        if (text.indexOf('\0') >= 0) throw PyExc.of(PyExc.SyntaxError, "source code string cannot contain null bytes");
        Node tree;
        try {
            tree = Parser.parseAst(text, filename, pm);
        } catch (PySyntaxError e) {
            throw toPython(e);
        }
        return convert(st, tree);
    }

    private static byte[] bytesOf(PyBytes b) {
        return b.bytes();
    }

    static PyException toPython(PySyntaxError e) {
        PyType t = e.kind() == PySyntaxError.Kind.TabError ? PyExc.TabError
            : e.kind() == PySyntaxError.Kind.IndentationError ? PyExc.IndentationError : PyExc.SyntaxError;
        Object text = e.text() == null ? PyNone.NONE : e.text();
        PyTuple info = PyTuple.of(e.filename() == null ? PyNone.NONE : e.filename(), position(e.lineno()),
            position(e.offset()), text, position(e.endLineno()), position(e.endOffset()));
        PyBaseException exc = (PyBaseException) Abstract.call(t, e.msg(), info);
        return new PyException(exc);
    }

    private static Object position(int v) {
        return v == PySyntaxError.NONE ? PyNone.NONE : (Object) (long) v;
    }

    private record Accessor(String name, MethodHandle get) {}

    private static final Map<Class<?>, Accessor[]> ACCESSORS = new ConcurrentHashMap<>();

    private static Accessor[] accessors(Class<?> c) {
        return ACCESSORS.computeIfAbsent(c, k -> {
            RecordComponent[] rcs = k.getRecordComponents();
            Accessor[] out = new Accessor[rcs.length];
            for (int i = 0; i < rcs.length; i++) {
                try {
                    java.lang.reflect.Method mth = rcs[i].getAccessor();
                    mth.setAccessible(true);
                    out[i] = new Accessor(rcs[i].getName(), MethodHandles.lookup().unreflect(mth));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
            return out;
        });
    }

    /** Turns a parser record (or value inside one) into the Python object CPython's ast.parse gives. */
    private static Object convert(State st, Object v) {
        if (v == null) return PyNone.NONE;
        if (v instanceof Node node) {
            PyType t = st.classes.get(node.nodeName());
            if (t == null) throw PyExc.systemError("ast: no class for " + node.nodeName());
            Object obj = Abstract.call(t);
            for (Accessor acc : accessors(node.getClass())) {
                Object val;
                try {
                    val = acc.get.invoke(node);
                } catch (Throwable e) {
                    throw new IllegalStateException(e);
                }
                Abstract.setAttr(obj, acc.name, convert(st, val));
            }
            return obj;
        }
        if (v instanceof List<?> list) {
            PyList out = new PyList(list.size());
            for (Object x : list) out.append(convert(st, x));
            return out;
        }
        if (v instanceof ConstantValue.Singleton s) return s == ConstantValue.Singleton.NONE ? PyNone.NONE : Singletons.ELLIPSIS;
        if (v instanceof Enum<?> e) {
            Object inst = st.singletons.get(e.name());
            if (inst == null) throw PyExc.systemError("ast: no class for " + e.name());
            return inst;
        }
        if (v instanceof BigInteger bi) return PyLong.normalize(bi);
        if (v instanceof Integer i) return (long) i;
        if (v instanceof ConstantValue.Bytes by) return new PyBytes(by.value());
        if (v instanceof ConstantValue.Imaginary im) return new PyComplex(0.0, im.imag());
        return v;  // String, Double, Boolean, Long
    }

    // ================================================================== dump

    private static Object dump(State st, Object[] a, String[] kw) {
        Object[] b = bind("dump", a, kw, new String[] {"node", "annotate_fields", "include_attributes", "indent"}, 3);
        Object node = b[0];
        if (node == null) throw PyExc.typeError("dump() missing 1 required positional argument: 'node'");
        if (!isAst(st, node)) throw PyExc.typeError("expected AST, got '" + PyType.of(node).getName() + "'");
        boolean annotate = b[1] == null || Abstract.isTrue(b[1]);
        boolean attrs = b[2] != null && Abstract.isTrue(b[2]);
        String indent = null;
        if (b[3] != null && b[3] != PyNone.NONE) {
            indent = b[3] instanceof String s ? s : " ".repeat((int) Math.max(0, Abstract.asLong(b[3])));
        }
        StringBuilder sb = new StringBuilder();
        format(st, node, 0, annotate, attrs, indent, sb);
        return sb.toString();
    }

    private static boolean isNoneDefault(PyType cls, String name) {
        Object v = Abstract.typeGetAttr(cls, name, true);
        return v == PyNone.NONE;
    }

    private static boolean format(State st, Object node, int level, boolean annotate, boolean attrs, String indent,
                                  StringBuilder out) {
        String prefix, sep;
        if (indent != null) {
            level++;
            prefix = "\n" + indent.repeat(level);
            sep = ",\n" + indent.repeat(level);
        } else {
            prefix = "";
            sep = ", ";
        }
        if (isAst(st, node)) {
            PyType cls = PyType.of(node);
            List<String> args = new ArrayList<>();
            boolean allSimple = true;
            boolean keywords = annotate;
            for (Object f : Abstract.toArray(Abstract.getAttr(node, "_fields"))) {
                String name = Abstract.str(f);
                Object value = Abstract.getAttrOrNull(node, name);
                if (value == null) {
                    keywords = true;
                    continue;
                }
                if (value == PyNone.NONE && isNoneDefault(cls, name)) {
                    keywords = true;
                    continue;
                }
                StringBuilder sb = new StringBuilder();
                allSimple &= format(st, value, level, annotate, attrs, indent, sb);
                args.add(keywords ? name + "=" + sb : sb.toString());
            }
            if (attrs) {
                Object at = Abstract.getAttrOrNull(node, "_attributes");
                if (at != null) {
                    for (Object f : Abstract.toArray(at)) {
                        String name = Abstract.str(f);
                        Object value = Abstract.getAttrOrNull(node, name);
                        if (value == null) continue;
                        if (value == PyNone.NONE && isNoneDefault(cls, name)) continue;
                        StringBuilder sb = new StringBuilder();
                        allSimple &= format(st, value, level, annotate, attrs, indent, sb);
                        args.add(name + "=" + sb);
                    }
                }
            }
            String cname = cls.getName();
            if (allSimple && args.size() <= 3) {
                out.append(cname).append('(').append(String.join(", ", args)).append(')');
                return args.isEmpty();
            }
            out.append(cname).append('(').append(prefix).append(String.join(sep, args)).append(')');
            return false;
        }
        if (node instanceof PyList list) {
            if (list.size() == 0) {
                out.append("[]");
                return true;
            }
            out.append('[').append(prefix);
            Object[] items = Abstract.toArray(list);
            for (int i = 0; i < items.length; i++) {
                if (i > 0) out.append(sep);
                format(st, items[i], level, annotate, attrs, indent, out);
            }
            out.append(']');
            return false;
        }
        out.append(Abstract.repr(node));
        return true;
    }

    // ================================================================== traversal

    private static PyList iterFields(Object node) {
        PyList out = new PyList();
        Object fo = Abstract.getAttrOrNull(node, "_fields");
        if (fo == null) return out;
        for (Object f : Abstract.toArray(fo)) {
            String name = Abstract.str(f);
            Object v = Abstract.getAttrOrNull(node, name);
            if (v != null) out.append(PyTuple.of(name, v));
        }
        return out;
    }

    private static PyList children(State st, Object node) {
        PyList out = new PyList();
        Object fo = Abstract.getAttrOrNull(node, "_fields");
        if (fo == null) return out;
        for (Object f : Abstract.toArray(fo)) {
            Object v = Abstract.getAttrOrNull(node, Abstract.str(f));
            if (v == null) continue;
            if (isAst(st, v)) {
                out.append(v);
            } else if (v instanceof PyList l) {
                for (Object x : Abstract.toArray(l)) if (isAst(st, x)) out.append(x);
            }
        }
        return out;
    }

    private static PyList walk(State st, Object node) {
        PyList out = new PyList();
        ArrayDeque<Object> todo = new ArrayDeque<>();
        todo.add(node);
        while (!todo.isEmpty()) {
            Object n = todo.removeFirst();
            for (Object c : Abstract.toArray(children(st, n))) todo.addLast(c);
            out.append(n);
        }
        return out;
    }

    private static boolean hasAttribute(Object node, String name) {
        Object at = Abstract.getAttrOrNull(node, "_attributes");
        return at != null && Abstract.contains(at, name);
    }

    private static void fix(State st, Object node, Object lineno, Object col, Object endLineno, Object endCol) {
        if (hasAttribute(node, "lineno")) {
            Object v = Abstract.getAttrOrNull(node, "lineno");
            if (v == null) Abstract.setAttr(node, "lineno", lineno);
            else lineno = v;
        }
        if (hasAttribute(node, "end_lineno")) {
            Object v = Abstract.getAttrOrNull(node, "end_lineno");
            if (v == null || v == PyNone.NONE) Abstract.setAttr(node, "end_lineno", endLineno);
            else endLineno = v;
        }
        if (hasAttribute(node, "col_offset")) {
            Object v = Abstract.getAttrOrNull(node, "col_offset");
            if (v == null) Abstract.setAttr(node, "col_offset", col);
            else col = v;
        }
        if (hasAttribute(node, "end_col_offset")) {
            Object v = Abstract.getAttrOrNull(node, "end_col_offset");
            if (v == null || v == PyNone.NONE) Abstract.setAttr(node, "end_col_offset", endCol);
            else endCol = v;
        }
        for (Object c : Abstract.toArray(children(st, node))) fix(st, c, lineno, col, endLineno, endCol);
    }

    private static Object copyLocation(Object newNode, Object oldNode) {
        for (String attr : new String[] {"lineno", "col_offset", "end_lineno", "end_col_offset"}) {
            if (hasAttribute(oldNode, attr) && hasAttribute(newNode, attr)) {
                Object v = Abstract.getAttrOrNull(oldNode, attr);
                if (v != null && (v != PyNone.NONE || attr.startsWith("end_"))) Abstract.setAttr(newNode, attr, v);
            }
        }
        return newNode;
    }

    private static Object incrementLineno(State st, Object node, Object n) {
        for (Object child : Abstract.toArray(walk(st, node))) {
            if (PyType.of(child).isSubtype(st.typeIgnore)) {
                Abstract.setAttr(child, "lineno", Abstract.binaryOp(org.jyco.runtime.BinaryOp.ADD,
                    or(Abstract.getAttrOrNull(child, "lineno"), 0L), n));
                continue;
            }
            if (hasAttribute(child, "lineno")) {
                Abstract.setAttr(child, "lineno", Abstract.binaryOp(org.jyco.runtime.BinaryOp.ADD,
                    or(Abstract.getAttrOrNull(child, "lineno"), 0L), n));
            }
            if (hasAttribute(child, "end_lineno")) {
                Object e = or(Abstract.getAttrOrNull(child, "end_lineno"), 0L);
                if (e != PyNone.NONE) {
                    Abstract.setAttr(child, "end_lineno", Abstract.binaryOp(org.jyco.runtime.BinaryOp.ADD, e, n));
                }
            }
        }
        return node;
    }

    // ================================================================== docstrings

    private static Object getDocstring(State st, Object node, boolean clean) {
        String cn = PyType.of(node).getName();
        boolean ok = false;
        for (String k : new String[] {"AsyncFunctionDef", "FunctionDef", "ClassDef", "Module"}) {
            if (PyType.of(node).isSubtype(st.classes.get(k))) ok = true;
        }
        if (!ok) throw PyExc.typeError("'" + cn + "' can't have docstrings");
        Object body = Abstract.getAttrOrNull(node, "body");
        if (body == null || !Abstract.isTrue(body)) return PyNone.NONE;
        Object first = Abstract.getItem(body, 0L);
        if (!PyType.of(first).isSubtype(st.classes.get("Expr"))) return PyNone.NONE;
        Object v = Abstract.getAttr(first, "value");
        if (!PyType.of(v).isSubtype(st.classes.get("Constant"))) return PyNone.NONE;
        Object text = Abstract.getAttr(v, "value");
        if (!(text instanceof String s)) return PyNone.NONE;
        return clean ? cleandoc(s) : s;
    }

    /** inspect.cleandoc. */
    static String cleandoc(String doc) {
        String[] lines = Abstract.str(Abstract.callMethod(doc, "expandtabs")).split("\n", -1);
        int margin = Integer.MAX_VALUE;
        for (int i = 1; i < lines.length; i++) {
            String l = lines[i];
            String content = l.stripLeading();
            if (!content.isEmpty()) margin = Math.min(margin, l.length() - content.length());
        }
        List<String> out = new ArrayList<>();
        out.add(lines[0].stripLeading());
        for (int i = 1; i < lines.length; i++) {
            out.add(margin == Integer.MAX_VALUE ? lines[i] : lines[i].substring(Math.min(margin, lines[i].length())));
        }
        while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) out.remove(out.size() - 1);
        while (!out.isEmpty() && out.get(0).isEmpty()) out.remove(0);
        return String.join("\n", out);
    }

    // ================================================================== literal_eval

    private static Object literalEval(State st, Object nodeOrString) {
        Object node = nodeOrString;
        if (node instanceof String s) {
            int i = 0;
            while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) i++;
            node = parse(st, new Object[] {s.substring(i), "<unknown>", "eval"}, new String[0]);
        }
        if (PyType.of(node).isSubtype(st.classes.get("Expression"))) node = Abstract.getAttr(node, "body");
        return literal(st, node);
    }

    private static boolean is(State st, Object node, String cls) {
        return PyType.of(node).isSubtype(st.classes.get(cls));
    }

    private static PyException malformed(Object node) {
        Object lineno = Abstract.getAttrOrNull(node, "lineno");
        String where = lineno != null && Abstract.isTrue(lineno) ? " on line " + Abstract.str(lineno) : "";
        return PyExc.valueError("malformed node or string" + where + ": " + Abstract.repr(node));
    }

    private static Object signedNum(State st, Object node) {
        if (is(st, node, "UnaryOp")) {
            Object op = Abstract.getAttr(node, "op");
            if (is(st, op, "UAdd") || is(st, op, "USub")) {
                Object operand = num(st, Abstract.getAttr(node, "operand"));
                return is(st, op, "UAdd") ? Abstract.positive(operand) : Abstract.negative(operand);
            }
        }
        return num(st, node);
    }

    private static Object num(State st, Object node) {
        if (is(st, node, "Constant")) {
            Object v = Abstract.getAttr(node, "value");
            if ((v instanceof Long || v instanceof BigInteger || v instanceof Double || v instanceof PyComplex)) return v;
        }
        throw malformed(node);
    }

    private static Object literal(State st, Object node) {
        if (is(st, node, "Constant")) return Abstract.getAttr(node, "value");
        if (is(st, node, "Tuple")) {
            Object[] elts = Abstract.toArray(Abstract.getAttr(node, "elts"));
            Object[] out = new Object[elts.length];
            for (int i = 0; i < elts.length; i++) out[i] = literal(st, elts[i]);
            return PyTuple.of(out);
        }
        if (is(st, node, "List")) {
            PyList out = new PyList();
            for (Object e : Abstract.toArray(Abstract.getAttr(node, "elts"))) out.append(literal(st, e));
            return out;
        }
        if (is(st, node, "Set")) {
            PySet out = new PySet();
            for (Object e : Abstract.toArray(Abstract.getAttr(node, "elts"))) out.add(literal(st, e));
            return out;
        }
        if (is(st, node, "Call")) {
            Object f = Abstract.getAttr(node, "func");
            if (is(st, f, "Name") && "set".equals(Abstract.getAttr(f, "id"))
                    && !Abstract.isTrue(Abstract.getAttr(node, "args")) && !Abstract.isTrue(Abstract.getAttr(node, "keywords"))) {
                return new PySet();
            }
        }
        if (is(st, node, "Dict")) {
            Object[] keys = Abstract.toArray(Abstract.getAttr(node, "keys"));
            Object[] values = Abstract.toArray(Abstract.getAttr(node, "values"));
            if (keys.length != values.length) throw malformed(node);
            PyDict out = new PyDict();
            for (int i = 0; i < keys.length; i++) {
                if (keys[i] == PyNone.NONE) throw malformed(node);
                Abstract.setItem(out, literal(st, keys[i]), literal(st, values[i]));
            }
            return out;
        }
        if (is(st, node, "BinOp")) {
            Object op = Abstract.getAttr(node, "op");
            if (is(st, op, "Add") || is(st, op, "Sub")) {
                Object left = signedNum(st, Abstract.getAttr(node, "left"));
                Object right = num(st, Abstract.getAttr(node, "right"));
                boolean leftOk = left instanceof Long || left instanceof BigInteger || left instanceof Double;
                if (leftOk && right instanceof PyComplex) {
                    return Abstract.binaryOp(is(st, op, "Add") ? org.jyco.runtime.BinaryOp.ADD : org.jyco.runtime.BinaryOp.SUB,
                        left, right);
                }
            }
            throw malformed(node);
        }
        return signedNum(st, node);
    }

    // ================================================================== NodeVisitor / NodeTransformer

    private static PyType makeVisitor(State st, String name, PyType base, boolean transformer) {
        PyDict ns = new PyDict();
        ns.put("__module__", "ast");
        if (!transformer) {
            ns.put("visit", fn("visit", (a, kw) -> {
                Object self = a[0], node = a[1];
                Object v = Abstract.getAttrOrNull(self, "visit_" + PyType.of(node).getName());
                if (v == null) v = Abstract.getAttr(self, "generic_visit");
                return Abstract.call(v, node);
            }));
            ns.put("generic_visit", fn("generic_visit", (a, kw) -> {
                Object self = a[0], node = a[1];
                for (Object pair : Abstract.toArray(iterFields(node))) {
                    Object value = ((PyTuple) pair).get(1);
                    if (value instanceof PyList l) {
                        for (Object item : Abstract.toArray(l)) {
                            if (isAst(st, item)) Abstract.callMethod(self, "visit", item);
                        }
                    } else if (isAst(st, value)) {
                        Abstract.callMethod(self, "visit", value);
                    }
                }
                return PyNone.NONE;
            }));
        } else {
            ns.put("generic_visit", fn("generic_visit", (a, kw) -> {
                Object self = a[0], node = a[1];
                for (Object pair : Abstract.toArray(iterFields(node))) {
                    String field = (String) ((PyTuple) pair).get(0);
                    Object old = ((PyTuple) pair).get(1);
                    if (old instanceof PyList l) {
                        PyList fresh = new PyList();
                        for (Object value : Abstract.toArray(l)) {
                            if (isAst(st, value)) {
                                value = Abstract.callMethod(self, "visit", value);
                                if (value == PyNone.NONE) continue;
                                if (!isAst(st, value)) {
                                    for (Object x : Abstract.toArray(value)) fresh.append(x);
                                    continue;
                                }
                            }
                            fresh.append(value);
                        }
                        Abstract.callMethod(l, "clear");
                        Abstract.callMethod(l, "extend", fresh);
                    } else if (isAst(st, old)) {
                        Object nw = Abstract.callMethod(self, "visit", old);
                        Abstract.setAttr(node, field, nw == PyNone.NONE ? null : nw);
                    }
                }
                return node;
            }));
        }
        return PyType.newClass(PyType.TYPE, name, new PyType[] {base}, ns);
    }
}
