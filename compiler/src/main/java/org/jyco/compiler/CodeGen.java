package org.jyco.compiler;

import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jyco.compiler.Symtable.Binding;
import org.jyco.compiler.Symtable.Kind;
import org.jyco.compiler.Symtable.Scope;
import org.jyco.parser.ast.Alias;
import org.jyco.parser.ast.Arg;
import org.jyco.parser.ast.Arguments;
import org.jyco.parser.ast.Boolop;
import org.jyco.parser.ast.Cmpop;
import org.jyco.parser.ast.Comprehension;
import org.jyco.parser.ast.ConstantValue;
import org.jyco.parser.ast.ExceptHandler;
import org.jyco.parser.ast.Expr;
import org.jyco.parser.ast.Keyword;
import org.jyco.parser.ast.Node;
import org.jyco.parser.ast.Operator;
import org.jyco.parser.ast.Positioned;
import org.jyco.parser.ast.Stmt;
import org.jyco.parser.ast.Unaryop;
import org.jyco.parser.ast.WithItem;
import org.objectweb.asm.Label;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TryCatchBlockNode;

/**
 * Generates the JVM method for one code unit (module body, function, lambda, class body,
 * comprehension, generator body): one visit method per AST node, emitting through
 * {@link Emitter}. Python locals are JVM locals; captured variables are {@link
 * org.jyco.runtime.types.PyCell}s; every dynamic operation is an invokedynamic site.
 *
 * <p>Control flow that leaves a protected region early ({@code return}, {@code break},
 * {@code continue} through {@code finally} or {@code with}) inlines the cleanup code, with the
 * region's exception range suspended around it, as CPython's compiler does with its block
 * stack. Tracebacks: a local holds the current line; a handler covering the whole method adds
 * this frame's entry to any exception leaving it.
 */
class CodeGen implements Opcodes, Stmt.Visitor<Void>, Expr.Visitor<Void> {
    static final String PYFUNCTION = "org/jyco/runtime/types/PyFunction";
    static final String PYCELL = "org/jyco/runtime/types/PyCell";
    static final String PYGEN = "org/jyco/runtime/types/PyGenerator";
    static final String PYDICT = "org/jyco/runtime/types/PyDict";
    static final String PYEXC_T = "org/jyco/runtime/PyException";
    static final String OBJ_D = Emitter.OBJ_D;
    static final String OBJS_D = "[Ljava/lang/Object;";

    private final ModuleCompiler mc;
    final Scope scope;
    final Emitter e;
    final MethodNode mn;
    private final Map<String, Integer> slots;
    private final int lineSlot;
    /** The last exception an except clause of this frame caught (its traceback has this frame). */
    private final int caughtSlot;
    /** Slot of the PyFunction (or PyGenerator for generator bodies); -1 for module code. */
    private final int selfSlot;
    /** Slot of the class namespace in class bodies. */
    private final int nsSlot;
    private final boolean generatorBody;
    final Deque<Block> blocks = new ArrayDeque<>();
    /** Labels and slots of this (generic) code that a typed version of the function continues at; null if none. */
    Resume resume;
    private final Label methodStart = new Label();

    // ------------------------------------------------------------------ blocks

    /** A region of code with an exception range that early exits must suspend. */
    private static final class Region {
        final List<Label[]> segments = new ArrayList<>();
        Label open;
    }

    abstract static class Block {
        Region region;
    }

    static final class LoopBlock extends Block {
        final Label continueLabel;
        final Label breakLabel;

        LoopBlock(Label c, Label b) {
            continueLabel = c;
            breakLabel = b;
        }
    }

    private static final class FinallyBlock extends Block {
        final List<Stmt> finalbody;

        FinallyBlock(List<Stmt> finalbody) {
            this.finalbody = finalbody;
        }
    }

    private static final class WithBlock extends Block {
        final int exitSlot;
        final boolean async;

        WithBlock(int exitSlot, boolean async) {
            this.exitSlot = exitSlot;
            this.async = async;
        }
    }

    /** The body of an except clause: {@code raise} re-raises excSlot; the bound name is cleared on exit. */
    private static final class HandlerBlock extends Block {
        final int excSlot;
        final String name;
        /** The exception sys.exc_info() showed before this handler, restored when it ends. */
        final int prevSlot;
        /** excSlot was caught in this frame (an except clause, not a finally body): it has this frame's entry. */
        final boolean caught;
        /** An except* clause: break, continue and return may not leave it. */
        final boolean star;

        HandlerBlock(int excSlot, String name, int prevSlot, boolean caught, boolean star) {
            this.excSlot = excSlot;
            this.name = name;
            this.prevSlot = prevSlot;
            this.caught = caught;
            this.star = star;
        }
    }

    /** A try body protected by except clauses (only its region matters for early exits). */
    private static final class TryBlock extends Block {
    }

    CodeGen(ModuleCompiler mc, Scope scope, MethodNode mn, boolean generatorBody) {
        this.mc = mc;
        this.scope = scope;
        this.mn = mn;
        this.generatorBody = generatorBody;
        this.slots = new HashMap<>();
        int next = 0;
        if (scope.kind == Kind.MODULE) {
            selfSlot = -1;
            nsSlot = -1;
        } else if (generatorBody) {
            selfSlot = next++;
            next++; // the sent value
            nsSlot = -1;
        } else {
            selfSlot = next++;
            nsSlot = scope.kind == Kind.CLASS ? next++ : -1;
        }
        if (scope.kind != Kind.CLASS && scope.kind != Kind.MODULE) {
            for (String p : scope.params) slots.put(p, next++);
        }
        this.e = new Emitter(mn, next);
        this.lineSlot = e.newLocal();
        this.caughtSlot = e.newLocal();
        if (scope.isFunction()) {
            for (Map.Entry<String, Binding> b : scope.bindings.entrySet()) {
                Binding k = b.getValue();
                if (k == Binding.LOCAL || k == Binding.CELL || k == Binding.FREE) slotOf(b.getKey());
            }
        }
    }

    /** A code generator emitting into the same method and frame as {@code base} (a typed version of its code). */
    CodeGen(CodeGen base) {
        this.mc = base.mc;
        this.scope = base.scope;
        this.mn = base.mn;
        this.e = base.e;
        this.slots = base.slots;
        this.lineSlot = base.lineSlot;
        this.caughtSlot = base.caughtSlot;
        this.selfSlot = base.selfSlot;
        this.nsSlot = base.nsSlot;
        this.generatorBody = base.generatorBody;
    }

    /** The slot of the value sent into a generator body. */
    static final int SENT_SLOT = 1;

    // ------------------------------------------------------------------ method frame

    /** Emits the prologue: line local, cells, free variables. Parameters are already in place. */
    void prologue(int firstLine) {
        e.iconst(firstLine);
        mn.visitVarInsn(ISTORE, lineSlot);
        e.nullConst();
        e.store(caughtSlot);
        if (!generatorBody) e.ops("enterCall", "()V"); // generator bodies count each resume (GeneratorTransform)
        // every local starts unbound (null), so reads can test for UnboundLocalError
        for (Map.Entry<String, Integer> l : slots.entrySet()) {
            if (scope.params.contains(l.getKey()) && !generatorBody) continue;
            e.nullConst();
            e.store(l.getValue());
        }
        e.label(methodStart);
        if (generatorBody) {
            // parameters were saved in the generator's frame by the function body
            for (int i = 0; i < scope.params.size(); i++) {
                int slot = slotOf(scope.params.get(i));
                e.load(selfSlot);
                mn.visitFieldInsn(GETFIELD, PYGEN, "frame", OBJS_D);
                e.iconst(i);
                e.insn(AALOAD);
                e.store(slot);
            }
        }
        for (String c : scope.cellvars) {
            if (scope.kind == Kind.CLASS) continue;
            int slot = slotOf(c);
            if (scope.params.contains(c)) {
                mn.visitTypeInsn(NEW, PYCELL);
                e.insn(DUP);
                e.load(slot);
                mn.visitMethodInsn(INVOKESPECIAL, PYCELL, "<init>", "(Ljava/lang/Object;)V", false);
            } else {
                mn.visitTypeInsn(NEW, PYCELL);
                e.insn(DUP);
                mn.visitMethodInsn(INVOKESPECIAL, PYCELL, "<init>", "()V", false);
            }
            e.store(slot);
        }
        List<String> free = new ArrayList<>(scope.freevars);
        for (int i = 0; i < free.size(); i++) {
            loadFunction();
            mn.visitFieldInsn(GETFIELD, PYFUNCTION, "closure", "[L" + PYCELL + ";");
            e.iconst(i);
            e.insn(AALOAD);
            e.store(slotOf(free.get(i)));
        }
        if (scope.kind == Kind.CLASS) classCellSlot();
    }

    /** Emits the method's end: the traceback handler over the whole body. */
    void epilogue(String filename, String funcName) {
        Label end = new Label();
        e.label(end);
        Label handler = new Label();
        e.label(handler);
        // stack: Throwable
        e.string(filename);
        e.string(funcName);
        mn.visitVarInsn(ILOAD, lineSlot);
        e.load(caughtSlot);
        e.checkcast(PYEXC_T);
        e.ops("addTraceback", "(Ljava/lang/Throwable;Ljava/lang/String;Ljava/lang/String;ILorg/jyco/runtime/PyException;)"
            + "Lorg/jyco/runtime/PyException;");
        e.insn(ATHROW);
        mn.tryCatchBlocks.add(new TryCatchBlockNode(labelNode(methodStart), labelNode(end), labelNode(handler),
            "java/lang/Throwable"));
    }

    private static LabelNode labelNode(Label l) {
        if (l.info instanceof LabelNode n) return n;
        LabelNode n = new LabelNode(l);
        l.info = n;
        return n;
    }

    private void loadFunction() {
        e.load(selfSlot);
        if (generatorBody) mn.visitFieldInsn(GETFIELD, PYGEN, "function", "L" + PYFUNCTION + ";");
        else e.checkcast(PYFUNCTION);
    }

    int slotOf(String name) {
        Integer s = slots.get(name);
        if (s == null) {
            s = e.newLocal();
            slots.put(name, s);
        }
        return s;
    }

    private int classCellSlot() {
        return slotOf("__class__");
    }

