package org.jyco.parser;

import org.antlr.v4.runtime.CommonToken;

/**
 * A token of Python source as CPython's tokenizer reports it. Besides ANTLR's fields it carries
 * the end position and both kinds of column: CPython's AST columns count UTF-8 bytes, while
 * SyntaxError offsets count characters. {@link #getCharPositionInLine()} is the byte column.
 */
public final class PyToken extends CommonToken {
    /** Line of the character just past the token (1-based). */
    public int endLine;
    /** Byte column just past the token, as CPython's {@code end_col_offset}. */
    public int endCol;
    /** 0-based character column of the token's first character. */
    public int charCol;
    /** 0-based character column just past the token. */
    public int endCharCol;

    public PyToken(int type, String text) {
        super(type, text);
    }

    /** CPython's {@code col_offset}: 0-based byte column. */
    public int col() {
        return getCharPositionInLine();
    }
}
