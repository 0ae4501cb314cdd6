package org.jyco.compiler;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jyco.compiler.TypePlan.K;
import org.jyco.parser.ast.Cmpop;
import org.jyco.parser.ast.Expr;
import org.jyco.parser.ast.ExprContext;
import org.jyco.parser.ast.Positioned;
import org.jyco.parser.ast.Stmt;
import org.jyco.parser.ast.Unaryop;
import org.objectweb.asm.Label;

/**
 * Emits the typed version of a function, placed before its generic version in the same JVM
 * method. The locals of the {@link TypePlan} live in {@code long}/{@code double} slots, so int
 * and float arithmetic on them, their comparisons and {@code for i in range(...)} loops run on
 * JVM primitives with no boxing; everything else is the generic code (inherited from
 * {@link CodeGen}), reading a typed local through a box made on demand and cached.
 *
 * <p>Each typed local also keeps its generic (object) slot: null while unbound, the box of the
 * current value when one exists, or {@link org.jyco.runtime.Typed#STALE} when only the
 * primitive slot is current. Typed assumptions are guarded where they can fail:
 * <ul>
 *   <li>a typed parameter that is not of its kind on entry: the whole call runs the generic version;
 *   <li>arithmetic whose Python result is not the primitive one (an int past 64 bits, division
 *       by zero): each such operation is preceded by a {@code Typed.*Ok} test whose failure
 *       pops the primitives of that evaluation and computes the expression again the generic
 *       way (it only reads locals, so computing it twice is not observable);
 *   <li>a value of another type stored into a typed local (a call's result, an int past 64
 *       bits, an item of a list): the frame moves to the generic version just after that store.
 *       Moving boxes the typed locals into their object slots and gives each typed range loop
 *       being run an iterator over its remaining items in the generic loop's iterator slot;
 *       the points where the generic code goes on are its {@link Resume} labels.
 * </ul>
 */
final class TypedCodeGen extends CodeGen {
    private static final String TYPED = "org/jyco/runtime/Typed";
    private static final String PYEXC_DESC = "(Ljava/lang/String;)Lorg/jyco/runtime/PyException;";

    private final TypePlan plan;
    /** The primitive slot (two words) of each typed local. */
    private final Map<String, Integer> prim = new HashMap<>();
    /** The typed range loops around the code being emitted, innermost first. */
    private final Deque<RangeLoop> rangeLoops = new ArrayDeque<>();
    /** Code moving the frame to the generic version, emitted after the typed body. */
    private final List<Runnable> stubs = new ArrayList<>();

    /** A typed range loop's state: the next item, the step and the items left, in long slots. */
    private record RangeLoop(Stmt.For node, int next, int step, int remaining) {}

    TypedCodeGen(CodeGen generic, TypePlan plan) {
        super(generic);
        this.plan = plan;
        this.resume = generic.resume;
    }

    /**
     * Emits the typed version of {@code body}; a typed parameter whose argument is not of its
     * kind jumps to {@code genericStart}, where the generic version begins.
     */
    void emit(List<Stmt> body, Label genericStart) {
        for (Map.Entry<String, K> k : plan.kinds.entrySet()) {
            int slot = e.newLocal();
            e.newLocal();
            prim.put(k.getKey(), slot);
            if (k.getValue() == K.STR) {
                e.nullConst();
                e.store(slot);
            } else if (k.getValue() == K.LONG) {
                e.insn(LCONST_0);
                mn.visitVarInsn(LSTORE, slot);
            } else {
                e.insn(DCONST_0);
                mn.visitVarInsn(DSTORE, slot);
            }
        }
        Label notTyped = new Label();
        for (String p : plan.typedParams) {
            K k = plan.kinds.get(p);
            e.load(slotOf(p));
            mn.visitTypeInsn(INSTANCEOF, boxClass(k));
            e.jump(IFEQ, notTyped);
            e.load(slotOf(p));
            unbox(k);
            storePrim(p);
        }
        body(body);
        returnNone();
        for (int i = 0; i < stubs.size(); i++) stubs.get(i).run(); // a stub may add stubs
        e.label(notTyped);
        leaving();
        e.jump(GOTO, genericStart);
    }

