package org.jyco.parser;

import org.antlr.v4.runtime.TokenStream;

/**
 * Base class of the generated {@code PythonParser}. It exists because the package's own
 * {@link Parser} (the front end's API) would otherwise shadow ANTLR's {@code Parser}, which
 * generated code names without qualification.
 */
public abstract class PythonParserBase extends org.antlr.v4.runtime.Parser {
    protected PythonParserBase(TokenStream input) {
        super(input);
    }
}
