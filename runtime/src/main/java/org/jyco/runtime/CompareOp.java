package org.jyco.runtime;

/** The rich comparisons, with their special methods and reflections. */
public enum CompareOp {
    LT("<", "__lt__"), LE("<=", "__le__"), EQ("==", "__eq__"), NE("!=", "__ne__"), GT(">", "__gt__"), GE(">=", "__ge__");

    public final String symbol;
    public final String method;

    CompareOp(String symbol, String method) {
        this.symbol = symbol;
        this.method = method;
    }

    /** The operation with operands swapped: a &lt; b is b &gt; a. */
    public CompareOp swapped() {
        switch (this) {
            case LT: return GT;
            case LE: return GE;
            case GT: return LT;
            case GE: return LE;
            default: return this;
        }
    }
}
