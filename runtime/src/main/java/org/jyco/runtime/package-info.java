/**
 * The Python runtime: the object model's roots ({@link org.jyco.runtime.PyObject},
 * {@link org.jyco.runtime.PyType}), the generic object protocols ({@link org.jyco.runtime.Abstract},
 * after CPython's {@code Objects/abstract.c}), exceptions, the builtins and {@code sys} modules,
 * the per-interpreter state and import system ({@link org.jyco.runtime.Interpreter}), and the
 * operations compiled code calls directly ({@link org.jyco.runtime.Ops}). Built-in types live in
 * {@code types}, one class each; the invokedynamic linker lives in {@code link}, nothing else
 * does. The runtime does not depend on the compiler: it reaches it through
 * {@link org.jyco.runtime.Interpreter.SourceCompiler}.
 */
package org.jyco.runtime;
