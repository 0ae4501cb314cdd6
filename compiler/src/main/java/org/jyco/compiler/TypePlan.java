package org.jyco.compiler;

import java.lang.reflect.RecordComponent;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jyco.compiler.Symtable.Binding;
import org.jyco.compiler.Symtable.Kind;
import org.jyco.compiler.Symtable.Scope;
import org.jyco.parser.ast.Alias;
import org.jyco.parser.ast.Cmpop;
import org.jyco.parser.ast.ExprContext;
import org.jyco.parser.ast.Expr;
import org.jyco.parser.ast.Node;
import org.jyco.parser.ast.Operator;
import org.jyco.parser.ast.Stmt;
import org.jyco.parser.ast.Unaryop;

/**
 * Which locals of a function its typed version keeps unboxed, and as what: a {@code long} for
 * a local that only ever holds ints (as far as the source shows: int literals, arithmetic of
 * such locals, {@code for i in range(...)} targets), a {@code double} for one that only
 * holds floats, a StringBuilder for a str grown with {@code +=} (CPython appends in place when
 * it can; copying the whole string at each step would make such loops quadratic). This is the compile-time half of the Psyco idea; the run-time half is that
 * every such assumption is guarded in the typed code (a value of another type, an int past 64
 * bits) and the function then continues in its generic version.
 *
 * <p>A function gets a typed version only when that is simple to do safely: a plain function
 * (not a generator, coroutine, lambda or class body) with a loop, without {@code try},
 * {@code with}, {@code match}, and without calls that see the frame ({@code locals()},
 * {@code vars()}, {@code eval()}, {@code exec()}, {@code dir()}, zero-argument {@code super()}).
 * A local is typed only if it is a plain local (not captured, never deleted) bound only by
 * {@code x = e}, {@code x op= e}, {@code for x in ...} or as a parameter.
 */
final class TypePlan {
    /** What the source says about an expression's value. */
    enum K {
        /** Nothing known yet (a local whose kind is still being inferred). */
        NONE,
        /** A Python int (that the typed code keeps in a long while it fits). */
        LONG,
        /** A Python float. */
        DOUBLE,
        /** A Python str built up with {@code +=} (kept in a StringBuilder). */
        STR,
        /** Any value: the result of a call, an attribute, an untyped name... */
        ANY,
        /** A value that is certainly not an int or a float (a str, a list, a bool...). */
        OBJECT
    }

    /** The typed locals and their kinds (LONG or DOUBLE), in a stable order. */
    final Map<String, K> kinds;
    /** Typed parameters: each checked on entry. */
    final List<String> typedParams;

    private TypePlan(Map<String, K> kinds, List<String> typedParams) {
        this.kinds = kinds;
        this.typedParams = typedParams;
    }

    static final boolean ENABLED = !"false".equals(System.getProperty("jyco.typed"));

    /** The plan for a function, or null when it gets no typed version. */
    static TypePlan of(Scope scope, Stmt.FunctionDef f) {
        if (!ENABLED || scope.kind != Kind.FUNCTION || scope.generator || scope.coroutine) return null;
        Collector c = new Collector(scope);
        c.stmts(f.body());
        if (!c.eligible || !c.hasLoop) return null;
        Set<String> varArgs = new HashSet<>();
        if (f.args().vararg() != null) varArgs.add(f.args().vararg().arg());
        if (f.args().kwarg() != null) varArgs.add(f.args().kwarg().arg());
        // the locals that may be typed: plain locals bound only in the simple forms
        Map<String, K> kinds = new LinkedHashMap<>();
        for (Map.Entry<String, Binding> b : scope.bindings.entrySet()) {
            String name = b.getKey();
            if (b.getValue() != Binding.LOCAL || name.startsWith(".") || c.disqualified.contains(name)
                || varArgs.contains(name)) {
                continue;
            }
            kinds.put(name, K.NONE);
        }
        for (int round = 0; round < 3; round++) {
            infer(c, kinds);
            if (!evidence(c, kinds)) break;
        }
        Map<String, K> typed = new LinkedHashMap<>();
        for (Map.Entry<String, K> k : kinds.entrySet()) {
            K kind = k.getValue();
            if (kind == K.LONG || kind == K.DOUBLE || kind == K.STR && c.appended.contains(k.getKey())) {
                typed.put(k.getKey(), kind);
            }
        }
        if (typed.isEmpty()) return null;
        List<String> params = new ArrayList<>();
        for (String p : scope.params) if (typed.containsKey(p)) params.add(p);
        return new TypePlan(typed, params);
    }

