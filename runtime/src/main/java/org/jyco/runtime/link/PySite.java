package org.jyco.runtime.link;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.MutableCallSite;
import java.lang.invoke.SwitchPoint;
import java.util.ArrayList;
import java.util.List;
import org.jyco.runtime.PyException;
import org.jyco.runtime.PyExc;

/**
 * The inline cache every dynamic operation goes through. A site starts unlinked: its target
 * is {@link #fallback}. On each miss the site asks its kind ({@link #link}) for a
 * {@link Linkage} specialised to the operands' classes and installs
 * {@code guardWithTest(guard, specialised, previous target)} in front of the chain. Past
 * {@link #MAX_DEPTH} cases the site goes megamorphic: its target becomes the kind's generic
 * handle and it never relinks again. A linkage that depends on mutable state (a class's
 * attributes, a global's binding) carries that state's {@link SwitchPoint}; when one is
 * invalidated the chain is dropped and the site relinks from scratch.
 *
 * <p>Deciding a specialisation ({@link #link}) is separate from installing it (here), as in
 * Dynalink. With {@code -Djyco.link.log=true} every relink is printed.
 */
public abstract class PySite extends MutableCallSite {
    /** Cases per site before it goes megamorphic (about 4, as in DESIGN.md). */
    public static final int MAX_DEPTH = Integer.getInteger("jyco.link.depth", 4);
    static final boolean LOG = Boolean.getBoolean("jyco.link.log");

    private static final MethodHandle FALLBACK;

    static {
        try {
            FALLBACK = MethodHandles.lookup().findVirtual(PySite.class, "fallback",
                MethodType.methodType(Object.class, Object[].class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** The operation's name as written in the bytecode, e.g. {@code binop:add}. */
    protected final String operation;
    private final MethodHandle fallback;
    private int depth;
    private boolean megamorphic;
    private final List<SwitchPoint> switchPoints = new ArrayList<>();

    /** A decided specialisation: target, guard (null = always applies) and dependencies. */
    public record Linkage(MethodHandle target, MethodHandle guard, SwitchPoint[] switchPoints, String description) {
        public Linkage(MethodHandle target, MethodHandle guard, SwitchPoint switchPoint, String description) {
            this(target, guard, new SwitchPoint[] {switchPoint}, description);
        }

        public static Linkage of(MethodHandle target, MethodHandle guard, String description) {
            return new Linkage(target, guard, new SwitchPoint[0], description);
        }
    }

    /** Relinks allowed (invalidations included) before a site gives up and goes megamorphic. */
    private static final int MAX_LINKS = 16;
    private int links;

    protected PySite(String operation, MethodType type) {
        super(type);
        this.operation = operation;
        this.fallback = FALLBACK.bindTo(this).asCollector(Object[].class, type.parameterCount()).asType(type);
        setTarget(fallback);
    }

    /** Decides the specialisation for these operand values, or null for "use the generic handle". */
    protected abstract Linkage link(Object[] args) throws Throwable;

    /** The handle that works for any operands (the megamorphic state). Its type is the site's. */
    protected abstract MethodHandle generic();

    /** Called on a cache miss with the boxed arguments: relinks, then performs the operation. */
    @SuppressWarnings("unused")
    private Object fallback(Object[] args) throws Throwable {
        if (megamorphic) return generic().invokeWithArguments(args);
        boolean stale = false;
        for (SwitchPoint sp : switchPoints) stale |= sp.hasBeenInvalidated();
        if (stale) {
            switchPoints.clear();
            depth = 0;
            setTarget(fallback);
        }
        Linkage l;
        try {
            l = link(args);
        } catch (PyException e) {
            throw e;
        } catch (RuntimeException e) {
            throw PyExc.fromThrowable(e);
        }
        if (l == null || depth >= MAX_DEPTH || ++links > MAX_LINKS) {
            megamorphic = true;
            MethodHandle g = generic();
            setTarget(g);
            if (LOG) System.err.println("[jyco.link] " + operation + " megamorphic" + describe(args));
            return g.invokeWithArguments(args);
        }
        MethodHandle target = l.target().asType(type());
        if (l.guard() != null && !(boolean) l.guard().asType(type().changeReturnType(boolean.class)).invokeWithArguments(args)) {
            // the specialisation does not apply to these very operands (a linker's decision
            // depends on more than the guard tests): do this call the generic way
            if (LOG) System.err.println("[jyco.link] " + operation + describe(args) + " -> generic (guard rejects these operands)");
            return generic().invokeWithArguments(args);
        }
        MethodHandle installed = l.guard() == null ? target
            : MethodHandles.guardWithTest(l.guard().asType(type().changeReturnType(boolean.class)), target, getTarget());
        for (SwitchPoint sp : l.switchPoints()) {
            switchPoints.add(sp);
            installed = sp.guardWithTest(installed, fallback);
        }
        depth++;
        setTarget(installed);
        if (LOG) System.err.println("[jyco.link] " + operation + describe(args) + " -> " + l.description());
        return target.invokeWithArguments(args);
    }

    private static String describe(Object[] args) {
        StringBuilder sb = new StringBuilder(" (");
        for (int i = 0; i < args.length; i++) {
            if (i > 0) sb.append(", ");
            sb.append(args[i] == null ? "null" : args[i].getClass().getSimpleName());
        }
        return sb.append(')').toString();
    }
}