    private void leaving() {
        e.string(scope.qualname);
        mn.visitVarInsn(ILOAD, lineSlot());
        e.invokeStatic(TYPED, "leaving", "(Ljava/lang/String;I)V");
    }

    /** The generic version places the labels this code jumps to. */
    @Override
    void resumeHere(Label l) {
    }

    // ------------------------------------------------------------------ typed locals

    private K kind(String name) {
        return plan.kinds.get(name);
    }

    private boolean isTypedLocal(Expr x) {
        return x instanceof Expr.Name n && prim.containsKey(n.id());
    }

    private static final String BUILDER = "java/lang/StringBuilder";

    private static String boxClass(K k) {
        return k == K.LONG ? "java/lang/Long" : k == K.DOUBLE ? "java/lang/Double" : "java/lang/String";
    }

    /** The primitive (or the builder of a str) on the stack as its Python object. */
    private void box(K k) {
        if (k == K.LONG) e.invokeStatic("java/lang/Long", "valueOf", "(J)Ljava/lang/Long;");
        else if (k == K.DOUBLE) e.invokeStatic("java/lang/Double", "valueOf", "(D)Ljava/lang/Double;");
        else e.invokeVirtual(BUILDER, "toString", "()Ljava/lang/String;");
    }

    /** The object on the stack (known to be of kind k) as its primitive (or a new builder of the str). */
    private void unbox(K k) {
        e.checkcast(boxClass(k));
        if (k == K.LONG) {
            e.invokeVirtual("java/lang/Long", "longValue", "()J");
        } else if (k == K.DOUBLE) {
            e.invokeVirtual("java/lang/Double", "doubleValue", "()D");
        } else {
            mn.visitTypeInsn(NEW, BUILDER);
            e.insn(DUP_X1);
            e.insn(SWAP);
            mn.visitMethodInsn(INVOKESPECIAL, BUILDER, "<init>", "(Ljava/lang/String;)V", false);
        }
    }

    private void loadPrim(String name) {
        K k = kind(name);
        mn.visitVarInsn(k == K.LONG ? LLOAD : k == K.DOUBLE ? DLOAD : ALOAD, prim.get(name));
    }

    private void storePrim(String name) {
        K k = kind(name);
        mn.visitVarInsn(k == K.LONG ? LSTORE : k == K.DOUBLE ? DSTORE : ASTORE, prim.get(name));
    }

    private void stale() {
        mn.visitFieldInsn(GETSTATIC, TYPED, "STALE", OBJ_D);
    }

    /** Stores the primitive on the stack into a typed local. */
    private void typedStore(String name) {
        storePrim(name);
        stale();
        e.store(slotOf(name));
    }

    /**
     * Stores the object on the stack into a typed local: unboxed if it is of the local's kind,
     * otherwise the frame moves to the generic version at {@code resumeAt} with the value stored.
     */
    private void guardedStore(String name, Label resumeAt) {
        Label other = stub(resumeAt, name);
        e.insn(DUP);
        mn.visitTypeInsn(INSTANCEOF, boxClass(kind(name)));
        e.jump(IFEQ, other);
        e.insn(DUP);
        e.store(slotOf(name));
        unbox(kind(name));
        storePrim(name);
    }

    /** A typed local read where an object is wanted: its box, made (and kept) if stale. */
    @Override
    void loadName(String name, Positioned where) {
        if (!prim.containsKey(name)) {
            super.loadName(name, where);
            return;
        }
        Label bound = new Label(), done = new Label();
        e.load(slotOf(name));
        e.insn(DUP);
        e.jump(IFNONNULL, bound);
        unboundError(name);
        e.label(bound);
        e.insn(DUP);
        stale();
        e.jump(IF_ACMPNE, done);
        e.insn(POP);
        loadPrim(name);
        box(kind(name));
        e.insn(DUP);
        e.store(slotOf(name));
        e.label(done);
    }

