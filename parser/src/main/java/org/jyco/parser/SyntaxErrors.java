package org.jyco.parser;

import static org.jyco.parser.PythonParser.*;

import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.InputMismatchException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * The parser's error strategy: stop at the first error and describe it as CPython 3.11 does.
 * CPython's PEG parser has a second pass of "invalid_" rules for its best messages; the common
 * ones are recognised here from the parser's state (the offending token, the tokens that were
 * expected, the rule being parsed), the rest fall back to "invalid syntax" at the offending token.
 */
final class SyntaxErrors extends DefaultErrorStrategy {
    private final Source source;

    SyntaxErrors(Source source) {
        this.source = source;
    }

    @Override
    public void reportError(Parser recognizer, RecognitionException e) {
        throw diagnose(recognizer, e.getOffendingToken() != null ? e.getOffendingToken() : recognizer.getCurrentToken(),
            e instanceof InputMismatchException || e.getOffendingState() >= 0 ? safeExpected(recognizer) : null);
    }

    @Override
    public Token recoverInline(Parser recognizer) {
        throw diagnose(recognizer, recognizer.getCurrentToken(), safeExpected(recognizer));
    }

    @Override
    public void recover(Parser recognizer, RecognitionException e) {
        throw diagnose(recognizer, recognizer.getCurrentToken(), null);
    }

    @Override
    public void sync(Parser recognizer) {
        // no resynchronisation: the first error ends the parse
    }

