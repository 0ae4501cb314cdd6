package org.jyco.compiler;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jyco.parser.PySyntaxError;
import org.jyco.parser.Source;
import org.jyco.parser.ast.Alias;
import org.jyco.parser.ast.Arg;
import org.jyco.parser.ast.Arguments;
import org.jyco.parser.ast.Comprehension;
import org.jyco.parser.ast.ExceptHandler;
import org.jyco.parser.ast.Expr;
import org.jyco.parser.ast.Keyword;
import org.jyco.parser.ast.MatchCase;
import org.jyco.parser.ast.Mod;
import org.jyco.parser.ast.Node;
import org.jyco.parser.ast.Pattern;
import org.jyco.parser.ast.Positioned;
import org.jyco.parser.ast.Stmt;
import org.jyco.parser.ast.WithItem;

/**
 * Scope analysis (CPython's {@code Python/symtable.c}): which names of each module, class,
 * function, lambda and comprehension are local, global, free (from an enclosing function) or
 * cells (captured by an inner function), plus the scope errors CPython's symtable reports.
 */
final class Symtable {
    enum Kind { MODULE, CLASS, FUNCTION, COMPREHENSION }

    /** How a name is reached in a scope. */
    enum Binding { LOCAL, CELL, FREE, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT }

    private static final int ASSIGNED = 1, PARAM = 2, USED = 4, GLOBAL = 8, NONLOCAL = 16, ANNOTATED = 32;

    /** One scope of the program. */
    static final class Scope {
        final Kind kind;
        final String name;
        final Scope parent;
        final Node node;
        final List<Scope> children = new ArrayList<>();
        final Map<String, Integer> flags = new LinkedHashMap<>();
        /** Where each nonlocal name was declared, for errors. */
        final Map<String, Positioned> nonlocalAt = new LinkedHashMap<>();
        final Map<String, Binding> bindings = new LinkedHashMap<>();
        final List<String> params = new ArrayList<>();
        /** Names captured by inner scopes (CELL), in first-seen order. */
        final Set<String> cellvars = new LinkedHashSet<>();
        /** Names this scope takes from enclosing scopes (FREE), in first-seen order. */
        final Set<String> freevars = new LinkedHashSet<>();
        boolean generator;
        boolean coroutine;
        /** An async def with a yield: an async generator (not compiled yet). */
        boolean asyncGenerator;
        /** The scope contains an await (its own, not a nested function's). */
        boolean hasAwait;
        boolean needsClassCell;
        String qualname;

        Scope(Kind kind, String name, Scope parent, Node node) {
            this.kind = kind;
            this.name = name;
            this.parent = parent;
            this.node = node;
        }

        boolean isFunction() {
            return kind == Kind.FUNCTION || kind == Kind.COMPREHENSION;
        }

        Binding binding(String n) {
            Binding b = bindings.get(n);
            if (b != null) return b;
            return kind == Kind.MODULE ? Binding.GLOBAL_IMPLICIT : Binding.GLOBAL_IMPLICIT;
        }

        int flag(String n) {
            return flags.getOrDefault(n, 0);
        }

        void add(String n, int f) {
            flags.merge(n, f, (a, b) -> a | b);
        }
    }

    private final Source source;
    private final Map<Node, Scope> scopes = new IdentityHashMap<>();
    private Scope current;
    final Scope top;

    private Symtable(Source source, Mod module) {
        this.source = source;
        top = new Scope(Kind.MODULE, "<module>", null, module);
        top.qualname = "";
        scopes.put(module, top);
        current = top;
    }

    static Symtable build(Source source, Mod module) {
        Symtable st = new Symtable(source, module);
        if (module instanceof Mod.Module m) st.stmts(m.body());
        else if (module instanceof Mod.Interactive i) st.stmts(i.body());
        else if (module instanceof Mod.Expression e) st.expr(e.body());
        st.resolve(st.top, Set.of());
        return st;
    }

    Scope scopeOf(Node n) {
        return scopes.get(n);
    }

