package org.jyco.runtime.link;

import java.lang.invoke.CallSite;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.math.BigInteger;
import org.jyco.runtime.BinaryOp;
import org.jyco.runtime.CompareOp;
import org.jyco.runtime.ModuleScope;
import org.jyco.runtime.Signature;
import org.jyco.runtime.types.PyCode;
import org.jyco.runtime.types.PyLong;

/**
 * The bootstrap methods generated code names in its {@code invokedynamic} and
 * {@code ldc} (constant-dynamic) instructions. The operation is the call site's name:
 *
 * <pre>
 * binop:add  inplace:add  cmp:lt  test:lt  neg  pos  invert  truth  not
 * getattr:x  setattr:x  delattr:x  getitem  setitem  delitem  contains  iter  next
 * call:N  callkw:N:a,b  callmethod:name:N
 * getglobal:x  setglobal:x  delglobal:x  getname:x  setname:x  delname:x
 * </pre>
 *
 * Constants: {@link #scope} (the module's {@link ModuleScope}, the hidden class's class data),
 * {@link #code} (a function's {@link PyCode}), {@link #integer} and {@link #real} (boxed
 * numbers that are real constants, not re-boxed at each use). They are {@code invokedynamic}
 * sites bound to a constant, not {@code ldc} of dynamic constants: HotSpot refuses to compile a
 * method holding an unresolved dynamic constant (one on a path not run yet), while an unlinked
 * {@code invokedynamic} is just an uncommon trap; a linked one folds to the constant. Equal
 * number constants of one module are one object, as in a CPython code object.
 */
public final class Bootstraps {
    private Bootstraps() {}

    /** The bootstrap of every dynamic operation. */
    public static CallSite bootstrap(MethodHandles.Lookup lookup, String name, MethodType type) throws Exception {
        String[] parts = name.split(":", -1);
        String op = parts[0];
        switch (op) {
            case "binop":
                return new OperatorSites.BinaryOpSite(name, type, binaryOp(parts[1]), false);
            case "inplace":
                return new OperatorSites.BinaryOpSite(name, type, binaryOp(parts[1]), true);
            case "cmp":
            case "test":
                return new OperatorSites.CompareSite(name, type, CompareOp.valueOf(parts[1].toUpperCase()));
            case "neg":
            case "pos":
            case "invert":
            case "truth":
            case "not":
                return new OperatorSites.UnarySite(name, type, op);
            case "getattr":
            case "setattr":
            case "delattr":
                return new ObjectSites.AttributeSite(name, type, op, parts[1]);
            case "getitem":
            case "setitem":
            case "delitem":
            case "contains":
                return new ObjectSites.ItemSite(name, type, op);
            case "iter":
            case "next":
                return new ObjectSites.IterationSite(name, type, op);
            case "call":
                return new CallSites.CallSite(name, type, Integer.parseInt(parts[1]), Signature.NO_KWNAMES);
            case "callkw": {
                String[] kw = parts[2].split(",");
                return new CallSites.CallSite(name, type, Integer.parseInt(parts[1]) - kw.length, kw);
            }
            case "callmethod":
                return new CallSites.MethodCallSite(name, type, parts[1], Integer.parseInt(parts[2]));
            case "getglobal":
            case "setglobal":
            case "delglobal":
            case "getname":
            case "setname":
            case "delname":
                return new GlobalSites.GlobalSite(name, type, scope(lookup), op, parts[1]);
            default:
                throw new IllegalArgumentException("unknown dynamic operation " + name);
        }
    }

    private static BinaryOp binaryOp(String siteName) {
        for (BinaryOp b : BinaryOp.values()) if (b.siteName.equals(siteName)) return b;
        throw new IllegalArgumentException("unknown binary operator " + siteName);
    }

    private static ModuleScope scope(MethodHandles.Lookup lookup) throws IllegalAccessException {
        return MethodHandles.classData(lookup, "_", ModuleScope.class);
    }

    // ------------------------------------------------------------------ constants

    private static CallSite constant(MethodType type, Object value) {
        return new java.lang.invoke.ConstantCallSite(MethodHandles.constant(type.returnType(), value));
    }

    /** Number constants of each module class, by their text (so equal constants are one object). */
    private static final ClassValue<java.util.Map<String, Object>> NUMBERS = new ClassValue<>() {
        @Override
        protected java.util.Map<String, Object> computeValue(Class<?> type) {
            return new java.util.concurrent.ConcurrentHashMap<>();
        }
    };

    /** The module scope of the calling (hidden) class. */
    public static CallSite scope(MethodHandles.Lookup lookup, String name, MethodType type) throws IllegalAccessException {
        return constant(type, scope(lookup));
    }

    /**
     * A code object for a compiled function: its static method handle and signature.
     * {@code params} lists parameter names; the counts say how many are positional-only,
     * positional, keyword-only, and whether *args/**kwargs follow (flags 1 and 2 of
     * {@code varFlags}); {@code freevars} are comma-separated.
     */
    public static CallSite code(MethodHandles.Lookup lookup, String constantName, MethodType type, String name,
                              String qualname, String filename,
                              int firstLine, int codeFlags, String params, int posonly, int positional, int kwonly,
                              int varFlags, String freevars, String doc, MethodHandle body, String locals) {
        String[] names = params.isEmpty() ? new String[0] : params.split(",");
        // errors from argument binding name the function by its qualified name, as CPython 3.10+
        Signature sig = new Signature(qualname, names, posonly, positional, kwonly, (varFlags & 1) != 0, (varFlags & 2) != 0);
        PyCode code = new PyCode(name, qualname, filename, firstLine, sig, codeFlags,
            freevars.isEmpty() ? new String[0] : freevars.split(","), body);
        if ((codeFlags & PyCode.HAS_DOC) != 0) code.doc = doc;
        code.localNames = locals.isEmpty() ? new String[0] : locals.split(",");
        return constant(type, code);
    }

    /** An int constant: Long if it fits, else BigInteger, from its decimal text. */
    public static CallSite integer(MethodHandles.Lookup lookup, String name, MethodType type, String digits) {
        return constant(type, NUMBERS.get(lookup.lookupClass()).computeIfAbsent(digits, d -> PyLong.normalize(new BigInteger(d))));
    }

    /** A boxed float constant. */
    public static CallSite real(MethodHandles.Lookup lookup, String name, MethodType type, double value) {
        // keyed by the bits: 0.0 and -0.0 are different constants
        return constant(type, NUMBERS.get(lookup.lookupClass()).computeIfAbsent("f" + Double.doubleToRawLongBits(value), k -> value));
    }
}
