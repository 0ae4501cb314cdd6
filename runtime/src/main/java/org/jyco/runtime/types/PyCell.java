package org.jyco.runtime.types;

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

    @Override
    public String toString() {
        return value == null ? "<cell at 0x" + Integer.toHexString(System.identityHashCode(this)) + ": empty>"
            : "<cell at 0x" + Integer.toHexString(System.identityHashCode(this)) + ">";
    }
}
