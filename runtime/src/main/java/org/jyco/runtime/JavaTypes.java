package org.jyco.runtime;

/**
 * Python types for arbitrary Java classes: a Java object handed to Python by an embedder is a
 * Python object of a type named after its class. Attribute access to Java members is an
 * interop feature still to come; until then such objects support identity, equality by
 * {@code equals}, hashing and repr.
 */
final class JavaTypes {
    private JavaTypes() {}

    static PyType forClass(Class<?> c) {
        return PyType.newBuiltin(c.getName(), PyType.OBJECT, c, null, "java");
    }
}
