package org.jyco.runtime;

import org.jyco.runtime.types.PyDict;

/**
 * Base of the Java classes whose instances know their Python type themselves: instances of
 * Python classes, containers that Python classes may subclass, functions, modules, types. Other
 * Java objects (Long, Double, String, Boolean, any embedder object) get their type through
 * {@link PyType#of(Object)}'s class map, with no wrapper.
 */
public abstract class PyObject {
    /** The Python type of this object. */
    public abstract PyType getType();

    /** The instance dictionary, or {@code null} if this object has none. */
    public PyDict getDict() {
        return null;
    }

    @Override
    public String toString() {
        return Abstract.str(this);
    }
}
