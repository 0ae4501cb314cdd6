package org.jyco.parser;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.jyco.parser.ast.Alias;
import org.jyco.parser.ast.Arg;
import org.jyco.parser.ast.Arguments;
import org.jyco.parser.ast.Boolop;
import org.jyco.parser.ast.Cmpop;
import org.jyco.parser.ast.Comprehension;
import org.jyco.parser.ast.ConstantValue;
import org.jyco.parser.ast.ExceptHandler;
import org.jyco.parser.ast.Expr;
import org.jyco.parser.ast.ExprContext;
import org.jyco.parser.ast.Keyword;
import org.jyco.parser.ast.MatchCase;
import org.jyco.parser.ast.Mod;
import org.jyco.parser.ast.Node;
import org.jyco.parser.ast.Operator;
import org.jyco.parser.ast.Pattern;
import org.jyco.parser.ast.Stmt;
import org.jyco.parser.ast.TypeIgnore;
import org.jyco.parser.ast.Unaryop;
import org.jyco.parser.ast.WithItem;

/**
 * Builds Jyco AST records from a tree that python3 serialized with {@link #SERIALIZER}: a test
 * aid that checks {@link AstDump} against {@code ast.dump} on real trees without the parser.
 *
 * <p>The format is one value per line: {@code n NAME} (then the node's fields and attributes in
 * CPython order, which is the record component order), {@code e NAME} (a Load/Add/... value),
 * {@code l N} (then N values), {@code 0} (None), {@code E} (Ellipsis), {@code T}/{@code F},
 * {@code i DIGITS}, {@code f HEXBITS} (a float's IEEE bits), {@code c HEXBITS} (imaginary part of
 * a complex), {@code s HEX,HEX,...} (code points of a str), {@code b HEX} (bytes).
 */
final class PyAstReader {
    private PyAstReader() {}

    /** Python source of {@code ser(node, out)}, which appends the lines of a tree to list out. */
    static final String SERIALIZER = """
            import ast, struct
            _ENUMS = (ast.expr_context, ast.operator, ast.cmpop, ast.boolop, ast.unaryop)
            def ser(v, out):
                if isinstance(v, _ENUMS):
                    out.append('e ' + type(v).__name__)
                elif isinstance(v, ast.AST):
                    out.append('n ' + type(v).__name__)
                    for name in type(v)._fields + type(v)._attributes:
                        ser(getattr(v, name, None), out)
                elif isinstance(v, list):
                    out.append('l %d' % len(v))
                    for x in v:
                        ser(x, out)
                elif v is None:
                    out.append('0')
                elif v is ...:
                    out.append('E')
                elif v is True:
                    out.append('T')
                elif v is False:
                    out.append('F')
                elif isinstance(v, int):
                    out.append('i %d' % v)
                elif isinstance(v, float):
                    out.append('f %016x' % struct.unpack('<Q', struct.pack('<d', v))[0])
                elif isinstance(v, complex):
                    assert v.real == 0, v
                    out.append('c %016x' % struct.unpack('<Q', struct.pack('<d', v.imag))[0])
                elif isinstance(v, str):
                    out.append('s ' + ','.join('%x' % ord(c) for c in v))
                elif isinstance(v, bytes):
                    out.append('b ' + v.hex())
                else:
                    raise TypeError(type(v))
            """;

    private static final Map<String, Constructor<?>> NODES = new HashMap<>();
    private static final Map<String, Enum<?>> ENUMS = new HashMap<>();

    static {
        List<Class<?>> roots = List.of(Mod.class, Stmt.class, Expr.class, Pattern.class, Arguments.class,
                Arg.class, Keyword.class, Alias.class, Comprehension.class, ExceptHandler.class,
                MatchCase.class, WithItem.class, TypeIgnore.class);
        for (Class<?> root : roots) {
            List<Class<?>> classes = new ArrayList<>();
            if (root.isSealed()) classes.addAll(List.of(root.getPermittedSubclasses()));
            else classes.add(root);
            for (Class<?> c : classes) {
                Constructor<?> ctor = canonical(c);
                NODES.put(nodeName(ctor), ctor);
            }
        }
        for (Class<? extends Enum<?>> e : List.of(ExprContext.class, Operator.class, Cmpop.class, Boolop.class,
                Unaryop.class)) {
            for (Enum<?> k : e.getEnumConstants()) {
                if (ENUMS.put(k.name(), k) != null) throw new IllegalStateException("enum name clash: " + k);
            }
        }
    }