    private PySyntaxError error(String msg, Positioned p) {
        return source.error(PySyntaxError.Kind.SyntaxError, msg, p.lineno(),
            source.charColumn(p.lineno(), p.col_offset()), p.end_lineno(), source.charColumn(p.end_lineno(), p.end_col_offset()));
    }

    // ------------------------------------------------------------------ pass 1: collect

    private Scope enter(Kind kind, String name, Node node) {
        Scope s = new Scope(kind, name, current, node);
        current.children.add(s);
        scopes.put(node, s);
        String prefix = current.kind == Kind.MODULE ? "" : current.kind == Kind.CLASS
            ? current.qualname + "." : current.qualname + ".<locals>.";
        s.qualname = prefix + name;
        current = s;
        return s;
    }

    private void leave() {
        current = current.parent;
    }

    private void bind(String name, int f, Positioned where) {
        int old = current.flag(name);
        if ((old & GLOBAL) != 0 && (f & PARAM) != 0) {
            throw error("name '" + name + "' is parameter and global", where);
        }
        current.add(name, f);
    }

    private void use(String name) {
        current.add(name, USED);
        if (name.equals("super") && current.kind == Kind.FUNCTION) {
            markClassCell();
        }
    }

    /** A method that mentions super or __class__ gets the enclosing class's __class__ cell. */
    private void markClassCell() {
        for (Scope s = current; s != null; s = s.parent) {
            if (s.kind == Kind.CLASS) {
                s.needsClassCell = true;
                current.add("__class__", USED);
                return;
            }
            if (s.kind != Kind.FUNCTION && s.kind != Kind.COMPREHENSION) return;
        }
    }

    private void stmts(List<Stmt> body) {
        for (Stmt s : body) stmt(s);
    }