    /** Kinds from the bindings, to a fixed point (kinds only rise: NONE, then LONG/DOUBLE, then OBJECT). */
    private static void infer(Collector c, Map<String, K> kinds) {
        boolean changed = true;
        for (int guard = 0; changed && guard < 50; guard++) {
            changed = false;
            for (Binder b : c.binders) {
                K now = kinds.get(b.name);
                if (now == null || now == K.OBJECT) continue;
                K k;
                switch (b.form) {
                    case ASSIGN: k = kindOf(b.value, kinds); break;
                    case AUG:
                        // a str grows only by +=; any other augmented operator makes it untyped
                        k = now == K.STR ? (b.op == Operator.Add ? K.NONE : K.OBJECT) : binary(now, b.op, kindOf(b.value, kinds));
                        break;
                    case RANGE: k = K.LONG; break;
                    default: k = K.NONE; // a parameter or an item of any iterable: no evidence
                }
                if (k == K.ANY) k = K.NONE; // guarded when stored: no evidence either way
                K joined = join(now, k);
                if (joined != now) {
                    kinds.put(b.name, joined);
                    changed = true;
                }
            }
        }
    }

    /**
     * Locals the bindings say nothing about (parameters, items of iterables, call results) take
     * the kind of the numbers they are combined with: {@code n} in {@code n - 1}, {@code i < n},
     * {@code range(n)}. Returns true if some kind was set.
     */
    private static boolean evidence(Collector c, Map<String, K> kinds) {
        Map<String, K> seen = new HashMap<>();
        for (Expr x : c.arithmetic) {
            if (x instanceof Expr.BinOp b) {
                hint(b.left(), b.right(), kinds, seen);
                hint(b.right(), b.left(), kinds, seen);
            } else if (x instanceof Expr.Compare cmp) {
                List<Expr> all = new ArrayList<>();
                all.add(cmp.left());
                all.addAll(cmp.comparators());
                for (int i = 0; i < cmp.ops().size(); i++) {
                    Cmpop op = cmp.ops().get(i);
                    if (op == Cmpop.Is || op == Cmpop.IsNot || op == Cmpop.In || op == Cmpop.NotIn) continue;
                    hint(all.get(i), all.get(i + 1), kinds, seen);
                    hint(all.get(i + 1), all.get(i), kinds, seen);
                }
            }
        }
        for (Expr x : c.rangeArgs) {
            if (x instanceof Expr.Name n && kinds.get(n.id()) == K.NONE) seen.merge(n.id(), K.LONG, TypePlan::join);
        }
        boolean any = false;
        for (Map.Entry<String, K> s : seen.entrySet()) {
            K k = s.getValue();
            if ((k == K.LONG || k == K.DOUBLE) && kinds.get(s.getKey()) == K.NONE) {
                kinds.put(s.getKey(), k);
                any = true;
            }
        }
        return any;
    }

    private static void hint(Expr name, Expr other, Map<String, K> kinds, Map<String, K> seen) {
        if (!(name instanceof Expr.Name n) || kinds.get(n.id()) != K.NONE) return;
        K k = kindOf(other, kinds);
        if (k == K.LONG || k == K.DOUBLE) seen.merge(n.id(), k, TypePlan::join);
    }

    static K join(K a, K b) {
        if (a == K.NONE) return b;
        if (b == K.NONE || a == b) return a;
        return K.OBJECT;
    }

    // ------------------------------------------------------------------ kinds of expressions

    /** The kind of an expression given these locals' kinds. */
    static K kindOf(Expr x, Map<String, K> kinds) {
        if (x instanceof Expr.Constant c) {
            Object v = c.value();
            if (v instanceof BigInteger b) return b.bitLength() < 64 ? K.LONG : K.ANY;
            if (v instanceof Double) return K.DOUBLE;
            if (v instanceof String) return K.STR;
            return K.OBJECT;
        }
        if (x instanceof Expr.Name n) {
            K k = kinds.get(n.id());
            return k == null ? K.ANY : k;
        }
        if (x instanceof Expr.UnaryOp u) {
            if (u.op() == Unaryop.Not) return K.OBJECT;
            K k = kindOf(u.operand(), kinds);
            if (k == K.NONE) return K.NONE;
            if (u.op() == Unaryop.Invert) return k == K.LONG ? K.LONG : K.ANY;
            return k == K.LONG || k == K.DOUBLE ? k : K.ANY;
        }
        if (x instanceof Expr.BinOp b) return binary(kindOf(b.left(), kinds), b.op(), kindOf(b.right(), kinds));
        if (x instanceof Expr.JoinedStr) return K.STR;
        if (x instanceof Expr.Compare || x instanceof Expr.List || x instanceof Expr.Tuple || x instanceof Expr.Dict
            || x instanceof Expr.Set || x instanceof Expr.ListComp
            || x instanceof Expr.SetComp || x instanceof Expr.DictComp || x instanceof Expr.GeneratorExp
            || x instanceof Expr.Lambda) {
            return K.OBJECT;
        }
        return K.ANY;
    }