    void body(List<Stmt> stmts) {
        for (Stmt s : stmts) stmt(s);
    }

    void stmt(Stmt s) {
        Positioned p = s;
        Label l = new Label();
        e.label(l);
        e.line(p.lineno(), l);
        e.iconst(p.lineno());
        mn.visitVarInsn(ISTORE, lineSlot);
        s.accept(this);
        if (resume != null) resumeHere(resume.end(s));
    }

    /** Places a label of {@link #resume} (the generic code places them; a typed version only jumps to them). */
    void resumeHere(Label l) {
        e.label(l);
    }

    /** Sets the current line for an expression spanning lines (calls in multi-line statements). */
    void lineOf(Positioned p) {
        Label l = new Label();
        e.label(l);
        e.line(p.lineno(), l);
    }

    /** {@code return None} at the end of a body that can fall off. */
    void returnNone() {
        e.none();
        emitReturn();
    }

    /** Returns the value on the stack from this frame. */
    void emitReturn() {
        e.ops("leaveCall", "()V");
        if (generatorBody) {
            // stack: value
            int tmp = e.newLocal();
            e.store(tmp);
            e.load(selfSlot);
            e.load(tmp);
            mn.visitFieldInsn(PUTFIELD, PYGEN, "returnValue", OBJ_D);
            e.load(selfSlot);
            e.iconst(-1);
            mn.visitFieldInsn(PUTFIELD, PYGEN, "state", "I");
            mn.visitFieldInsn(GETSTATIC, "org/jyco/runtime/types/PyIterators", "END", OBJ_D);
        }
        e.insn(ARETURN);
    }

    // ------------------------------------------------------------------ regions

    private Region openRegion() {
        Region r = new Region();
        r.open = new Label();
        e.label(r.open);
        return r;
    }

    private void closeRegion(Region r) {
        if (r.open == null) return;
        Label end = new Label();
        e.label(end);
        r.segments.add(new Label[] {r.open, end});
        r.open = null;
    }

    private void reopenRegion(Region r) {
        r.open = new Label();
        e.label(r.open);
    }

    private void addHandlers(Region r, Label handler, String type) {
        for (Label[] seg : r.segments) {
            LabelNode start = labelNode(seg[0]), end = labelNode(seg[1]);
            if (isEmptyRange(start, end)) continue;
            mn.tryCatchBlocks.add(new TryCatchBlockNode(start, end, labelNode(handler), type));
        }
    }

    /** True if no instruction lies between two labels (the JVM rejects empty handler ranges). */
    private static boolean isEmptyRange(LabelNode start, LabelNode end) {
        for (org.objectweb.asm.tree.AbstractInsnNode i = start; i != null && i != end; i = i.getNext()) {
            if (i.getOpcode() >= 0) return false;
        }
        return true;
    }

    /**
     * Runs the cleanup of blocks from the innermost outwards until {@code stop} (exclusive;
     * null = all), for an early exit. Regions of the blocks left are suspended meanwhile;
     * {@link #resumeAfterExit} reopens them for the code that follows.
     */
    private List<Block> unwind(Block stop) {
        List<Block> left = new ArrayList<>();
        for (Block b : blocks) {
            if (b == stop) break;
            left.add(b);
        }
        for (Block b : left) if (b.region != null) closeRegion(b.region);
        Deque<Block> saved = new ArrayDeque<>(blocks);
        for (Block b : left) {
            blocks.pop();
            if (b instanceof FinallyBlock f) {
                body(f.finalbody);
            } else if (b instanceof WithBlock w) {
                withExitNormal(w);
            } else if (b instanceof HandlerBlock h) {
                endHandler(h.prevSlot);
                if (h.name != null) deleteNameQuietly(h.name);
            }
        }
        blocks.clear();
        // restore the block stack for the code after the exit
        List<Block> all = new ArrayList<>(saved);
        java.util.Collections.reverse(all);
        for (Block b : all) blocks.push(b);
        return left;
    }

    private void resumeAfterExit(List<Block> left) {
        for (int i = left.size() - 1; i >= 0; i--) {
            Block b = left.get(i);
            if (b.region != null) reopenRegion(b.region);
        }
    }

    /** Makes exc the exception being handled (sys.exc_info); the previous one goes to a new local. */
    private int beginHandler(int exc) {
        e.load(exc);
        e.ops("beginHandler", "(Lorg/jyco/runtime/PyException;)Ljava/lang/Object;");
        int prev = e.newLocal();
        e.store(prev);
        return prev;
    }

    private void endHandler(int prev) {
        e.load(prev);
        e.ops("endHandler", "(Ljava/lang/Object;)V");
    }

    // ------------------------------------------------------------------ names

    void loadName(String name, Positioned where) {
        Binding b = scope.binding(name);
        if (scope.kind == Kind.MODULE) {
            e.dynamic("getname:" + name, "()" + OBJ_D);
            return;
        }
        if (scope.kind == Kind.CLASS) {
            if (b == Binding.GLOBAL_EXPLICIT) {
                e.dynamic("getglobal:" + name, "()" + OBJ_D);
            } else if (b == Binding.FREE) {
                e.load(nsSlot);
                e.string(name);
                e.load(slotOf(name));
                e.ops("classDeref", "(Ljava/lang/Object;Ljava/lang/String;L" + PYCELL + ";)" + OBJ_D);
            } else {
                e.load(nsSlot);
                e.string(name);
                e.scope();
                e.ops("classLoad", "(Ljava/lang/Object;Ljava/lang/String;Lorg/jyco/runtime/ModuleScope;)" + OBJ_D);
            }
            return;
        }
        switch (b) {
            case LOCAL: {
                e.load(slotOf(name));
                if (!scope.params.contains(name) || true) {
                    Label ok = new Label();
                    e.insn(DUP);
                    e.jump(IFNONNULL, ok);
                    e.string(name);
                    e.ops("unboundLocal", "(Ljava/lang/String;)Lorg/jyco/runtime/PyException;");
                    e.insn(ATHROW);
                    e.label(ok);
                }
                return;
            }
            case CELL:
            case FREE: {
                e.load(slotOf(name));
                e.string(name);
                e.iconst(b == Binding.FREE ? 1 : 0);
                e.ops("cellGet", "(L" + PYCELL + ";Ljava/lang/String;Z)" + OBJ_D);
                return;
            }
            default:
                e.dynamic("getglobal:" + name, "()" + OBJ_D);
        }
    }

    /** Stores the value on the stack into a name. */
    void storeName(String name) {
        Binding b = scope.binding(name);
        if (scope.kind == Kind.MODULE) {
            e.dynamic("setname:" + name, "(" + OBJ_D + ")V");
            return;
        }
        if (scope.kind == Kind.CLASS) {
            if (b == Binding.GLOBAL_EXPLICIT) {
                e.dynamic("setglobal:" + name, "(" + OBJ_D + ")V");
            } else {
                e.load(nsSlot);
                e.insn(SWAP);
                e.string(name);
                e.insn(SWAP);
                e.ops("classStore", "(Ljava/lang/Object;Ljava/lang/String;Ljava/lang/Object;)V");
            }
            return;
        }
        switch (b) {
            case LOCAL:
                e.store(slotOf(name));
                return;
            case CELL:
            case FREE:
                e.load(slotOf(name));
                e.insn(SWAP);
                mn.visitFieldInsn(PUTFIELD, PYCELL, "value", OBJ_D);
                return;
            default:
                e.dynamic("setglobal:" + name, "(" + OBJ_D + ")V");
        }
    }

    void deleteName(String name) {
        Binding b = scope.binding(name);
        if (scope.kind == Kind.MODULE) {
            e.dynamic("delname:" + name, "()V");
            return;
        }
        if (scope.kind == Kind.CLASS) {
            if (b == Binding.GLOBAL_EXPLICIT) {
                e.dynamic("delglobal:" + name, "()V");
            } else {
                e.load(nsSlot);
                e.string(name);
                e.ops("classDelete", "(Ljava/lang/Object;Ljava/lang/String;)V");
            }
            return;
        }
        switch (b) {
            case LOCAL:
                loadName(name, null);
                e.insn(POP);
                e.nullConst();
                e.store(slotOf(name));
                return;
            case CELL:
            case FREE:
                loadName(name, null);
                e.insn(POP);
                e.load(slotOf(name));
                e.nullConst();
                mn.visitFieldInsn(PUTFIELD, PYCELL, "value", OBJ_D);
                return;
            default:
                e.dynamic("delglobal:" + name, "()V");
        }
    }

    /** {@code del name} without the unbound check (the end of an except clause). */
    private void deleteNameQuietly(String name) {
        Binding b = scope.binding(name);
        if (scope.kind == Kind.FUNCTION || scope.kind == Kind.COMPREHENSION) {
            if (b == Binding.LOCAL) {
                e.nullConst();
                e.store(slotOf(name));
                return;
            }
            if (b == Binding.CELL || b == Binding.FREE) {
                e.load(slotOf(name));
                e.nullConst();
                mn.visitFieldInsn(PUTFIELD, PYCELL, "value", OBJ_D);
                return;
            }
        }
        e.scope();
        e.string(name);
        if (scope.kind == Kind.CLASS) {
            e.insn(POP2);
            e.load(nsSlot);
            e.string(name);
            e.ops("classDeleteQuietly", "(Ljava/lang/Object;Ljava/lang/String;)V");
        } else {
            e.ops(scope.kind == Kind.MODULE ? "nameDeleteQuietly" : "globalDeleteQuietly",
                "(Lorg/jyco/runtime/ModuleScope;Ljava/lang/String;)V");
        }
    }

    // ------------------------------------------------------------------ targets

    /** Stores the value on the stack into an assignment target. */
    void storeTarget(Expr t) {
        if (t instanceof Expr.Name n) {
            storeName(n.id());
        } else if (t instanceof Expr.Attribute a) {
            // [value] -> [object, value]: the value is evaluated first, as in Python
            expr(a.value());
            e.insn(SWAP);
            e.dynamic("setattr:" + a.attr(), "(" + OBJ_D + OBJ_D + ")V");
        } else if (t instanceof Expr.Subscript s) {
            // [value] -> [container, key, value]
            expr(s.value());
            expr(s.slice());
            e.insn(DUP2_X1);
            e.insn(POP2);
            e.dynamic("setitem", "(" + OBJ_D + OBJ_D + OBJ_D + ")V");
        } else if (t instanceof Expr.Tuple tu) {
            checkStarred(tu.elts(), tu);
            unpackInto(tu.elts());
        } else if (t instanceof Expr.List l) {
            checkStarred(l.elts(), l);
            unpackInto(l.elts());
        } else if (t instanceof Expr.Starred s) {
            storeTarget(s.value());
        } else {
            throw new IllegalStateException("bad target " + t.nodeName());
        }
    }

