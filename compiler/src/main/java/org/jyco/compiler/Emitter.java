package org.jyco.compiler;

import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.MethodNode;

/**
 * A thin layer over ASM for one generated method: dynamic operations by name, constants,
 * runtime helper calls, locals. Every dynamic operation goes through {@link #dynamic}, so the
 * set of operations and the bootstrap they use is visible in one place.
 */
final class Emitter implements Opcodes {
    static final String OBJ = "java/lang/Object";
    static final String OBJ_D = "Ljava/lang/Object;";
    static final String BOOTSTRAPS = "org/jyco/runtime/link/Bootstraps";
    static final String OPS = "org/jyco/runtime/Ops";

    static final Handle BOOTSTRAP = new Handle(H_INVOKESTATIC, BOOTSTRAPS, "bootstrap",
        "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/invoke/MethodType;)Ljava/lang/invoke/CallSite;",
        false);
    private static final String SITE_BSM = "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/invoke/MethodType;";
    static final Handle SCOPE_BSM = new Handle(H_INVOKESTATIC, BOOTSTRAPS, "scope",
        SITE_BSM + ")Ljava/lang/invoke/CallSite;", false);
    static final Handle INTEGER_BSM = new Handle(H_INVOKESTATIC, BOOTSTRAPS, "integer",
        SITE_BSM + "Ljava/lang/String;)Ljava/lang/invoke/CallSite;", false);
    static final Handle REAL_BSM = new Handle(H_INVOKESTATIC, BOOTSTRAPS, "real",
        SITE_BSM + "D)Ljava/lang/invoke/CallSite;", false);
    static final Handle CODE_BSM = new Handle(H_INVOKESTATIC, BOOTSTRAPS, "code",
        SITE_BSM + "Ljava/lang/String;Ljava/lang/String;"
            + "Ljava/lang/String;IILjava/lang/String;IIIILjava/lang/String;Ljava/lang/String;Ljava/lang/invoke/MethodHandle;"
            + "Ljava/lang/String;)Ljava/lang/invoke/CallSite;",
        false);

    final MethodNode mn;
    private int nextLocal;

    Emitter(MethodNode mn, int firstFreeLocal) {
        this.mn = mn;
        this.nextLocal = firstFreeLocal;
    }

    /** A fresh local slot of one word. */
    int newLocal() {
        return nextLocal++;
    }

    int maxLocal() {
        return nextLocal;
    }

    // ------------------------------------------------------------------ dynamic operations

    /** {@code invokedynamic name descriptor} bootstrapped by Bootstraps.bootstrap. */
    void dynamic(String name, String descriptor) {
        mn.visitInvokeDynamicInsn(name, descriptor, BOOTSTRAP);
    }

    /** An operation on n Objects returning an Object. */
    void dynamicN(String name, int n) {
        dynamic(name, objects(n, OBJ_D));
    }

    static String objects(int n, String ret) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < n; i++) sb.append(OBJ_D);
        return sb.append(')').append(ret).toString();
    }

    // ------------------------------------------------------------------ constants

    // constants are invokedynamic sites bound to the value (see Bootstraps: not ldc of dynamic constants)

    void scope() {
        mn.visitInvokeDynamicInsn("scope", "()Lorg/jyco/runtime/ModuleScope;", SCOPE_BSM);
    }

    void integer(java.math.BigInteger v) {
        mn.visitInvokeDynamicInsn("int", "()" + OBJ_D, INTEGER_BSM, v.toString());
    }

    void real(double d) {
        mn.visitInvokeDynamicInsn("float", "()" + OBJ_D, REAL_BSM, d);
    }

    void string(String s) {
        mn.visitLdcInsn(s);
    }

    void none() {
        mn.visitFieldInsn(GETSTATIC, "org/jyco/runtime/PyNone", "NONE", "Lorg/jyco/runtime/PyNone;");
    }

    void bool(boolean b) {
        mn.visitFieldInsn(GETSTATIC, "java/lang/Boolean", b ? "TRUE" : "FALSE", "Ljava/lang/Boolean;");
    }

    void iconst(int v) {
        if (v >= -1 && v <= 5) mn.visitInsn(ICONST_0 + v);
        else if (v >= Byte.MIN_VALUE && v <= Byte.MAX_VALUE) mn.visitIntInsn(BIPUSH, v);
        else if (v >= Short.MIN_VALUE && v <= Short.MAX_VALUE) mn.visitIntInsn(SIPUSH, v);
        else mn.visitLdcInsn(v);
    }

    void nullConst() {
        mn.visitInsn(ACONST_NULL);
    }

    // ------------------------------------------------------------------ calls into the runtime

    /** A static method of {@code org.jyco.runtime.Ops}. */
    void ops(String name, String descriptor) {
        mn.visitMethodInsn(INVOKESTATIC, OPS, name, descriptor, false);
    }

    void invokeStatic(String owner, String name, String descriptor) {
        mn.visitMethodInsn(INVOKESTATIC, owner, name, descriptor, false);
    }

    void invokeVirtual(String owner, String name, String descriptor) {
        mn.visitMethodInsn(INVOKEVIRTUAL, owner, name, descriptor, false);
    }

    /** Boxes a JVM boolean on the stack as a Python bool. */
    void boxBoolean() {
        mn.visitMethodInsn(INVOKESTATIC, "java/lang/Boolean", "valueOf", "(Z)Ljava/lang/Boolean;", false);
    }

    // ------------------------------------------------------------------ plain instructions

    void load(int slot) {
        mn.visitVarInsn(ALOAD, slot);
    }

    void store(int slot) {
        mn.visitVarInsn(ASTORE, slot);
    }

    void insn(int opcode) {
        mn.visitInsn(opcode);
    }

    void jump(int opcode, Label l) {
        mn.visitJumpInsn(opcode, l);
    }

    void label(Label l) {
        mn.visitLabel(l);
    }

    void line(int line, Label at) {
        mn.visitLineNumber(line, at);
    }

    void checkcast(String type) {
        mn.visitTypeInsn(CHECKCAST, type);
    }

    /** Creates an Object[] of n elements filled from the stack's top n values (last on top). */
    void arrayFromStack(int n, int tmpBase) {
        // values were pushed in order; store them in temporaries, then build the array
        int[] tmps = new int[n];
        for (int i = n - 1; i >= 0; i--) {
            tmps[i] = newLocal();
            store(tmps[i]);
        }
        iconst(n);
        mn.visitTypeInsn(ANEWARRAY, OBJ);
        for (int i = 0; i < n; i++) {
            insn(DUP);
            iconst(i);
            load(tmps[i]);
            insn(AASTORE);
        }
        // temporaries must not keep the values alive (the JVM's interpreter treats every slot as a root)
        for (int t : tmps) {
            nullConst();
            store(t);
        }
    }

    static Type objectType() {
        return Type.getType(Object.class);
    }
}
