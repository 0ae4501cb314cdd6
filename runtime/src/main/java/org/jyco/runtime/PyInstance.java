package org.jyco.runtime;

import org.jyco.runtime.types.PyDict;

/**
 * An instance of a Python class whose bases are all Python classes or {@code object}: a type
 * and a dictionary of attributes.
 */
public class PyInstance extends PyObject {
    private PyType type;
    private PyDict dict;

    public PyInstance(PyType type) {
        this.type = type;
        this.dict = new PyDict();
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