    private void checkStarred(List<Expr> elts, Positioned target) {
        int n = 0;
        for (Expr x : elts) if (x instanceof Expr.Starred) n++;
        if (n > 1) throw mc.syntaxError("multiple starred expressions in assignment", target);
    }

    private void unpackInto(List<Expr> elts) {
        int star = -1;
        for (int i = 0; i < elts.size(); i++) if (elts.get(i) instanceof Expr.Starred) star = i;
        if (star < 0) {
            e.iconst(elts.size());
            e.ops("unpack", "(Ljava/lang/Object;I)" + OBJS_D);
        } else {
            e.iconst(star);
            e.iconst(elts.size() - star - 1);
            e.ops("unpackStarred", "(Ljava/lang/Object;II)" + OBJS_D);
        }
        int arr = e.newLocal();
        e.store(arr);
        for (int i = 0; i < elts.size(); i++) {
            e.load(arr);
            e.iconst(i);
            e.insn(AALOAD);
            storeTarget(elts.get(i));
        }
        // a temporary must not keep the values alive (the JVM's interpreter treats every slot as a root)
        e.nullConst();
        e.store(arr);
    }

    private void deleteTarget(Expr t) {
        if (t instanceof Expr.Name n) {
            deleteName(n.id());
        } else if (t instanceof Expr.Attribute a) {
            expr(a.value());
            e.dynamic("delattr:" + a.attr(), "(" + OBJ_D + ")V");
        } else if (t instanceof Expr.Subscript s) {
            expr(s.value());
            expr(s.slice());
            e.dynamic("delitem", "(" + OBJ_D + OBJ_D + ")V");
        } else if (t instanceof Expr.Tuple tu) {
            for (Expr x : tu.elts()) deleteTarget(x);
        } else if (t instanceof Expr.List l) {
            for (Expr x : l.elts()) deleteTarget(x);
        }
    }

    // ================================================================== statements

    @Override
    public Void visitExpr(Stmt.ExprStmt n) {
        expr(n.value());
        if (mc.interactive && scope.kind == Kind.MODULE) {
            e.ops("displayHook", "(Ljava/lang/Object;)V");
        } else {
            e.insn(POP);
        }
        return null;
    }

    @Override
    public Void visitAssign(Stmt.Assign n) {
        expr(n.value());
        List<Expr> targets = n.targets();
        for (int i = 0; i < targets.size(); i++) {
            if (i < targets.size() - 1) e.insn(DUP);
            storeTarget(targets.get(i));
        }
        return null;
    }

    @Override
    public Void visitAugAssign(Stmt.AugAssign n) {
        String op = "inplace:" + opName(n.op());
        Expr t = n.target();
        if (t instanceof Expr.Name name) {
            loadName(name.id(), name);
            expr(n.value());
            e.dynamicN(op, 2);
            storeName(name.id());
        } else if (t instanceof Expr.Attribute a) {
            expr(a.value());
            e.insn(DUP);
            e.dynamic("getattr:" + a.attr(), "(" + OBJ_D + ")" + OBJ_D);
            expr(n.value());
            e.dynamicN(op, 2);
            e.dynamic("setattr:" + a.attr(), "(" + OBJ_D + OBJ_D + ")V");
        } else if (t instanceof Expr.Subscript s) {
            expr(s.value());
            expr(s.slice());
            e.insn(DUP2);
            e.dynamicN("getitem", 2);
            expr(n.value());
            e.dynamicN(op, 2);
            e.dynamic("setitem", "(" + OBJ_D + OBJ_D + OBJ_D + ")V");
        }
        return null;
    }

    @Override
    public Void visitAnnAssign(Stmt.AnnAssign n) {
        if (n.value() != null) {
            expr(n.value());
            storeTarget(n.target());
        }
        if (n.simple() == 1 && n.target() instanceof Expr.Name name
            && (scope.kind == Kind.MODULE || scope.kind == Kind.CLASS)) {
            expr(n.annotation());
            if (scope.kind == Kind.CLASS) e.load(nsSlot);
            else e.insn(ACONST_NULL);
            e.scope();
            e.string(name.id());
            e.ops("annotate", "(Ljava/lang/Object;Ljava/lang/Object;Lorg/jyco/runtime/ModuleScope;Ljava/lang/String;)V");
        } else if (n.simple() == 0 && scope.kind != Kind.FUNCTION && n.value() == null) {
            // the target's parts are evaluated for their effects
            if (n.target() instanceof Expr.Attribute a) {
                expr(a.value());
                e.insn(POP);
            } else if (n.target() instanceof Expr.Subscript s) {
                expr(s.value());
                e.insn(POP);
                expr(s.slice());
                e.insn(POP);
            }
        }
        return null;
    }

    @Override
    public Void visitDelete(Stmt.Delete n) {
        for (Expr t : n.targets()) deleteTarget(t);
        return null;
    }

    @Override
    public Void visitPass(Stmt.Pass n) {
        return null;
    }

    @Override
    public Void visitIf(Stmt.If n) {
        Label orelse = new Label(), end = new Label();
        condition(n.test(), orelse, false);
        body(n.body());
        if (!n.orelse().isEmpty()) e.jump(GOTO, end);
        e.label(orelse);
        body(n.orelse());
        e.label(end);
        return null;
    }

    @Override
    public Void visitWhile(Stmt.While n) {
        Label top = new Label(), orelse = new Label(), end = new Label();
        e.label(top);
        condition(n.test(), orelse, false);
        LoopBlock loop = new LoopBlock(top, end);
        blocks.push(loop);
        body(n.body());
        blocks.pop();
        e.jump(GOTO, top);
        e.label(orelse);
        body(n.orelse());
        e.label(end);
        return null;
    }

    @Override
    public Void visitFor(Stmt.For n) {
        expr(n.iter());
        if (resume != null) resumeHere(resume.forIter(n));
        e.dynamic("iter", "(" + OBJ_D + ")" + OBJ_D);
        int it = resume != null ? resume.iterSlot(n, e) : e.newLocal();
        e.store(it);
        Label top = new Label(), exhausted = new Label(), end = new Label();
        e.label(top);
        // next() runs on the for statement's line (an error in the iterator is reported there)
        e.line(n.lineno(), top);
        e.iconst(n.lineno());
        mn.visitVarInsn(ISTORE, lineSlot);
        e.load(it);
        e.dynamic("next", "(" + OBJ_D + ")" + OBJ_D);
        e.insn(DUP);
        mn.visitFieldInsn(GETSTATIC, "org/jyco/runtime/types/PyIterators", "END", OBJ_D);
        e.jump(IF_ACMPEQ, exhausted);
        storeForTarget(n);
        if (resume != null) resumeHere(resume.forBody(n));
        LoopBlock loop = new LoopBlock(top, end);
        blocks.push(loop);
        body(n.body());
        blocks.pop();
        e.jump(GOTO, top);
        e.label(exhausted);
        e.insn(POP);
        e.nullConst();
        e.store(it);
        body(n.orelse());
        e.label(end);
        return null;
    }

    /** Stores the item on the stack into a for loop's target. */
    void storeForTarget(Stmt.For n) {
        storeTarget(n.target());
    }

    @Override
    public Void visitAsyncFor(Stmt.AsyncFor n) {
        if (!scope.coroutine) throw mc.syntaxError("'async for' outside async function", n);
        // it = aiter(x); loop: try: target = await anext(it) except StopAsyncIteration: else-part
        expr(n.iter());
        e.ops("asyncIter", "(Ljava/lang/Object;)Ljava/lang/Object;");
        int it = e.newLocal();
        e.store(it);
        Label top = new Label(), exhausted = new Label(), end = new Label();
        e.label(top);
        Region r = openRegion();
        e.load(it);
        e.ops("asyncNext", "(Ljava/lang/Object;)Ljava/lang/Object;");
        await();
        closeRegion(r);
        storeTarget(n.target());
        LoopBlock loop = new LoopBlock(top, end);
        blocks.push(loop);
        body(n.body());
        blocks.pop();
        e.jump(GOTO, top);
        Label handler = new Label();
        e.label(handler);
        e.ops("asyncForStop", "(Ljava/lang/Throwable;)V");
        addHandlers(r, handler, "java/lang/Throwable");
        e.label(exhausted);
        e.nullConst();
        e.store(it);
        body(n.orelse());
        e.label(end);
        return null;
    }

    /** {@code await} of the value on the stack. */
    private void await() {
        e.ops("awaitIter", "(Ljava/lang/Object;)Ljava/lang/Object;");
        delegate();
    }

    @Override
    public Void visitBreak(Stmt.Break n) {
        checkNotInExceptStar(n, false);
        LoopBlock loop = innermostLoop(n, "'break' outside loop");
        List<Block> left = unwind(loop);
        e.jump(GOTO, loop.breakLabel);
        resumeAfterExit(left);
        return null;
    }

    @Override
    public Void visitContinue(Stmt.Continue n) {
        checkNotInExceptStar(n, false);
        LoopBlock loop = innermostLoop(n, "'continue' not properly in loop");
        List<Block> left = unwind(loop);
        e.jump(GOTO, loop.continueLabel);
        resumeAfterExit(left);
        return null;
    }

    /**
     * break and continue (up to their loop) and return may not leave an except* clause. The
     * error's location is CPython's: the statement, unless the exit passes a with statement or
     * the body of a try/finally first, whose cleanup code leaves no location (line -1).
     */
    private void checkNotInExceptStar(Positioned where, boolean toFunction) {
        boolean located = true;
        for (Block b : blocks) {
            if (b instanceof HandlerBlock h && h.star) {
                String msg = "'break', 'continue' and 'return' cannot appear in an except* block";
                throw located ? mc.syntaxError(msg, where) : mc.syntaxErrorNoLocation(msg);
            }
            if (b instanceof LoopBlock && !toFunction) return;
            if (b instanceof WithBlock || b instanceof FinallyBlock) located = false;
        }
    }