    private void unboundError(String name) {
        e.string(name);
        e.ops("unboundLocal", PYEXC_DESC);
        e.insn(ATHROW);
    }

    @Override
    void storeName(String name) {
        if (prim.containsKey(name)) throw new IllegalStateException("typed local '" + name + "' stored outside a typed form");
        super.storeName(name);
    }

    // ------------------------------------------------------------------ leaving for the generic version

    /**
     * A label where the frame moves to the generic version and continues at {@code resumeAt};
     * if {@code name} is not null the value on the stack is stored into it first, otherwise it
     * stays on the stack.
     */
    private Label stub(Label resumeAt, String name) {
        Label at = new Label();
        List<RangeLoop> loops = new ArrayList<>(rangeLoops);
        stubs.add(() -> {
            e.label(at);
            leaving();
            for (String t : plan.kinds.keySet()) {
                Label skip = new Label();
                e.load(slotOf(t));
                stale();
                e.jump(IF_ACMPNE, skip);
                loadPrim(t);
                box(kind(t));
                e.store(slotOf(t));
                e.label(skip);
            }
            for (RangeLoop r : loops) {
                mn.visitVarInsn(LLOAD, r.next);
                mn.visitVarInsn(LLOAD, r.step);
                mn.visitVarInsn(LLOAD, r.remaining);
                e.invokeStatic(TYPED, "rangeRest", "(JJJ)Lorg/jyco/runtime/types/PyIterators$Base;");
                e.store(resume.iterSlot(r.node, e));
            }
            if (name != null) e.store(slotOf(name));
            e.jump(GOTO, resumeAt);
        });
        return at;
    }

    // ------------------------------------------------------------------ typed expressions

    /**
     * Where a typed evaluation goes when an operation's Python result is not the primitive one:
     * one label per number of primitives of this evaluation still on the operand stack; each
     * pops one and falls into the next, down to the generic evaluation.
     */
    private final class Fallback {
        private final List<Label> byDepth = new ArrayList<>();

        Label at(int depth) {
            while (byDepth.size() <= depth) byDepth.add(new Label());
            return byDepth.get(depth);
        }

        boolean used() {
            return !byDepth.isEmpty();
        }

        void emit(Runnable generic) {
            for (int d = byDepth.size() - 1; d > 0; d--) {
                e.label(byDepth.get(d));
                e.insn(POP2);
            }
            e.label(byDepth.get(0));
            genericOnly(generic);
        }
    }

    /** Generic code emitted as a fallback holds no typed attempts of its own (so code size stays linear). */
    private int genericDepth;

    private void genericOnly(Runnable generic) {
        genericDepth++;
        try {
            generic.run();
        } finally {
            genericDepth--;
        }
    }

    private boolean typedAllowed() {
        return genericDepth == 0;
    }

    /**
     * Emits typed expression {@code x} as a {@code k} primitive followed by {@code afterTyped};
     * if an operation of it fails, the operand stack is restored to what it was before
     * {@code x} and {@code generic} runs instead (x only reads locals: evaluating it again is
     * not observable). Both continue after this code.
     */
    private void typedOr(Expr x, K k, Runnable afterTyped, Runnable generic) {
        Fallback f = new Fallback();
        typed(x, k, 0, f);
        afterTyped.run();
        if (!f.used()) return;
        Label join = new Label();
        e.jump(GOTO, join);
        f.emit(generic);
        e.label(join);
    }

    /** Scratch slots for the operands of a checked operation (stored, tested, used again). */
    private int longA = -1, longB, doubleA, doubleB;

    private void scratch() {
        if (longA >= 0) return;
        longA = e.newLocal();
        e.newLocal();
        longB = e.newLocal();
        e.newLocal();
        doubleA = e.newLocal();
        e.newLocal();
        doubleB = e.newLocal();
        e.newLocal();
    }