    private static IntervalSet safeExpected(Parser p) {
        try {
            return p.getExpectedTokens();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private PySyntaxError at(PySyntaxError.Kind kind, String msg, Token t) {
        PyToken p = (PyToken) t;
        return source.error(kind, msg, p.getLine(), p.charCol, p.endLine, p.endCharCol);
    }

    private PySyntaxError diagnose(Parser parser, Token offending, IntervalSet expected) {
        TokenStream in = parser.getInputStream();
        ParserRuleContext ctx = parser.getContext();
        int type = offending.getType();
        if (type == INDENT) {
            Token next = in.LT(2) != null ? in.LT(2) : offending;
            PyToken n = (PyToken) next;
            return new PySyntaxError(PySyntaxError.Kind.IndentationError, "unexpected indent", source.filename(),
                n.getLine(), n.charCol, n.getLine(), -1, source.line(n.getLine()));
        }
        if (expected != null && expected.contains(INDENT) && ctx instanceof BlockContext) {
            String what = blockOwner(ctx.getParent());
            return at(PySyntaxError.Kind.IndentationError, "expected an indented block after " + what, offending);
        }
        if (ctx instanceof Match_stmtContext && expected != null && expected.contains(INDENT)) {
            return at(PySyntaxError.Kind.IndentationError,
                "expected an indented block after 'match' statement on line " + ctx.start.getLine(), offending);
        }
        Token prev = previous(in, offending);
        String legacy = legacyCall(in, offending, prev);
        if (legacy != null) return legacyError(legacy, in, offending);
        if (type == NEWLINE && expected != null && expected.contains(COLON) && isBlockHeader(ctx)) {
            return at(PySyntaxError.Kind.SyntaxError, "expected ':'", offending);
        }
        if (expected != null && expected.contains(ELSE) && !expected.contains(COLON) && ctx instanceof ExpressionContext
            && ((ExpressionContext) ctx).IF() != null) {
            PyToken s = (PyToken) ctx.start;
            PyToken e = (PyToken) prev;
            return source.error(PySyntaxError.Kind.SyntaxError, "expected 'else' after 'if' expression",
                s.getLine(), s.charCol, e.endLine, e.endCharCol);
        }
        if (ctx instanceof Try_stmtContext && (expected == null || expected.contains(EXCEPT))) {
            return at(PySyntaxError.Kind.SyntaxError, "expected 'except' or 'finally' block", offending);
        }
        ArgumentsContext args = ctx instanceof ArgumentsContext a ? a
            : ctx instanceof TrailerContext t ? t.arguments() : ctx instanceof Class_defContext c ? c.arguments() : null;
        if (args != null && !args.argument().isEmpty()) {
            ArgumentContext a = args.argument(args.argument().size() - 1);
            PyToken s = (PyToken) a.start;
            if (type == EQUAL) {
                PyToken e = (PyToken) offending;
                return source.error(PySyntaxError.Kind.SyntaxError,
                    "expression cannot contain assignment, perhaps you meant \"==\"?",
                    s.getLine(), s.charCol, e.endLine, e.endCharCol);
            }
            if (type == FOR && a.EQUAL() != null) {
                PyToken e = (PyToken) a.EQUAL().getSymbol();
                return source.error(PySyntaxError.Kind.SyntaxError,
                    "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                    s.getLine(), s.charCol, e.endLine, e.endCharCol);
            }
        }
        if (prev != null && insideBrackets(ctx) && endsOperand(prev.getType()) && startsOperand(type)) {
            PyToken s = (PyToken) prev, e = (PyToken) offending;
            return source.error(PySyntaxError.Kind.SyntaxError, "invalid syntax. Perhaps you forgot a comma?",
                s.getLine(), s.charCol, e.endLine, e.endCharCol);
        }
        return at(PySyntaxError.Kind.SyntaxError, "invalid syntax", offending);
    }

    private static Token previous(TokenStream in, Token t) {
        int i = t.getTokenIndex() - 1;
        return i >= 0 ? in.get(i) : null;
    }

    /** {@code print "x"} and {@code exec "x"}: Python 2 statements. */
    private static String legacyCall(TokenStream in, Token offending, Token prev) {
        if (prev == null || prev.getType() != NAME) return null;
        String n = prev.getText();
        if (!n.equals("print") && !n.equals("exec")) return null;
        int i = prev.getTokenIndex() - 1;
        if (i >= 0) {
            int before = in.get(i).getType();
            if (before != NEWLINE && before != INDENT && before != DEDENT && before != SEMI) return null;
        }
        return startsOperand(offending.getType()) ? n : null;
    }

    private PySyntaxError legacyError(String name, TokenStream in, Token offending) {
        // the message spans from the name to the end of the logical line
        int i = offending.getTokenIndex();
        Token last = offending;
        while (true) {
            Token t = in.get(i);
            if (t.getType() == NEWLINE || t.getType() == SEMI || t.getType() == Token.EOF) break;
            last = t;
            i++;
            if (i >= in.size()) break;
        }
        PyToken s = (PyToken) in.get(offending.getTokenIndex() - 1), e = (PyToken) last;
        return source.error(PySyntaxError.Kind.SyntaxError,
            "Missing parentheses in call to '" + name + "'. Did you mean " + name + "(...)?",
            s.getLine(), s.charCol, e.endLine, e.endCharCol);
    }

    private static boolean isBlockHeader(ParserRuleContext ctx) {
        return ctx instanceof If_stmtContext || ctx instanceof Elif_clauseContext || ctx instanceof Else_blockContext
            || ctx instanceof While_stmtContext || ctx instanceof For_stmtContext || ctx instanceof With_stmtContext
            || ctx instanceof Function_defContext || ctx instanceof Class_defContext || ctx instanceof Try_stmtContext
            || ctx instanceof Except_clauseContext || ctx instanceof Finally_blockContext
            || ctx instanceof Match_stmtContext || ctx instanceof Case_blockContext;
    }

    private static String blockOwner(ParserRuleContext owner) {
        int line = owner.start.getLine();
        if (owner instanceof Function_defContext) return "function definition on line " + line;
        if (owner instanceof Class_defContext) return "class definition on line " + line;
        String kw;
        if (owner instanceof If_stmtContext) kw = "if";
        else if (owner instanceof Elif_clauseContext) kw = "elif";
        else if (owner instanceof Else_blockContext) kw = "else";
        else if (owner instanceof While_stmtContext) kw = "while";
        else if (owner instanceof For_stmtContext) kw = "for";
        else if (owner instanceof With_stmtContext) kw = "with";
        else if (owner instanceof Try_stmtContext) kw = "try";
        else if (owner instanceof Except_clauseContext e) kw = e.STAR() != null ? "except*" : "except";
        else if (owner instanceof Finally_blockContext) kw = "finally";
        else if (owner instanceof Case_blockContext) kw = "case";
        else kw = owner.start.getText();
        if (owner instanceof For_stmtContext || owner instanceof With_stmtContext) {
            // "async for" and "async with" start at 'async', but CPython names the statement by its keyword
            line = owner.start.getLine();
        }
        return "'" + kw + "' statement on line " + line;
    }

    private static boolean insideBrackets(ParserRuleContext ctx) {
        for (ParserRuleContext c = ctx; c != null; c = c.getParent()) {
            if (c instanceof AtomContext a && (a.LPAR() != null || a.LSQB() != null || a.LBRACE() != null)) return true;
            if (c instanceof TrailerContext t && (t.LPAR() != null || t.LSQB() != null)) return true;
            if (c instanceof Class_defContext || c instanceof Function_defContext) return false;
        }
        return false;
    }

    private static boolean endsOperand(int t) {
        return t == NAME || t == NUMBER || t == STRING || t == RPAR || t == RSQB || t == RBRACE || t == TRUE
            || t == FALSE || t == NONE || t == ELLIPSIS;
    }

    private static boolean startsOperand(int t) {
        return t == NAME || t == NUMBER || t == STRING || t == LPAR || t == LSQB || t == LBRACE || t == TRUE
            || t == FALSE || t == NONE || t == ELLIPSIS || t == TILDE || t == LAMBDA || t == NOT || t == AWAIT;
    }
}