    /** A constant, or an operator on constants that CPython's AST optimizer folds into one (such as -1 or not 0). */
    private static boolean isFoldedConstant(Expr x) {
        if (x instanceof Expr.UnaryOp u) return isFoldedConstant(u.operand());
        return x instanceof Expr.Constant;
    }

    private LoopBlock innermostLoop(Positioned where, String msg) {
        for (Block b : blocks) if (b instanceof LoopBlock l) return l;
        throw mc.syntaxError(msg, where);
    }

    @Override
    public Void visitReturn(Stmt.Return n) {
        if (!scope.isFunction()) throw mc.syntaxError("'return' outside function", n);
        if (scope.asyncGenerator && n.value() != null) throw mc.syntaxError("'return' with value in async generator", n);
        // CPython locates a constant return value's instructions (and so this error) at the value
        Expr v = n.value();
        checkNotInExceptStar(isFoldedConstant(v) && v.lineno() == n.lineno() ? v : n, true);
        if (n.value() != null) expr(n.value());
        else e.none();
        if (blocks.isEmpty()) {
            emitReturn();
            return null;
        }
        int tmp = e.newLocal();
        e.store(tmp);
        List<Block> left = unwind(null);
        e.load(tmp);
        emitReturn();
        resumeAfterExit(left);
        return null;
    }

    @Override
    public Void visitRaise(Stmt.Raise n) {
        if (n.exc() == null) {
            HandlerBlock h = null;
            for (Block b : blocks) {
                if (b instanceof HandlerBlock hb) {
                    h = hb;
                    break;
                }
            }
            if (h != null) {
                e.load(h.excSlot);
            } else {
                e.nullConst();
            }
            e.ops(h != null && h.caught ? "reraiseCaught" : "reraise",
                "(Lorg/jyco/runtime/PyException;)Lorg/jyco/runtime/PyException;");
            e.insn(ATHROW);
            return null;
        }
        expr(n.exc());
        if (n.cause() != null) {
            expr(n.cause());
            e.ops("raiseFrom", "(Ljava/lang/Object;Ljava/lang/Object;)Lorg/jyco/runtime/PyException;");
        } else {
            e.ops("raise", "(Ljava/lang/Object;)Lorg/jyco/runtime/PyException;");
        }
        e.insn(ATHROW);
        return null;
    }

    @Override
    public Void visitAssert(Stmt.Assert n) {
        Label ok = new Label();
        condition(n.test(), ok, true);
        if (n.msg() != null) expr(n.msg());
        else e.nullConst();
        e.ops("assertionError", "(Ljava/lang/Object;)Lorg/jyco/runtime/PyException;");
        e.insn(ATHROW);
        e.label(ok);
        return null;
    }

    @Override
    public Void visitGlobal(Stmt.Global n) {
        return null;
    }

    @Override
    public Void visitNonlocal(Stmt.Nonlocal n) {
        return null;
    }

    // ------------------------------------------------------------------ try

    @Override
    public Void visitTry(Stmt.Try n) {
        tryStatement(n.body(), n.handlers(), n.orelse(), n.finalbody(), false);
        return null;
    }

    @Override
    public Void visitTryStar(Stmt.TryStar n) {
        tryStatement(n.body(), n.handlers(), n.orelse(), n.finalbody(), true);
        return null;
    }

    private void tryStatement(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> finalbody,
                              boolean star) {
        if (finalbody.isEmpty()) {
            if (star) tryExceptStar(body, handlers, orelse);
            else tryExcept(body, handlers, orelse);
            return;
        }
        FinallyBlock fb = new FinallyBlock(finalbody);
        fb.region = openRegion();
        blocks.push(fb);
        if (handlers.isEmpty()) body(body);
        else if (star) tryExceptStar(body, handlers, orelse);
        else tryExcept(body, handlers, orelse);
        blocks.pop();
        closeRegion(fb.region);
        // normal exit
        body(finalbody);
        Label end = new Label();
        e.jump(GOTO, end);
        // exceptional exit: run the finally body, then re-raise (chaining anything it raises)
        Label handler = new Label();
        e.label(handler);
        e.ops("toPyException", "(Ljava/lang/Throwable;)Lorg/jyco/runtime/PyException;");
        int exc = e.newLocal();
        e.store(exc);
        int prev = beginHandler(exc);
        HandlerBlock hb = new HandlerBlock(exc, null, prev, false, false);
        hb.region = openRegion();
        blocks.push(hb);
        body(finalbody);
        blocks.pop();
        closeRegion(hb.region);
        endHandler(prev);
        e.load(exc);
        e.insn(ATHROW);
        Label chain = new Label();
        e.label(chain);
        endHandler(prev);
        e.load(exc);
        e.ops("chain", "(Ljava/lang/Throwable;Lorg/jyco/runtime/PyException;)Ljava/lang/Throwable;");
        e.insn(ATHROW);
        addHandlers(hb.region, chain, "java/lang/Throwable");
        addHandlers(fb.region, handler, "java/lang/Throwable");
        e.label(end);
    }

    /**
     * The protected body of a try with except (or except*) clauses, then its else part and a
     * jump to {@code end}; at {@code dispatch} (for the caller's handlers) the caught Throwable
     * becomes this frame's PyException, on the stack. Returns the try block (its region).
     */
    private TryBlock tryBodyThenCatch(List<Stmt> body, List<Stmt> orelse, Label end, Label dispatch) {
        TryBlock tb = new TryBlock();
        tb.region = openRegion();
        blocks.push(tb);
        body(body);
        blocks.pop();
        closeRegion(tb.region);
        body(orelse);
        e.jump(GOTO, end);
        e.label(dispatch);
        e.string(mc.filename);
        e.string(scope.kind == Kind.MODULE ? "<module>" : scope.name);
        mn.visitVarInsn(ILOAD, lineSlot);
        e.ops("catchHere", "(Ljava/lang/Throwable;Ljava/lang/String;Ljava/lang/String;I)Lorg/jyco/runtime/PyException;");
        return tb;
    }

    private void tryExcept(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse) {
        for (int i = 0; i < handlers.size() - 1; i++) {
            if (handlers.get(i).type() == null) throw mc.syntaxError("default 'except:' must be last", handlers.get(i));
        }
        Label end = new Label(), dispatch = new Label();
        TryBlock tb = tryBodyThenCatch(body, orelse, end, dispatch);
        e.insn(DUP);
        e.store(caughtSlot);
        int exc = e.newLocal();
        e.store(exc);
        int prev = beginHandler(exc);
        List<Region> handlerRegions = new ArrayList<>();
        for (ExceptHandler h : handlers) {
            Label next = new Label();
            Label l = new Label();
            e.label(l);
            e.line(h.lineno(), l);
            e.iconst(h.lineno());
            mn.visitVarInsn(ISTORE, lineSlot);
            if (h.type() != null) {
                e.load(exc);
                expr(h.type());
                e.ops("exceptionMatches", "(Lorg/jyco/runtime/PyException;Ljava/lang/Object;)Z");
                e.jump(IFEQ, next);
            }
            if (h.name() != null) {
                e.load(exc);
                e.invokeVirtual(PYEXC_T, "value", "()Lorg/jyco/runtime/PyBaseException;");
                storeName(h.name());
            }
            HandlerBlock hb = new HandlerBlock(exc, h.name(), prev, true, false);
            hb.region = openRegion();
            blocks.push(hb);
            body(h.body());
            blocks.pop();
            closeRegion(hb.region);
            handlerRegions.add(hb.region);
            endHandler(prev);
            if (h.name() != null) deleteNameQuietly(h.name());
            e.jump(GOTO, end);
            e.label(next);
        }
        endHandler(prev);
        e.load(exc);
        e.insn(ATHROW);
        // an exception raised while handling gets the handled one as its context
        Label chain = new Label();
        e.label(chain);
        endHandler(prev);
        e.load(exc);
        e.ops("chain", "(Ljava/lang/Throwable;Lorg/jyco/runtime/PyException;)Ljava/lang/Throwable;");
        e.insn(ATHROW);
        for (Region r : handlerRegions) addHandlers(r, chain, "java/lang/Throwable");
        addHandlers(tb.region, dispatch, "java/lang/Throwable");
        e.label(end);
    }

    static final String EXCEPT_STAR = "org/jyco/runtime/ExceptStar";