    /**
     * Emits a typed expression ({@link TypePlan#isTyped}) as a {@code want} primitive;
     * {@code depth} primitives of the same evaluation are below it on the stack.
     */
    private void typed(Expr x, K want, int depth, Fallback f) {
        K k = plan.kindOf(x);
        if (x instanceof Expr.Constant c) {
            if (c.value() instanceof Double d) {
                mn.visitLdcInsn(d);
            } else {
                long v = ((java.math.BigInteger) c.value()).longValue();
                if (want == K.DOUBLE) mn.visitLdcInsn((double) v);
                else mn.visitLdcInsn(v);
            }
            return;
        }
        if (x instanceof Expr.Name n) {
            String name = n.id();
            Label bound = new Label();
            e.load(slotOf(name));
            e.jump(IFNONNULL, bound);
            unboundError(name);
            e.label(bound);
            loadPrim(name);
        } else if (x instanceof Expr.UnaryOp u) {
            typed(u.operand(), k, depth, f);
            if (u.op() == Unaryop.USub && k == K.LONG) {
                e.insn(DUP2);
                e.invokeStatic(TYPED, "negOk", "(J)Z");
                e.jump(IFEQ, f.at(depth + 1));
                e.insn(LNEG);
            } else if (u.op() == Unaryop.USub) {
                e.insn(DNEG);
            } else if (u.op() == Unaryop.Invert) {
                mn.visitLdcInsn(-1L);
                e.insn(LXOR);
            }
        } else {
            Expr.BinOp b = (Expr.BinOp) x;
            K operands = k == K.LONG || plan.kindOf(b.left()) == K.LONG && plan.kindOf(b.right()) == K.LONG ? K.LONG : K.DOUBLE;
            typed(b.left(), operands, depth, f);
            typed(b.right(), operands, depth + 1, f);
            if (operands == K.LONG) longOp(b.op(), f.at(depth));
            else doubleOp(b.op(), f.at(depth));
        }
        if (k == K.LONG && want == K.DOUBLE) e.insn(L2D);
    }

    /** Two longs on the stack: stores them, jumps to {@code fail} unless {@code Typed.ok(a, b)}, pushes them back. */
    private void checkedLongs(String ok, Label fail) {
        scratch();
        mn.visitVarInsn(LSTORE, longB);
        mn.visitVarInsn(LSTORE, longA);
        mn.visitVarInsn(LLOAD, longA);
        mn.visitVarInsn(LLOAD, longB);
        e.invokeStatic(TYPED, ok, "(JJ)Z");
        e.jump(IFEQ, fail);
        mn.visitVarInsn(LLOAD, longA);
        mn.visitVarInsn(LLOAD, longB);
    }

    private void longOp(org.jyco.parser.ast.Operator op, Label fail) {
        switch (op) {
            case Add: checkedLongs("addOk", fail); e.insn(LADD); break;
            case Sub: checkedLongs("subOk", fail); e.insn(LSUB); break;
            case Mult: checkedLongs("mulOk", fail); e.insn(LMUL); break;
            case FloorDiv: checkedLongs("floorDivOk", fail); e.invokeStatic("java/lang/Math", "floorDiv", "(JJ)J"); break;
            case Mod: checkedLongs("nonZero", fail); e.invokeStatic("java/lang/Math", "floorMod", "(JJ)J"); break;
            case LShift: checkedLongs("lshiftOk", fail); e.insn(L2I); e.insn(LSHL); break;
            case RShift: checkedLongs("rshiftOk", fail); e.invokeStatic(TYPED, "rshift", "(JJ)J"); break;
            case Div:
                checkedLongs("trueDivOk", fail);
                mn.visitVarInsn(LSTORE, longB);
                e.insn(L2D);
                mn.visitVarInsn(LLOAD, longB);
                e.insn(L2D);
                e.insn(DDIV);
                break;
            case BitAnd: e.insn(LAND); break;
            case BitOr: e.insn(LOR); break;
            case BitXor: e.insn(LXOR); break;
            default: throw new IllegalStateException("no typed int " + op);
        }
    }