    static K binary(K a, Operator op, K b) {
        boolean na = a == K.LONG || a == K.DOUBLE, nb = b == K.LONG || b == K.DOUBLE;
        if (!(na || a == K.NONE) || !(nb || b == K.NONE)) return K.ANY;
        if (a == K.NONE || b == K.NONE) return K.NONE;
        if (a == K.LONG && b == K.LONG) {
            switch (op) {
                case Add: case Sub: case Mult: case FloorDiv: case Mod:
                case BitAnd: case BitOr: case BitXor: case LShift: case RShift:
                    return K.LONG;
                case Div:
                    return K.DOUBLE;
                default:
                    return K.ANY;
            }
        }
        switch (op) {
            case Add: case Sub: case Mult: case Div: case FloorDiv: case Mod:
                return K.DOUBLE;
            default:
                return K.ANY;
        }
    }

    /** The kind of an expression in the typed version. */
    K kindOf(Expr x) {
        return kindOf(x, kinds);
    }

    /** True if the typed version computes this expression on primitives. */
    boolean isTyped(Expr x) {
        K k = kindOf(x);
        return k == K.LONG || k == K.DOUBLE;
    }

    /** True if computing a typed expression may throw ArithmeticException (overflow, division by zero...). */
    static boolean canFail(Expr x) {
        if (x instanceof Expr.BinOp b) {
            switch (b.op()) {
                case BitAnd: case BitOr: case BitXor:
                    return canFail(b.left()) || canFail(b.right());
                default:
                    return true;
            }
        }
        if (x instanceof Expr.UnaryOp u) return u.op() == Unaryop.USub || canFail(u.operand());
        if (x instanceof Expr.Compare c) {
            if (canFail(c.left())) return true;
            for (Expr y : c.comparators()) if (canFail(y)) return true;
        }
        return false;
    }

    /** True for {@code range(a[, b[, c]])} with a plain global {@code range} and positional arguments. */
    static boolean isRangeCall(Expr x, Scope scope) {
        return x instanceof Expr.Call c && c.func() instanceof Expr.Name n && n.id().equals("range")
            && (scope.binding("range") == Binding.GLOBAL_IMPLICIT || scope.binding("range") == Binding.GLOBAL_EXPLICIT)
            && c.keywords().isEmpty() && !c.args().isEmpty() && c.args().size() <= 3
            && c.args().stream().noneMatch(a -> a instanceof Expr.Starred);
    }

    // ------------------------------------------------------------------ collecting facts

    enum Form { ASSIGN, AUG, RANGE, ITER, PARAM }

    /** One binding of a local: {@code name = value}, {@code name op= value}, a for target. */
    record Binder(String name, Form form, Operator op, Expr value) {}

    /** Walks a function body (not nested scopes' bodies) for what the plan needs. */
    private static final class Collector {
        final Scope scope;
        boolean eligible = true;
        boolean hasLoop;
        final Set<String> disqualified = new HashSet<>();
        final List<Binder> binders = new ArrayList<>();
        final List<Expr> arithmetic = new ArrayList<>();
        final List<Expr> rangeArgs = new ArrayList<>();
        /** Locals with a {@code name += value} binding (the candidates for a str builder). */
        final Set<String> appended = new HashSet<>();

        Collector(Scope scope) {
            this.scope = scope;
        }

        void stmts(List<Stmt> body) {
            for (Stmt s : body) stmt(s);
        }