    /**
     * try/except* (PEP 654): the exception caught goes into an {@link org.jyco.runtime.ExceptStar}
     * state; each clause takes the part of what is left that matches its type and runs once with
     * it as a group; what the clause bodies raise is collected (the bodies cannot be left by
     * break, continue or return); at the end the state says what to re-raise.
     */
    private void tryExceptStar(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse) {
        String function = scope.kind == Kind.MODULE ? "<module>" : scope.name;
        Label end = new Label(), dispatch = new Label();
        TryBlock tb = tryBodyThenCatch(body, orelse, end, dispatch);
        e.insn(DUP);
        e.store(caughtSlot);
        int exc = e.newLocal();
        e.store(exc);
        int prev = beginHandler(exc);
        e.load(exc);
        e.invokeStatic(EXCEPT_STAR, "begin", "(L" + PYEXC_T + ";)L" + EXCEPT_STAR + ";");
        int state = e.newLocal();
        e.store(state);
        // the code choosing clauses: what it raises gets the exception being handled as context
        Region matching = openRegion();
        for (ExceptHandler h : handlers) {
            Label next = new Label();
            Label l = new Label();
            e.label(l);
            e.line(h.lineno(), l);
            e.iconst(h.lineno());
            mn.visitVarInsn(ISTORE, lineSlot);
            e.load(state);
            expr(h.type());
            e.invokeVirtual(EXCEPT_STAR, "match", "(Ljava/lang/Object;)L" + PYEXC_T + ";");
            int match = e.newLocal();
            e.insn(DUP);
            e.store(match);
            e.jump(IFNULL, next);
            closeRegion(matching);
            if (h.name() != null) {
                e.load(match);
                e.invokeVirtual(PYEXC_T, "value", "()Lorg/jyco/runtime/PyBaseException;");
                storeName(h.name());
            }
            HandlerBlock hb = new HandlerBlock(match, h.name(), prev, true, true);
            hb.region = openRegion();
            blocks.push(hb);
            body(h.body());
            blocks.pop();
            closeRegion(hb.region);
            if (h.name() != null) deleteNameQuietly(h.name());
            e.jump(GOTO, next);
            // the clause raised: recorded with the others
            Label raised = new Label();
            e.label(raised);
            int t = e.newLocal();
            e.store(t);
            e.load(state);
            e.load(t);
            e.load(match);
            e.string(mc.filename);
            e.string(function);
            mn.visitVarInsn(ILOAD, lineSlot);
            e.invokeVirtual(EXCEPT_STAR, "raisedInClause",
                "(Ljava/lang/Throwable;L" + PYEXC_T + ";Ljava/lang/String;Ljava/lang/String;I)V");
            if (h.name() != null) deleteNameQuietly(h.name());
            addHandlers(hb.region, raised, "java/lang/Throwable");
            e.label(next);
            reopenRegion(matching);
        }
        e.load(state);
        e.invokeVirtual(EXCEPT_STAR, "end", "()L" + PYEXC_T + ";");
        closeRegion(matching);
        int result = e.newLocal();
        e.insn(DUP);
        e.store(result);
        Label nothing = new Label();
        e.jump(IFNULL, nothing);
        endHandler(prev);
        e.load(result);
        e.insn(ATHROW);
        e.label(nothing);
        endHandler(prev);
        e.jump(GOTO, end);
        Label failed = new Label();
        e.label(failed);
        int t = e.newLocal();
        e.store(t);
        e.load(state);
        e.load(t);
        e.invokeVirtual(EXCEPT_STAR, "failed", "(Ljava/lang/Throwable;)Ljava/lang/Throwable;");
        endHandler(prev);
        e.insn(ATHROW);
        addHandlers(matching, failed, "java/lang/Throwable");
        addHandlers(tb.region, dispatch, "java/lang/Throwable");
        e.label(end);
    }

    // ------------------------------------------------------------------ with

    @Override
    public Void visitWith(Stmt.With n) {
        withItems(n.items(), 0, n.body(), false);
        return null;
    }

    private void withItems(List<WithItem> items, int i, List<Stmt> body, boolean async) {
        if (i == items.size()) {
            body(body);
            return;
        }
        WithItem item = items.get(i);
        expr(item.context_expr());
        e.insn(DUP);
        e.ops(async ? "asyncWithExit" : "withExit", "(Ljava/lang/Object;)Ljava/lang/Object;");
        int exit = e.newLocal();
        e.store(exit);
        e.ops(async ? "asyncWithEnter" : "withEnter", "(Ljava/lang/Object;)Ljava/lang/Object;");
        if (async) await();
        WithBlock wb = new WithBlock(exit, async);
        wb.region = openRegion();
        blocks.push(wb);
        if (item.optional_vars() != null) storeTarget(item.optional_vars());
        else e.insn(POP);
        withItems(items, i + 1, body, async);
        blocks.pop();
        closeRegion(wb.region);
        withExitNormal(wb);
        Label end = new Label();
        e.jump(GOTO, end);
        Label handler = new Label();
        e.label(handler);
        // as CPython: the exception has this frame's entry when __exit__ sees it
        e.string(mc.filename);
        e.string(scope.kind == Kind.MODULE ? "<module>" : scope.name);
        mn.visitVarInsn(ILOAD, lineSlot);
        e.ops("catchHere", "(Ljava/lang/Throwable;Ljava/lang/String;Ljava/lang/String;I)Lorg/jyco/runtime/PyException;");
        if (async) {
            // exc = caught; r = await exit(type, value, tb); re-raise exc unless r is true
            int exc = e.newLocal();
            e.store(exc);
            e.load(exc);
            e.load(exit);
            e.ops("asyncExitError", "(Ljava/lang/Throwable;Ljava/lang/Object;)Ljava/lang/Object;");
            await();
            e.load(exc);
            e.ops("withExitDecide", "(Ljava/lang/Object;Ljava/lang/Throwable;)V");
        } else {
            e.load(exit);
            e.ops("withExitError", "(Ljava/lang/Throwable;Ljava/lang/Object;)V");
        }
        addHandlers(wb.region, handler, "java/lang/Throwable");
        e.label(end);
    }

    /** {@code __exit__(None, None, None)} (awaited for async with) when the body ends without an exception. */
    private void withExitNormal(WithBlock w) {
        e.load(w.exitSlot);
        if (w.async) {
            e.ops("asyncExitNormal", "(Ljava/lang/Object;)Ljava/lang/Object;");
            await();
            e.insn(POP);
        } else {
            e.ops("withExitNormal", "(Ljava/lang/Object;)V");
        }
    }

    @Override
    public Void visitAsyncWith(Stmt.AsyncWith n) {
        if (!scope.coroutine) throw mc.syntaxError("'async with' outside async function", n);
        withItems(n.items(), 0, n.body(), true);
        return null;
    }

    // ------------------------------------------------------------------ definitions

    @Override
    public Void visitFunctionDef(Stmt.FunctionDef n) {
        def(n, n.name(), n.args(), n.returns(), n.decorator_list());
        return null;
    }

    @Override
    public Void visitAsyncFunctionDef(Stmt.AsyncFunctionDef n) {
        def(n, n.name(), n.args(), n.returns(), n.decorator_list());
        return null;
    }

    /** {@code [async] def}: decorators applied to the new function, bound to its name. */
    private void def(Node n, String name, Arguments args, Expr returns, List<Expr> decorators) {
        for (Expr d : decorators) expr(d);
        makeFunction(n, name, args, returns);
        for (int i = 0; i < decorators.size(); i++) e.dynamicN("call:1", 2);
        storeName(name);
    }

    /** Pushes a new function object for a def or lambda. */
    private void makeFunction(Node node, String name, Arguments args, Expr returns) {
        Scope fs = mc.symtable.scopeOf(node);
        // defaults
        if (args.defaults().isEmpty()) {
            e.nullConst();
        } else {
            for (Expr d : args.defaults()) expr(d);
            e.arrayFromStack(args.defaults().size(), 0);
        }
        boolean anyKwDefault = false;
        for (Expr d : args.kw_defaults()) anyKwDefault |= d != null;
        if (!anyKwDefault) {
            e.nullConst();
        } else {
            mn.visitTypeInsn(NEW, PYDICT);
            e.insn(DUP);
            mn.visitMethodInsn(INVOKESPECIAL, PYDICT, "<init>", "()V", false);
            for (int i = 0; i < args.kwonlyargs().size(); i++) {
                Expr d = args.kw_defaults().get(i);
                if (d == null) continue;
                e.insn(DUP);
                e.string(args.kwonlyargs().get(i).arg());
                expr(d);
                e.invokeVirtual(PYDICT, "put", "(Ljava/lang/Object;Ljava/lang/Object;)V");
            }
        }
        annotations(args, returns);
        closure(fs);
        mc.codeConstant(this, fs, node);
        e.scope();
        e.ops("makeFunction", "(" + OBJS_D + "L" + PYDICT + ";L" + PYDICT + ";[L" + PYCELL
            + ";Lorg/jyco/runtime/types/PyCode;Lorg/jyco/runtime/ModuleScope;)" + OBJ_D);
    }

    private void annotations(Arguments args, Expr returns) {
        List<Arg> annotated = new ArrayList<>();
        for (Arg a : Symtable.allArgs(args)) if (a.annotation() != null) annotated.add(a);
        if (annotated.isEmpty() && returns == null) {
            e.nullConst();
            return;
        }
        mn.visitTypeInsn(NEW, PYDICT);
        e.insn(DUP);
        mn.visitMethodInsn(INVOKESPECIAL, PYDICT, "<init>", "()V", false);
        for (Arg a : annotated) {
            e.insn(DUP);
            e.string(a.arg());
            if (a.annotation() instanceof Expr.Starred st) {
                // PEP 646: *args: *Ts annotates with the unpacked Ts, (*Ts,)[0]
                expr(st.value());
                e.ops("starredAnnotation", "(Ljava/lang/Object;)Ljava/lang/Object;");
            } else {
                expr(a.annotation());
            }
            e.invokeVirtual(PYDICT, "put", "(Ljava/lang/Object;Ljava/lang/Object;)V");
        }
        if (returns != null) {
            e.insn(DUP);
            e.string("return");
            expr(returns);
            e.invokeVirtual(PYDICT, "put", "(Ljava/lang/Object;Ljava/lang/Object;)V");
        }
    }

    /** Pushes the closure cells an inner scope needs (null when none). */
    private void closure(Scope inner) {
        List<String> free = new ArrayList<>(inner.freevars);
        if (free.isEmpty()) {
            e.nullConst();
            return;
        }
        e.iconst(free.size());
        mn.visitTypeInsn(ANEWARRAY, PYCELL);
        for (int i = 0; i < free.size(); i++) {
            e.insn(DUP);
            e.iconst(i);
            String n = free.get(i);
            if (scope.kind == Kind.CLASS && n.equals("__class__")) {
                e.load(classCellSlot());
            } else {
                e.load(slotOf(n));
            }
            e.insn(AASTORE);
        }
    }

    @Override
    public Void visitClassDef(Stmt.ClassDef n) {
        for (Expr d : n.decorator_list()) expr(d);
        Scope cs = mc.symtable.scopeOf(n);
        // the class body as a function of the namespace
        e.nullConst();
        e.nullConst();
        e.nullConst();
        closure(cs);
        mc.codeConstant(this, cs, n);
        e.scope();
        e.ops("makeFunction", "(" + OBJS_D + "L" + PYDICT + ";L" + PYDICT + ";[L" + PYCELL
            + ";Lorg/jyco/runtime/types/PyCode;Lorg/jyco/runtime/ModuleScope;)" + OBJ_D);
        e.string(n.name());
        List<Expr> bases = n.bases();
        boolean starred = false;
        for (Expr b : bases) starred |= b instanceof Expr.Starred;
        if (starred) {
            sequenceToArray(bases);
        } else {
            for (Expr b : bases) expr(b);
            e.arrayFromStack(bases.size(), 0);
        }
        keywordsDict(n.keywords());
        e.ops("buildClass", "(Ljava/lang/Object;Ljava/lang/String;" + OBJS_D + "L" + PYDICT + ";)" + OBJ_D);
        for (int i = 0; i < n.decorator_list().size(); i++) e.dynamicN("call:1", 2);
        storeName(n.name());
        return null;
    }

