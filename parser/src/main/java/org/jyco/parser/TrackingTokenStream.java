package org.jyco.parser;

import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenSource;

/**
 * A token stream that remembers the furthest token the parser has looked at. CPython's PEG
 * parser reports a plain "invalid syntax" at the furthest token it read; ANTLR reports an error
 * where the rule it was in could not go on, which can be earlier than where its prediction gave
 * up. {@link SyntaxErrors} uses the furthest token to report as CPython does.
 */
final class TrackingTokenStream extends CommonTokenStream {
    private int furthest = -1;
    private boolean tracking;

    TrackingTokenStream(TokenSource source) {
        super(source);
    }

    @Override
    public Token LT(int k) {
        Token t = super.LT(k);
        if (tracking && t != null && t.getTokenIndex() > furthest) furthest = t.getTokenIndex();
        return t;
    }

    /** Starts tracking (it costs a little, so the fast first pass does without). */
    void track() {
        tracking = true;
    }

    /** Index of the furthest token read since tracking started or the last {@link #resetFurthest}. */
    int furthest() {
        return furthest;
    }

    void resetFurthest() {
        furthest = -1;
    }
}
