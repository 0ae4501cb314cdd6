/**
 * One class per built-in type, holding its Python methods (declared with
 * {@link org.jyco.runtime.Exposed}) and its operators. Where a Python type is a plain Java class
 * ({@code int} = Long/BigInteger, {@code float} = Double, {@code str} = String,
 * {@code bool} = Boolean) the class here holds static methods only; the {@code long}- and
 * {@code double}-typed methods are the fast paths the linker binds.
 */
package org.jyco.runtime.types;
