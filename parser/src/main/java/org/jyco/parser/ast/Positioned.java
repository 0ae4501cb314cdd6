package org.jyco.parser.ast;

/**
 * A node that carries CPython's position attributes. Lines are 1-based; columns are 0-based
 * offsets in UTF-8 bytes of the source line, exactly as CPython reports them.
 */
public interface Positioned extends Node {
    int lineno();

    int col_offset();

    int end_lineno();

    int end_col_offset();
}