    private void stmt(Stmt s) {
        if (s instanceof Stmt.FunctionDef f) {
            function(f, f.name(), f.args(), f.body(), f.decorator_list(), f.returns(), false);
        } else if (s instanceof Stmt.AsyncFunctionDef f) {
            function(f, f.name(), f.args(), f.body(), f.decorator_list(), f.returns(), true);
        } else if (s instanceof Stmt.ClassDef c) {
            for (Expr d : c.decorator_list()) expr(d);
            for (Expr b : c.bases()) expr(b);
            for (Keyword k : c.keywords()) expr(k.value());
            bind(c.name(), ASSIGNED, c);
            enter(Kind.CLASS, c.name(), c);
            stmts(c.body());
            leave();
        } else if (s instanceof Stmt.Return r) {
            // "'return' outside function" is the code generator's (CPython's compiler's) error
            if (r.value() != null) expr(r.value());
        } else if (s instanceof Stmt.Delete d) {
            for (Expr t : d.targets()) target(t);
        } else if (s instanceof Stmt.Assign a) {
            expr(a.value());
            for (Expr t : a.targets()) target(t);
        } else if (s instanceof Stmt.AugAssign a) {
            expr(a.value());
            if (a.target() instanceof Expr.Name n) use(n.id());
            target(a.target());
        } else if (s instanceof Stmt.AnnAssign a) {
            if (a.target() instanceof Expr.Name n) {
                int f = current.flag(n.id());
                if ((f & (GLOBAL | NONLOCAL)) != 0 && a.simple() == 1) {
                    throw error("annotated name '" + n.id() + "' can't be " + ((f & GLOBAL) != 0 ? "global" : "nonlocal"), a);
                }
                bind(n.id(), ANNOTATED | (a.value() != null ? ASSIGNED : 0), a);
                if (a.value() == null && current.kind != Kind.FUNCTION) current.add(n.id(), 0);
            } else {
                target(a.target());
            }
            expr(a.annotation());
            if (a.value() != null) expr(a.value());
        } else if (s instanceof Stmt.For f) {
            expr(f.iter());
            target(f.target());
            stmts(f.body());
            stmts(f.orelse());
        } else if (s instanceof Stmt.AsyncFor f) {
            expr(f.iter());
            target(f.target());
            stmts(f.body());
            stmts(f.orelse());
        } else if (s instanceof Stmt.While w) {
            expr(w.test());
            stmts(w.body());
            stmts(w.orelse());
        } else if (s instanceof Stmt.If i) {
            expr(i.test());
            stmts(i.body());
            stmts(i.orelse());
        } else if (s instanceof Stmt.With w) {
            withItems(w.items());
            stmts(w.body());
        } else if (s instanceof Stmt.AsyncWith w) {
            withItems(w.items());
            stmts(w.body());
        } else if (s instanceof Stmt.Match m) {
            expr(m.subject());
            for (MatchCase c : m.cases()) {
                pattern(c.pattern());
                if (c.guard() != null) expr(c.guard());
                stmts(c.body());
            }
        } else if (s instanceof Stmt.Raise r) {
            if (r.exc() != null) expr(r.exc());
            if (r.cause() != null) expr(r.cause());
        } else if (s instanceof Stmt.Try t) {
            tryParts(t.body(), t.handlers(), t.orelse(), t.finalbody());
        } else if (s instanceof Stmt.TryStar t) {
            tryParts(t.body(), t.handlers(), t.orelse(), t.finalbody());
        } else if (s instanceof Stmt.Assert a) {
            expr(a.test());
            if (a.msg() != null) expr(a.msg());
        } else if (s instanceof Stmt.Import i) {
            for (Alias a : i.names()) {
                String n = a.asname() != null ? a.asname() : a.name().split("\\.")[0];
                bind(n, ASSIGNED, a);
            }
        } else if (s instanceof Stmt.ImportFrom i) {
            for (Alias a : i.names()) {
                if (a.name().equals("*")) {
                    if (current.kind != Kind.MODULE) throw error("import * only allowed at module level", a);
                    continue;
                }
                bind(a.asname() != null ? a.asname() : a.name(), ASSIGNED, a);
            }
        } else if (s instanceof Stmt.Global g) {
            for (String n : g.names()) declare(n, GLOBAL, g);
        } else if (s instanceof Stmt.Nonlocal g) {
            if (current.kind == Kind.MODULE) throw error("nonlocal declaration not allowed at module level", g);
            for (String n : g.names()) declare(n, NONLOCAL, g);
        } else if (s instanceof Stmt.ExprStmt e) {
            expr(e.value());
        }
    }

    private void declare(String n, int kind, Stmt where) {
        int f = current.flag(n);
        String what = kind == GLOBAL ? "global" : "nonlocal";
        if ((f & PARAM) != 0) throw error("name '" + n + "' is parameter and " + what, where);
        if (kind == GLOBAL && (f & NONLOCAL) != 0) throw error("name '" + n + "' is nonlocal and global", where);
        if (kind == NONLOCAL && (f & GLOBAL) != 0) throw error("name '" + n + "' is nonlocal and global", where);
        if ((f & ASSIGNED) != 0) throw error("name '" + n + "' is assigned to before " + what + " declaration", where);
        if ((f & USED) != 0) throw error("name '" + n + "' is used prior to " + what + " declaration", where);
        if ((f & ANNOTATED) != 0) throw error("annotated name '" + n + "' can't be " + what, where);
        current.add(n, kind);
        if (kind == NONLOCAL) current.nonlocalAt.putIfAbsent(n, where);
    }

    private void tryParts(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> finalbody) {
        stmts(body);
        for (ExceptHandler h : handlers) {
            if (h.type() != null) expr(h.type());
            if (h.name() != null) bind(h.name(), ASSIGNED, h);
            stmts(h.body());
        }
        stmts(orelse);
        stmts(finalbody);
    }

    private void withItems(List<WithItem> items) {
        for (WithItem w : items) {
            expr(w.context_expr());
            if (w.optional_vars() != null) target(w.optional_vars());
        }
    }

