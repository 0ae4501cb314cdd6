package org.jyco.compiler;

import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.IntInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TableSwitchInsnNode;
import org.objectweb.asm.tree.TryCatchBlockNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.VarInsnNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.BasicValue;
import org.objectweb.asm.tree.analysis.Frame;
import org.objectweb.asm.tree.analysis.SimpleVerifier;

/**
 * Turns a generator's resume method into a state machine. The code generator marks each yield
 * with a call to {@code Ops.yieldMarker} (or {@code yieldFromMarker}); this pass asks ASM's
 * analyzer for the types of the locals and operand stack at each mark, and replaces the mark
 * with code that saves them in the generator's frame array, records the resume point and
 * returns the value, followed by the resume point itself, which restores them and continues
 * with the sent value. A switch on the state at the method's start jumps to the resume point.
 * Nothing is a thread; a suspended generator is an array.
 */
final class GeneratorTransform implements Opcodes {
    private GeneratorTransform() {}

    private static final String OPS = Emitter.OPS;
    private static final String GEN = CodeGen.PYGEN;

    static void apply(String owner, MethodNode mn, int lineSlot, int caughtSlot) {
        List<MethodInsnNode> marks = new ArrayList<>();
        int maxLocal = 2;
        for (AbstractInsnNode i = mn.instructions.getFirst(); i != null; i = i.getNext()) {
            if (i instanceof MethodInsnNode m && m.owner.equals(OPS)
                && (m.name.equals("yieldMarker") || m.name.equals("yieldFromMarker"))) {
                marks.add(m);
            }
            if (i instanceof VarInsnNode v) maxLocal = Math.max(maxLocal, v.var + 1);
        }
        mn.maxLocals = maxLocal + 8;
        mn.maxStack = 512;
        Frame<BasicValue>[] frames;
        try {
            SimpleVerifier verifier = new SimpleVerifier(ASM9, Type.getObjectType(owner), null, null, false) {
                @Override
                protected boolean isSubTypeOf(BasicValue value, BasicValue expected) {
                    try {
                        return super.isSubTypeOf(value, expected);
                    } catch (RuntimeException | LinkageError e) {
                        return true;
                    }
                }

                @Override
                protected Class<?> getClass(Type type) {
                    try {
                        return Class.forName(type.getSort() == Type.ARRAY ? type.getDescriptor().replace('/', '.')
                            : type.getClassName(), false, GeneratorTransform.class.getClassLoader());
                    } catch (ClassNotFoundException e) {
                        return Object.class;
                    }
                }
            };
            verifier.setClassLoader(GeneratorTransform.class.getClassLoader());
            frames = new Analyzer<>(verifier).analyze(owner, mn);
        } catch (AnalyzerException e) {
            throw new IllegalStateException("generator analysis failed in " + mn.name + ": " + e.getMessage(), e);
        }
        int[] markIndex = new int[marks.size()];
        for (int k = 0; k < marks.size(); k++) markIndex[k] = mn.instructions.indexOf(marks.get(k));
        // exception ranges are cut around each yield's save/restore code (where the locals are
        // not all defined yet); the re-raise of a thrown-in exception stays inside them
        LabelNode[] cutStart = new LabelNode[marks.size()];
        LabelNode[] cutEnd = new LabelNode[marks.size()];
        List<int[]> ranges = new ArrayList<>();
        for (TryCatchBlockNode t : mn.tryCatchBlocks) {
            ranges.add(new int[] {mn.instructions.indexOf(t.start), mn.instructions.indexOf(t.end)});
        }
        List<LabelNode> resumePoints = new ArrayList<>();
        int arraySlot = maxLocal;
        int valueSlot = maxLocal + 1;
        int tempBase = maxLocal + 2;
        int nextTemp = tempBase;
        for (int k = 0; k < marks.size(); k++) {
            MethodInsnNode m = marks.get(k);
            Frame<BasicValue> f = frames[markIndex[k]];
            if (f == null) {
                // unreachable yield: leave a plain call (never executed); its state is never set
                resumePoints.add(null);
                continue;
            }
            int state = k + 1;
            boolean checkPending = m.name.equals("yieldMarker");
            // which locals and stack entries to save
            List<Integer> localSlots = new ArrayList<>();
            List<Type> localTypes = new ArrayList<>();
            for (int j = 2; j < f.getLocals(); j++) {
                BasicValue v = f.getLocal(j);
                if (v == null || v.getType() == null || v == BasicValue.UNINITIALIZED_VALUE) continue;
                if (j == arraySlot || j == valueSlot || j >= tempBase) continue;
                localSlots.add(j);
                localTypes.add(v.getType());
            }
            int stackSize = f.getStackSize() - 1; // below the yielded value
            List<Type> stackTypes = new ArrayList<>();
            for (int s = 0; s < stackSize; s++) stackTypes.add(f.getStack(s).getType());
            int total = localSlots.size() + stackSize;

            InsnList save = new InsnList();
            cutStart[k] = new LabelNode();
            save.add(cutStart[k]);
            save.add(new VarInsnNode(ASTORE, valueSlot));
            // move the stack into temporaries (top first)
            int[] stackTemps = new int[stackSize];
            for (int s = stackSize - 1; s >= 0; s--) {
                stackTemps[s] = nextTemp++;
                save.add(new VarInsnNode(storeOp(stackTypes.get(s)), stackTemps[s]));
            }
            save.add(intConst(total));
            save.add(new TypeInsnNode(ANEWARRAY, "java/lang/Object"));
            int idx = 0;
            for (int j = 0; j < localSlots.size(); j++) {
                save.add(new InsnNode(DUP));
                save.add(intConst(idx++));
                save.add(new VarInsnNode(loadOp(localTypes.get(j)), localSlots.get(j)));
                box(save, localTypes.get(j));
                save.add(new InsnNode(AASTORE));
            }
            for (int s = 0; s < stackSize; s++) {
                save.add(new InsnNode(DUP));
                save.add(intConst(idx++));
                save.add(new VarInsnNode(loadOp(stackTypes.get(s)), stackTemps[s]));
                box(save, stackTypes.get(s));
                save.add(new InsnNode(AASTORE));
            }
            save.add(new VarInsnNode(ASTORE, arraySlot));
            save.add(new VarInsnNode(ALOAD, 0));
            save.add(new VarInsnNode(ALOAD, arraySlot));
            save.add(new FieldInsnNode(PUTFIELD, GEN, "frame", "[Ljava/lang/Object;"));
            save.add(new VarInsnNode(ALOAD, 0));
            save.add(intConst(state));
            save.add(new FieldInsnNode(PUTFIELD, GEN, "state", "I"));
            save.add(new MethodInsnNode(INVOKESTATIC, OPS, "leaveCall", "()V", false));
            save.add(new VarInsnNode(ALOAD, valueSlot));
            save.add(new InsnNode(ARETURN));

            LabelNode resume = new LabelNode();
            resumePoints.add(resume);
            save.add(resume);
            save.add(new VarInsnNode(ALOAD, 0));
            save.add(new FieldInsnNode(GETFIELD, GEN, "frame", "[Ljava/lang/Object;"));
            save.add(new VarInsnNode(ASTORE, arraySlot));
            idx = 0;
            for (int j = 0; j < localSlots.size(); j++) {
                save.add(new VarInsnNode(ALOAD, arraySlot));
                save.add(intConst(idx++));
                save.add(new InsnNode(AALOAD));
                unbox(save, localTypes.get(j));
                save.add(new VarInsnNode(storeOp(localTypes.get(j)), localSlots.get(j)));
            }
            for (int s = 0; s < stackSize; s++) {
                save.add(new VarInsnNode(ALOAD, arraySlot));
                save.add(intConst(idx++));
                save.add(new InsnNode(AALOAD));
                unbox(save, stackTypes.get(s));
            }
            cutEnd[k] = new LabelNode();
            save.add(cutEnd[k]);
            if (checkPending) {
                save.add(new VarInsnNode(ALOAD, 0));
                save.add(new MethodInsnNode(INVOKESTATIC, OPS, "resumeCheck", "(L" + GEN + ";)V", false));
            }
            save.add(new VarInsnNode(ALOAD, CodeGen.SENT_SLOT));
            mn.instructions.insert(m, save);
            mn.instructions.remove(m);
        }
        List<TryCatchBlockNode> split = new ArrayList<>();
        for (int t = 0; t < mn.tryCatchBlocks.size(); t++) {
            TryCatchBlockNode tcb = mn.tryCatchBlocks.get(t);
            int[] r = ranges.get(t);
            LabelNode from = tcb.start;
            for (int k = 0; k < marks.size(); k++) {
                if (cutStart[k] == null || markIndex[k] < r[0] || markIndex[k] >= r[1]) continue;
                split.add(new TryCatchBlockNode(from, cutStart[k], tcb.handler, tcb.type));
                from = cutEnd[k];
            }
            split.add(new TryCatchBlockNode(from, tcb.end, tcb.handler, tcb.type));
        }
        mn.tryCatchBlocks.clear();
        for (TryCatchBlockNode t : split) {
            boolean empty = true;
            for (AbstractInsnNode i = t.start; i != null && i != t.end; i = i.getNext()) {
                if (i.getOpcode() >= 0) {
                    empty = false;
                    break;
                }
            }
            if (!empty) mn.tryCatchBlocks.add(t);
        }
        // the dispatch on the state
        InsnList dispatch = new InsnList();
        // the traceback handler reads the line local everywhere, resume points included
        dispatch.add(new InsnNode(ICONST_0));
        dispatch.add(new VarInsnNode(ISTORE, lineSlot));
        dispatch.add(new InsnNode(ACONST_NULL));
        dispatch.add(new VarInsnNode(ASTORE, caughtSlot));
        dispatch.add(new MethodInsnNode(INVOKESTATIC, OPS, "enterCall", "()V", false));
        LabelNode start = new LabelNode();
        LabelNode[] targets = new LabelNode[resumePoints.size() + 1];
        targets[0] = start;
        for (int k = 0; k < resumePoints.size(); k++) {
            targets[k + 1] = resumePoints.get(k) != null ? resumePoints.get(k) : start;
        }
        dispatch.add(new VarInsnNode(ALOAD, 0));
        dispatch.add(new FieldInsnNode(GETFIELD, GEN, "state", "I"));
        dispatch.add(new TableSwitchInsnNode(0, targets.length - 1, start, targets));
        dispatch.add(start);
        mn.instructions.insert(dispatch);
    }