    private void doubleOp(org.jyco.parser.ast.Operator op, Label fail) {
        switch (op) {
            case Add: e.insn(DADD); return;
            case Sub: e.insn(DSUB); return;
            case Mult: e.insn(DMUL); return;
            default:
        }
        // division: fails for a zero divisor
        scratch();
        mn.visitVarInsn(DSTORE, doubleB);
        mn.visitVarInsn(DSTORE, doubleA);
        mn.visitVarInsn(DLOAD, doubleB);
        e.insn(DCONST_0);
        e.insn(DCMPL);
        e.jump(IFEQ, fail);
        mn.visitVarInsn(DLOAD, doubleA);
        mn.visitVarInsn(DLOAD, doubleB);
        switch (op) {
            case Div: e.insn(DDIV); break;
            case FloorDiv: e.invokeStatic("org/jyco/runtime/types/PyFloat", "floordiv", "(DD)D"); break;
            case Mod: e.invokeStatic("org/jyco/runtime/types/PyFloat", "mod", "(DD)D"); break;
            default: throw new IllegalStateException("no typed float " + op);
        }
    }

    // ------------------------------------------------------------------ statements

    /** {@code name = value} or {@code name op= value} into a typed local ({@code typedValue} is the new value). */
    private void assignTyped(String name, Expr typedValue, Runnable generic, Label after) {
        Runnable slow = () -> {
            generic.run();
            guardedStore(name, after);
        };
        if (kind(name) == K.STR || plan.kindOf(typedValue) != kind(name) || !typedAllowed()) slow.run();
        else typedOr(typedValue, kind(name), () -> typedStore(name), slow);
    }

    @Override
    public Void visitAssign(Stmt.Assign n) {
        if (n.targets().size() == 1 && isTypedLocal(n.targets().get(0))) {
            Expr.Name t = (Expr.Name) n.targets().get(0);
            String name = t.id();
            if (kind(name) == K.STR && n.value() instanceof Expr.BinOp b && b.op() == org.jyco.parser.ast.Operator.Add
                && b.left() instanceof Expr.Name l && l.id().equals(name)) {
                // s = s + value: the same as s += value for a str
                appendStr(t, b.right(), n);
                return null;
            }
            assignTyped(name, n.value(), () -> expr(n.value()), resume.end(n));
            return null;
        }
        return super.visitAssign(n);
    }

    @Override
    public Void visitAugAssign(Stmt.AugAssign n) {
        if (isTypedLocal(n.target()) && kind(((Expr.Name) n.target()).id()) == K.STR) {
            appendStr((Expr.Name) n.target(), n.value(), n);
            return null;
        }
        if (isTypedLocal(n.target())) {
            Expr.Name t = (Expr.Name) n.target();
            Expr.Name read = new Expr.Name(t.id(), ExprContext.Load, t.lineno(), t.col_offset(), t.end_lineno(), t.end_col_offset());
            Expr.BinOp value = new Expr.BinOp(read, n.op(), n.value(), n.lineno(), n.col_offset(), n.end_lineno(), n.end_col_offset());
            assignTyped(t.id(), value, () -> {
                loadName(t.id(), t);
                expr(n.value());
                e.dynamicN("inplace:" + opName(n.op()), 2);
            }, resume.end(n));
            return null;
        }
        if (n.target() instanceof Expr.Subscript s && typedIndex(s)) {
            // container[index] op= value, the index a long
            String inplace = "inplace:" + opName(n.op());
            expr(s.value());
            int container = e.newLocal(), item = e.newLocal();
            e.store(container);
            typedOr(s.slice(), K.LONG, () -> {
                int index = longLocal();
                mn.visitVarInsn(LSTORE, index);
                e.load(container);
                mn.visitVarInsn(LLOAD, index);
                e.dynamic("getitem", "(" + OBJ_D + "J)" + OBJ_D);
                expr(n.value());
                e.dynamicN(inplace, 2);
                e.store(item);
                e.load(container);
                mn.visitVarInsn(LLOAD, index);
                e.load(item);
                e.dynamic("setitem", "(" + OBJ_D + "J" + OBJ_D + ")V");
            }, () -> {
                expr(s.slice());
                int index = e.newLocal();
                e.store(index);
                e.load(container);
                e.load(index);
                e.dynamicN("getitem", 2);
                expr(n.value());
                e.dynamicN(inplace, 2);
                e.store(item);
                e.load(container);
                e.load(index);
                e.load(item);
                e.dynamic("setitem", "(" + OBJ_D + OBJ_D + OBJ_D + ")V");
            });
            return null;
        }
        return super.visitAugAssign(n);
    }

