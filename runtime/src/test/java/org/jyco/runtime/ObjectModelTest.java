package org.jyco.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import org.jyco.runtime.types.PyDict;
import org.jyco.runtime.types.PyList;
import org.jyco.runtime.types.PySet;
import org.jyco.runtime.types.PyTuple;
import org.junit.jupiter.api.Test;

/** The object model used directly from Java: types, operators, containers, errors. */
class ObjectModelTest {
    @Test
    void intArithmeticOverflowsToBigInteger() {
        assertEquals(3L, Abstract.binaryOp(BinaryOp.ADD, 1L, 2L));
        Object big = Abstract.binaryOp(BinaryOp.MUL, Long.MAX_VALUE, 2L);
        assertEquals(BigInteger.valueOf(Long.MAX_VALUE).multiply(BigInteger.TWO), big);
        assertEquals(-4L, Abstract.binaryOp(BinaryOp.FLOORDIV, -7L, 2L));
        assertEquals(1L, Abstract.binaryOp(BinaryOp.MOD, -7L, 2L));
        assertEquals(3.5, Abstract.binaryOp(BinaryOp.TRUEDIV, 7L, 2L));
        assertEquals(2.5, Abstract.binaryOp(BinaryOp.ADD, 1L, 1.5));
        assertEquals(2L, Abstract.binaryOp(BinaryOp.ADD, true, true));
    }

    @Test
    void typeErrorsUseCPythonWording() {
        PyException e = assertThrows(PyException.class, () -> Abstract.binaryOp(BinaryOp.ADD, 1L, "a"));
        assertEquals("unsupported operand type(s) for +: 'int' and 'str'", Abstract.str(e.value()));
        e = assertThrows(PyException.class, () -> Abstract.binaryOp(BinaryOp.ADD, "a", 1L));
        assertEquals("can only concatenate str (not \"int\") to str", Abstract.str(e.value()));
    }

    @Test
    void reprOfContainers() {
        PyList l = PyList.of(1L, "a", 2.5, PyNone.NONE, true);
        assertEquals("[1, 'a', 2.5, None, True]", Abstract.repr(l));
        assertEquals("(1,)", Abstract.repr(PyTuple.of(1L)));
        PyDict d = new PyDict();
        d.put("x", 1L);
        d.put(2L, PyList.of());
        assertEquals("{'x': 1, 2: []}", Abstract.repr(d));
    }

    @Test
    void setIteratesInCPythonOrder() {
        PySet s = new PySet();
        for (long v : new long[] {10, 3, 100, 7, 64, 1}) s.add(v);
        // python3 -c "print({10, 3, 100, 7, 64, 1})" prints {64, 1, 3, 100, 7, 10}
        assertEquals("{64, 1, 3, 100, 7, 10}", Abstract.repr(s));
    }

    @Test
    void builtinMethodsAreFoundThroughTheType() {
        Object upper = Abstract.getAttr("abc", "upper");
        assertEquals("ABC", Abstract.call(upper));
        Object split = Abstract.callMethod("a b  c", "split");
        assertEquals("['a', 'b', 'c']", Abstract.repr(split));
        assertTrue(Abstract.isInstance(true, PyType.INT));
    }

    @Test
    void interpreterBuiltins() {
        Interpreter interp = new Interpreter();
        Object len = interp.builtins().getDict().getOrNull("len");
        assertEquals(3L, Abstract.call(len, "abc"));
        Object sorted = interp.builtins().getDict().getOrNull("sorted");
        assertEquals("[1, 2, 3]", Abstract.repr(Abstract.call(sorted, PyList.of(3L, 1L, 2L))));
    }
}