    /** Pushes a PyDict of keyword arguments ({@code **} entries merged), or null when none. */
    private void keywordsDict(List<Keyword> keywords) {
        keywordsDict(keywords, -1);
    }

    /** As {@link #keywordsDict(List)}; {@code calleeSlot} names the callee in errors (-1: none). */
    private void keywordsDict(List<Keyword> keywords, int calleeSlot) {
        if (keywords.isEmpty()) {
            e.nullConst();
            return;
        }
        mn.visitTypeInsn(NEW, PYDICT);
        e.insn(DUP);
        mn.visitMethodInsn(INVOKESPECIAL, PYDICT, "<init>", "()V", false);
        for (Keyword k : keywords) {
            e.insn(DUP);
            if (k.arg() == null) {
                expr(k.value());
                if (calleeSlot >= 0) e.load(calleeSlot);
                else e.nullConst();
                e.ops("mergeKwargs", "(L" + PYDICT + ";Ljava/lang/Object;Ljava/lang/Object;)V");
            } else {
                e.string(k.arg());
                expr(k.value());
                if (calleeSlot >= 0) e.load(calleeSlot);
                else e.nullConst();
                e.ops("putKwarg", "(L" + PYDICT + ";Ljava/lang/String;Ljava/lang/Object;Ljava/lang/Object;)V");
            }
        }
    }

    // ------------------------------------------------------------------ import

    @Override
    public Void visitImport(Stmt.Import n) {
        for (Alias a : n.names()) {
            e.scope();
            e.string(a.name());
            if (a.asname() != null) {
                e.ops("importModule", "(Lorg/jyco/runtime/ModuleScope;Ljava/lang/String;)" + OBJ_D);
                storeName(a.asname());
            } else {
                e.ops("importTop", "(Lorg/jyco/runtime/ModuleScope;Ljava/lang/String;)" + OBJ_D);
                storeName(a.name().split("\\.")[0]);
            }
        }
        return null;
    }

    private static final java.util.Set<String> FUTURES = java.util.Set.of("nested_scopes", "generators", "division",
        "absolute_import", "with_statement", "print_function", "unicode_literals", "barry_as_FLUFL", "generator_stop",
        "annotations");

    @Override
    public Void visitImportFrom(Stmt.ImportFrom n) {
        if ("__future__".equals(n.module()) && n.level() == 0) {
            if (!mc.futureAllowed(n)) {
                throw mc.syntaxError("from __future__ imports must occur at the beginning of the file", n);
            }
            for (Alias a : n.names()) {
                if (a.name().equals("braces")) throw mc.syntaxErrorAt("not a chance", n);
                if (!FUTURES.contains(a.name())) throw mc.syntaxErrorAt("future feature " + a.name() + " is not defined", n);
            }
        }
        e.scope();
        e.string(n.module() == null ? "" : n.module());
        List<Alias> names = n.names();
        e.iconst(names.size());
        mn.visitTypeInsn(ANEWARRAY, "java/lang/String");
        for (int i = 0; i < names.size(); i++) {
            e.insn(DUP);
            e.iconst(i);
            e.string(names.get(i).name());
            e.insn(AASTORE);
        }
        e.iconst(n.level());
        e.ops("importFrom", "(Lorg/jyco/runtime/ModuleScope;Ljava/lang/String;[Ljava/lang/String;I)" + OBJ_D);
        if (names.size() == 1 && names.get(0).name().equals("*")) {
            if (scope.kind == Kind.CLASS) e.load(nsSlot);
            else e.nullConst();
            e.scope();
            e.ops("importStar", "(Ljava/lang/Object;Ljava/lang/Object;Lorg/jyco/runtime/ModuleScope;)V");
            return null;
        }
        int mod = e.newLocal();
        e.store(mod);
        for (Alias a : names) {
            e.load(mod);
            e.string(a.name());
            e.scope();
            e.ops("importAttr", "(Ljava/lang/Object;Ljava/lang/String;Lorg/jyco/runtime/ModuleScope;)" + OBJ_D);
            storeName(a.asname() != null ? a.asname() : a.name());
        }
        return null;
    }

    // ------------------------------------------------------------------ match

    @Override
    public Void visitMatch(Stmt.Match n) {
        new PatternCompiler(this).match(n);
        return null;
    }

    // ================================================================== expressions

    void expr(Expr x) {
        x.accept(this);
    }

    static String opName(Operator op) {
        switch (op) {
            case Add: return "add";
            case Sub: return "sub";
            case Mult: return "mul";
            case MatMult: return "matmul";
            case Div: return "truediv";
            case Mod: return "mod";
            case Pow: return "pow";
            case LShift: return "lshift";
            case RShift: return "rshift";
            case BitOr: return "or";
            case BitXor: return "xor";
            case BitAnd: return "and";
            default: return "floordiv";
        }
    }

    @Override
    public Void visitBinOp(Expr.BinOp n) {
        expr(n.left());
        expr(n.right());
        e.dynamicN("binop:" + opName(n.op()), 2);
        return null;
    }

    @Override
    public Void visitUnaryOp(Expr.UnaryOp n) {
        expr(n.operand());
        switch (n.op()) {
            case Not:
                e.dynamic("not", "(" + OBJ_D + ")Z");
                e.boxBoolean();
                break;
            case USub:
                e.dynamicN("neg", 1);
                break;
            case UAdd:
                e.dynamicN("pos", 1);
                break;
            default:
                e.dynamicN("invert", 1);
        }
        return null;
    }

    @Override
    public Void visitBoolOp(Expr.BoolOp n) {
        Label end = new Label();
        List<Expr> values = n.values();
        for (int i = 0; i < values.size(); i++) {
            expr(values.get(i));
            if (i == values.size() - 1) break;
            e.insn(DUP);
            e.dynamic("truth", "(" + OBJ_D + ")Z");
            e.jump(n.op() == Boolop.And ? IFEQ : IFNE, end);
            e.insn(POP);
        }
        e.label(end);
        return null;
    }

    private static String cmpName(Cmpop op) {
        switch (op) {
            case Eq: return "eq";
            case NotEq: return "ne";
            case Lt: return "lt";
            case LtE: return "le";
            case Gt: return "gt";
            default: return "ge";
        }
    }

    /** Compares the two values on the stack, leaving a JVM boolean. */
    private void compareToBoolean(Cmpop op) {
        switch (op) {
            case Is:
            case IsNot: {
                Label t = new Label(), end = new Label();
                e.jump(op == Cmpop.Is ? IF_ACMPEQ : IF_ACMPNE, t);
                e.iconst(0);
                e.jump(GOTO, end);
                e.label(t);
                e.iconst(1);
                e.label(end);
                return;
            }
            case In:
            case NotIn:
                e.dynamic("contains", "(" + OBJ_D + OBJ_D + ")Z");
                if (op == Cmpop.NotIn) {
                    e.iconst(1);
                    e.insn(IXOR);
                }
                return;
            default:
                e.dynamic("test:" + cmpName(op), "(" + OBJ_D + OBJ_D + ")Z");
        }
    }

    @Override
    public Void visitCompare(Expr.Compare n) {
        if (n.ops().size() == 1) {
            expr(n.left());
            expr(n.comparators().get(0));
            Cmpop op = n.ops().get(0);
            if (op == Cmpop.Is || op == Cmpop.IsNot || op == Cmpop.In || op == Cmpop.NotIn) {
                compareToBoolean(op);
                e.boxBoolean();
            } else {
                e.dynamicN("cmp:" + cmpName(op), 2);
            }
            return null;
        }
        // a < b < c: each middle operand evaluated once; stops at the first false comparison
        Label end = new Label();
        expr(n.left());
        int left = e.newLocal();
        e.store(left);
        for (int i = 0; i < n.ops().size(); i++) {
            Cmpop op = n.ops().get(i);
            e.load(left);
            expr(n.comparators().get(i));
            if (i < n.ops().size() - 1) {
                e.insn(DUP);
                e.store(left);
            }
            if (op == Cmpop.Is || op == Cmpop.IsNot || op == Cmpop.In || op == Cmpop.NotIn) {
                compareToBoolean(op);
                e.boxBoolean();
            } else {
                e.dynamicN("cmp:" + cmpName(op), 2);
            }
            if (i < n.ops().size() - 1) {
                e.insn(DUP);
                e.dynamic("truth", "(" + OBJ_D + ")Z");
                e.jump(IFEQ, end);
                e.insn(POP);
            }
        }
        e.label(end);
        return null;
    }

    /** Jumps to {@code target} when the condition's truth equals {@code jumpIf}. */
    void condition(Expr c, Label target, boolean jumpIf) {
        if (c instanceof Expr.UnaryOp u && u.op() == Unaryop.Not) {
            condition(u.operand(), target, !jumpIf);
            return;
        }
        if (c instanceof Expr.BoolOp b) {
            boolean isAnd = b.op() == Boolop.And;
            if (isAnd != jumpIf) {
                // and/jump-if-false or or/jump-if-true: any operand decides
                for (Expr v : b.values()) condition(v, target, jumpIf);
            } else {
                Label skip = new Label();
                List<Expr> vs = b.values();
                for (int i = 0; i < vs.size() - 1; i++) condition(vs.get(i), skip, !jumpIf);
                condition(vs.get(vs.size() - 1), target, jumpIf);
                e.label(skip);
            }
            return;
        }
        if (c instanceof Expr.Compare cmp && cmp.ops().size() == 1) {
            expr(cmp.left());
            expr(cmp.comparators().get(0));
            compareToBoolean(cmp.ops().get(0));
            e.jump(jumpIf ? IFNE : IFEQ, target);
            return;
        }
        if (c instanceof Expr.Constant k && k.value() instanceof Boolean bv) {
            if (bv == jumpIf) e.jump(GOTO, target);
            return;
        }
        expr(c);
        e.dynamic("truth", "(" + OBJ_D + ")Z");
        e.jump(jumpIf ? IFNE : IFEQ, target);
    }