    /**
     * {@code s += value} for a str built up in a StringBuilder: a str value is appended (no
     * copy of s); anything else is added the generic way and stored back.
     */
    private void appendStr(Expr.Name t, Expr value, Stmt n) {
        String name = t.id();
        Label bound = new Label(), other = new Label(), done = new Label();
        e.load(slotOf(name)); // s is read (and must be bound) before the value is evaluated
        e.jump(IFNONNULL, bound);
        unboundError(name);
        e.label(bound);
        expr(value);
        e.insn(DUP);
        mn.visitTypeInsn(INSTANCEOF, "java/lang/String");
        e.jump(IFEQ, other);
        e.checkcast("java/lang/String");
        loadPrim(name);
        e.insn(SWAP);
        e.invokeVirtual(BUILDER, "append", "(Ljava/lang/String;)Ljava/lang/StringBuilder;");
        e.insn(POP);
        stale();
        e.store(slotOf(name));
        e.jump(GOTO, done);
        e.label(other);
        // [value]: s + value by the generic protocol (a TypeError, or a str subclass's __radd__...)
        loadName(name, t);
        e.insn(SWAP);
        e.dynamicN("inplace:add", 2);
        guardedStore(name, resume.end(n));
        e.label(done);
    }

    @Override
    public Void visitReturn(Stmt.Return n) {
        Expr v = n.value();
        if (v == null || !plan.isTyped(v) || v instanceof Expr.Name || v instanceof Expr.Constant || !typedAllowed()) {
            return super.visitReturn(n);
        }
        K k = plan.kindOf(v);
        typedOr(v, k, () -> {
            box(k);
            emitReturn();
        }, () -> super.visitReturn(n));
        return null;
    }

    // ------------------------------------------------------------------ expressions

    /** Typed arithmetic where an object is wanted: computed on primitives, boxed once. */
    @Override
    void expr(Expr x) {
        boolean arithmetic = x instanceof Expr.BinOp || x instanceof Expr.UnaryOp u && u.op() != Unaryop.Not;
        if (arithmetic && typedAllowed() && plan.isTyped(x)) {
            K k = plan.kindOf(x);
            typedOr(x, k, () -> box(k), () -> super.expr(x));
        } else {
            super.expr(x);
        }
    }

    /** An item of a container indexed by an int expression: the index is passed as a long. */
    private boolean typedIndex(Expr.Subscript s) {
        return typedAllowed() && plan.kindOf(s.slice()) == K.LONG;
    }

    @Override
    public Void visitSubscript(Expr.Subscript n) {
        if (!typedIndex(n)) return super.visitSubscript(n);
        expr(n.value());
        typedOr(n.slice(), K.LONG, () -> e.dynamic("getitem", "(" + OBJ_D + "J)" + OBJ_D), () -> {
            expr(n.slice());
            e.dynamicN("getitem", 2);
        });
        return null;
    }

