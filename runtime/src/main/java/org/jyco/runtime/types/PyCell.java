package org.jyco.runtime.types;

import org.jyco.runtime.Exposed;
import org.jyco.runtime.PyExc;
import org.jyco.runtime.PyObject;
import org.jyco.runtime.PyType;

/** A variable shared between a function and the functions nested in it (CPython's cell). */
public final class PyCell extends PyObject {
    /** The value, or null while unbound. */
    public Object value;

    public PyCell() {}

    public PyCell(Object value) {
        this.value = value;
    }

    @Override
    public PyType getType() {
        return PyType.CELL;
    }

    @Exposed.Getter("cell_contents")
    public static Object cellContents(PyCell self) {
        if (self.value == null) throw PyExc.valueError("Cell is empty");
        return self.value;
    }

    @Exposed.Setter("cell_contents")
    public static void setCellContents(PyCell self, Object v) {
        self.value = v;
    }

    @Override
    public String toString() {
        return value == null ? "<cell at 0x" + Integer.toHexString(System.identityHashCode(this)) + ": empty>"
            : "<cell at 0x" + Integer.toHexString(System.identityHashCode(this)) + ">";
    }
}
