package org.jyco.parser;

import static org.jyco.parser.PythonParser.*;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.InputMismatchException;
import org.antlr.v4.runtime.ListTokenSource;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.jyco.parser.ast.Expr;
import org.jyco.parser.ast.Positioned;

/**
 * The parser's error strategy: stop at the first error and describe it as CPython 3.11 does.
 * CPython's PEG parser has a second pass of "invalid_" rules for its best messages; the common
 * ones are recognised here from the parser's state (the offending token, the tokens that were
 * expected, the rule being parsed, the finished parts of the parse tree, and short side parses
 * of what follows), the rest fall back to "invalid syntax" at the furthest token the parser
 * read, as CPython's. {@code -Djyco.debugSyntaxErrors=true} prints the parser's state at an error.
 */
final class SyntaxErrors extends DefaultErrorStrategy {
    private static final boolean DEBUG = Boolean.getBoolean("jyco.debugSyntaxErrors");

    private final Source source;
    private final AstBuilder builder;

    /** {@code builder} makes AST nodes of finished parts of the parse tree, for messages and positions. */
    SyntaxErrors(Source source, AstBuilder builder) {
        this.source = source;
        this.builder = builder;
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

    /**
     * An error at a token: its range, as CPython's errors "at a known location". CPython's
     * INDENT, DEDENT and ENDMARKER tokens have no column: an error there names the line and no
     * column (the last line for the end of the input).
     */
    private PySyntaxError at(PySyntaxError.Kind kind, String msg, Token t) {
        PyToken p = (PyToken) t;
        if (atEndOfInput(t)) return endOfInputError(kind, msg, 0, 0);
        if (t.getType() == DEDENT || t.getType() == INDENT) return source.parserError(kind, msg, p.getLine(), 0, p.getLine(), 0);
        return source.error(kind, msg, p.getLine(), p.charCol, p.endLine, p.endCharCol);
    }

    /**
     * An error at the last token the parser read, as CPython's errors without a known location:
     * the token's range; for a token without a column, the column where CPython's tokenizer
     * stopped (after a dedent's indentation; at the end of the input, the end of the last
     * line) and no end.
     */
    private PySyntaxError atLast(PySyntaxError.Kind kind, String msg, Token t) {
        if (atEndOfInput(t)) {
            int line = lastLine();
            return endOfInputError(kind, msg, source.lineLengthCodePoints(line) + 1, -1);
        }
        if (t.getType() == DEDENT) {
            PyToken p = (PyToken) t;
            // CPython's column here is the byte count of the indentation, not plus one
            return source.parserError(kind, msg, p.getLine(), p.col(), p.getLine(), -1);
        }
        return at(kind, msg, t);
    }

    private boolean atEndOfInput(Token t) {
        return t.getType() == Token.EOF || t.getType() == DEDENT && t.getStartIndex() >= source.text().length();
    }

    /**
     * An error on the last line. CPython turns a final "\r\n" into two line ends (its newline
     * translation adds one more), so there the last line is an empty line after the text's.
     */
    private PySyntaxError endOfInputError(PySyntaxError.Kind kind, String msg, int offset, int endOffset) {
        if (source.text().endsWith("\r\n")) {
            int line = source.lineCount() + 1;
            return new PySyntaxError(kind, msg, source.filename(), line, offset == 0 ? 0 : 1, line,
                endOffset, "\n");
        }
        int line = lastLine();
        return source.parserError(kind, msg, line, offset, line, endOffset);
    }

    private int lastLine() {
        return Math.max(source.lineCount(), 1);
    }

    /** An error spanning two AST nodes, from the start of one to the end of the other. */
    private PySyntaxError between(String msg, Positioned from, Positioned to) {
        return source.error(PySyntaxError.Kind.SyntaxError, msg, from.lineno(),
            source.charColumn(from.lineno(), from.col_offset()), to.end_lineno(),
            source.charColumn(to.end_lineno(), to.end_col_offset()));
    }

    private PySyntaxError diagnose(Parser parser, Token offending, IntervalSet expected) {
        try {
            return diagnose0(parser, offending, expected);
        } catch (PySyntaxError e) {
            return e;
        } catch (RuntimeException e) {
            // a diagnosis that went wrong must not hide the error itself
            return at(PySyntaxError.Kind.SyntaxError, "invalid syntax", offending);
        }
    }

    private PySyntaxError diagnose0(Parser parser, Token offending, IntervalSet expected) {
        TokenStream in = parser.getInputStream();
        if (DEBUG) {
            System.err.println("[SyntaxErrors] ctx=" + parser.getContext().getClass().getSimpleName() + " offending="
                + offending + " furthest=" + (in instanceof TrackingTokenStream t ? in.get(t.furthest()) : null)
                + " expected=" + (expected == null ? null : expected.toString(parser.getVocabulary())));
        }
        if (in instanceof TrackingTokenStream tr && tr.furthest() > offending.getTokenIndex()) {
            // where CPython would have stopped: the furthest token the prediction looked at
            offending = in.get(tr.furthest());
            expected = null;
        }
        ParserRuleContext ctx = parser.getContext();
        int type = offending.getType();
        if (type == INDENT) {
            PyToken n = (PyToken) following(in, offending);
            return source.parserError(PySyntaxError.Kind.IndentationError, "unexpected indent", n.getLine(), n.charCol,
                n.getLine(), -1);
        }
        if (expected != null && expected.contains(INDENT) && ctx instanceof BlockContext) {
            String what = blockOwner(ctx.getParent());
            return atLast(PySyntaxError.Kind.IndentationError, "expected an indented block after " + what, offending);
        }
        if (ctx instanceof Match_stmtContext && expected != null && expected.contains(INDENT)) {
            return atLast(PySyntaxError.Kind.IndentationError,
                "expected an indented block after 'match' statement on line " + ctx.start.getLine(), offending);
        }
        Token prev = previous(in, offending);
        PySyntaxError forced = forcedToken(in, ctx, offending, prev);
        if (forced != null) return forced;
        String legacy = legacyCall(in, offending, prev);
        if (legacy != null) return legacyError(legacy, in, offending);
        if (type == NEWLINE && expected != null && expected.contains(COLON) && isBlockHeader(ctx)) {
            return atLast(PySyntaxError.Kind.SyntaxError, "expected ':'", offending);
        }
        if (expected != null && expected.contains(ELSE) && !expected.contains(COLON) && ctx instanceof ExpressionContext
            && ((ExpressionContext) ctx).IF() != null) {
            PyToken s = (PyToken) ctx.start;
            PyToken e = (PyToken) prev;
            return source.error(PySyntaxError.Kind.SyntaxError, "expected 'else' after 'if' expression",
                s.getLine(), s.charCol, e.endLine, e.endCharCol);
        }
        if (ctx instanceof Try_stmtContext && (expected == null || expected.contains(EXCEPT))) {
            return atLast(PySyntaxError.Kind.SyntaxError, "expected 'except' or 'finally' block", offending);
        }
        // {1:} and {1: , 2: 3}: a dict entry without its value
        if ((type == RBRACE || type == COMMA) && prev != null && prev.getType() == COLON) {
            Dict_or_set_itemContext item = enclosing(ctx, Dict_or_set_itemContext.class);
            if (item != null && item.COLON() != null && item.COLON().getSymbol() == prev) {
                return at(PySyntaxError.Kind.SyntaxError, "expression expected after dictionary key and ':'", prev);
            }
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
        // from x import a,
        if (type == NEWLINE && prev != null && prev.getType() == COMMA && prev.getTokenIndex() > 0
            && importFromWithoutParens(completedBefore(ctx, in.get(prev.getTokenIndex() - 1)))) {
            return atLast(PySyntaxError.Kind.SyntaxError, "trailing comma not allowed without surrounding parentheses",
                offending);
        }
        // (**a)
        if (type == DOUBLESTAR && prev != null && prev.getType() == LPAR && ctx instanceof AtomContext
            && ((AtomContext) ctx).LPAR() != null) {
            ExpressionContext e = (ExpressionContext) subParse(in, offending.getTokenIndex() + 1, PythonParser::expression);
            if (e != null && in.get(e.stop.getTokenIndex() + 1).getType() == RPAR) {
                return at(PySyntaxError.Kind.SyntaxError, "cannot use double starred expression here", offending);
            }
        }
        if (prev != null && (type == EQUAL || type == COLONEQUAL)) {
            PySyntaxError e = invalidNamedExpression(in, ctx, offending, prev, args != null);
            if (e != null) return e;
        }
        if (prev != null && insideBrackets(ctx) && startsOperand(type)) {
            PySyntaxError e = forgotComma(in, ctx, offending, prev);
            if (e != null) return e;
        }
        return at(PySyntaxError.Kind.SyntaxError, "invalid syntax", offending);
    }

    /**
     * CPython's forced tokens ({@code &&':'} in its grammar), which fail at once with "expected
     * ':'": after 'else', 'try' and 'finally', and in a function definition ("expected '('"
     * after the name; "expected ':'" after the parameters or the return annotation, where an
     * annotation that is not an expression makes the error point at the '->').
     */
    private PySyntaxError forcedToken(TokenStream in, ParserRuleContext ctx, Token offending, Token prev) {
        if (prev == null) return null;
        int p = prev.getType();
        if (ctx instanceof Else_blockContext && p == ELSE || ctx instanceof Try_stmtContext && p == TRY
            || ctx instanceof Finally_blockContext && p == FINALLY) {
            return offending.getType() == NEWLINE ? null : at(PySyntaxError.Kind.SyntaxError, "expected ':'", offending);
        }
        if (ctx instanceof Function_defContext f) {
            if (f.NAME() != null && prev == f.NAME().getSymbol()) return at(PySyntaxError.Kind.SyntaxError, "expected '('", offending);
            if (f.RPAR() != null && (prev == f.RPAR().getSymbol() || f.expression() != null && prev == f.expression().stop)) {
                return offending.getType() == NEWLINE ? null : at(PySyntaxError.Kind.SyntaxError, "expected ':'", offending);
            }
        }
        Function_defContext f = enclosing(ctx, Function_defContext.class);
        if (f != null && f.RARROW() != null && f.COLON() == null
            && offending.getTokenIndex() > f.RARROW().getSymbol().getTokenIndex()) {
            // the annotation is the longest expression after '->'; ':' is due after it
            int from = f.RARROW().getSymbol().getTokenIndex() + 1;
            for (int end = offending.getTokenIndex() - 1; end >= from; end--) {
                if (isExpression(in, from, end)) {
                    Token due = in.get(end + 1);
                    return due.getType() == NEWLINE ? null : at(PySyntaxError.Kind.SyntaxError, "expected ':'", due);
                }
            }
            return at(PySyntaxError.Kind.SyntaxError, "expected ':'", f.RARROW().getSymbol());
        }
        return null;
    }

    /** Whether tokens {@code from..to} (inclusive) of the stream are exactly one expression. */
    private static boolean isExpression(TokenStream in, int from, int to) {
        List<Token> copy = new ArrayList<>(to - from + 2);
        for (int i = from; i <= to; i++) copy.add(copyOf(in.get(i)));
        Token last = in.get(to);
        PyToken eof = new PyToken(Token.EOF, "<EOF>");
        eof.setLine(last.getLine());
        copy.add(eof);
        PythonParser p = new PythonParser(new CommonTokenStream(new ListTokenSource(copy)));
        p.removeErrorListeners();
        p.setErrorHandler(new BailErrorStrategy());
        try {
            Eval_inputContext r = p.eval_input();
            return r.expressions().expression().size() == 1 && r.expressions().COMMA().isEmpty();
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static Token copyOf(Token t) {
        PyToken p = (PyToken) t, c = new PyToken(t.getType(), t.getText());
        c.setLine(p.getLine());
        c.setCharPositionInLine(p.getCharPositionInLine());
        c.endLine = p.endLine;
        c.endCol = p.endCol;
        c.charCol = p.charCol;
        c.endCharCol = p.endCharCol;
        return c;
    }

    /**
     * CPython's {@code invalid_named_expression}: "x = 1" where an expression is expected
     * (conditions, display elements, subscripts, decorators), and ":=" after something that is
     * not a name.
     */
    private PySyntaxError invalidNamedExpression(TokenStream in, ParserRuleContext ctx, Token op, Token prev,
                                                 boolean inCallArguments) {
        ParserRuleContext done = completedBefore(ctx, prev);
        if (done == null) return null;
        if (op.getType() == COLONEQUAL) {
            if (inCallArguments) return null;
            ExpressionContext a = outermost(done, ExpressionContext.class);
            // "x := 1" where no named expression may stand is plain invalid syntax
            if (a == null || a.start == a.stop && a.start.getType() == NAME) return null;
            Expr target = builder.expression(a);
            return error("cannot use assignment expressions with " + AstBuilder.describe(target), (Positioned) target);
        }
        Named_expressionContext named = outermost(done, Named_expressionContext.class);
        if (named == null || named.COLONEQUAL() != null) return null;
        ExpressionContext a = named.expression();
        Bitwise_orContext operand = soleBitwiseOr(a);
        if (operand == null) return null;
        // the right-hand side must be an operand not followed by another '=' or ':='
        Bitwise_orContext b = (Bitwise_orContext) subParse(in, op.getTokenIndex() + 1, PythonParser::bitwise_or);
        if (b == null) return null;
        int after = in.get(b.stop.getTokenIndex() + 1).getType();
        if (after == EQUAL || after == COLONEQUAL) return null;
        if (a.start == a.stop && a.start.getType() == NAME) {
            return between("invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                (Positioned) builder.expression(a), (Positioned) builder.bitwiseOr(b));
        }
        if (startsWithExcludedAtom(operand)) return null;
        Expr target = builder.bitwiseOr(operand);
        return error("cannot assign to " + AstBuilder.describe(target) + " here. Maybe you meant '==' instead of '='?",
            (Positioned) target);
    }

    /**
     * CPython's "invalid syntax. Perhaps you forgot a comma?": inside brackets, an expression
     * directly followed by another, reported from the start of the first to the end of the
     * second.
     */
    private PySyntaxError forgotComma(TokenStream in, ParserRuleContext ctx, Token offending, Token prev) {
        ParserRuleContext done = completedBefore(ctx, prev);
        if (done == null) return null;
        DisjunctionContext a = outermost(done, DisjunctionContext.class);
        if (a == null) return null;
        // not "name string" (a string prefix typo) and not a soft keyword
        Token first = a.start;
        if (first.getType() == NAME) {
            int next = in.get(first.getTokenIndex() + 1).getType();
            if (next == STRING) return null;
            String n = first.getText();
            if (n.equals("match") || n.equals("case") || n.equals("_")) return null;
            if (a.start == a.stop && (n.equals("print") || n.equals("exec"))) return null;
        }
        ExpressionContext b = (ExpressionContext) subParse(in, offending.getTokenIndex(), PythonParser::expression);
        if (b == null) return null;
        return between("invalid syntax. Perhaps you forgot a comma?", (Positioned) builder.disjunction(a),
            (Positioned) builder.expression(b));
    }

    private PySyntaxError error(String msg, Positioned n) {
        return between(msg, n, n);
    }

    private static boolean importFromWithoutParens(ParserRuleContext done) {
        ImportFromContext f = done == null ? null : outermost(done, ImportFromContext.class);
        return f != null && f.LPAR() == null;
    }

    /** The expression's only operand when it is a plain bitwise_or (no comparison, not, and, or, if). */
    private static Bitwise_orContext soleBitwiseOr(ExpressionContext e) {
        if (e.lambdef() != null || e.IF() != null) return null;
        DisjunctionContext d = e.disjunction(0);
        return d.getChildCount() == 1 && d.getChild(0) instanceof Bitwise_orContext b ? b : null;
    }

    /** CPython's "!(list|tuple|genexp|'True'|'None'|'False')" before the operand. */
    private static boolean startsWithExcludedAtom(Bitwise_orContext operand) {
        ParseTree n = operand;
        while (n instanceof ParserRuleContext r && !(r instanceof AtomContext)) {
            if (r.getChildCount() == 0) return false;
            n = r.getChild(0);
        }
        if (!(n instanceof AtomContext atom)) return false;
        switch (atom.start.getType()) {
            case TRUE: case NONE: case FALSE: return true;
            case LSQB: return atom.comp_for() == null;
            case LPAR: return atom.yield_expr() == null && (atom.comp_for() != null || !atom.COMMA().isEmpty()
                || atom.star_named_expression().isEmpty());
            default: return false;
        }
    }

    /**
     * The rule context that was completed just before the error and ends with {@code last}:
     * searched among the finished children of the current context and of its ancestors.
     */
    private static ParserRuleContext completedBefore(ParserRuleContext ctx, Token last) {
        for (ParserRuleContext level = ctx; level != null; level = level.getParent()) {
            for (int i = level.getChildCount() - 1; i >= 0; i--) {
                ParseTree ch = level.getChild(i);
                if (ch instanceof ParserRuleContext r) {
                    if (r.stop == null) continue;  // in progress
                    if (r.stop.getTokenIndex() == last.getTokenIndex() && r.start.getTokenIndex() <= last.getTokenIndex()) {
                        return r;
                    }
                    return null;
                }
                if (ch instanceof TerminalNode) return null;
            }
        }
        return null;
    }

    /** The outermost context of the given type on the chain of last children from {@code c}. */
    private static <T extends ParserRuleContext> T outermost(ParserRuleContext c, Class<T> type) {
        ParseTree n = c;
        while (n instanceof ParserRuleContext r) {
            if (type.isInstance(r)) return type.cast(r);
            if (r.getChildCount() == 0) return null;
            n = r.getChild(r.getChildCount() - 1);
        }
        return null;
    }

    private static <T extends ParserRuleContext> T enclosing(ParserRuleContext c, Class<T> type) {
        for (ParserRuleContext r = c; r != null; r = r.getParent()) {
            if (type.isInstance(r)) return type.cast(r);
        }
        return null;
    }

    /** Parses one rule from the given token index, on the side; null when it does not parse. */
    private static ParserRuleContext subParse(TokenStream in, int index, Function<PythonParser, ParserRuleContext> rule) {
        int save = in.index();
        try {
            in.seek(index);
            PythonParser p = new PythonParser(in);
            p.removeErrorListeners();
            p.setErrorHandler(new BailErrorStrategy());
            ParserRuleContext r = rule.apply(p);
            return r.stop != null && r.stop.getTokenIndex() >= index ? r : null;
        } catch (RuntimeException e) {
            return null;
        } finally {
            in.seek(save);
        }
    }

    private static Token following(TokenStream in, Token t) {
        int i = t.getTokenIndex() + 1;
        try {
            Token n = in.get(i);
            return n != null ? n : t;
        } catch (RuntimeException e) {
            return t;
        }
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
            if (c instanceof Fstring_inputContext) return true;
            if (c instanceof Class_defContext cd) return cd.LPAR() != null;
            if (c instanceof Function_defContext) return false;
        }
        return false;
    }

    private static boolean startsOperand(int t) {
        return t == NAME || t == NUMBER || t == STRING || t == LPAR || t == LSQB || t == LBRACE || t == TRUE
            || t == FALSE || t == NONE || t == ELLIPSIS || t == TILDE || t == LAMBDA || t == NOT || t == AWAIT;
    }
}
