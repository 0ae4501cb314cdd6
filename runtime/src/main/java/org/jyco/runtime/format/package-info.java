/**
 * Text formatting as CPython does it: float repr (shortest round-trip digits), the format-spec
 * mini-language for int/float/str, {@code %}-formatting and {@code str.format}.
 */
package org.jyco.runtime.format;