    @Override
    public Void visitIfExp(Expr.IfExp n) {
        Label orelse = new Label(), end = new Label();
        condition(n.test(), orelse, false);
        expr(n.body());
        e.jump(GOTO, end);
        e.label(orelse);
        expr(n.orelse());
        e.label(end);
        return null;
    }

    @Override
    public Void visitNamedExpr(Expr.NamedExpr n) {
        expr(n.value());
        e.insn(DUP);
        storeName(((Expr.Name) n.target()).id());
        return null;
    }

    @Override
    public Void visitConstant(Expr.Constant n) {
        constant(n.value());
        return null;
    }

    void constant(Object v) {
        if (v instanceof String s) {
            e.string(s);
        } else if (v instanceof BigInteger b) {
            e.integer(b);
        } else if (v instanceof Double d) {
            e.real(d);
        } else if (v instanceof Boolean b) {
            e.bool(b);
        } else if (v == ConstantValue.Singleton.NONE) {
            e.none();
        } else if (v == ConstantValue.Singleton.ELLIPSIS) {
            mn.visitFieldInsn(GETSTATIC, "org/jyco/runtime/Singletons", "ELLIPSIS", "Lorg/jyco/runtime/PyObject;");
        } else if (v instanceof ConstantValue.Imaginary im) {
            e.real(im.imag());
            e.ops("imaginary", "(Ljava/lang/Object;)" + OBJ_D);
        } else if (v instanceof ConstantValue.Bytes b) {
            e.string(new String(b.value(), java.nio.charset.StandardCharsets.ISO_8859_1));
            e.ops("bytes", "(Ljava/lang/String;)" + OBJ_D);
        } else {
            throw new IllegalStateException("constant " + v);
        }
    }

    @Override
    public Void visitName(Expr.Name n) {
        loadName(n.id(), n);
        return null;
    }

    @Override
    public Void visitAttribute(Expr.Attribute n) {
        expr(n.value());
        e.dynamic("getattr:" + n.attr(), "(" + OBJ_D + ")" + OBJ_D);
        return null;
    }

    @Override
    public Void visitSubscript(Expr.Subscript n) {
        expr(n.value());
        expr(n.slice());
        e.dynamicN("getitem", 2);
        return null;
    }

    @Override
    public Void visitSlice(Expr.Slice n) {
        for (Expr part : new Expr[] {n.lower(), n.upper(), n.step()}) {
            if (part == null) e.none();
            else expr(part);
        }
        e.ops("slice", "(" + OBJ_D + OBJ_D + OBJ_D + ")" + OBJ_D);
        return null;
    }

    @Override
    public Void visitStarred(Expr.Starred n) {
        throw mc.syntaxError("can't use starred expression here", n);
    }

    /** Pushes an Object[] of a sequence's items, expanding starred ones. */
    private void sequenceToArray(List<Expr> elts) {
        sequenceToArray(elts, -1);
    }

    /** As {@link #sequenceToArray(List)}, for call arguments of the callee in {@code calleeSlot}. */
    private void sequenceToArray(List<Expr> elts, int calleeSlot) {
        boolean starred = false;
        for (Expr x : elts) starred |= x instanceof Expr.Starred;
        if (!starred) {
            for (Expr x : elts) expr(x);
            e.arrayFromStack(elts.size(), 0);
            return;
        }
        mn.visitTypeInsn(NEW, "org/jyco/runtime/types/PyList");
        e.insn(DUP);
        mn.visitMethodInsn(INVOKESPECIAL, "org/jyco/runtime/types/PyList", "<init>", "()V", false);
        for (Expr x : elts) {
            e.insn(DUP);
            if (x instanceof Expr.Starred s) {
                expr(s.value());
                if (calleeSlot >= 0) {
                    e.load(calleeSlot);
                    e.ops("callStarExtend", "(Ljava/lang/Object;Ljava/lang/Object;Ljava/lang/Object;)V");
                } else {
                    e.ops("listExtend", "(Ljava/lang/Object;Ljava/lang/Object;)V");
                }
            } else {
                expr(x);
                e.invokeVirtual("org/jyco/runtime/types/PyList", "append", "(Ljava/lang/Object;)V");
            }
        }
        e.invokeVirtual("org/jyco/runtime/types/PyList", "toArray", "()" + OBJS_D);
    }

    @Override
    public Void visitTuple(Expr.Tuple n) {
        sequenceToArray(n.elts());
        e.invokeStatic("org/jyco/runtime/types/PyTuple", "of", "(" + OBJS_D + ")Lorg/jyco/runtime/types/PyTuple;");
        return null;
    }

    @Override
    public Void visitList(Expr.List n) {
        sequenceToArray(n.elts());
        e.invokeStatic("org/jyco/runtime/types/PyList", "of", "(" + OBJS_D + ")Lorg/jyco/runtime/types/PyList;");
        return null;
    }

    @Override
    public Void visitSet(Expr.Set n) {
        sequenceToArray(n.elts());
        e.ops("set", "(" + OBJS_D + ")" + OBJ_D);
        return null;
    }

    @Override
    public Void visitDict(Expr.Dict n) {
        mn.visitTypeInsn(NEW, PYDICT);
        e.insn(DUP);
        mn.visitMethodInsn(INVOKESPECIAL, PYDICT, "<init>", "()V", false);
        for (int i = 0; i < n.keys().size(); i++) {
            e.insn(DUP);
            Expr k = n.keys().get(i);
            if (k == null) {
                expr(n.values().get(i));
                e.ops("dictMerge", "(L" + PYDICT + ";Ljava/lang/Object;)V");
            } else {
                expr(k);
                expr(n.values().get(i));
                e.invokeVirtual(PYDICT, "put", "(Ljava/lang/Object;Ljava/lang/Object;)V");
            }
        }
        return null;
    }

    @Override
    public Void visitJoinedStr(Expr.JoinedStr n) {
        if (n.values().isEmpty()) {
            e.string("");
            return null;
        }
        for (Expr v : n.values()) {
            if (v instanceof Expr.Constant c) e.string((String) c.value());
            else expr(v);
        }
        if (n.values().size() == 1) return null;
        e.arrayFromStack(n.values().size(), 0);
        e.ops("joinStrings", "(" + OBJS_D + ")Ljava/lang/String;");
        return null;
    }

    @Override
    public Void visitFormattedValue(Expr.FormattedValue n) {
        expr(n.value());
        e.iconst(n.conversion());
        if (n.format_spec() == null) e.string("");
        else expr(n.format_spec());
        e.ops("formatValue", "(Ljava/lang/Object;ILjava/lang/Object;)Ljava/lang/String;");
        return null;
    }

    // ------------------------------------------------------------------ calls

    @Override
    public Void visitCall(Expr.Call n) {
        List<Expr> args = n.args();
        List<Keyword> kws = n.keywords();
        boolean simple = true;
        for (Expr a : args) simple &= !(a instanceof Expr.Starred);
        for (Keyword k : kws) simple &= k.arg() != null;
        if (n.func() instanceof Expr.Name fn && args.isEmpty() && kws.isEmpty() && fn.id().equals("super")
            && superZeroArg(fn)) {
            return null;
        }
        if (n.func() instanceof Expr.Name fn && isFrameBuiltin(fn.id()) && scope.binding(fn.id()) != Binding.LOCAL
            && scope.binding(fn.id()) != Binding.CELL && scope.binding(fn.id()) != Binding.FREE) {
            frameCall(n, fn);
            return null;
        }
        if (simple && kws.isEmpty() && n.func() instanceof Expr.Attribute a) {
            expr(a.value());
            for (Expr x : args) expr(x);
            lineOf(n);
            e.dynamicN("callmethod:" + a.attr() + ":" + args.size(), args.size() + 1);
            return null;
        }
        expr(n.func());
        if (simple) {
            for (Expr x : args) expr(x);
            for (Keyword k : kws) expr(k.value());
            lineOf(n);
            if (kws.isEmpty()) {
                e.dynamicN("call:" + args.size(), args.size() + 1);
            } else {
                StringBuilder names = new StringBuilder();
                for (Keyword k : kws) {
                    if (names.length() > 0) names.append(',');
                    names.append(k.arg());
                }
                int total = args.size() + kws.size();
                e.dynamicN("callkw:" + total + ":" + names, total + 1);
            }
            return null;
        }
        int callee = e.newLocal();
        e.insn(DUP);
        e.store(callee);
        sequenceToArray(args, callee);
        keywordsDict(kws, callee);
        lineOf(n);
        e.ops("callEx", "(Ljava/lang/Object;" + OBJS_D + "L" + PYDICT + ";)" + OBJ_D);
        return null;
    }

    private static boolean isFrameBuiltin(String name) {
        switch (name) {
            case "globals": case "locals": case "vars": case "dir": case "eval": case "exec":
                return true;
            default:
                return false;
        }
    }

    /** {@code super()} in a method: {@code super(__class__, first argument)}. */
    private boolean superZeroArg(Expr.Name fn) {
        if (scope.kind != Kind.FUNCTION || scope.params.isEmpty() || !scope.freevars.contains("__class__")) return false;
        loadName("super", fn);
        e.load(slotOf("__class__"));
        e.string("__class__");
        e.iconst(1);
        e.ops("cellGet", "(L" + PYCELL + ";Ljava/lang/String;Z)" + OBJ_D);
        String first = scope.params.get(0);
        if (scope.binding(first) == Binding.CELL) {
            e.load(slotOf(first));
            mn.visitFieldInsn(GETFIELD, PYCELL, "value", OBJ_D);
        } else {
            e.load(slotOf(first));
        }
        e.dynamicN("call:2", 3);
        return true;
    }

    /**
     * Calls of globals(), locals(), vars(), dir(), eval() and exec() pass the frame's
     * namespaces, used when the callee is the builtin.
     */
    private void frameCall(Expr.Call n, Expr.Name fn) {
        loadName(fn.id(), fn);
        sequenceToArray(n.args());
        keywordsDict(n.keywords());
        e.scope();
        // the locals mapping: the class namespace, a snapshot of function locals, or the module's
        if (scope.kind == Kind.CLASS) {
            e.load(nsSlot);
        } else if (scope.kind == Kind.MODULE) {
            e.nullConst();
        } else {
            localsSnapshot();
        }
        lineOf(n);
        e.ops("frameCall", "(Ljava/lang/Object;" + OBJS_D + "L" + PYDICT + ";Lorg/jyco/runtime/ModuleScope;Ljava/lang/Object;)"
            + OBJ_D);
    }

