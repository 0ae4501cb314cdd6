package org.jyco.compiler;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jyco.parser.ast.Expr;
import org.jyco.parser.ast.MatchCase;
import org.jyco.parser.ast.Pattern;
import org.jyco.parser.ast.Positioned;
import org.jyco.parser.ast.Stmt;
import org.objectweb.asm.Label;
import org.objectweb.asm.Opcodes;

/**
 * The match statement (PEP 634): each case's pattern is compiled to tests on the subject held
 * in a local, jumping to the next case on the first failed test; captures store into their
 * names as the pattern matches. Sequence, mapping and class patterns use helpers in
 * {@code Ops} for the structural checks.
 */
final class PatternCompiler implements Opcodes {
    private static final String OBJ_D = Emitter.OBJ_D;
    private final CodeGen g;
    private final Emitter e;

    PatternCompiler(CodeGen g) {
        this.g = g;
        this.e = g.e;
    }

    void match(Stmt.Match n) {
        g.expr(n.subject());
        int subject = e.newLocal();
        e.store(subject);
        Label end = new Label();
        List<MatchCase> cases = n.cases();
        for (int i = 0; i < cases.size(); i++) {
            MatchCase c = cases.get(i);
            checkNames(c.pattern());
            if (i < cases.size() - 1 && c.guard() == null && irrefutable(c.pattern())) {
                Pattern p = c.pattern();
                while (p instanceof Pattern.MatchAs a && a.pattern() != null) p = a.pattern();
                String name = p instanceof Pattern.MatchAs a && a.name() != null ? a.name() : null;
                if (p instanceof Pattern.MatchOr o) {
                    Pattern last = o.patterns().get(o.patterns().size() - 1);
                    name = last instanceof Pattern.MatchAs la ? la.name() : null;
                    p = last;
                }
                throw g_error(name == null ? "wildcard makes remaining patterns unreachable"
                    : "name capture '" + name + "' makes remaining patterns unreachable", (Positioned) p);
            }
            Label next = new Label();
            pattern(c.pattern(), subject, next);
            if (c.guard() != null) g.condition(c.guard(), next, false);
            g.body(c.body());
            e.jump(GOTO, end);
            e.label(next);
        }
        e.label(end);
    }

    private RuntimeException g_error(String msg, Positioned where) {
        return gc().syntaxError(msg, where);
    }

    private ModuleCompiler gc() {
        return g.mc();
    }

    private static boolean irrefutable(Pattern p) {
        if (p instanceof Pattern.MatchAs a) return a.pattern() == null || irrefutable(a.pattern());
        if (p instanceof Pattern.MatchOr o) {
            for (Pattern x : o.patterns()) if (irrefutable(x)) return true;
        }
        return false;
    }

    /** Compile-time checks: duplicate captures, or-alternatives binding different names. */
    private Set<String> checkNames(Pattern p) {
        Set<String> names = new LinkedHashSet<>();
        collect(p, names);
        return names;
    }

    private void collect(Pattern p, Set<String> names) {
        if (p instanceof Pattern.MatchAs a) {
            if (a.pattern() != null) collect(a.pattern(), names);
            if (a.name() != null) bind(a.name(), names, a);
        } else if (p instanceof Pattern.MatchStar s) {
            if (s.name() != null) bind(s.name(), names, s);
        } else if (p instanceof Pattern.MatchSequence s) {
            for (Pattern x : s.patterns()) collect(x, names);
        } else if (p instanceof Pattern.MatchMapping m) {
            for (Pattern x : m.patterns()) collect(x, names);
            if (m.rest() != null) bind(m.rest(), names, m);
        } else if (p instanceof Pattern.MatchClass c) {
            for (Pattern x : c.patterns()) collect(x, names);
            for (Pattern x : c.kwd_patterns()) collect(x, names);
        } else if (p instanceof Pattern.MatchOr o) {
            List<Pattern> alts = o.patterns();
            for (int i = 0; i < alts.size() - 1; i++) {
                if (irrefutable(alts.get(i))) {
                    Pattern a = alts.get(i);
                    while (a instanceof Pattern.MatchAs ma && ma.pattern() != null) a = ma.pattern();
                    String name = a instanceof Pattern.MatchAs ma ? ma.name() : null;
                    throw g_error(name == null ? "wildcard makes remaining patterns unreachable"
                        : "name capture '" + name + "' makes remaining patterns unreachable", (Positioned) alts.get(i));
                }
            }
            Set<String> first = null;
            for (Pattern alt : o.patterns()) {
                Set<String> s = new LinkedHashSet<>();
                collect(alt, s);
                if (first == null) first = s;
                else if (!first.equals(s)) throw g_error("alternative patterns bind different names", (Positioned) alt);
            }
            for (String n : first) bind(n, names, o);
        }
    }

    private void bind(String name, Set<String> names, Positioned where) {
        if (!names.add(name)) throw g_error("multiple assignments to name '" + name + "' in pattern", where);
    }

