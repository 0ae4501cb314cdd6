package org.jyco.parser;

import java.util.ArrayList;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * Base class of the generated parse-tree contexts: ANTLR's, with a smaller first children
 * list. Most contexts of Python's expression grammar have one child (the chain from
 * {@code expression} down to {@code atom}), and ANTLR's default list starts with room for ten.
 */
public class PyParserRuleContext extends ParserRuleContext {
    public PyParserRuleContext() {}

    public PyParserRuleContext(ParserRuleContext parent, int invokingStateNumber) {
        super(parent, invokingStateNumber);
    }

    @Override
    public <T extends ParseTree> T addAnyChild(T t) {
        if (children == null) children = new ArrayList<>(2);
        children.add(t);
        return t;
    }
}