    /** All node record classes by CPython class name. */
    static Map<String, Class<?>> nodeClasses() {
        Map<String, Class<?>> m = new HashMap<>();
        NODES.forEach((k, v) -> m.put(k, v.getDeclaringClass()));
        return m;
    }

    private static Constructor<?> canonical(Class<?> c) {
        RecordComponent[] rcs = c.getRecordComponents();
        Class<?>[] types = new Class<?>[rcs.length];
        for (int i = 0; i < rcs.length; i++) types[i] = rcs[i].getType();
        try {
            return c.getDeclaredConstructor(types);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }

    /** nodeName() needs an instance: make one with default arguments. */
    private static String nodeName(Constructor<?> ctor) {
        Class<?>[] types = ctor.getParameterTypes();
        Object[] args = new Object[types.length];
        for (int i = 0; i < types.length; i++) if (types[i] == int.class) args[i] = 0;
        try {
            return ((Node) ctor.newInstance(args)).nodeName();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot instantiate " + ctor.getDeclaringClass(), e);
        }
    }

    /** Reads one serialized value (a whole tree when it starts with a node). */
    static Object read(BufferedReader in) {
        return read(in, Object.class, false);
    }

    private static String line(BufferedReader in) {
        try {
            String s = in.readLine();
            if (s == null) throw new IllegalStateException("serialized tree ends early");
            return s;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param constantSlot the value of Constant.value / MatchSingleton.value, where Python's
     *     None and Ellipsis are {@link ConstantValue.Singleton}s
     */
    private static Object read(BufferedReader in, Class<?> type, boolean constantSlot) {
        String s = line(in);
        char tag = s.charAt(0);
        String arg = s.length() > 2 ? s.substring(2) : "";
        switch (tag) {
            case 'n': {
                Constructor<?> ctor = NODES.get(arg);
                if (ctor == null) throw new IllegalStateException("no Jyco record for node " + arg);
                RecordComponent[] rcs = ctor.getDeclaringClass().getRecordComponents();
                Object[] args = new Object[rcs.length];
                for (int i = 0; i < rcs.length; i++) {
                    boolean cs = rcs[i].getType() == Object.class;
                    args[i] = read(in, rcs[i].getType(), cs);
                    if (rcs[i].getType() == int.class && args[i] == null) {
                        throw new IllegalStateException(arg + "." + rcs[i].getName() + " is None");
                    }
                }
                try {
                    return ctor.newInstance(args);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot build " + arg, e);
                }
            }
            case 'e': {
                Enum<?> k = ENUMS.get(arg);
                if (k == null) throw new IllegalStateException("no enum constant " + arg);
                return k;
            }
            case 'l': {
                int n = Integer.parseInt(arg);
                List<Object> list = new ArrayList<>(n);
                for (int i = 0; i < n; i++) list.add(read(in, Object.class, false));
                return list;
            }
            case '0':
                return constantSlot ? ConstantValue.Singleton.NONE : null;
            case 'E':
                return ConstantValue.Singleton.ELLIPSIS;
            case 'T':
                return Boolean.TRUE;
            case 'F':
                return Boolean.FALSE;
            case 'i':
                return type == int.class ? (Object) Integer.parseInt(arg) : new BigInteger(arg);
            case 'f':
                return Double.longBitsToDouble(Long.parseUnsignedLong(arg, 16));
            case 'c':
                return new ConstantValue.Imaginary(Double.longBitsToDouble(Long.parseUnsignedLong(arg, 16)));
            case 's': {
                StringBuilder sb = new StringBuilder();
                if (!arg.isEmpty()) {
                    for (String cp : arg.split(",")) sb.appendCodePoint(Integer.parseInt(cp, 16));
                }
                return sb.toString();
            }
            case 'b':
                return new ConstantValue.Bytes(HexFormat.of().parseHex(arg));
            default:
                throw new IllegalStateException("bad serialized line: " + s);
        }
    }
}
