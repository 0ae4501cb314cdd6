/**
 * The abstract syntax tree: one record per node of CPython 3.11's {@code ast} module, generated
 * by {@code parser/tools/gen_ast.py} from CPython's own node definitions. Sum types ({@code expr},
 * {@code stmt}, {@code pattern}, {@code mod}) are sealed interfaces with a visitor; simple sums
 * ({@code operator}, {@code cmpop}, ...) are enums. Nothing but tree shapes lives here.
 */
package org.jyco.parser.ast;
