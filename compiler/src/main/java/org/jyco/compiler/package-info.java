/**
 * Python AST to JVM classes: {@link org.jyco.compiler.Symtable} (scopes, after CPython's
 * symtable.c), {@link org.jyco.compiler.CodeGen} (one visit method per node, emitting through
 * {@link org.jyco.compiler.Emitter}), {@link org.jyco.compiler.PatternCompiler} (match),
 * {@link org.jyco.compiler.GeneratorTransform} (generators as state machines) and
 * {@link org.jyco.compiler.ModuleCompiler} (one class per module). A function with a loop also
 * gets a typed version in the same method: {@link org.jyco.compiler.TypePlan} decides which
 * locals hold only ints (long) or floats (double), {@link org.jyco.compiler.TypedCodeGen} emits
 * that version with every assumption guarded, continuing in the generic version at the
 * {@link org.jyco.compiler.Resume} points when one fails. The entry point is
 * {@link org.jyco.compiler.JycoCompiler}. {@code -Djyco.dump=DIR} writes generated classes,
 * {@code -Djyco.verify=true} checks each with ASM's CheckClassAdapter.
 */
package org.jyco.compiler;
