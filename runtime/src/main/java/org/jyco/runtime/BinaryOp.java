package org.jyco.runtime;

/**
 * The binary operators of the data model: operator text, special method, reflected and
 * in-place forms (the table of {@code Objects/abstract.c}'s binary slots). Call sites are named
 * by {@link #siteName}.
 */
public enum BinaryOp {
    ADD("+", "add"), SUB("-", "sub"), MUL("*", "mul"), MATMUL("@", "matmul"), TRUEDIV("/", "truediv"),
    FLOORDIV("//", "floordiv"), MOD("%", "mod"), POW("**", "pow"), LSHIFT("<<", "lshift"),
    RSHIFT(">>", "rshift"), AND("&", "and"), OR("|", "or"), XOR("^", "xor");

    public final String symbol;
    public final String method;
    public final String reflected;
    public final String inplace;
    public final String siteName;

    BinaryOp(String symbol, String name) {
        this.symbol = symbol;
        this.method = "__" + name + "__";
        this.reflected = "__r" + name + "__";
        this.inplace = "__i" + name + "__";
        this.siteName = name;
    }
}
