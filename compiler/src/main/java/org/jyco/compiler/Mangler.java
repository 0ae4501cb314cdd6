package org.jyco.compiler;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.jyco.parser.ast.Alias;
import org.jyco.parser.ast.Mod;
import org.jyco.parser.ast.Stmt;

/**
 * Private name mangling: inside a class, an identifier {@code __spam} (two leading underscores,
 * not ending in two) is rewritten {@code _ClassName__spam} (the class name without its leading
 * underscores), in every scope nested in the class body: names, attribute names, parameters,
 * function and class names, global/nonlocal declarations, import bindings, except and match
 * targets. Keyword argument names are not. Done once on the tree, before the symbol tables,
 * so every later pass sees the mangled names; a module without such an identifier is returned
 * as it is.
 */
final class Mangler {
    private Mangler() {}

    /** Identifiers that start with two underscores. */
    private static final Pattern DUNDER_START = Pattern.compile("(?<!\\w)__\\w+");

    static Mod apply(Mod mod, String text) {
        if (text != null && (!text.contains("class") || !mayNeed(text))) return mod;
        return (Mod) transform(mod, null);
    }

    /** True if the source has an identifier that would be mangled inside a class. */
    private static boolean mayNeed(String text) {
        java.util.regex.Matcher m = DUNDER_START.matcher(text);
        while (m.find()) {
            if (!m.group().endsWith("__")) return true;
        }
        return false;
    }

    /** {@code name} as written inside class {@code cls} (null: outside any class). */
    static String mangle(String name, String cls) {
        return org.jyco.runtime.PyType.mangle(name, cls);
    }

    /** The record components holding identifiers, by record class. */
    private static final Map<Class<?>, List<String>> IDENTIFIERS = Map.ofEntries(
        Map.entry(org.jyco.parser.ast.Expr.Name.class, List.of("id")),
        Map.entry(org.jyco.parser.ast.Expr.Attribute.class, List.of("attr")),
        Map.entry(org.jyco.parser.ast.Arg.class, List.of("arg")),
        Map.entry(Stmt.FunctionDef.class, List.of("name")),
        Map.entry(Stmt.AsyncFunctionDef.class, List.of("name")),
        Map.entry(Stmt.ClassDef.class, List.of("name")),
        Map.entry(Stmt.Global.class, List.of("names")),
        Map.entry(Stmt.Nonlocal.class, List.of("names")),
        Map.entry(org.jyco.parser.ast.ExceptHandler.class, List.of("name")),
        Map.entry(org.jyco.parser.ast.Pattern.MatchAs.class, List.of("name")),
        Map.entry(org.jyco.parser.ast.Pattern.MatchStar.class, List.of("name")),
        Map.entry(org.jyco.parser.ast.Pattern.MatchMapping.class, List.of("rest")));

    private static final Map<Class<?>, Constructor<?>> CONSTRUCTORS = new ConcurrentHashMap<>();

    private static Object transform(Object o, String cls) {
        if (o instanceof List<?> l) {
            List<Object> out = new ArrayList<>(l.size());
            boolean changed = false;
            for (Object x : l) {
                Object y = transform(x, cls);
                changed |= y != x;
                out.add(y);
            }
            return changed ? out : l;
        }
        if (o instanceof Alias a) return alias(a, cls);
        if (o == null || !o.getClass().isRecord()) return o;
        RecordComponent[] rcs = o.getClass().getRecordComponents();
        List<String> ids = IDENTIFIERS.getOrDefault(o.getClass(), List.of());
        Object[] values = new Object[rcs.length];
        boolean changed = false;
        try {
            for (int i = 0; i < rcs.length; i++) {
                Object v = rcs[i].getAccessor().invoke(o);
                Object nv;
                String comp = rcs[i].getName();
                if (ids.contains(comp)) {
                    nv = v instanceof List<?> names ? mangleAll(names, cls) : mangle((String) v, cls);
                } else if (o instanceof Stmt.ClassDef c && comp.equals("body")) {
                    nv = transform(v, c.name()); // the class's own body mangles with its own name
                } else {
                    nv = transform(v, cls);
                }
                changed |= nv != v && !(nv != null && nv.equals(v) && nv instanceof String);
                values[i] = nv;
            }
            if (!changed) return o;
            Constructor<?> k = CONSTRUCTORS.computeIfAbsent(o.getClass(), c -> {
                Class<?>[] types = new Class<?>[rcs.length];
                for (int i = 0; i < rcs.length; i++) types[i] = rcs[i].getType();
                try {
                    return c.getDeclaredConstructor(types);
                } catch (NoSuchMethodException e) {
                    throw new IllegalStateException(e);
                }
            });
            return k.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot rebuild " + o.getClass().getSimpleName(), e);
        }
    }

    private static Object mangleAll(List<?> names, String cls) {
        List<Object> out = new ArrayList<>(names.size());
        for (Object n : names) out.add(mangle((String) n, cls));
        return out;
    }

    /** {@code import __m} binds {@code _C__m}: written as {@code import __m as _C__m}. */
    private static Alias alias(Alias a, String cls) {
        if (a.asname() != null) {
            String m = mangle(a.asname(), cls);
            return m.equals(a.asname()) ? a : new Alias(a.name(), m, a.lineno(), a.col_offset(), a.end_lineno(), a.end_col_offset());
        }
        if (a.name().equals("*") || a.name().indexOf('.') >= 0) return a;
        String m = mangle(a.name(), cls);
        return m.equals(a.name()) ? a : new Alias(a.name(), m, a.lineno(), a.col_offset(), a.end_lineno(), a.end_col_offset());
    }
}