    /** A dict of the function's bound local variables (for locals(), vars(), eval...). */
    private void localsSnapshot() {
        mn.visitTypeInsn(NEW, PYDICT);
        e.insn(DUP);
        mn.visitMethodInsn(INVOKESPECIAL, PYDICT, "<init>", "()V", false);
        for (Map.Entry<String, Binding> b : scope.bindings.entrySet()) {
            String name = b.getKey();
            if (b.getValue() != Binding.LOCAL && b.getValue() != Binding.CELL && b.getValue() != Binding.FREE) continue;
            if (name.startsWith(".")) continue;
            e.insn(DUP);
            e.string(name);
            e.load(slotOf(name));
            if (b.getValue() != Binding.LOCAL) mn.visitFieldInsn(GETFIELD, PYCELL, "value", OBJ_D);
            e.ops("putIfBound", "(L" + PYDICT + ";Ljava/lang/String;Ljava/lang/Object;)V");
        }
    }

    // ------------------------------------------------------------------ functions as values

    @Override
    public Void visitLambda(Expr.Lambda n) {
        makeFunction(n, "<lambda>", n.args(), null);
        return null;
    }

    private void comprehension(Expr node, Comprehension first) {
        Scope cs = mc.symtable.scopeOf(node);
        e.nullConst();
        e.nullConst();
        e.nullConst();
        closure(cs);
        mc.codeConstant(this, cs, node);
        e.scope();
        e.ops("makeFunction", "(" + OBJS_D + "L" + PYDICT + ";L" + PYDICT + ";[L" + PYCELL
            + ";Lorg/jyco/runtime/types/PyCode;Lorg/jyco/runtime/ModuleScope;)" + OBJ_D);
        expr(first.iter());
        if (first.is_async() == 0) e.dynamic("iter", "(" + OBJ_D + ")" + OBJ_D);
        else e.ops("asyncIter", "(Ljava/lang/Object;)Ljava/lang/Object;");
        e.dynamicN("call:1", 2);
        if (cs.coroutine && !cs.asyncGenerator) {
            if (!scope.coroutine) {
                throw mc.syntaxError("asynchronous comprehension outside of an asynchronous function", (Positioned) node);
            }
            await();
        }
    }

    @Override
    public Void visitListComp(Expr.ListComp n) {
        comprehension(n, n.generators().get(0));
        return null;
    }

    @Override
    public Void visitSetComp(Expr.SetComp n) {
        comprehension(n, n.generators().get(0));
        return null;
    }

    @Override
    public Void visitDictComp(Expr.DictComp n) {
        comprehension(n, n.generators().get(0));
        return null;
    }

    @Override
    public Void visitGeneratorExp(Expr.GeneratorExp n) {
        comprehension(n, n.generators().get(0));
        return null;
    }

    /** The body of a comprehension's function: loops over the generators, collecting. */
    void comprehensionBody(Expr node) {
        List<Comprehension> gens;
        Expr elt, value = null;
        String kind;
        if (node instanceof Expr.ListComp c) {
            gens = c.generators();
            elt = c.elt();
            kind = "list";
        } else if (node instanceof Expr.SetComp c) {
            gens = c.generators();
            elt = c.elt();
            kind = "set";
        } else if (node instanceof Expr.DictComp c) {
            gens = c.generators();
            elt = c.key();
            value = c.value();
            kind = "dict";
        } else {
            Expr.GeneratorExp g = (Expr.GeneratorExp) node;
            gens = g.generators();
            elt = g.elt();
            kind = "gen";
        }
        int acc = -1;
        if (!kind.equals("gen")) {
            String cls = kind.equals("list") ? "org/jyco/runtime/types/PyList" : kind.equals("set")
                ? "org/jyco/runtime/types/PySet" : PYDICT;
            mn.visitTypeInsn(NEW, cls);
            e.insn(DUP);
            mn.visitMethodInsn(INVOKESPECIAL, cls, "<init>", "()V", false);
            acc = e.newLocal();
            e.store(acc);
        }
        compGenerator(gens, 0, elt, value, kind, acc);
        if (acc >= 0) {
            e.load(acc);
            emitReturn();
        } else {
            returnNone();
        }
    }

    private void compGenerator(List<Comprehension> gens, int i, Expr elt, Expr value, String kind, int acc) {
        Comprehension g = gens.get(i);
        boolean async = g.is_async() != 0;
        int it = e.newLocal();
        if (i == 0) {
            e.load(slotOf(".0"));
        } else {
            expr(g.iter());
            if (async) e.ops("asyncIter", "(Ljava/lang/Object;)Ljava/lang/Object;");
            else e.dynamic("iter", "(" + OBJ_D + ")" + OBJ_D);
        }
        e.store(it);
        Label top = new Label(), end = new Label();
        e.label(top);
        Label exhausted = new Label();
        Region anext = null;
        if (async) {
            // target = await anext(it), StopAsyncIteration ending the loop (handler below)
            anext = openRegion();
            e.load(it);
            e.ops("asyncNext", "(Ljava/lang/Object;)Ljava/lang/Object;");
            await();
            closeRegion(anext);
        } else {
            e.load(it);
            e.dynamic("next", "(" + OBJ_D + ")" + OBJ_D);
            e.insn(DUP);
            mn.visitFieldInsn(GETSTATIC, "org/jyco/runtime/types/PyIterators", "END", OBJ_D);
            e.jump(IF_ACMPEQ, exhausted);
        }
        storeTarget(g.target());
        for (Expr cond : g.ifs()) condition(cond, top, false);
        if (i + 1 < gens.size()) {
            compGenerator(gens, i + 1, elt, value, kind, acc);
        } else {
            switch (kind) {
                case "list":
                    e.load(acc);
                    e.checkcast("org/jyco/runtime/types/PyList");
                    expr(elt);
                    e.invokeVirtual("org/jyco/runtime/types/PyList", "append", "(Ljava/lang/Object;)V");
                    break;
                case "set":
                    e.load(acc);
                    e.checkcast("org/jyco/runtime/types/PySet");
                    expr(elt);
                    e.invokeVirtual("org/jyco/runtime/types/PySet", "add", "(Ljava/lang/Object;)Z");
                    e.insn(POP);
                    break;
                case "dict":
                    e.load(acc);
                    e.checkcast(PYDICT);
                    expr(elt);
                    expr(value);
                    e.invokeVirtual(PYDICT, "put", "(Ljava/lang/Object;Ljava/lang/Object;)V");
                    break;
                default:
                    expr(elt);
                    if (scope.asyncGenerator) {
                        mn.visitMethodInsn(INVOKESTATIC, "org/jyco/runtime/types/PyAsyncGenerator", "wrap",
                            "(Ljava/lang/Object;)Ljava/lang/Object;", false);
                    }
                    yieldValue();
                    e.insn(POP);
            }
        }
        e.jump(GOTO, top);
        if (async) {
            Label handler = new Label();
            e.label(handler);
            e.ops("asyncForStop", "(Ljava/lang/Throwable;)V");
            addHandlers(anext, handler, "java/lang/Throwable");
            e.jump(GOTO, end);
        } else {
            e.label(exhausted);
            e.insn(POP);
        }
        e.label(end);
    }

    // ------------------------------------------------------------------ generators

    /** The yield point: value on the stack becomes the sent value (see GeneratorTransform). */
    private void yieldValue() {
        e.ops("yieldMarker", "(Ljava/lang/Object;)Ljava/lang/Object;");
    }

    @Override
    public Void visitYield(Expr.Yield n) {
        if (n.value() == null) e.none();
        else expr(n.value());
        if (scope.asyncGenerator) {
            // boxed, so the awaitables of __anext__/asend tell it from an await's suspension
            mn.visitMethodInsn(INVOKESTATIC, "org/jyco/runtime/types/PyAsyncGenerator", "wrap",
                "(Ljava/lang/Object;)Ljava/lang/Object;", false);
        }
        yieldValue();
        return null;
    }

    @Override
    public Void visitYieldFrom(Expr.YieldFrom n) {
        expr(n.value());
        e.ops("yieldFromIter", "(Ljava/lang/Object;)Ljava/lang/Object;");
        delegate();
        return null;
    }

    /** The loop of yield from / await, with the delegate iterator on the stack. */
    private void delegate() {
        // delegate = iter(x); sent = None; loop: r = step(g, delegate, sent); if END: result; else sent = yield r
        int delegate = e.newLocal();
        e.store(delegate);
        int sent = e.newLocal();
        e.none();
        e.store(sent);
        Label top = new Label(), done = new Label();
        e.label(top);
        e.load(selfSlot);
        e.load(delegate);
        e.load(sent);
        e.ops("yieldFromStep", "(L" + PYGEN + ";Ljava/lang/Object;Ljava/lang/Object;)Ljava/lang/Object;");
        e.insn(DUP);
        mn.visitFieldInsn(GETSTATIC, "org/jyco/runtime/types/PyIterators", "END", OBJ_D);
        e.jump(IF_ACMPEQ, done);
        e.ops("yieldFromMarker", "(Ljava/lang/Object;)Ljava/lang/Object;");
        e.store(sent);
        e.jump(GOTO, top);
        e.label(done);
        e.insn(POP);
        e.load(selfSlot);
        e.ops("yieldFromResult", "(L" + PYGEN + ";)Ljava/lang/Object;");
    }

    @Override
    public Void visitAwait(Expr.Await n) {
        if (scope.kind == Kind.MODULE || scope.kind == Kind.CLASS) throw mc.syntaxError("'await' outside function", n);
        if (!scope.coroutine) throw mc.syntaxError("'await' outside async function", n);
        expr(n.value());
        await();
        return null;
    }

    int selfSlot() {
        return selfSlot;
    }

    ModuleCompiler mc() {
        return mc;
    }

    int lineSlot() {
        return lineSlot;
    }

    int caughtSlot() {
        return caughtSlot;
    }

    int nsSlot() {
        return nsSlot;
    }
}
