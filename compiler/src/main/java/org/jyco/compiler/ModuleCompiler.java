package org.jyco.compiler;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jyco.compiler.Symtable.Kind;
import org.jyco.compiler.Symtable.Scope;
import org.jyco.parser.PySyntaxError;
import org.jyco.parser.Source;
import org.jyco.parser.ast.Arguments;
import org.jyco.parser.ast.Expr;
import org.jyco.parser.ast.Mod;
import org.jyco.parser.ast.Node;
import org.jyco.parser.ast.Positioned;
import org.jyco.parser.ast.Stmt;
import org.jyco.runtime.PyException;
import org.jyco.runtime.PyExc;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.MethodNode;

/**
 * Compiles one module (or exec/eval/single input) to the bytes of one JVM class: a static
 * {@code body()} method for the module code and one static method per function, lambda, class
 * body and comprehension. The class is defined at run time as a hidden class whose class data is
 * the module's scope (see {@link org.jyco.runtime.ModuleCode}), so it must live in the runtime's
 * package.
 */
final class ModuleCompiler implements Opcodes {
    static final String PACKAGE = "org/jyco/runtime/";

    final Source source;
    final Symtable symtable;
    final String filename;
    final String className;
    final boolean interactive;
    private final ClassWriter cw;
    private final Map<Node, Handle> compiled = new IdentityHashMap<>();
    private int counter;

    ModuleCompiler(Source source, Symtable symtable, String moduleName, boolean interactive) {
        this.source = source;
        this.symtable = symtable;
        this.filename = source.filename();
        this.className = PACKAGE + "$jyco$" + sanitize(moduleName);
        this.interactive = interactive;
        this.cw = new ClassWriter(ClassWriter.COMPUTE_FRAMES | ClassWriter.COMPUTE_MAXS) {
            @Override
            protected String getCommonSuperClass(String a, String b) {
                try {
                    return super.getCommonSuperClass(a, b);
                } catch (RuntimeException | LinkageError e) {
                    return "java/lang/Object";
                }
            }

            @Override
            protected ClassLoader getClassLoader() {
                return ModuleCompiler.class.getClassLoader();
            }
        };
        cw.visit(V17, ACC_PUBLIC | ACC_FINAL | ACC_SUPER, className, null, "java/lang/Object", null);
        String base = filename.contains("/") ? filename.substring(filename.lastIndexOf('/') + 1) : filename;
        cw.visitSource(base, null);
    }