        void stmt(Stmt s) {
            if (s instanceof Stmt.Assign a) {
                if (a.targets().size() == 1 && a.targets().get(0) instanceof Expr.Name n) {
                    binders.add(new Binder(n.id(), Form.ASSIGN, null, a.value()));
                } else {
                    for (Expr t : a.targets()) expr(t);
                }
                expr(a.value());
            } else if (s instanceof Stmt.AugAssign a) {
                if (a.target() instanceof Expr.Name n) {
                    binders.add(new Binder(n.id(), Form.AUG, a.op(), a.value()));
                    if (a.op() == Operator.Add) appended.add(n.id());
                    arithmetic.add(new Expr.BinOp(n, a.op(), a.value(), 0, 0, 0, 0));
                } else {
                    expr(a.target());
                }
                expr(a.value());
            } else if (s instanceof Stmt.For f) {
                hasLoop = true;
                if (f.target() instanceof Expr.Name n) {
                    boolean range = isRangeCall(f.iter(), scope);
                    binders.add(new Binder(n.id(), range ? Form.RANGE : Form.ITER, null, null));
                    if (range) rangeArgs.addAll(((Expr.Call) f.iter()).args());
                } else {
                    expr(f.target());
                }
                expr(f.iter());
                stmts(f.body());
                stmts(f.orelse());
            } else if (s instanceof Stmt.While w) {
                hasLoop = true;
                expr(w.test());
                stmts(w.body());
                stmts(w.orelse());
            } else if (s instanceof Stmt.If i) {
                expr(i.test());
                stmts(i.body());
                stmts(i.orelse());
            } else if (s instanceof Stmt.FunctionDef d) {
                disqualified.add(d.name());
                for (Expr x : d.decorator_list()) expr(x);
                node(d.args());
                if (d.returns() != null) expr(d.returns());
            } else if (s instanceof Stmt.AsyncFunctionDef d) {
                disqualified.add(d.name());
                for (Expr x : d.decorator_list()) expr(x);
                node(d.args());
                if (d.returns() != null) expr(d.returns());
            } else if (s instanceof Stmt.ClassDef d) {
                disqualified.add(d.name());
                for (Expr x : d.decorator_list()) expr(x);
                for (Expr x : d.bases()) expr(x);
                node(d.keywords());
            } else if (s instanceof Stmt.Import im) {
                for (Alias a : im.names()) disqualified.add(a.asname() != null ? a.asname() : a.name().split("\\.")[0]);
            } else if (s instanceof Stmt.ImportFrom im) {
                for (Alias a : im.names()) disqualified.add(a.asname() != null ? a.asname() : a.name());
            } else if (s instanceof Stmt.Try || s instanceof Stmt.TryStar || s instanceof Stmt.With
                || s instanceof Stmt.AsyncWith || s instanceof Stmt.AsyncFor || s instanceof Stmt.Match) {
                eligible = false;
            } else if (s instanceof Stmt.AnnAssign a) {
                if (a.target() instanceof Expr.Name n) disqualified.add(n.id());
                node(s);
            } else {
                // return, expression statements, raise, assert, del, global, nonlocal, pass...
                node(s);
            }
        }

        void expr(Expr x) {
            node(x);
        }

        /** Any node below this scope's level: names bound or deleted, frame calls, arithmetic. */
        void node(Object o) {
            if (o == null) return;
            if (o instanceof List<?> l) {
                for (Object x : l) node(x);
                return;
            }
            if (!(o instanceof Node)) return;
            if (o instanceof Expr.Name n) {
                if (n.ctx() != ExprContext.Load) disqualified.add(n.id());
                else if (FRAME_NAMES.contains(n.id())) eligible = false;
                return;
            }
            if (o instanceof Expr.Lambda l) {
                node(l.args());
                return;
            }
            if (o instanceof Expr.ListComp c) {
                node(c.generators().get(0).iter());
                return;
            }
            if (o instanceof Expr.SetComp c) {
                node(c.generators().get(0).iter());
                return;
            }
            if (o instanceof Expr.DictComp c) {
                node(c.generators().get(0).iter());
                return;
            }
            if (o instanceof Expr.GeneratorExp c) {
                node(c.generators().get(0).iter());
                return;
            }
            if (o instanceof Expr.Yield || o instanceof Expr.YieldFrom || o instanceof Expr.Await) eligible = false;
            if (o instanceof Expr.BinOp || o instanceof Expr.Compare) arithmetic.add((Expr) o);
            if (o instanceof Stmt.Delete d) {
                for (Expr t : d.targets()) node(t);
                return;
            }
            for (RecordComponent rc : components(o.getClass())) {
                try {
                    node(rc.getAccessor().invoke(o));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    private static final Set<String> FRAME_NAMES = Set.of("locals", "vars", "dir", "eval", "exec", "globals", "super");

    private static final Map<Class<?>, RecordComponent[]> COMPONENTS = new ConcurrentHashMap<>();

    private static RecordComponent[] components(Class<?> c) {
        return COMPONENTS.computeIfAbsent(c, k -> k.isRecord() ? k.getRecordComponents() : new RecordComponent[0]);
    }
}
