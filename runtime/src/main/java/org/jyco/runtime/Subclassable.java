package org.jyco.runtime;

/**
 * A built-in Java representation that Python classes may subclass: its instances carry their
 * Python type (and, for subclass instances, a dictionary), so {@code class L(list)} instances are
 * still {@code PyList}s that every list operation accepts.
 */
public interface Subclassable {
    /** Makes this object an instance of the Python subclass {@code type}, with a fresh dictionary. */
    void becomeInstanceOf(PyType type);
}