    @Override
    void storeTarget(Expr t) {
        if (!(t instanceof Expr.Subscript s) || !typedIndex(s)) {
            super.storeTarget(t);
            return;
        }
        int value = e.newLocal();
        e.store(value);
        expr(s.value());
        typedOr(s.slice(), K.LONG, () -> {
            e.load(value);
            e.dynamic("setitem", "(" + OBJ_D + "J" + OBJ_D + ")V");
        }, () -> {
            expr(s.slice());
            e.load(value);
            e.dynamic("setitem", "(" + OBJ_D + OBJ_D + OBJ_D + ")V");
        });
        e.nullConst(); // the temporary must not keep the value alive
        e.store(value);
    }

    @Override
    public Void visitFor(Stmt.For n) {
        if (isTypedLocal(n.target()) && kind(((Expr.Name) n.target()).id()) == K.LONG
            && TypePlan.isRangeCall(n.iter(), scope)) {
            rangeLoop(n, ((Expr.Name) n.target()).id());
            return null;
        }
        return super.visitFor(n);
    }

    @Override
    void storeForTarget(Stmt.For n) {
        if (isTypedLocal(n.target())) guardedStore(((Expr.Name) n.target()).id(), resume.forBody(n));
        else super.storeForTarget(n);
    }

    /**
     * {@code for name in range(...)} counting on longs, when {@code range} is the builtin and
     * its arguments are ints of 64 bits; otherwise the range is made the generic way and the
     * generic loop runs.
     */
    private void rangeLoop(Stmt.For n, String name) {
        Expr.Call call = (Expr.Call) n.iter();
        loadName("range", (Positioned) call.func());
        int fn = e.newLocal();
        e.store(fn);
        List<Expr> args = call.args();
        int[] argSlots = new int[args.size()];
        for (int i = 0; i < args.size(); i++) {
            expr(args.get(i));
            argSlots[i] = e.newLocal();
            e.store(argSlots[i]);
        }
        Label generic = new Label();
        Label moved = stub(resume.forIter(n), null);
        stubs.add(() -> {
            // not the builtin range, or not 64-bit ints: range(...) called the generic way
            e.label(generic);
            e.load(fn);
            for (int s : argSlots) e.load(s);
            lineOf(call);
            e.dynamicN("call:" + argSlots.length, argSlots.length + 1);
            e.jump(GOTO, moved);
        });
        e.load(fn);
        e.invokeStatic(TYPED, "isRange", "(Ljava/lang/Object;)Z");
        e.jump(IFEQ, generic);
        for (int s : argSlots) {
            e.load(s);
            mn.visitTypeInsn(INSTANCEOF, "java/lang/Long");
            e.jump(IFEQ, generic);
        }
        int start = longLocal(), stop = longLocal(), step = longLocal(), next = longLocal(), left = longLocal();
        if (argSlots.length == 1) {
            e.insn(LCONST_0);
            mn.visitVarInsn(LSTORE, start);
        } else {
            unboxLongInto(argSlots[0], start);
        }
        unboxLongInto(argSlots[argSlots.length == 1 ? 0 : 1], stop);
        if (argSlots.length == 3) unboxLongInto(argSlots[2], step);
        else {
            e.insn(LCONST_1);
            mn.visitVarInsn(LSTORE, step);
        }
        mn.visitVarInsn(LLOAD, start);
        mn.visitVarInsn(LLOAD, stop);
        mn.visitVarInsn(LLOAD, step);
        e.invokeStatic(TYPED, "rangeLength", "(JJJ)J");
        e.insn(DUP2);
        mn.visitVarInsn(LSTORE, left);
        e.insn(LCONST_0);
        e.insn(LCMP);
        e.jump(IFLT, generic);
        mn.visitVarInsn(LLOAD, start);
        mn.visitVarInsn(LSTORE, next);
        Label top = new Label(), exhausted = new Label(), end = new Label();
        e.label(top);
        mn.visitVarInsn(LLOAD, left);
        e.insn(LCONST_0);
        e.insn(LCMP);
        e.jump(IFLE, exhausted);
        mn.visitVarInsn(LLOAD, left);
        e.insn(LCONST_1);
        e.insn(LSUB);
        mn.visitVarInsn(LSTORE, left);
        mn.visitVarInsn(LLOAD, next);
        typedStore(name);
        mn.visitVarInsn(LLOAD, next);
        mn.visitVarInsn(LLOAD, step);
        e.insn(LADD);
        mn.visitVarInsn(LSTORE, next);
        rangeLoops.push(new RangeLoop(n, next, step, left));
        blocks.push(new LoopBlock(top, end));
        body(n.body());
        blocks.pop();
        rangeLoops.pop();
        e.jump(GOTO, top);
        e.label(exhausted);
        body(n.orelse());
        e.label(end);
    }