    static String sanitize(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) sb.append(Character.isJavaIdentifierPart(c) && c < 128 ? c : '_');
        return sb.toString();
    }

    /** Statements per module-body method when the body is too large for one JVM method (64 KB). */
    private int chunkSize;

    ModuleCompiler chunked(int size) {
        ModuleCompiler m = new ModuleCompiler(source, symtable, className.substring(className.lastIndexOf('$') + 1), interactive);
        m.chunkSize = size;
        return m;
    }

    byte[] compile(Mod mod) {
        if (mod instanceof Mod.Module m) moduleBody = m.body();
        else if (mod instanceof Mod.Interactive it) moduleBody = it.body();
        MethodNode mn = new MethodNode(ACC_PUBLIC | ACC_STATIC, org.jyco.runtime.ModuleCode.BODY,
            "()Ljava/lang/Object;", null, null);
        CodeGen g = new CodeGen(this, symtable.top, mn, false);
        g.prologue(1);
        if (mod instanceof Mod.Module m && chunkSize > 0) {
            // a module body too large for one method: consecutive statements in chunk methods
            List<Stmt> body = m.body();
            String doc = docstring(body);
            if (doc != null) {
                mn.visitLdcInsn(doc);
                g.storeName("__doc__");
            }
            for (int from = 0, k = 0; from < body.size(); from += chunkSize, k++) {
                String name = "body$" + k;
                MethodNode cm = new MethodNode(ACC_PRIVATE | ACC_STATIC, name, "()Ljava/lang/Object;", null, null);
                CodeGen cg = new CodeGen(this, symtable.top, cm, false);
                cg.prologue(((Positioned) body.get(from)).lineno());
                cg.body(body.subList(from, Math.min(body.size(), from + chunkSize)));
                cg.returnNone();
                cg.epilogue(filename, "<module>");
                finish(cm);
                mn.visitMethodInsn(INVOKESTATIC, className, name, "()Ljava/lang/Object;", false);
                mn.visitInsn(POP);
            }
            g.returnNone();
        } else if (mod instanceof Mod.Module m) {
            String doc = docstring(m.body());
            if (doc != null) {
                mn.visitLdcInsn(doc);
                g.storeName("__doc__");
            }
            g.body(m.body());
            g.returnNone();
        } else if (mod instanceof Mod.Interactive i) {
            g.body(i.body());
            g.returnNone();
        } else if (mod instanceof Mod.Expression x) {
            g.expr(x.body());
            g.emitReturn();
        }
        g.epilogue(filename, "<module>");
        finish(mn);
        cw.visitEnd();
        return cw.toByteArray();
    }

    private void finish(MethodNode mn) {
        try {
            mn.accept(cw);
        } catch (RuntimeException e) {
            if (Boolean.getBoolean("jyco.debug.methods")) {
                org.objectweb.asm.util.Textifier t = new org.objectweb.asm.util.Textifier();
                mn.accept(new org.objectweb.asm.util.TraceMethodVisitor(t));
                java.io.PrintWriter pw = new java.io.PrintWriter(System.err);
                t.print(pw);
                pw.flush();
            }
            throw e;
        }
    }

    // ------------------------------------------------------------------ nested code units

    /** Compiles the code unit of {@code node} (once) and pushes its PyCode constant. */
    void codeConstant(CodeGen at, Scope s, Node node) {
        Handle body = compiled.get(node);
        if (body == null) {
            body = compileUnit(s, node);
            compiled.put(node, body);
        }
        String[] params;
        int posonly = 0, positional, kwonly = 0, varFlags = 0;
        if (s.kind == Kind.CLASS) {
            params = new String[] {".ns"};
            positional = 1;
        } else if (s.kind == Kind.COMPREHENSION) {
            params = new String[] {".0"};
            positional = 1;
        } else {
            Arguments a = node instanceof Stmt.FunctionDef f ? f.args()
                : node instanceof Stmt.AsyncFunctionDef af ? af.args() : ((Expr.Lambda) node).args();
            params = s.params.toArray(new String[0]);
            posonly = a.posonlyargs().size();
            positional = posonly + a.args().size();
            kwonly = a.kwonlyargs().size();
            varFlags = (a.vararg() != null ? 1 : 0) | (a.kwarg() != null ? 2 : 0);
        }
        int flags = s.asyncGenerator ? org.jyco.runtime.types.PyCode.ASYNC_GENERATOR
            : s.coroutine ? org.jyco.runtime.types.PyCode.COROUTINE
            : s.generator ? org.jyco.runtime.types.PyCode.GENERATOR : 0;
        String doc = node instanceof Stmt.FunctionDef f ? docstring(f.body())
            : node instanceof Stmt.AsyncFunctionDef af ? docstring(af.body()) : null;
        if (doc != null) flags |= org.jyco.runtime.types.PyCode.HAS_DOC;
        Positioned p = (Positioned) node;
        at.mn.visitInvokeDynamicInsn("code", "()Lorg/jyco/runtime/types/PyCode;", Emitter.CODE_BSM,
            s.name, s.qualname, filename, p.lineno(), flags, String.join(",", params), posonly, positional, kwonly,
            varFlags, String.join(",", s.freevars), doc == null ? "" : doc, body, String.join(",", localNames(s)));
    }

    /** A scope's local variables that are not parameters (for co_varnames), in first-seen order. */
    private static List<String> localNames(Scope s) {
        List<String> out = new java.util.ArrayList<>();
        if (!s.isFunction()) return out;
        for (var b : s.bindings.entrySet()) {
            if (b.getValue() == Symtable.Binding.LOCAL && !s.params.contains(b.getKey()) && !b.getKey().startsWith(".")) {
                out.add(b.getKey());
            }
        }
        return out;
    }

    /** The docstring of a body: its first statement when that is a string constant. */
    static String docstring(List<Stmt> body) {
        if (!body.isEmpty() && body.get(0) instanceof Stmt.ExprStmt d && d.value() instanceof Expr.Constant k
            && k.value() instanceof String s) {
            return s;
        }
        return null;
    }

    /** Generates the method(s) of a function-like scope; returns the handle of its body method. */
    private Handle compileUnit(Scope s, Node node) {
        String name = "f" + (counter++) + "$" + sanitize(s.name);
        int nparams = s.kind == Kind.CLASS ? 1 : s.params.size();
        StringBuilder desc = new StringBuilder("(L" + CodeGen.PYFUNCTION + ";");
        for (int i = 0; i < nparams; i++) desc.append(Emitter.OBJ_D);
        desc.append(")Ljava/lang/Object;");
        MethodNode mn = new MethodNode(ACC_PRIVATE | ACC_STATIC, name, desc.toString(), null, null);
        if (s.generator) {
            Handle resume = compileGeneratorBody(s, node, name + "$resume");
            generatorFactory(mn, s, nparams, resume);
        } else {
            TypePlan plan = node instanceof Stmt.FunctionDef f ? TypePlan.of(s, f) : null;
            if (plan != null) {
                MethodNode typed = new MethodNode(ACC_PRIVATE | ACC_STATIC, name, desc.toString(), null, null);
                if (unitMethod(typed, s, node, plan)) mn = typed;
                else plan = null;
            }
            if (plan == null) unitMethod(mn, s, node, null);
        }
        finish(mn);
        return new Handle(H_INVOKESTATIC, className, name, desc.toString(), false);
    }

    /**
     * Largest method (bytecode bytes, estimated) that keeps its typed version: HotSpot does not
     * JIT-compile methods over 8000 bytes at all, so the two versions together stay below.
     */
    private static final int TYPED_MAX_BYTES = 7000;
    private static final boolean TYPED_STRICT = Boolean.getBoolean("jyco.typed.strict");

    /**
     * Emits a function's method: with a plan, its typed version and then its generic one
     * (see {@link TypedCodeGen}). Returns false if the typed version is not worth its size or
     * could not be made (then the caller emits the generic version alone).
     */
    private boolean unitMethod(MethodNode mn, Scope s, Node node, TypePlan plan) {
        CodeGen g = new CodeGen(this, s, mn, false);
        g.prologue(((Positioned) node).lineno());
        if (plan != null) {
            try {
                g.resume = new Resume();
                org.objectweb.asm.Label generic = new org.objectweb.asm.Label();
                new TypedCodeGen(g, plan).emit(((Stmt.FunctionDef) node).body(), generic);
                g.e.label(generic);
            } catch (PyException e) {
                throw e; // a SyntaxError: the generic version would raise it too
            } catch (RuntimeException e) {
                if (TYPED_STRICT) throw e;
                return false;
            }
        }
        unitBody(g, s, node);
        g.epilogue(filename, s.name);
        return plan == null || codeSize(mn) <= TYPED_MAX_BYTES;
    }

    /** An upper estimate of a method's bytecode size. */
    static int codeSize(MethodNode mn) {
        int size = 0;
        for (org.objectweb.asm.tree.AbstractInsnNode i : mn.instructions) {
            switch (i.getType()) {
                case org.objectweb.asm.tree.AbstractInsnNode.LABEL:
                case org.objectweb.asm.tree.AbstractInsnNode.LINE:
                case org.objectweb.asm.tree.AbstractInsnNode.FRAME:
                    break;
                case org.objectweb.asm.tree.AbstractInsnNode.INSN:
                    size += 1;
                    break;
                case org.objectweb.asm.tree.AbstractInsnNode.INVOKE_DYNAMIC_INSN:
                case org.objectweb.asm.tree.AbstractInsnNode.JUMP_INSN:
                    size += 5;
                    break;
                case org.objectweb.asm.tree.AbstractInsnNode.VAR_INSN:
                    size += 4;
                    break;
                case org.objectweb.asm.tree.AbstractInsnNode.TABLESWITCH_INSN:
                case org.objectweb.asm.tree.AbstractInsnNode.LOOKUPSWITCH_INSN:
                    size += 16 + 8 * ((i instanceof org.objectweb.asm.tree.TableSwitchInsnNode t) ? t.labels.size()
                        : ((org.objectweb.asm.tree.LookupSwitchInsnNode) i).labels.size());
                    break;
                default:
                    size += 3;
            }
        }
        return size;
    }

    private void unitBody(CodeGen g, Scope s, Node node) {
        if (node instanceof Stmt.FunctionDef f) {
            g.body(f.body());
            g.returnNone();
        } else if (node instanceof Stmt.AsyncFunctionDef f) {
            g.body(f.body());
            g.returnNone();
        } else if (node instanceof Expr.Lambda l) {
            g.expr(l.body());
            if (s.generator) {
                g.e.insn(POP);
                g.returnNone();
            } else {
                g.emitReturn();
            }
        } else if (node instanceof Stmt.ClassDef c) {
            classBody(g, s, c);
        } else {
            g.comprehensionBody((Expr) node);
        }
    }

    private void classBody(CodeGen g, Scope s, Stmt.ClassDef c) {
        MethodNode mn = g.mn;
        int ns = g.nsSlot();
        // __module__ and __qualname__ first, as CPython's class body does
        mn.visitVarInsn(ALOAD, ns);
        g.e.scope();
        mn.visitLdcInsn(s.qualname);
        g.e.ops("classPrologue", "(Ljava/lang/Object;Lorg/jyco/runtime/ModuleScope;Ljava/lang/String;)V");
        if (s.needsClassCell) {
            mn.visitTypeInsn(NEW, CodeGen.PYCELL);
            mn.visitInsn(DUP);
            mn.visitMethodInsn(INVOKESPECIAL, CodeGen.PYCELL, "<init>", "()V", false);
            mn.visitVarInsn(ASTORE, g.slotOf("__class__"));
        }
        List<Stmt> body = c.body();
        if (!body.isEmpty() && body.get(0) instanceof Stmt.ExprStmt d && d.value() instanceof Expr.Constant k
            && k.value() instanceof String) {
            g.expr(d.value());
            g.storeName("__doc__");
            body = body.subList(1, body.size());
        }
        g.body(body);
        if (s.needsClassCell) {
            mn.visitVarInsn(ALOAD, ns);
            mn.visitVarInsn(ALOAD, g.slotOf("__class__"));
            g.e.ops("classCell", "(Ljava/lang/Object;Ljava/lang/Object;)Ljava/lang/Object;");
        } else {
            g.e.none();
        }
        g.emitReturn();
    }

    /** The body method of a generator function: saves the arguments and returns a generator. */
    private void generatorFactory(MethodNode mn, Scope s, int nparams, Handle resume) {
        mn.visitTypeInsn(NEW, CodeGen.PYGEN);
        mn.visitInsn(DUP);
        mn.visitVarInsn(ALOAD, 0);
        mn.visitLdcInsn(resume);
        Emitter e = new Emitter(mn, nparams + 1);
        e.iconst(nparams);
        mn.visitTypeInsn(ANEWARRAY, "java/lang/Object");
        for (int i = 0; i < nparams; i++) {
            mn.visitInsn(DUP);
            e.iconst(i);
            mn.visitVarInsn(ALOAD, i + 1);
            mn.visitInsn(AASTORE);
        }
        mn.visitMethodInsn(INVOKESPECIAL, CodeGen.PYGEN, "<init>",
            "(L" + CodeGen.PYFUNCTION + ";Ljava/lang/invoke/MethodHandle;[Ljava/lang/Object;)V", false);
        if (s.coroutine) {
            String wrapper = s.asyncGenerator ? "PyAsyncGenerator" : "PyCoroutine";
            mn.visitMethodInsn(INVOKESTATIC, "org/jyco/runtime/types/" + wrapper, "of",
                "(L" + CodeGen.PYGEN + ";)Ljava/lang/Object;", false);
        }
        mn.visitInsn(ARETURN);
    }

    private Handle compileGeneratorBody(Scope s, Node node, String name) {
        String desc = "(L" + CodeGen.PYGEN + ";Ljava/lang/Object;)Ljava/lang/Object;";
        MethodNode mn = new MethodNode(ACC_PRIVATE | ACC_STATIC, name, desc, null, null);
        CodeGen g = new CodeGen(this, s, mn, true);
        g.prologue(((Positioned) node).lineno());
        unitBody(g, s, node);
        g.epilogue(filename, s.name);
        GeneratorTransform.apply(className, mn, g.lineSlot(), g.caughtSlot());
        finish(mn);
        return new Handle(H_INVOKESTATIC, className, name, desc, false);
    }

    /** The module's leading statements: a docstring, then __future__ imports. */
    private List<Stmt> moduleBody = List.of();

    /** True if a {@code from __future__ import} is among the module's first statements, as required. */
    boolean futureAllowed(Stmt.ImportFrom n) {
        int i = 0;
        if (docstring(moduleBody) != null) i++;
        for (; i < moduleBody.size(); i++) {
            Stmt s = moduleBody.get(i);
            if (s == n) return true;
            if (!(s instanceof Stmt.ImportFrom f && "__future__".equals(f.module()))) return false;
        }
        return false;
    }

    // ------------------------------------------------------------------ errors

    PyException syntaxError(String msg, Positioned where) {
        PySyntaxError e = source.error(PySyntaxError.Kind.SyntaxError, msg, where.lineno(),
            source.charColumn(where.lineno(), where.col_offset()), where.end_lineno(),
            source.charColumn(where.end_lineno(), where.end_col_offset()));
        return JycoCompiler.toPython(e);
    }

    /** A SyntaxError with a start column only (CPython's PyErr_SyntaxLocation). */
    PyException syntaxErrorAt(String msg, Positioned where) {
        PySyntaxError e = source.error(PySyntaxError.Kind.SyntaxError, msg, where.lineno(),
            source.charColumn(where.lineno(), where.col_offset()), where.lineno(), -1);
        return JycoCompiler.toPython(e);
    }

    /** A SyntaxError at no location (line -1), as CPython reports one found after an artificial instruction. */
    PyException syntaxErrorNoLocation(String msg) {
        return JycoCompiler.toPython(new PySyntaxError(PySyntaxError.Kind.SyntaxError, msg, filename, -1, 0, -1, 0, null));
    }

    PyException notSupported(String what, Positioned where) {
        return PyExc.notImplemented(what + " is not supported yet (" + filename + ", line " + where.lineno() + ")");
    }
}