    private void function(Stmt node, String name, Arguments args, List<Stmt> body, List<Expr> decorators, Expr returns,
                          boolean async) {
        for (Expr d : decorators) expr(d);
        defaultsAndAnnotations(args);
        if (returns != null) expr(returns);
        bind(name, ASSIGNED, (Positioned) node);
        Scope s = enter(Kind.FUNCTION, name, node);
        s.coroutine = async;
        params(args);
        stmts(body);
        if (async) {
            // a coroutine body is compiled as a generator state machine; each await suspends it
            s.asyncGenerator = s.generator;
            s.generator = true;
        }
        leave();
    }

    private void defaultsAndAnnotations(Arguments args) {
        for (Expr d : args.defaults()) expr(d);
        for (Expr d : args.kw_defaults()) if (d != null) expr(d);
        for (Arg a : allArgs(args)) if (a.annotation() != null) expr(a.annotation());
    }

    static List<Arg> allArgs(Arguments args) {
        List<Arg> all = new ArrayList<>(args.posonlyargs());
        all.addAll(args.args());
        if (args.vararg() != null) all.add(args.vararg());
        all.addAll(args.kwonlyargs());
        if (args.kwarg() != null) all.add(args.kwarg());
        return all;
    }

    private void params(Arguments args) {
        for (Arg a : allArgs(args)) {
            bind(a.arg(), PARAM, a);
            current.params.add(a.arg());
        }
    }

    private void target(Expr t) {
        if (t instanceof Expr.Name n) {
            bind(n.id(), ASSIGNED, n);
        } else if (t instanceof Expr.Tuple tu) {
            for (Expr e : tu.elts()) target(e);
        } else if (t instanceof Expr.List l) {
            for (Expr e : l.elts()) target(e);
        } else if (t instanceof Expr.Starred s) {
            target(s.value());
        } else if (t instanceof Expr.Attribute a) {
            expr(a.value());
        } else if (t instanceof Expr.Subscript s) {
            expr(s.value());
            expr(s.slice());
        } else {
            expr(t);
        }
    }

    private void pattern(Pattern p) {
        if (p instanceof Pattern.MatchValue v) {
            expr(v.value());
        } else if (p instanceof Pattern.MatchSequence s) {
            for (Pattern x : s.patterns()) pattern(x);
        } else if (p instanceof Pattern.MatchMapping m) {
            for (Expr k : m.keys()) expr(k);
            for (Pattern x : m.patterns()) pattern(x);
            if (m.rest() != null) bind(m.rest(), ASSIGNED, m);
        } else if (p instanceof Pattern.MatchClass c) {
            expr(c.cls());
            for (Pattern x : c.patterns()) pattern(x);
            for (Pattern x : c.kwd_patterns()) pattern(x);
        } else if (p instanceof Pattern.MatchStar s) {
            if (s.name() != null) bind(s.name(), ASSIGNED, s);
        } else if (p instanceof Pattern.MatchAs a) {
            if (a.pattern() != null) pattern(a.pattern());
            if (a.name() != null) bind(a.name(), ASSIGNED, a);
        } else if (p instanceof Pattern.MatchOr o) {
            for (Pattern x : o.patterns()) pattern(x);
        }
    }

