/**
 * Python AST to JVM classes: {@link org.jyco.compiler.Symtable} (scopes, after CPython's
 * symtable.c), {@link org.jyco.compiler.CodeGen} (one visit method per node, emitting through
 * {@link org.jyco.compiler.Emitter}), {@link org.jyco.compiler.PatternCompiler} (match),
 * {@link org.jyco.compiler.GeneratorTransform} (generators as state machines) and
 * {@link org.jyco.compiler.ModuleCompiler} (one class per module). The entry point is
 * {@link org.jyco.compiler.JycoCompiler}. {@code -Djyco.dump=DIR} writes generated classes,
 * {@code -Djyco.verify=true} checks each with ASM's CheckClassAdapter.
 */
package org.jyco.compiler;
