package org.jyco.runtime.link;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import org.jyco.runtime.Abstract;
import org.jyco.runtime.BinaryOp;
import org.jyco.runtime.CompareOp;
import org.jyco.runtime.types.PyFloat;
import org.jyco.runtime.types.PyLong;
import org.jyco.runtime.types.PyStr;

/**
 * Sites for operators: binary ({@code binop:add}, {@code inplace:add}), comparisons
 * ({@code cmp:lt} returning an object, {@code test:lt} returning a JVM boolean for conditions),
 * unary ({@code neg}, {@code pos}, {@code invert}) and truth ({@code truth}, {@code not}).
 *
 * <p>For {@code int op int} the target is the {@code long}-typed method of
 * {@link PyLong} (overflow-checked, falling to BigInteger), for floats the {@code double}-typed
 * one of {@link PyFloat}, for strings {@link PyStr}'s; the guard tests the operands' exact Java
 * classes, so C2 sees straight-line code on primitives.
 */
final class OperatorSites {
    private OperatorSites() {}

    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

    static MethodHandle findStatic(Class<?> c, String name, MethodType t) {
        try {
            return LOOKUP.findStatic(c, name, t);
        } catch (NoSuchMethodException e) {
            return null;
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final MethodHandle LONG_TO_DOUBLE =
        findStatic(OperatorSites.class, "longToDouble", MethodType.methodType(double.class, Object.class));

    static double longToDouble(Object o) {
        return (double) (Long) o;
    }

    // ------------------------------------------------------------------ binary

    static final class BinaryOpSite extends PySite {
        private final BinaryOp op;
        private final boolean inplace;

        BinaryOpSite(String operation, MethodType type, BinaryOp op, boolean inplace) {
            super(operation, type);
            this.op = op;
            this.inplace = inplace;
        }

        @Override
        protected Linkage link(Object[] args) {
            Object a = args[0], b = args[1];
            MethodType site = type();
            if (a instanceof Long && b instanceof Long) {
                MethodHandle m = findStatic(PyLong.class, op.siteName,
                    MethodType.methodType(Object.class, long.class, long.class));
                if (m != null) return Linkage.of(m, Guards.sameKinds(a, b, site), "PyLong." + op.siteName + "(long, long)");
            }
            if (a instanceof Double && b instanceof Double || a instanceof Double && b instanceof Long
                || a instanceof Long && b instanceof Double) {
                MethodHandle m = floatOp();
                if (m != null) {
                    if (a instanceof Long) m = MethodHandles.filterArguments(m, 0, LONG_TO_DOUBLE);
                    if (b instanceof Long) m = MethodHandles.filterArguments(m, 1, LONG_TO_DOUBLE);
                    return Linkage.of(m, Guards.sameKinds(a, b, site), "PyFloat." + op.siteName + "(double, double)");
                }
            }
            if (a instanceof String && b instanceof String && op == BinaryOp.ADD) {
                return Linkage.of(findStatic(PyStr.class, "add", MethodType.methodType(String.class, String.class, String.class)),
                    Guards.sameKinds(a, b, site), "PyStr.add");
            }
            // no specialisation for this pair: the generic protocol, cached for these classes
            return Linkage.of(generic(), Guards.sameKinds(a, b, site), "Abstract." + (inplace ? "inplaceOp" : "binaryOp"));
        }

        private MethodHandle floatOp() {
            switch (op) {
                case ADD: case SUB: case MUL: case TRUEDIV: case FLOORDIV: case MOD:
                    return findStatic(PyFloat.class, op.siteName, MethodType.methodType(double.class, double.class, double.class));
                case POW:
                    return findStatic(PyFloat.class, "pow", MethodType.methodType(Object.class, double.class, double.class));
                default:
                    return null;
            }
        }

        @Override
        protected MethodHandle generic() {
            MethodHandle g = findStatic(Abstract.class, inplace ? "inplaceOp" : "binaryOp",
                MethodType.methodType(Object.class, BinaryOp.class, Object.class, Object.class));
            return MethodHandles.insertArguments(g, 0, op).asType(type());
        }
    }

    // ------------------------------------------------------------------ comparisons

    static final class CompareSite extends PySite {
        private final CompareOp op;

        CompareSite(String operation, MethodType type, CompareOp op) {
            super(operation, type);
            this.op = op;
        }

        private String method() {
            return op.name().toLowerCase();
        }

        @Override
        protected Linkage link(Object[] args) {
            Object a = args[0], b = args[1];
            MethodType site = type();
            MethodType bb = MethodType.methodType(boolean.class, long.class, long.class);
            if (a instanceof Long && b instanceof Long) {
                return Linkage.of(findStatic(PyLong.class, method(), bb), Guards.sameKinds(a, b, site), "PyLong." + method());
            }
            if (a instanceof Double && b instanceof Double) {
                MethodHandle m = findStatic(PyFloat.class, method(), MethodType.methodType(boolean.class, double.class, double.class));
                return Linkage.of(m, Guards.sameKinds(a, b, site), "PyFloat." + method());
            }
            if (a instanceof Double && b instanceof Long || a instanceof Long && b instanceof Double) {
                // exact: ints beyond 2**53 are not rounded to the float's precision
                MethodHandle m = MethodHandles.insertArguments(findStatic(OperatorSites.class, "compareMixed",
                    MethodType.methodType(boolean.class, int.class, Object.class, Object.class)), 0, op.ordinal());
                return Linkage.of(m, Guards.sameKinds(a, b, site), "int/float " + method());
            }
            if (a instanceof String && b instanceof String) {
                return Linkage.of(findStatic(PyStr.class, method(), MethodType.methodType(boolean.class, String.class, String.class)),
                    Guards.sameKinds(a, b, site), "PyStr." + method());
            }
            return Linkage.of(generic(), Guards.sameKinds(a, b, site), "Abstract.richCompare");
        }

        @Override
        protected MethodHandle generic() {
            MethodHandle g = findStatic(Abstract.class, "richCompare",
                MethodType.methodType(Object.class, Object.class, Object.class, CompareOp.class));
            g = MethodHandles.insertArguments(g, 2, op);
            if (type().returnType() == boolean.class) {
                g = MethodHandles.filterReturnValue(g, TRUTH);
            }
            return g.asType(type());
        }
    }

    // ------------------------------------------------------------------ unary and truth

    static final MethodHandle TRUTH =
        findStatic(Abstract.class, "isTrue", MethodType.methodType(boolean.class, Object.class));

    static final class UnarySite extends PySite {
        private final String kind;

        UnarySite(String operation, MethodType type, String kind) {
            super(operation, type);
            this.kind = kind;
        }

        @Override
        protected Linkage link(Object[] args) {
            Object a = args[0];
            MethodType site = type();
            switch (kind) {
                case "truth":
                case "not": {
                    MethodHandle t = truthFor(a);
                    if (t != null) {
                        if (kind.equals("not")) t = MethodHandles.filterReturnValue(t, NOT);
                        return Linkage.of(t, Guards.sameKind(a, 0, site), kind + " " + a.getClass().getSimpleName());
                    }
                    return Linkage.of(generic(), Guards.sameKind(a, 0, site), "Abstract.isTrue");
                }
                case "neg":
                    if (a instanceof Long) {
                        return Linkage.of(findStatic(PyLong.class, "neg", MethodType.methodType(Object.class, long.class)),
                            Guards.sameKind(a, 0, site), "PyLong.neg");
                    }
                    if (a instanceof Double) {
                        return Linkage.of(findStatic(OperatorSites.class, "negDouble", MethodType.methodType(double.class, double.class)),
                            Guards.sameKind(a, 0, site), "-double");
                    }
                    return Linkage.of(generic(), Guards.sameKind(a, 0, site), "Abstract.negative");
                default:
                    return Linkage.of(generic(), Guards.sameKind(a, 0, site), "Abstract." + kind);
            }
        }

        private static MethodHandle truthFor(Object a) {
            if (a instanceof Boolean) return findStatic(OperatorSites.class, "truthBoolean", MethodType.methodType(boolean.class, Object.class));
            if (a instanceof Long) return findStatic(OperatorSites.class, "truthLong", MethodType.methodType(boolean.class, Object.class));
            if (a instanceof String) return findStatic(OperatorSites.class, "truthString", MethodType.methodType(boolean.class, Object.class));
            if (a == org.jyco.runtime.PyNone.NONE) return findStatic(OperatorSites.class, "truthNone", MethodType.methodType(boolean.class, Object.class));
            return null;
        }

        @Override
        protected MethodHandle generic() {
            switch (kind) {
                case "truth":
                    return TRUTH.asType(type());
                case "not":
                    return MethodHandles.filterReturnValue(TRUTH, NOT).asType(type());
                case "neg":
                    return findStatic(Abstract.class, "negative", MethodType.methodType(Object.class, Object.class)).asType(type());
                case "pos":
                    return findStatic(Abstract.class, "positive", MethodType.methodType(Object.class, Object.class)).asType(type());
                default:
                    return findStatic(Abstract.class, "invert", MethodType.methodType(Object.class, Object.class)).asType(type());
            }
        }
    }

    static final MethodHandle NOT = findStatic(OperatorSites.class, "not", MethodType.methodType(boolean.class, boolean.class));

    static boolean not(boolean b) {
        return !b;
    }

    /** An int (Long) compared with a float, either way round, exactly; kind is the CompareOp ordinal. */
    static boolean compareMixed(int kind, Object a, Object b) {
        if (a instanceof Long l) {
            long x = l;
            double d = (Double) b;
            if (x > -(1L << 53) && x < (1L << 53)) return PyFloat.compareDoubles(kind, x, d);
            return (Boolean) PyFloat.compareIntFloat(l, d, kind);
        }
        long y = (Long) b;
        double d = (Double) a;
        if (y > -(1L << 53) && y < (1L << 53)) return PyFloat.compareDoubles(kind, d, y);
        int[] rev = {4, 5, 2, 3, 0, 1};
        return (Boolean) PyFloat.compareIntFloat(y, d, rev[kind]);
    }

    static double negDouble(double d) {
        return -d;
    }

    static boolean truthBoolean(Object o) {
        return (Boolean) o;
    }

    static boolean truthLong(Object o) {
        return (Long) o != 0;
    }

    static boolean truthString(Object o) {
        return !((String) o).isEmpty();
    }

    static boolean truthNone(Object o) {
        return false;
    }
}
