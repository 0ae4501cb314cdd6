package org.jyco.runtime;

import org.jyco.runtime.types.PyDict;

/**
 * An instance of a Python class whose bases are all Python classes or {@code object}: a type
 * and a dictionary of attributes.
 */
public class PyInstance extends PyObject {
    private PyType type;
    private PyDict dict;

    /** Values of {@code __slots__} members, by name (allocated on first use). */
    private java.util.HashMap<String, Object> slots;

    public PyInstance(PyType type) {
        this.type = type;
        this.dict = type.hasInstanceDict() ? new PyDict() : null;
    }

    /** The value of a {@code __slots__} member, or null if unset. */
    public Object getSlot(String name) {
        return slots == null ? null : slots.get(name);
    }

    /** Sets (value null: clears) a {@code __slots__} member; returns the previous value. */
    public Object setSlot(String name, Object value) {
        if (value == null) return slots == null ? null : slots.remove(name);
        if (slots == null) slots = new java.util.HashMap<>(4);
        return slots.put(name, value);
    }

    @Override
    public PyType getType() {
        return type;
    }

    /** {@code obj.__class__ = other}, with the layout check done by the caller. */
    public void setType(PyType type) {
        this.type = type;
    }

    @Override
    public PyDict getDict() {
        return dict;
    }

    public void setDict(PyDict dict) {
        this.dict = dict;
    }
}
