package org.jyco.stdlib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.jyco.runtime.Abstract;
import org.jyco.runtime.Interpreter;
import org.jyco.runtime.PyModule;
import org.junit.jupiter.api.Test;

/** The modules are found through ServiceLoader, and each interpreter gets its own module objects. */
class ModuleRegistrationTest {
    @Test
    void modulesAreRegisteredPerInterpreter() {
        Interpreter a = new Interpreter();
        Interpreter b = new Interpreter();
        PyModule ma = a.importAbsolute("math");
        PyModule mb = b.importAbsolute("math");
        assertNotSame(ma, mb);
        assertSame(ma, a.importAbsolute("math"));
        assertEquals("math", ma.getName());
        assertEquals(Math.PI, Abstract.getAttr(ma, "pi"));
        ma.getDict().put("pi", 3L);
        assertEquals(Math.PI, Abstract.getAttr(mb, "pi"));
        PyModule t = a.importAbsolute("time");
        assertEquals("time", t.getName());
        assertSame(StructTime.TYPE, Abstract.getAttr(t, "struct_time"));
    }

    @Test
    void functionsCallableFromJava() {
        Interpreter i = new Interpreter();
        PyModule m = i.importAbsolute("math");
        assertEquals(3.0, Abstract.callMethod(m, "sqrt", 9L));
        assertEquals(120L, Abstract.callMethod(m, "factorial", 5L));
        Object st = Abstract.callMethod(i.importAbsolute("time"), "gmtime", 0L);
        assertEquals(1970L, Abstract.getAttr(st, "tm_year"));
        assertEquals("Thu Jan  1 00:00:00 1970", Abstract.callMethod(i.importAbsolute("time"), "asctime", st));
    }

    @Test
    void containerAndFunctionalModulesRegistered() {
        Interpreter a = new Interpreter();
        Interpreter b = new Interpreter();
        for (String name : new String[] {"itertools", "operator", "functools", "collections", "string", "bisect", "heapq"}) {
            PyModule ma = a.importAbsolute(name);
            assertEquals(name, ma.getName());
            assertNotSame(ma, b.importAbsolute(name));
        }
        assertEquals(5L, Abstract.callMethod(a.importAbsolute("operator"), "add", 2L, 3L));
        assertSame(Abstract.getAttr(a.importAbsolute("collections"), "deque"),
            Abstract.getAttr(b.importAbsolute("collections"), "deque"));
    }
}