    private int longLocal() {
        int s = e.newLocal();
        e.newLocal();
        return s;
    }

    private void unboxLongInto(int objSlot, int longSlot) {
        e.load(objSlot);
        unbox(K.LONG);
        mn.visitVarInsn(LSTORE, longSlot);
    }

    // ------------------------------------------------------------------ conditions

    @Override
    void condition(Expr c, Label target, boolean jumpIf) {
        if (c instanceof Expr.UnaryOp u && u.op() == Unaryop.Not || c instanceof Expr.BoolOp
            || !typedAllowed() || !isTypedCondition(c)) {
            // and/or/not recurse into this method for each operand
            super.condition(c, target, jumpIf);
            return;
        }
        Fallback f = new Fallback();
        typedCondition(c, target, jumpIf, f);
        if (!f.used()) return;
        Label join = new Label();
        e.jump(GOTO, join);
        f.emit(() -> super.condition(c, target, jumpIf));
        e.label(join);
    }

    /** A comparison chain of typed operands all of one kind, or a typed value tested for truth. */
    private boolean isTypedCondition(Expr c) {
        if (c instanceof Expr.Compare cmp) {
            K k = plan.kindOf(cmp.left());
            if (k != K.LONG && k != K.DOUBLE) return false;
            for (Expr x : cmp.comparators()) if (plan.kindOf(x) != k) return false;
            for (Cmpop op : cmp.ops()) {
                if (op == Cmpop.Is || op == Cmpop.IsNot || op == Cmpop.In || op == Cmpop.NotIn) return false;
            }
            return true;
        }
        return plan.isTyped(c);
    }

    private void typedCondition(Expr c, Label target, boolean jumpIf, Fallback f) {
        Label whenFalse = jumpIf ? new Label() : target;
        if (c instanceof Expr.Compare cmp) {
            K k = plan.kindOf(cmp.left());
            Expr left = cmp.left();
            for (int i = 0; i < cmp.ops().size(); i++) {
                Expr right = cmp.comparators().get(i);
                typed(left, k, 0, f);
                typed(right, k, 1, f);
                jumpIfFalse(cmp.ops().get(i), k, whenFalse);
                left = right;
            }
        } else {
            K k = plan.kindOf(c);
            typed(c, k, 0, f);
            if (k == K.LONG) {
                e.insn(LCONST_0);
                e.insn(LCMP);
            } else {
                e.insn(DCONST_0);
                e.insn(DCMPL);
            }
            e.jump(IFEQ, whenFalse);
        }
        if (jumpIf) {
            e.jump(GOTO, target);
            e.label(whenFalse);
        }
    }

    /** Compares the two primitives on the stack; jumps if the comparison is false (NaN compares false). */
    private void jumpIfFalse(Cmpop op, K k, Label to) {
        boolean lt = op == Cmpop.Lt || op == Cmpop.LtE;
        e.insn(k == K.LONG ? LCMP : lt ? DCMPG : DCMPL);
        switch (op) {
            case Lt: e.jump(IFGE, to); break;
            case LtE: e.jump(IFGT, to); break;
            case Gt: e.jump(IFLE, to); break;
            case GtE: e.jump(IFLT, to); break;
            case Eq: e.jump(IFNE, to); break;
            default: e.jump(IFEQ, to); break;
        }
    }
}
