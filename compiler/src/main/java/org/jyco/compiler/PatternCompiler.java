package org.jyco.compiler;

import org.jyco.parser.ast.Stmt;

/** The match statement (PEP 634). */
final class PatternCompiler {
    private final CodeGen g;

    PatternCompiler(CodeGen g) {
        this.g = g;
    }

    void match(Stmt.Match n) {
        throw org.jyco.runtime.PyExc.notImplemented("match statements are not supported yet (line " + n.lineno() + ")");
    }
}