    private void expr(Expr e) {
        if (e == null) return;
        if (e instanceof Expr.Name n) {
            use(n.id());
            if (n.id().equals("__class__")) markClassCell();
        } else if (e instanceof Expr.BoolOp b) {
            for (Expr v : b.values()) expr(v);
        } else if (e instanceof Expr.NamedExpr n) {
            expr(n.value());
            namedTarget((Expr.Name) n.target(), n);
        } else if (e instanceof Expr.BinOp b) {
            expr(b.left());
            expr(b.right());
        } else if (e instanceof Expr.UnaryOp u) {
            expr(u.operand());
        } else if (e instanceof Expr.Lambda l) {
            defaultsAndAnnotations(l.args());
            enter(Kind.FUNCTION, "<lambda>", l);
            params(l.args());
            expr(l.body());
            leave();
        } else if (e instanceof Expr.IfExp i) {
            expr(i.test());
            expr(i.body());
            expr(i.orelse());
        } else if (e instanceof Expr.Dict d) {
            for (Expr k : d.keys()) expr(k);
            for (Expr v : d.values()) expr(v);
        } else if (e instanceof Expr.Set s) {
            for (Expr x : s.elts()) expr(x);
        } else if (e instanceof Expr.ListComp c) {
            comprehension(c, "<listcomp>", c.generators(), c.elt(), null);
        } else if (e instanceof Expr.SetComp c) {
            comprehension(c, "<setcomp>", c.generators(), c.elt(), null);
        } else if (e instanceof Expr.DictComp c) {
            comprehension(c, "<dictcomp>", c.generators(), c.key(), c.value());
        } else if (e instanceof Expr.GeneratorExp c) {
            Scope s = comprehension(c, "<genexpr>", c.generators(), c.elt(), null);
            s.generator = true;
        } else if (e instanceof Expr.Await a) {
            current.hasAwait = true;
            expr(a.value());
        } else if (e instanceof Expr.Yield y) {
            yieldIn(y);
            expr(y.value());
        } else if (e instanceof Expr.YieldFrom y) {
            yieldIn(y);
            expr(y.value());
        } else if (e instanceof Expr.Compare c) {
            expr(c.left());
            for (Expr x : c.comparators()) expr(x);
        } else if (e instanceof Expr.Call c) {
            expr(c.func());
            for (Expr a : c.args()) expr(a);
            for (Keyword k : c.keywords()) expr(k.value());
        } else if (e instanceof Expr.FormattedValue f) {
            expr(f.value());
            expr(f.format_spec());
        } else if (e instanceof Expr.JoinedStr j) {
            for (Expr v : j.values()) expr(v);
        } else if (e instanceof Expr.Attribute a) {
            expr(a.value());
        } else if (e instanceof Expr.Subscript s) {
            expr(s.value());
            expr(s.slice());
        } else if (e instanceof Expr.Starred s) {
            expr(s.value());
        } else if (e instanceof Expr.List l) {
            for (Expr x : l.elts()) expr(x);
        } else if (e instanceof Expr.Tuple t) {
            for (Expr x : t.elts()) expr(x);
        } else if (e instanceof Expr.Slice s) {
            expr(s.lower());
            expr(s.upper());
            expr(s.step());
        }
    }

    private void yieldIn(Expr y) {
        if (!current.isFunction()) throw error("'yield' outside function", (Positioned) y);
        if (current.kind == Kind.COMPREHENSION && !current.generator) {
            throw error("'yield' inside list comprehension", (Positioned) y);
        }
        current.generator = true;
    }

    /** A walrus in a comprehension binds in the nearest enclosing non-comprehension scope. */
    private void namedTarget(Expr.Name n, Expr.NamedExpr where) {
        if (current.kind != Kind.COMPREHENSION) {
            bind(n.id(), ASSIGNED, n);
            return;
        }
        Scope s = current;
        while (s.kind == Kind.COMPREHENSION) s = s.parent;
        if (s.kind == Kind.CLASS) {
            throw error("assignment expression within a comprehension cannot be used in a class body", where);
        }
        int f = s.flag(n.id());
        boolean global = (f & GLOBAL) != 0 || s.kind == Kind.MODULE;
        if ((f & GLOBAL) == 0) s.add(n.id(), ASSIGNED);
        for (Scope c = current; c != s; c = c.parent) c.add(n.id(), global ? GLOBAL : NONLOCAL);
    }