    /** Tests the value in {@code subject} against p; jumps to {@code fail} when it does not match. */
    private void pattern(Pattern p, int subject, Label fail) {
        if (p instanceof Pattern.MatchValue v) {
            e.load(subject);
            g.expr(v.value());
            e.dynamic("test:eq", "(" + OBJ_D + OBJ_D + ")Z");
            e.jump(IFEQ, fail);
        } else if (p instanceof Pattern.MatchSingleton s) {
            e.load(subject);
            g.constant(s.value());
            e.jump(IF_ACMPNE, fail);
        } else if (p instanceof Pattern.MatchAs a) {
            if (a.pattern() != null) pattern(a.pattern(), subject, fail);
            if (a.name() != null) {
                e.load(subject);
                g.storeName(a.name());
            }
        } else if (p instanceof Pattern.MatchOr o) {
            Label ok = new Label();
            List<Pattern> alts = o.patterns();
            for (int i = 0; i < alts.size(); i++) {
                Label nextAlt = i == alts.size() - 1 ? fail : new Label();
                pattern(alts.get(i), subject, nextAlt);
                e.jump(GOTO, ok);
                if (nextAlt != fail) e.label(nextAlt);
            }
            e.label(ok);
        } else if (p instanceof Pattern.MatchSequence s) {
            sequence(s, subject, fail);
        } else if (p instanceof Pattern.MatchMapping m) {
            mapping(m, subject, fail);
        } else if (p instanceof Pattern.MatchClass c) {
            classPattern(c, subject, fail);
        } else {
            throw new IllegalStateException(p.nodeName());
        }
    }

    private void sequence(Pattern.MatchSequence s, int subject, Label fail) {
        List<Pattern> ps = s.patterns();
        int star = -1;
        for (int i = 0; i < ps.size(); i++) if (ps.get(i) instanceof Pattern.MatchStar) star = i;
        e.load(subject);
        e.iconst(star < 0 ? ps.size() : ps.size() - 1);
        e.iconst(star < 0 ? 0 : 1);
        e.ops("matchSequence", "(Ljava/lang/Object;IZ)[Ljava/lang/Object;");
        int items = e.newLocal();
        e.insn(DUP);
        e.store(items);
        e.jump(IFNULL, fail);
        int n = ps.size();
        for (int i = 0; i < n; i++) {
            Pattern sub = ps.get(i);
            int item = e.newLocal();
            if (i == star) {
                Pattern.MatchStar ms = (Pattern.MatchStar) sub;
                if (ms.name() == null) continue;
                e.load(items);
                e.iconst(star);
                e.iconst(n - star - 1);
                e.ops("sliceStar", "([Ljava/lang/Object;II)Ljava/lang/Object;");
                g.storeName(ms.name());
                continue;
            }
            if (sub instanceof Pattern.MatchAs a && a.pattern() == null && a.name() == null) continue;
            e.load(items);
            if (star >= 0 && i > star) {
                // counted from the end
                e.insn(DUP);
                e.insn(ARRAYLENGTH);
                e.iconst(n - i);
                e.insn(ISUB);
            } else {
                e.iconst(i);
            }
            e.insn(AALOAD);
            e.store(item);
            pattern(sub, item, fail);
        }
    }

    private void mapping(Pattern.MatchMapping m, int subject, Label fail) {
        e.load(subject);
        e.ops("matchMapping", "(Ljava/lang/Object;)Z");
        e.jump(IFEQ, fail);
        List<Expr> keys = m.keys();
        for (int i = 0; i < keys.size(); i++) {
            e.load(subject);
            g.expr(keys.get(i));
            e.ops("mappingGet", "(Ljava/lang/Object;Ljava/lang/Object;)Ljava/lang/Object;");
            int v = e.newLocal();
            e.insn(DUP);
            e.store(v);
            e.jump(IFNULL, fail);
            pattern(m.patterns().get(i), v, fail);
        }
        if (m.rest() != null) {
            e.load(subject);
            for (Expr k : keys) g.expr(k);
            e.arrayFromStack(keys.size(), 0);
            e.ops("mappingRest", "(Ljava/lang/Object;[Ljava/lang/Object;)Ljava/lang/Object;");
            g.storeName(m.rest());
        }
    }

    private void classPattern(Pattern.MatchClass c, int subject, Label fail) {
        e.load(subject);
        g.expr(c.cls());
        int cls = e.newLocal();
        e.insn(DUP);
        e.store(cls);
        e.ops("matchClass", "(Ljava/lang/Object;Ljava/lang/Object;)Z");
        e.jump(IFEQ, fail);
        List<Pattern> pos = c.patterns();
        if (!pos.isEmpty()) {
            e.load(subject);
            e.load(cls);
            e.iconst(pos.size());
            e.ops("matchClassPositional", "(Ljava/lang/Object;Ljava/lang/Object;I)[Ljava/lang/Object;");
            int attrs = e.newLocal();
            e.insn(DUP);
            e.store(attrs);
            e.jump(IFNULL, fail);
            for (int i = 0; i < pos.size(); i++) {
                int v = e.newLocal();
                e.load(attrs);
                e.iconst(i);
                e.insn(AALOAD);
                e.store(v);
                pattern(pos.get(i), v, fail);
            }
        }
        List<String> names = c.kwd_attrs();
        for (int i = 0; i < names.size(); i++) {
            e.load(subject);
            e.string(names.get(i));
            e.ops("matchAttr", "(Ljava/lang/Object;Ljava/lang/String;)Ljava/lang/Object;");
            int v = e.newLocal();
            e.insn(DUP);
            e.store(v);
            e.jump(IFNULL, fail);
            pattern(c.kwd_patterns().get(i), v, fail);
        }
    }
}