    private static AbstractInsnNode intConst(int v) {
        if (v >= -1 && v <= 5) return new InsnNode(ICONST_0 + v);
        if (v <= Short.MAX_VALUE) return new IntInsnNode(SIPUSH, v);
        return new LdcInsnNode(v);
    }

    private static boolean isInt(Type t) {
        int s = t.getSort();
        return s == Type.INT || s == Type.BOOLEAN || s == Type.BYTE || s == Type.CHAR || s == Type.SHORT;
    }

    private static int storeOp(Type t) {
        return isInt(t) ? ISTORE : t.getSort() == Type.LONG ? LSTORE : t.getSort() == Type.DOUBLE ? DSTORE
            : t.getSort() == Type.FLOAT ? FSTORE : ASTORE;
    }

    private static int loadOp(Type t) {
        return isInt(t) ? ILOAD : t.getSort() == Type.LONG ? LLOAD : t.getSort() == Type.DOUBLE ? DLOAD
            : t.getSort() == Type.FLOAT ? FLOAD : ALOAD;
    }

    private static void box(InsnList l, Type t) {
        if (isInt(t)) l.add(new MethodInsnNode(INVOKESTATIC, "java/lang/Integer", "valueOf", "(I)Ljava/lang/Integer;", false));
        else if (t.getSort() == Type.LONG) l.add(new MethodInsnNode(INVOKESTATIC, "java/lang/Long", "valueOf", "(J)Ljava/lang/Long;", false));
        else if (t.getSort() == Type.DOUBLE) l.add(new MethodInsnNode(INVOKESTATIC, "java/lang/Double", "valueOf", "(D)Ljava/lang/Double;", false));
    }

    private static void unbox(InsnList l, Type t) {
        if (isInt(t)) {
            l.add(new TypeInsnNode(CHECKCAST, "java/lang/Integer"));
            l.add(new MethodInsnNode(INVOKEVIRTUAL, "java/lang/Integer", "intValue", "()I", false));
        } else if (t.getSort() == Type.LONG) {
            l.add(new TypeInsnNode(CHECKCAST, "java/lang/Long"));
            l.add(new MethodInsnNode(INVOKEVIRTUAL, "java/lang/Long", "longValue", "()J", false));
        } else if (t.getSort() == Type.DOUBLE) {
            l.add(new TypeInsnNode(CHECKCAST, "java/lang/Double"));
            l.add(new MethodInsnNode(INVOKEVIRTUAL, "java/lang/Double", "doubleValue", "()D", false));
        } else if (t.getSort() == Type.OBJECT || t.getSort() == Type.ARRAY) {
            String internal = t.getInternalName();
            if (!internal.equals("java/lang/Object") && !internal.equals("null")) l.add(new TypeInsnNode(CHECKCAST, internal));
        }
    }

}