    private Scope comprehension(Expr node, String name, List<Comprehension> gens, Expr elt, Expr value) {
        // the first iterable is evaluated in the enclosing scope
        expr(gens.get(0).iter());
        Scope s = enter(Kind.COMPREHENSION, name, node);
        s.params.add(".0");
        s.add(".0", PARAM);
        for (int i = 0; i < gens.size(); i++) {
            Comprehension g = gens.get(i);
            if (i > 0) expr(g.iter());
            target(g.target());
            for (Expr c : g.ifs()) expr(c);
        }
        expr(elt);
        expr(value);
        boolean async = s.hasAwait;
        for (Comprehension g : gens) async |= g.is_async() != 0;
        leave();
        if (async) {
            // an asynchronous comprehension: its function is a coroutine the enclosing scope awaits
            // (a generator expression becomes an async generator, not awaited)
            s.coroutine = true;
            if (node instanceof Expr.GeneratorExp) {
                s.asyncGenerator = true;
            } else {
                s.generator = true;
                current.hasAwait = true;
            }
        }
        return s;
    }

    // ------------------------------------------------------------------ pass 2: resolve

    /**
     * Resolves the names of scope s given the names bound by enclosing function scopes
     * ({@code enclosing}), then its children; names a child takes as FREE become cells here or
     * pass through as free.
     */
    private void resolve(Scope s, Set<String> enclosing) {
        for (Map.Entry<String, Integer> e : s.flags.entrySet()) {
            String n = e.getKey();
            int f = e.getValue();
            if ((f & GLOBAL) != 0) {
                s.bindings.put(n, Binding.GLOBAL_EXPLICIT);
            } else if ((f & NONLOCAL) != 0) {
                if (!enclosing.contains(n)) {
                    Positioned at = s.nonlocalAt.get(n);
                    throw error("no binding for nonlocal '" + n + "' found", at != null ? at : (Positioned) firstStmt(s));
                }
                s.bindings.put(n, Binding.FREE);
                s.freevars.add(n);
            } else if ((f & (ASSIGNED | PARAM | ANNOTATED)) != 0 && !(s.kind == Kind.MODULE)) {
                s.bindings.put(n, Binding.LOCAL);
            } else if (s.kind == Kind.MODULE) {
                s.bindings.put(n, (f & (ASSIGNED | ANNOTATED)) != 0 ? Binding.GLOBAL_IMPLICIT : Binding.GLOBAL_IMPLICIT);
            } else if (enclosing.contains(n)) {
                s.bindings.put(n, Binding.FREE);
                s.freevars.add(n);
            } else {
                s.bindings.put(n, Binding.GLOBAL_IMPLICIT);
            }
        }
        if (s.kind == Kind.CLASS && s.needsClassCell) s.cellvars.add("__class__");
        // names visible to nested functions: enclosing ones plus this function's locals
        Set<String> inner = new LinkedHashSet<>(enclosing);
        if (s.isFunction()) {
            for (Map.Entry<String, Binding> b : s.bindings.entrySet()) {
                if (b.getValue() == Binding.LOCAL || b.getValue() == Binding.FREE) inner.add(b.getKey());
                if (b.getValue() == Binding.GLOBAL_EXPLICIT) inner.remove(b.getKey());
            }
        }
        if (s.kind == Kind.CLASS) {
            for (Map.Entry<String, Binding> b : s.bindings.entrySet()) {
                if (b.getValue() == Binding.GLOBAL_EXPLICIT) inner.remove(b.getKey());
            }
            if (s.needsClassCell) inner.add("__class__");
        }
        for (Scope c : s.children) {
            resolve(c, inner);
            for (String fv : c.freevars) {
                if (s.kind == Kind.MODULE) continue;
                if (s.kind == Kind.CLASS) {
                    // class-level names are not visible to methods: the variable passes through
                    if (fv.equals("__class__") && s.needsClassCell) continue;
                    s.freevars.add(fv);
                    s.bindings.putIfAbsent(fv, Binding.FREE);
                    continue;
                }
                Binding b = s.bindings.get(fv);
                if (b == Binding.LOCAL) {
                    s.bindings.put(fv, Binding.CELL);
                    s.cellvars.add(fv);
                } else if (b != Binding.CELL) {
                    s.bindings.put(fv, Binding.FREE);
                    s.freevars.add(fv);
                }
            }
        }
    }

    private static Node firstStmt(Scope s) {
        return s.node;
    }
}
