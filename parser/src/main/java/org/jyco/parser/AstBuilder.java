package org.jyco.parser;

import static org.jyco.parser.PythonParser.*;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.jyco.parser.ast.Alias;
import org.jyco.parser.ast.Arg;
import org.jyco.parser.ast.Arguments;
import org.jyco.parser.ast.Boolop;
import org.jyco.parser.ast.Cmpop;
import org.jyco.parser.ast.Comprehension;
import org.jyco.parser.ast.ConstantValue;
import org.jyco.parser.ast.ExceptHandler;
import org.jyco.parser.ast.Expr;
import org.jyco.parser.ast.ExprContext;
import org.jyco.parser.ast.Keyword;
import org.jyco.parser.ast.MatchCase;
import org.jyco.parser.ast.Mod;
import org.jyco.parser.ast.Operator;
import org.jyco.parser.ast.Pattern;
import org.jyco.parser.ast.Positioned;
import org.jyco.parser.ast.Stmt;
import org.jyco.parser.ast.Unaryop;
import org.jyco.parser.ast.WithItem;

/**
 * Turns the ANTLR parse tree into the CPython-shaped AST: the one place where parse-tree shapes
 * meet AST shapes. Positions follow CPython: a node spans from its first token to its last, in
 * UTF-8 byte columns. Checks that CPython's PEG grammar makes with dedicated "invalid_" rules
 * (assignment targets, parameter order, argument order, display contents) are made here, with
 * CPython's messages.
 */
final class AstBuilder {
    private final Source source;
    private final StringLiterals.FieldParser fieldParser;
    /** The parsed tokens, for the token after a string run (where CPython reports string errors). */
    private TokenStream tokens;

    AstBuilder(Source source, StringLiterals.FieldParser fieldParser) {
        this.source = source;
        this.fieldParser = fieldParser;
    }

    /**
     * Whether to also report, while building, the errors that CPython finds only when it
     * compiles the tree (see {@link Parser#parse(Source, Parser.Mode, boolean)}).
     */
    private boolean compilerChecks;

    /** The builder that keeps the compiler-stage errors: itself, or the file's for an f-string field. */
    private AstBuilder errorSink = this;

    /**
     * Turns the compiler-stage checks on or off; {@code sink} is the builder whose errors count
     * (the file's builder, for the builder of an f-string field).
     */
    void setCompilerChecks(boolean on, AstBuilder sink) {
        this.compilerChecks = on;
        this.errorSink = sink;
    }

    /**
     * An error of CPython's compiler stage, at an AST node. It is not a {@link PySyntaxError}
     * yet: {@link Parser} makes it one with the file's source, also when it comes from an
     * f-string's field (which has a source of its own), and without the "f-string: " that
     * CPython's parser puts before the errors it finds in fields.
     */
    static final class CompilerError extends RuntimeException {
        final String msg;
        final Positioned where;

        CompilerError(String msg, Positioned where) {
            super(msg, null, false, false);
            this.msg = msg;
            this.where = where;
        }
    }

    // CPython compiles a tree only when the whole file parsed, and runs its symbol table (which
    // finds duplicate parameters) before its code generator (the other checks); so the first
    // error of each kind is kept, and reported only when the build has finished
    private CompilerError symtableError;
    private CompilerError codegenError;

    /** The compiler-stage error to report after a successful build, or null. */
    CompilerError compilerError() {
        return symtableError != null ? symtableError : codegenError;
    }

    private void codegenError(String msg, Positioned where) {
        if (errorSink.codegenError == null) errorSink.codegenError = new CompilerError(msg, where);
    }

    /** CPython's compiler: a starred expression where a value is used. */
    private Expr checkNotStarred(Expr e) {
        if (compilerChecks && e instanceof Expr.Starred s) codegenError("can't use starred expression here", s);
        return e;
    }

    /** CPython's compiler: a starred expression alone as an assignment target. */
    private Expr checkTargetNotStarred(Expr e) {
        if (compilerChecks && e instanceof Expr.Starred s) {
            codegenError("starred assignment target must be in a list or tuple", s);
        }
        return e;
    }

    /** Gives the builder the token stream the parse tree was made from. */
    void setTokens(TokenStream tokens) {
        this.tokens = tokens;
    }

    /** The token after {@code t} in the stream, or null. */
    private PyToken following(Token t) {
        if (tokens == null) return null;
        int i = t.getTokenIndex() + 1;
        return i < tokens.size() ? (PyToken) tokens.get(i) : null;
    }

    // ------------------------------------------------------------------ positions

    private static PyToken tok(Token t) {
        return (PyToken) t;
    }

    private static int line(ParserRuleContext c) { return c.start.getLine(); }
    private static int col(ParserRuleContext c) { return c.start.getCharPositionInLine(); }
    private static int endLine(ParserRuleContext c) { return tok(c.stop).endLine; }
    private static int endCol(ParserRuleContext c) { return tok(c.stop).endCol; }

    private PySyntaxError error(String msg, Positioned n) {
        return source.error(PySyntaxError.Kind.SyntaxError, msg, n.lineno(),
            source.charColumn(n.lineno(), n.col_offset()), n.end_lineno(),
            source.charColumn(n.end_lineno(), n.end_col_offset()));
    }

    private PySyntaxError error(String msg, ParserRuleContext c) {
        PyToken s = tok(c.start), e = tok(c.stop);
        return source.error(PySyntaxError.Kind.SyntaxError, msg, s.getLine(), s.charCol, e.endLine, e.endCharCol);
    }

    private PySyntaxError error(String msg, Token t) {
        return source.error(msg, tok(t));
    }

    // ------------------------------------------------------------------ modules

    Mod.Module fileInput(File_inputContext c) {
        List<Stmt> body = new ArrayList<>();
        for (StatementContext s : c.statement()) statement(s, body);
        return new Mod.Module(body, List.of());
    }

    Mod.Expression evalInput(Eval_inputContext c) {
        return new Mod.Expression(expressions(c.expressions()));
    }

    Mod.Interactive singleInput(Single_inputContext c) {
        List<Stmt> body = new ArrayList<>();
        if (c.simple_stmts() != null) simpleStmts(c.simple_stmts(), body);
        else if (c.compound_stmt() != null) body.add(compound(c.compound_stmt()));
        return new Mod.Interactive(body);
    }

    Mod.FunctionType funcTypeInput(Func_type_inputContext c) {
        List<Expr> args = new ArrayList<>();
        if (c.type_expressions() != null) {
            for (ParseTree ch : c.type_expressions().children) {
                if (ch instanceof ExpressionContext e) {
                    args.add(expression(e));
                }
            }
        }
        return new Mod.FunctionType(args, expression(c.expression()));
    }

    Expr fstringInput(Fstring_inputContext c) {
        return atom(c.atom());
    }

    // ------------------------------------------------------------------ statements

    private void statement(StatementContext c, List<Stmt> out) {
        ParseTree first = c.getChild(0);
        if (first instanceof Compound_stmtContext s) out.add(compound(s));
        else simpleStmts((Simple_stmtsContext) first, out);
    }

    private List<Stmt> block(BlockContext c) {
        List<Stmt> body = new ArrayList<>();
        if (c.simple_stmts() != null) simpleStmts(c.simple_stmts(), body);
        else for (StatementContext s : c.statement()) statement(s, body);
        return body;
    }

    /**
     * The end of a compound statement (or clause) as CPython computes it: the end of its last
     * token that is not a NEWLINE, INDENT or DEDENT (so a ';' ending the last line counts).
     */
    private Positioned endOf(ParserRuleContext c) {
        Token t = c.stop;
        if (tokens != null) {
            int i = t.getTokenIndex();
            while (i > c.start.getTokenIndex()) {
                int type = tokens.get(i).getType();
                if (type != NEWLINE && type != INDENT && type != DEDENT && type != Token.EOF) break;
                i--;
            }
            t = tokens.get(i);
        }
        PyToken p = tok(t);
        return new Stmt.Pass(p.endLine, p.endCol, p.endLine, p.endCol);
    }

    private void simpleStmts(Simple_stmtsContext c, List<Stmt> out) {
        for (int i = 0, n = c.getChildCount(); i < n; i++) {
            if (c.getChild(i) instanceof Simple_stmtContext s) out.add(simpleStmt(s));
        }
    }

    private Stmt simpleStmt(Simple_stmtContext c) {
        int l = line(c), co = col(c), el = endLine(c), ec = endCol(c);
        ParseTree first = c.getChild(0);
        if (first instanceof TerminalNode t) {
            switch (t.getSymbol().getType()) {
                case PASS: return new Stmt.Pass(l, co, el, ec);
                case BREAK: return new Stmt.Break(l, co, el, ec);
                case CONTINUE: return new Stmt.Continue(l, co, el, ec);
                default: throw new IllegalStateException();
            }
        }
        if (first instanceof Expr_stmtContext e) return exprStmt(e);
        if (c.return_stmt() != null) {
            var r = c.return_stmt();
            return new Stmt.Return(r.star_expressions() == null ? null : starExpressions(r.star_expressions()), l, co, el, ec);
        }
        if (c.import_stmt() != null) return importStmt(c.import_stmt());
        if (c.raise_stmt() != null) {
            var r = c.raise_stmt();
            Expr exc = r.expression().isEmpty() ? null : expression(r.expression(0));
            Expr cause = r.expression().size() > 1 ? expression(r.expression(1)) : null;
            return new Stmt.Raise(exc, cause, l, co, el, ec);
        }
        if (c.del_stmt() != null) {
            List<Expr> targets = new ArrayList<>();
            for (Star_targetContext t : c.del_stmt().target_list().star_target()) {
                targets.add(toTarget(starTarget(t), ExprContext.Del, false));
            }
            return new Stmt.Delete(targets, l, co, el, ec);
        }
        if (c.assert_stmt() != null) {
            var a = c.assert_stmt();
            return new Stmt.Assert(expression(a.expression(0)),
                a.expression().size() > 1 ? expression(a.expression(1)) : null, l, co, el, ec);
        }
        if (c.global_stmt() != null) return new Stmt.Global(names(c.global_stmt().NAME()), l, co, el, ec);
        if (c.nonlocal_stmt() != null) return new Stmt.Nonlocal(names(c.nonlocal_stmt().NAME()), l, co, el, ec);
        throw new IllegalStateException(c.getText());
    }

    private static List<String> names(List<TerminalNode> ns) {
        List<String> out = new ArrayList<>(ns.size());
        for (TerminalNode n : ns) out.add(n.getText());
        return out;
    }

    private Stmt exprStmt(Expr_stmtContext c) {
        int l = line(c), co = col(c), el = endLine(c), ec = endCol(c);
        if (c.getChildCount() == 1 && c.getChild(0) instanceof Star_expressionsContext e) {
            return new Stmt.ExprStmt(checkNotStarred(starExpressions(e)), l, co, el, ec);
        }
        if (c.yield_expr() != null) {
            Expr y = yieldExpr(c.yield_expr());
            if (c.assign_value().isEmpty()) return new Stmt.ExprStmt(y, l, co, el, ec);
            return assignment(y, c.yield_expr(), c.assign_value(), l, co, el, ec);
        }
        Expr first = starExpressions(c.star_expressions());
        if (c.COLON() != null) {
            Expr target = first;
            if (target instanceof Expr.Tuple) throw error("only single target (not tuple) can be annotated", target);
            if (target instanceof Expr.List) throw error("only single target (not list) can be annotated", target);
            if (!(target instanceof Expr.Name || target instanceof Expr.Attribute || target instanceof Expr.Subscript)) {
                throw error("illegal target for annotation", target);
            }
            boolean parenthesized = c.star_expressions().start.getType() == LPAR;
            int simple = target instanceof Expr.Name && !parenthesized ? 1 : 0;
            Expr value = c.assign_value().isEmpty() ? null : assignValue(c.assign_value(0));
            return new Stmt.AnnAssign(toTarget(target, ExprContext.Store, false), expression(c.expression()), value,
                simple, l, co, el, ec);
        }
        if (c.augassign() != null) {
            if (!(first instanceof Expr.Name || first instanceof Expr.Attribute || first instanceof Expr.Subscript)) {
                throw error("'" + describe(first) + "' is an illegal expression for augmented assignment", first);
            }
            return new Stmt.AugAssign(toTarget(first, ExprContext.Store, false), augOp(c.augassign()),
                assignValue(c.assign_value(0)), l, co, el, ec);
        }
        if (c.assign_value().isEmpty()) {
            return new Stmt.ExprStmt(checkNotStarred(first), l, co, el, ec);
        }
        return assignment(first, c.star_expressions(), c.assign_value(), l, co, el, ec);
    }

    private Stmt assignment(Expr first, ParserRuleContext firstCtx, List<Assign_valueContext> rest,
                            int l, int co, int el, int ec) {
        List<Expr> parts = new ArrayList<>();
        parts.add(first);
        for (Assign_valueContext v : rest) parts.add(assignValue(v));
        Expr value = parts.get(parts.size() - 1);
        List<Expr> targets = new ArrayList<>(parts.size() - 1);
        for (int i = 0; i < parts.size() - 1; i++) {
            Expr t = parts.get(i);
            ParserRuleContext tc = i == 0 ? firstCtx : rest.get(i - 1);
            if (tc instanceof Yield_exprContext || tc instanceof Assign_valueContext av && av.yield_expr() != null) {
                throw error("assignment to yield expression not possible", t);
            }
            Expr bad = invalidTarget(t, ExprContext.Store);
            if (bad != null) {
                String msg = "cannot assign to " + describe(bad);
                if (bad == t && parts.size() == 2 && suggestsComparison(t, value)) {
                    msg += " here. Maybe you meant '==' instead of '='?";
                }
                throw error(msg, bad);
            }
            targets.add(checkTargetNotStarred(toTarget(t, ExprContext.Store, false)));
        }
        checkNotStarred(value);
        return new Stmt.Assign(targets, value, null, l, co, el, ec);
    }

    /**
     * CPython adds "here. Maybe you meant '==' instead of '='?" when both sides of the '=' start
     * with a plain operand (its {@code invalid_named_expression}: a bitwise_or not starting with
     * a list, tuple, generator expression, True, None or False, then '=', then a bitwise_or).
     */
    private static boolean suggestsComparison(Expr target, Expr value) {
        if (target instanceof Expr.Compare || target instanceof Expr.BoolOp || target instanceof Expr.Lambda
            || target instanceof Expr.IfExp) return false;
        if (target instanceof Expr.UnaryOp u && u.op() == Unaryop.Not) return false;
        Expr first = target;
        while (true) {
            if (first instanceof Expr.Call c) first = c.func();
            else if (first instanceof Expr.Attribute a) first = a.value();
            else if (first instanceof Expr.Subscript s) first = s.value();
            else if (first instanceof Expr.BinOp b) first = b.left();
            else break;
        }
        if (first instanceof Expr.GeneratorExp || first instanceof Expr.Tuple || first instanceof Expr.List) return false;
        if (first instanceof Expr.Constant k && (k.value() instanceof Boolean || k.value() == ConstantValue.Singleton.NONE)) {
            return false;
        }
        Expr v = value;
        while (true) {
            if (v instanceof Expr.IfExp i) v = i.body();
            else if (v instanceof Expr.Compare c) v = c.left();
            else if (v instanceof Expr.BoolOp b) v = b.values().get(0);
            else if (v instanceof Expr.Tuple t && !t.elts().isEmpty()) v = t.elts().get(0);
            else break;
        }
        return !(v instanceof Expr.UnaryOp u && u.op() == Unaryop.Not || v instanceof Expr.Lambda
            || v instanceof Expr.Starred || v instanceof Expr.Yield || v instanceof Expr.YieldFrom);
    }

    private Expr assignValue(Assign_valueContext c) {
        return c.yield_expr() != null ? yieldExpr(c.yield_expr()) : starExpressions(c.star_expressions());
    }

    private static Operator augOp(AugassignContext c) {
        switch (c.start.getType()) {
            case PLUSEQUAL: return Operator.Add;
            case MINEQUAL: return Operator.Sub;
            case STAREQUAL: return Operator.Mult;
            case ATEQUAL: return Operator.MatMult;
            case SLASHEQUAL: return Operator.Div;
            case PERCENTEQUAL: return Operator.Mod;
            case AMPEREQUAL: return Operator.BitAnd;
            case VBAREQUAL: return Operator.BitOr;
            case CIRCUMFLEXEQUAL: return Operator.BitXor;
            case LEFTSHIFTEQUAL: return Operator.LShift;
            case RIGHTSHIFTEQUAL: return Operator.RShift;
            case DOUBLESTAREQUAL: return Operator.Pow;
            case DOUBLESLASHEQUAL: return Operator.FloorDiv;
            default: throw new IllegalStateException();
        }
    }

    private Stmt importStmt(Import_stmtContext c) {
        int l = line(c), co = col(c), el = endLine(c), ec = endCol(c);
        if (c instanceof ImportNameContext in) {
            List<Alias> names = new ArrayList<>();
            for (Dotted_as_nameContext d : in.dotted_as_name()) {
                String asname = d.NAME() != null ? d.NAME().getText() : null;
                names.add(new Alias(dottedName(d.dotted_name()), asname, line(d), col(d), endLine(d), endCol(d)));
            }
            return new Stmt.Import(names, l, co, el, ec);
        }
        ImportFromContext f = (ImportFromContext) c;
        int level = 0;
        for (ParseTree ch : f.children) {
            if (ch instanceof TerminalNode t) {
                if (t.getSymbol().getType() == DOT) level += 1;
                else if (t.getSymbol().getType() == ELLIPSIS) level += 3;
            }
        }
        String module = f.dotted_name() != null ? dottedName(f.dotted_name()) : null;
        if (module == null && level == 0) throw error("invalid syntax", f.IMPORT().getSymbol());
        List<Alias> names = new ArrayList<>();
        if (f.STAR() != null) {
            PyToken s = tok(f.STAR().getSymbol());
            names.add(new Alias("*", null, s.getLine(), s.col(), s.endLine, s.endCol));
        } else {
            for (Import_as_nameContext n : f.import_as_names().import_as_name()) {
                String asname = n.NAME().size() > 1 ? n.NAME(1).getText() : null;
                names.add(new Alias(n.NAME(0).getText(), asname, line(n), col(n), endLine(n), endCol(n)));
            }
        }
        return new Stmt.ImportFrom(module, names, level, l, co, el, ec);
    }

    private static String dottedName(Dotted_nameContext c) {
        if (c.NAME().size() == 1) return c.NAME(0).getText();
        StringBuilder sb = new StringBuilder();
        for (TerminalNode n : c.NAME()) {
            if (sb.length() > 0) sb.append('.');
            sb.append(n.getText());
        }
        return sb.toString();
    }

    private Stmt compound(Compound_stmtContext c) {
        if (c.function_def() != null) return functionDef(c.function_def(), decorators(c.decorators()));
        if (c.class_def() != null) return classDef(c.class_def(), decorators(c.decorators()));
        if (c.if_stmt() != null) return ifStmt(c.if_stmt());
        if (c.with_stmt() != null) return withStmt(c.with_stmt());
        if (c.for_stmt() != null) return forStmt(c.for_stmt());
        if (c.try_stmt() != null) return tryStmt(c.try_stmt());
        if (c.while_stmt() != null) return whileStmt(c.while_stmt());
        if (c.match_stmt() != null) return matchStmt(c.match_stmt());
        throw new IllegalStateException();
    }

    private List<Expr> decorators(DecoratorsContext c) {
        if (c == null) return List.of();
        List<Expr> out = new ArrayList<>();
        for (Named_expressionContext n : c.named_expression()) out.add(namedExpression(n));
        return out;
    }

    private Stmt functionDef(Function_defContext c, List<Expr> decorators) {
        List<Stmt> body = block(c.block());
        Positioned end = endOf(c);
        Arguments args = c.parameters() != null ? parameters(c.parameters()) : emptyArguments();
        Expr returns = c.expression() != null ? expression(c.expression()) : null;
        String name = c.NAME().getText();
        if (c.ASYNC() != null) {
            return new Stmt.AsyncFunctionDef(name, args, body, decorators, returns, null,
                line(c), col(c), end.end_lineno(), end.end_col_offset());
        }
        return new Stmt.FunctionDef(name, args, body, decorators, returns, null,
            line(c), col(c), end.end_lineno(), end.end_col_offset());
    }

    private Stmt classDef(Class_defContext c, List<Expr> decorators) {
        List<Stmt> body = block(c.block());
        Positioned end = endOf(c);
        List<Expr> bases = new ArrayList<>();
        List<Keyword> keywords = new ArrayList<>();
        if (c.arguments() != null) callArguments(c.arguments(), bases, keywords, null);
        return new Stmt.ClassDef(c.NAME().getText(), bases, keywords, body, decorators,
            line(c), col(c), end.end_lineno(), end.end_col_offset());
    }

    private static Arguments emptyArguments() {
        return new Arguments(List.of(), List.of(), null, List.of(), List.of(), null, List.of());
    }

    /** Collects parameters in CPython's order rules: posonly / args * kwonly ** kwarg. */
    private final class ParamCollector {
        final List<Arg> posonly = new ArrayList<>();
        final List<Arg> args = new ArrayList<>();
        final List<Arg> kwonly = new ArrayList<>();
        final List<Expr> kwDefaults = new ArrayList<>();
        final List<Expr> defaults = new ArrayList<>();
        Arg vararg;
        Arg kwarg;
        boolean seenSlash;
        boolean seenStar;
        boolean bareStar;
        Token bareStarToken;
        boolean seenDefault;

        void slash(Token t) {
            if (seenSlash) throw error("/ may appear only once", t);
            if (seenStar) throw error("/ must be ahead of *", t);
            if (args.isEmpty()) throw error("at least one argument must precede /", t);
            if (kwarg != null) throw error("arguments cannot follow var-keyword argument", t);
            seenSlash = true;
            posonly.addAll(args);
            args.clear();
        }

        void star(Token t, Arg a, Token eq) {
            if (kwarg != null) throw error("arguments cannot follow var-keyword argument", t);
            if (seenStar) throw error("* argument may appear only once", t);
            if (eq != null) throw error("var-positional argument cannot have default value", eq);
            seenStar = true;
            if (a == null) {
                bareStar = true;
                bareStarToken = t;
            } else {
                vararg = a;
            }
        }

        void doubleStar(Token t, Arg a, Token eq) {
            if (kwarg != null) throw error("arguments cannot follow var-keyword argument", t);
            if (eq != null) throw error("var-keyword argument cannot have default value", eq);
            checkBareStar(t);
            kwarg = a;
        }

        void plain(Arg a, Expr dflt, ParserRuleContext where) {
            if (kwarg != null) throw error("arguments cannot follow var-keyword argument", where);
            if (seenStar) {
                kwonly.add(a);
                kwDefaults.add(dflt);
                bareStar = false;
            } else {
                if (dflt != null) {
                    seenDefault = true;
                    defaults.add(dflt);
                } else if (seenDefault) {
                    throw error("non-default argument follows default argument", where);
                }
                args.add(a);
            }
        }

        void checkBareStar(Token at) {
            if (bareStar) throw error("named arguments must follow bare *", bareStarToken);
        }

        Arguments build() {
            if (bareStar) throw error("named arguments must follow bare *", bareStarToken);
            if (compilerChecks) {
                // CPython's symbol table, in its order: a parameter name used twice
                java.util.Set<String> names = new HashSet<>();
                List<Arg> all = new ArrayList<>(posonly);
                all.addAll(args);
                all.addAll(kwonly);
                if (vararg != null) all.add(vararg);
                if (kwarg != null) all.add(kwarg);
                for (Arg a : all) {
                    if (!names.add(a.arg()) && errorSink.symtableError == null) {
                        errorSink.symtableError = new CompilerError("duplicate argument '" + a.arg() + "' in function definition", a);
                    }
                }
            }
            return new Arguments(posonly, args, vararg, kwonly, kwDefaults, kwarg, defaults);
        }
    }

    private Arguments parameters(ParametersContext c) {
        ParamCollector pc = new ParamCollector();
        for (ParameterContext p : c.parameter()) {
            if (p.SLASH() != null) {
                pc.slash(p.SLASH().getSymbol());
            } else if (p.STAR() != null) {
                Arg a = null;
                if (p.NAME() != null) {
                    Expr ann = p.star_expression() != null ? starExpression(p.star_expression()) : null;
                    a = arg(p.NAME().getSymbol(), ann, p.star_expression());
                }
                pc.star(p.STAR().getSymbol(), a, p.EQUAL() != null ? p.EQUAL().getSymbol() : null);
            } else if (p.DOUBLESTAR() != null) {
                Expr ann = p.expression().isEmpty() ? null : expression(p.expression(0));
                pc.doubleStar(p.DOUBLESTAR().getSymbol(), arg(p.NAME().getSymbol(), ann, p.expression().isEmpty() ? null : p.expression(0)),
                    p.EQUAL() != null ? p.EQUAL().getSymbol() : null);
            } else {
                Expr ann = p.COLON() != null ? expression(p.expression(0)) : null;
                Expr dflt = p.EQUAL() != null ? expression(p.expression(p.expression().size() - 1)) : null;
                int endLine = ann != null ? endLine(p.expression(0)) : tok(p.NAME().getSymbol()).endLine;
                int endCol = ann != null ? endCol(p.expression(0)) : tok(p.NAME().getSymbol()).endCol;
                PyToken n = tok(p.NAME().getSymbol());
                pc.plain(new Arg(n.getText(), ann, null, n.getLine(), n.col(), endLine, endCol), dflt, p);
            }
        }
        return pc.build();
    }

    /** A parameter; with an annotation it ends where the annotation's last token ends. */
    private Arg arg(Token name, Expr annotation, ParserRuleContext annotationCtx) {
        PyToken n = tok(name);
        if (annotation == null) return new Arg(n.getText(), null, null, n.getLine(), n.col(), n.endLine, n.endCol);
        return new Arg(n.getText(), annotation, null, n.getLine(), n.col(), endLine(annotationCtx), endCol(annotationCtx));
    }

    private Arguments lambdaParameters(Lambda_parametersContext c) {
        ParamCollector pc = new ParamCollector();
        for (Lambda_parameterContext p : c.lambda_parameter()) {
            if (p.SLASH() != null) {
                pc.slash(p.SLASH().getSymbol());
            } else if (p.STAR() != null) {
                pc.star(p.STAR().getSymbol(), p.NAME() != null ? arg(p.NAME().getSymbol(), null, p) : null,
                    p.EQUAL() != null ? p.EQUAL().getSymbol() : null);
                if (p.NAME() == null) pc.bareStarToken = bareStarErrorToken(c, p);
            } else if (p.DOUBLESTAR() != null) {
                pc.doubleStar(p.DOUBLESTAR().getSymbol(), arg(p.NAME().getSymbol(), null, p),
                    p.EQUAL() != null ? p.EQUAL().getSymbol() : null);
            } else {
                Expr dflt = p.EQUAL() != null ? expression(p.expression()) : null;
                pc.plain(arg(p.NAME().getSymbol(), null, p), dflt, p);
            }
        }
        return pc.build();
    }

    /**
     * Where CPython reports a lambda's bare '*' without named parameters: at the token after it
     * (':'), or after its comma (':' or '**').
     */
    private static Token bareStarErrorToken(Lambda_parametersContext c, Lambda_parameterContext star) {
        Token colon = ((LambdefContext) c.getParent()).COLON().getSymbol();
        int i = c.children.indexOf(star);
        if (i + 1 >= c.getChildCount()) return colon;
        if (i + 2 >= c.getChildCount()) return colon;  // a trailing comma
        ParseTree next = c.getChild(i + 2);
        return next instanceof ParserRuleContext r ? r.start : colon;
    }

    private Stmt ifStmt(If_stmtContext c) {
        // elif chains nest: each elif is an If in the orelse of the previous one
        List<Stmt> orelse = c.else_block() != null ? block(c.else_block().block()) : List.of();
        List<Elif_clauseContext> elifs = c.elif_clause();
        for (int i = elifs.size() - 1; i >= 0; i--) {
            Elif_clauseContext e = elifs.get(i);
            List<Stmt> body = block(e.block());
            Positioned end = endOf(c);
            Stmt s = new Stmt.If(namedExpression(e.named_expression()), body, orelse,
                line(e), col(e), end.end_lineno(), end.end_col_offset());
            orelse = new ArrayList<>(List.of(s));
        }
        List<Stmt> body = block(c.block());
        Positioned end = endOf(c);
        return new Stmt.If(namedExpression(c.named_expression()), body, orelse,
            line(c), col(c), end.end_lineno(), end.end_col_offset());
    }

    private Stmt whileStmt(While_stmtContext c) {
        List<Stmt> body = block(c.block());
        List<Stmt> orelse = c.else_block() != null ? block(c.else_block().block()) : List.of();
        Positioned end = endOf(c);
        return new Stmt.While(namedExpression(c.named_expression()), body, orelse,
            line(c), col(c), end.end_lineno(), end.end_col_offset());
    }

    private Stmt forStmt(For_stmtContext c) {
        Expr target = targetList(c.target_list(), ExprContext.Store);
        Expr iter = starExpressions(c.star_expressions());
        List<Stmt> body = block(c.block());
        List<Stmt> orelse = c.else_block() != null ? block(c.else_block().block()) : List.of();
        Positioned end = endOf(c);
        if (c.ASYNC() != null) {
            return new Stmt.AsyncFor(target, iter, body, orelse, null, line(c), col(c), end.end_lineno(), end.end_col_offset());
        }
        return new Stmt.For(target, iter, body, orelse, null, line(c), col(c), end.end_lineno(), end.end_col_offset());
    }

    private Stmt withStmt(With_stmtContext c) {
        List<WithItem> items = new ArrayList<>();
        for (With_itemContext w : c.with_item()) {
            Expr ctx = expression(w.expression());
            Expr vars = null;
            if (w.star_target() != null) {
                vars = checkTargetNotStarred(toTarget(starTarget(w.star_target()), ExprContext.Store, false));
            }
            items.add(new WithItem(ctx, vars));
        }
        List<Stmt> body = block(c.block());
        Positioned end = endOf(c);
        if (c.ASYNC() != null) {
            return new Stmt.AsyncWith(items, body, null, line(c), col(c), end.end_lineno(), end.end_col_offset());
        }
        return new Stmt.With(items, body, null, line(c), col(c), end.end_lineno(), end.end_col_offset());
    }

    private Stmt tryStmt(Try_stmtContext c) {
        List<Stmt> body = block(c.block());
        List<ExceptHandler> handlers = new ArrayList<>();
        Boolean star = null;
        for (Except_clauseContext e : c.except_clause()) {
            boolean isStar = e.STAR() != null;
            if (star != null && star != isStar) {
                throw error("cannot have both 'except' and 'except*' on the same 'try'", e.EXCEPT().getSymbol());
            }
            star = isStar;
            Expr type = null;
            if (!e.expression().isEmpty()) {
                if (e.expression().size() > 1) {
                    PyToken s = tok(e.expression(0).start), t = tok(e.expression(e.expression().size() - 1).stop);
                    throw source.error(PySyntaxError.Kind.SyntaxError, "multiple exception types must be parenthesized",
                        s.getLine(), s.charCol, t.endLine, t.endCharCol);
                }
                type = expression(e.expression(0));
            } else if (isStar) {
                throw error("expected one or more exception types", e.COLON().getSymbol());
            }
            String name = e.NAME() != null ? e.NAME().getText() : null;
            List<Stmt> hbody = block(e.block());
            Positioned end = endOf(e);
            handlers.add(new ExceptHandler(type, name, hbody, line(e), col(e), end.end_lineno(), end.end_col_offset()));
        }
        List<Stmt> orelse = c.else_block() != null ? block(c.else_block().block()) : List.of();
        List<Stmt> finalbody = c.finally_block() != null ? block(c.finally_block().block()) : List.of();
        Positioned end = endOf(c);
        if (Boolean.TRUE.equals(star)) {
            return new Stmt.TryStar(body, handlers, orelse, finalbody, line(c), col(c), end.end_lineno(), end.end_col_offset());
        }
        return new Stmt.Try(body, handlers, orelse, finalbody, line(c), col(c), end.end_lineno(), end.end_col_offset());
    }

    // ------------------------------------------------------------------ match

    private Stmt matchStmt(Match_stmtContext c) {
        Subject_exprContext s = c.subject_expr();
        Expr subject;
        if (s.COMMA().isEmpty()) {
            subject = starNamedExpression(s.star_named_expression(0));
            // "match *a:" is not a match statement: CPython reads "match * a" and fails at the ':'
            if (subject instanceof Expr.Starred) throw error("invalid syntax", c.COLON().getSymbol());
        } else {
            List<Expr> elts = new ArrayList<>();
            for (Star_named_expressionContext e : s.star_named_expression()) elts.add(starNamedExpression(e));
            subject = new Expr.Tuple(elts, ExprContext.Load, line(s), col(s), endLine(s), endCol(s));
        }
        List<MatchCase> cases = new ArrayList<>();
        for (Case_blockContext cb : c.case_block()) {
            Pattern p = topPatterns(cb.patterns());
            Expr guard = cb.named_expression() != null ? namedExpression(cb.named_expression()) : null;
            List<Stmt> body = block(cb.block());
            cases.add(new MatchCase(p, guard, body));
        }
        Positioned end = endOf(c);
        return new Stmt.Match(subject, cases, line(c), col(c), end.end_lineno(), end.end_col_offset());
    }

    private Pattern topPatterns(PatternsContext c) {
        if (c.COMMA().isEmpty()) {
            Maybe_star_patternContext m = c.maybe_star_pattern(0);
            if (m.pattern() != null) return pattern(m.pattern());
        }
        return new Pattern.MatchSequence(starPatterns(c), line(c), col(c), endLine(c), endCol(c));
    }

    private List<Pattern> starPatterns(PatternsContext c) {
        List<Pattern> out = new ArrayList<>();
        if (c == null) return out;
        for (Maybe_star_patternContext m : c.maybe_star_pattern()) {
            if (m.pattern() != null) {
                out.add(pattern(m.pattern()));
            } else {
                String n = m.NAME().getText();
                out.add(new Pattern.MatchStar(n.equals("_") ? null : n, line(m), col(m), endLine(m), endCol(m)));
            }
        }
        return out;
    }

    private Pattern pattern(PatternContext c) {
        Pattern p = orPattern(c.or_pattern());
        if (c.AS() == null) return p;
        String name = c.NAME().getText();
        if (name.equals("_")) throw error("cannot use '_' as a target", c.NAME().getSymbol());
        return new Pattern.MatchAs(p, name, line(c), col(c), endLine(c), endCol(c));
    }

    private Pattern orPattern(Or_patternContext c) {
        if (c.closed_pattern().size() == 1) return closedPattern(c.closed_pattern(0));
        List<Pattern> alts = new ArrayList<>();
        for (Closed_patternContext p : c.closed_pattern()) alts.add(closedPattern(p));
        return new Pattern.MatchOr(alts, line(c), col(c), endLine(c), endCol(c));
    }

    private Pattern closedPattern(Closed_patternContext c) {
        int l = line(c), co = col(c), el = endLine(c), ec = endCol(c);
        if (c.literal_pattern() != null) return literalPattern(c.literal_pattern());
        if (c.name_or_attr() != null) {
            Expr ref = nameOrAttr(c.name_or_attr());
            if (c.LPAR() != null) {
                List<Pattern> pos = new ArrayList<>();
                List<String> kwdAttrs = new ArrayList<>();
                List<Pattern> kwdPatterns = new ArrayList<>();
                if (c.class_pattern_args() != null) {
                    for (Class_pattern_argContext a : c.class_pattern_args().class_pattern_arg()) {
                        if (a.NAME() != null) {
                            kwdAttrs.add(a.NAME().getText());
                            kwdPatterns.add(pattern(a.pattern()));
                        } else {
                            if (!kwdAttrs.isEmpty()) {
                                throw error("positional patterns follow keyword patterns", a);
                            }
                            pos.add(pattern(a.pattern()));
                        }
                    }
                }
                return new Pattern.MatchClass(ref, pos, kwdAttrs, kwdPatterns, l, co, el, ec);
            }
            if (ref instanceof Expr.Name n) {
                return new Pattern.MatchAs(null, n.id().equals("_") ? null : n.id(), l, co, el, ec);
            }
            return new Pattern.MatchValue(ref, l, co, el, ec);
        }
        if (c.LPAR() != null) {
            PatternsContext ps = c.patterns();
            if (ps != null && ps.COMMA().isEmpty() && ps.maybe_star_pattern(0).pattern() != null) {
                return pattern(ps.maybe_star_pattern(0).pattern());
            }
            return new Pattern.MatchSequence(starPatterns(ps), l, co, el, ec);
        }
        if (c.LSQB() != null) return new Pattern.MatchSequence(starPatterns(c.patterns()), l, co, el, ec);
        // mapping
        List<Expr> keys = new ArrayList<>();
        List<Pattern> values = new ArrayList<>();
        String rest = null;
        if (c.mapping_items() != null) {
            List<Mapping_itemContext> items = c.mapping_items().mapping_item();
            for (int i = 0; i < items.size(); i++) {
                Mapping_itemContext m = items.get(i);
                if (m.DOUBLESTAR() != null) {
                    if (i != items.size() - 1) throw error("invalid syntax", items.get(i + 1).start);
                    rest = m.NAME().getText();
                    if (rest.equals("_")) throw error("invalid syntax", m.NAME().getSymbol());
                } else {
                    Expr key;
                    if (m.literal_pattern() != null) {
                        Pattern lp = literalPattern(m.literal_pattern());
                        key = lp instanceof Pattern.MatchValue mv ? mv.value()
                            : singletonConstant((Pattern.MatchSingleton) lp);
                    } else {
                        key = nameOrAttr(m.name_or_attr());
                        if (key instanceof Expr.Name) throw error("invalid syntax", m.COLON().getSymbol());
                    }
                    keys.add(key);
                    values.add(pattern(m.pattern()));
                }
            }
        }
        return new Pattern.MatchMapping(keys, values, rest, l, co, el, ec);
    }

    private static Expr singletonConstant(Pattern.MatchSingleton s) {
        return new Expr.Constant(s.value(), null, s.lineno(), s.col_offset(), s.end_lineno(), s.end_col_offset());
    }

    private Pattern literalPattern(Literal_patternContext c) {
        int l = line(c), co = col(c), el = endLine(c), ec = endCol(c);
        if (c.NONE() != null) return new Pattern.MatchSingleton(ConstantValue.Singleton.NONE, l, co, el, ec);
        if (c.TRUE() != null) return new Pattern.MatchSingleton(Boolean.TRUE, l, co, el, ec);
        if (c.FALSE() != null) return new Pattern.MatchSingleton(Boolean.FALSE, l, co, el, ec);
        if (c.strings() != null) {
            Expr s = strings(c.strings());
            if (s instanceof Expr.JoinedStr) throw error("patterns may only match literals and attribute lookups", s);
            return new Pattern.MatchValue(s, l, co, el, ec);
        }
        Signed_numberContext sn = c.signed_number();
        Expr value = number(sn.NUMBER().getSymbol());
        if (sn.MINUS() != null) {
            value = new Expr.UnaryOp(Unaryop.USub, value, line(sn), col(sn), endLine(sn), endCol(sn));
        }
        if (c.NUMBER() != null) {
            Expr imag = number(c.NUMBER().getSymbol());
            if (!(((Expr.Constant) imag).value() instanceof ConstantValue.Imaginary)) {
                throw error("imaginary number required in complex literal", imag);
            }
            value = new Expr.BinOp(value, c.PLUS() != null ? Operator.Add : Operator.Sub, imag, l, co, el, ec);
        }
        return new Pattern.MatchValue(value, l, co, el, ec);
    }

    private Expr nameOrAttr(Name_or_attrContext c) {
        List<TerminalNode> ns = c.NAME();
        PyToken first = tok(ns.get(0).getSymbol());
        Expr e = new Expr.Name(first.getText(), ExprContext.Load, first.getLine(), first.col(), first.endLine, first.endCol);
        for (int i = 1; i < ns.size(); i++) {
            PyToken t = tok(ns.get(i).getSymbol());
            e = new Expr.Attribute(e, t.getText(), ExprContext.Load, first.getLine(), first.col(), t.endLine, t.endCol);
        }
        return e;
    }

    // ------------------------------------------------------------------ targets

    private Expr targetList(Target_listContext c, ExprContext ctx) {
        List<Star_targetContext> ts = c.star_target();
        if (ts.size() == 1 && c.COMMA().isEmpty()) {
            return checkTargetNotStarred(toTarget(starTarget(ts.get(0)), ctx, false));
        }
        List<Expr> elts = new ArrayList<>();
        for (Star_targetContext t : ts) elts.add(starTarget(t));
        Expr tuple = new Expr.Tuple(elts, ExprContext.Load, line(c), col(c), endLine(c), endCol(c));
        return toTarget(tuple, ctx, false);
    }

    private Expr starTarget(Star_targetContext c) {
        Expr e = bitwiseOr(c.bitwise_or());
        if (c.STAR() != null) return new Expr.Starred(e, ExprContext.Load, line(c), col(c), endLine(c), endCol(c));
        return e;
    }

    /** The first sub-expression that cannot be a target in the given context, or null. */
    private Expr invalidTarget(Expr e, ExprContext ctx) {
        if (e instanceof Expr.Name || e instanceof Expr.Attribute || e instanceof Expr.Subscript) return null;
        if (e instanceof Expr.Starred s) return ctx == ExprContext.Del ? e : invalidTarget(s.value(), ctx);
        if (e instanceof Expr.Tuple t) {
            for (Expr x : t.elts()) {
                Expr bad = invalidTarget(x, ctx);
                if (bad != null) return bad;
            }
            return null;
        }
        if (e instanceof Expr.List t) {
            for (Expr x : t.elts()) {
                Expr bad = invalidTarget(x, ctx);
                if (bad != null) return bad;
            }
            return null;
        }
        return e;
    }

    /** Rebuilds an expression as a target with the given context, or raises CPython's error. */
    private Expr toTarget(Expr e, ExprContext ctx, boolean nested) {
        if (e instanceof Expr.Name n) {
            return new Expr.Name(n.id(), ctx, n.lineno(), n.col_offset(), n.end_lineno(), n.end_col_offset());
        }
        if (e instanceof Expr.Attribute a) {
            return new Expr.Attribute(a.value(), a.attr(), ctx, a.lineno(), a.col_offset(), a.end_lineno(), a.end_col_offset());
        }
        if (e instanceof Expr.Subscript s) {
            return new Expr.Subscript(s.value(), s.slice(), ctx, s.lineno(), s.col_offset(), s.end_lineno(), s.end_col_offset());
        }
        if (e instanceof Expr.Starred s && ctx != ExprContext.Del) {
            return new Expr.Starred(toTarget(s.value(), ctx, true), ctx, s.lineno(), s.col_offset(), s.end_lineno(), s.end_col_offset());
        }
        if (e instanceof Expr.Tuple t) {
            return new Expr.Tuple(targets(t.elts(), ctx), ctx, t.lineno(), t.col_offset(), t.end_lineno(), t.end_col_offset());
        }
        if (e instanceof Expr.List t) {
            return new Expr.List(targets(t.elts(), ctx), ctx, t.lineno(), t.col_offset(), t.end_lineno(), t.end_col_offset());
        }
        String verb = ctx == ExprContext.Del ? "cannot delete " : "cannot assign to ";
        throw error(verb + describe(e), (Positioned) e);
    }

    private List<Expr> targets(List<Expr> elts, ExprContext ctx) {
        List<Expr> out = new ArrayList<>(elts.size());
        for (Expr x : elts) out.add(toTarget(x, ctx, true));
        return out;
    }

    /** The noun CPython uses for an expression in error messages ({@code _PyPegen_get_expr_name}). */
    static String describe(Expr e) {
        if (e instanceof Expr.Attribute) return "attribute";
        if (e instanceof Expr.Subscript) return "subscript";
        if (e instanceof Expr.Starred) return "starred";
        if (e instanceof Expr.Name) return "name";
        if (e instanceof Expr.List) return "list";
        if (e instanceof Expr.Tuple) return "tuple";
        if (e instanceof Expr.Lambda) return "lambda";
        if (e instanceof Expr.Call) return "function call";
        if (e instanceof Expr.BoolOp || e instanceof Expr.BinOp || e instanceof Expr.UnaryOp) return "expression";
        if (e instanceof Expr.GeneratorExp) return "generator expression";
        if (e instanceof Expr.Yield || e instanceof Expr.YieldFrom) return "yield expression";
        if (e instanceof Expr.Await) return "await expression";
        if (e instanceof Expr.ListComp) return "list comprehension";
        if (e instanceof Expr.SetComp) return "set comprehension";
        if (e instanceof Expr.DictComp) return "dict comprehension";
        if (e instanceof Expr.Dict) return "dict literal";
        if (e instanceof Expr.Set) return "set display";
        if (e instanceof Expr.JoinedStr || e instanceof Expr.FormattedValue) return "f-string expression";
        if (e instanceof Expr.Compare) return "comparison";
        if (e instanceof Expr.IfExp) return "conditional expression";
        if (e instanceof Expr.NamedExpr) return "named expression";
        if (e instanceof Expr.Constant c) {
            Object v = c.value();
            if (v == ConstantValue.Singleton.NONE) return "None";
            if (Boolean.TRUE.equals(v)) return "True";
            if (Boolean.FALSE.equals(v)) return "False";
            if (v == ConstantValue.Singleton.ELLIPSIS) return "ellipsis";
            return "literal";
        }
        return "expression";
    }

    // ------------------------------------------------------------------ expressions

    Expr starExpressions(Star_expressionsContext c) {
        if (c.getChildCount() == 1) return starExpression((Star_expressionContext) c.getChild(0));
        List<Star_expressionContext> es = c.star_expression();
        if (es.size() == 1 && c.COMMA().isEmpty()) return starExpression(es.get(0));
        List<Expr> elts = new ArrayList<>(es.size());
        for (Star_expressionContext e : es) elts.add(starExpression(e));
        return new Expr.Tuple(elts, ExprContext.Load, line(c), col(c), endLine(c), endCol(c));
    }

    private Expr starExpression(Star_expressionContext c) {
        if (c.getChildCount() == 1) return expression((ExpressionContext) c.getChild(0));
        if (c.STAR() != null) {
            return new Expr.Starred(bitwiseOr(c.bitwise_or()), ExprContext.Load, line(c), col(c), endLine(c), endCol(c));
        }
        return expression(c.expression());
    }

    private Expr starNamedExpression(Star_named_expressionContext c) {
        if (c.getChildCount() == 1) return namedExpression((Named_expressionContext) c.getChild(0));
        if (c.STAR() != null) {
            return new Expr.Starred(bitwiseOr(c.bitwise_or()), ExprContext.Load, line(c), col(c), endLine(c), endCol(c));
        }
        return namedExpression(c.named_expression());
    }

    private Expr namedExpression(Named_expressionContext c) {
        if (c.getChildCount() == 1) return expression((ExpressionContext) c.getChild(0));
        if (c.COLONEQUAL() != null) {
            PyToken n = tok(c.NAME().getSymbol());
            Expr target = new Expr.Name(n.getText(), ExprContext.Store, n.getLine(), n.col(), n.endLine, n.endCol);
            return new Expr.NamedExpr(target, expression(c.expression()), line(c), col(c), endLine(c), endCol(c));
        }
        return expression(c.expression());
    }

    private Expr expressions(ExpressionsContext c) {
        List<ExpressionContext> es = c.expression();
        if (es.size() == 1 && c.COMMA().isEmpty()) return expression(es.get(0));
        List<Expr> elts = new ArrayList<>(es.size());
        for (ExpressionContext e : es) elts.add(expression(e));
        return new Expr.Tuple(elts, ExprContext.Load, line(c), col(c), endLine(c), endCol(c));
    }

    Expr expression(ExpressionContext c) {
        if (c.getChildCount() == 1 && c.getChild(0) instanceof DisjunctionContext d) return disjunction(d);
        if (c.lambdef() != null) return lambdef(c.lambdef());
        Expr body = disjunction(c.disjunction(0));
        if (c.IF() == null) return body;
        return new Expr.IfExp(disjunction(c.disjunction(1)), body, expression(c.expression()),
            line(c), col(c), endLine(c), endCol(c));
    }

    private Expr lambdef(LambdefContext c) {
        Arguments args = c.lambda_parameters() != null ? lambdaParameters(c.lambda_parameters()) : emptyArguments();
        return new Expr.Lambda(args, expression(c.expression()), line(c), col(c), endLine(c), endCol(c));
    }

    private Expr yieldExpr(Yield_exprContext c) {
        if (c.FROM() != null) return new Expr.YieldFrom(expression(c.expression()), line(c), col(c), endLine(c), endCol(c));
        Expr v = c.star_expressions() != null ? starExpressions(c.star_expressions()) : null;
        return new Expr.Yield(v, line(c), col(c), endLine(c), endCol(c));
    }

    /**
     * Comparisons, 'not', 'and' and 'or'. The parse tree nests a chain to the left ("a or b or
     * c" is "(a or b) or c"); CPython's BoolOp and Compare hold the whole chain, so the left
     * side is flattened while it has the same operator (a parenthesized operand is an atom,
     * further down, and stays apart).
     */
    Expr disjunction(DisjunctionContext c) {
        int n = c.getChildCount();
        if (n == 1) return bitwiseOr((Bitwise_orContext) c.getChild(0));
        if (n == 2) {
            return new Expr.UnaryOp(Unaryop.Not, disjunction((DisjunctionContext) c.getChild(1)), line(c), col(c),
                endLine(c), endCol(c));
        }
        java.util.ArrayDeque<DisjunctionContext> spine = new java.util.ArrayDeque<>();
        DisjunctionContext cur = c;
        if (c.getChild(1) instanceof Comp_opContext) {
            while (cur.getChildCount() == 3 && cur.getChild(1) instanceof Comp_opContext) {
                spine.push(cur);
                cur = (DisjunctionContext) cur.getChild(0);
            }
            Expr left = disjunction(cur);
            List<Cmpop> ops = new ArrayList<>(spine.size());
            List<Expr> comparators = new ArrayList<>(spine.size());
            while (!spine.isEmpty()) {
                DisjunctionContext x = spine.pop();
                DisjunctionContext right = (DisjunctionContext) x.getChild(2);
                // the grammar lets 'not' start any operand; a comparison's may not
                if (right.getChildCount() == 2) throw error("invalid syntax", right.start);
                ops.add(compOp((Comp_opContext) x.getChild(1)));
                comparators.add(disjunction(right));
            }
            return new Expr.Compare(left, ops, comparators, line(c), col(c), endLine(c), endCol(c));
        }
        int type = ((TerminalNode) c.getChild(1)).getSymbol().getType();
        while (cur.getChildCount() == 3 && cur.getChild(1) instanceof TerminalNode t && t.getSymbol().getType() == type) {
            spine.push(cur);
            cur = (DisjunctionContext) cur.getChild(0);
        }
        List<Expr> values = new ArrayList<>(spine.size() + 1);
        values.add(disjunction(cur));
        while (!spine.isEmpty()) values.add(disjunction((DisjunctionContext) spine.pop().getChild(2)));
        return new Expr.BoolOp(type == AND ? Boolop.And : Boolop.Or, values, line(c), col(c), endLine(c), endCol(c));
    }

    private static Cmpop compOp(Comp_opContext c) {
        switch (c.start.getType()) {
            case EQEQUAL: return Cmpop.Eq;
            case NOTEQUAL: return Cmpop.NotEq;
            case LESS: return Cmpop.Lt;
            case LESSEQUAL: return Cmpop.LtE;
            case GREATER: return Cmpop.Gt;
            case GREATEREQUAL: return Cmpop.GtE;
            case IN: return Cmpop.In;
            case NOT: return Cmpop.NotIn;
            case IS: return c.NOT() != null ? Cmpop.IsNot : Cmpop.Is;
            default: throw new IllegalStateException();
        }
    }

    private static Operator binOp(int type) {
        switch (type) {
            case PLUS: return Operator.Add;
            case MINUS: return Operator.Sub;
            case STAR: return Operator.Mult;
            case AT: return Operator.MatMult;
            case SLASH: return Operator.Div;
            case PERCENT: return Operator.Mod;
            case DOUBLESLASH: return Operator.FloorDiv;
            case LEFTSHIFT: return Operator.LShift;
            case RIGHTSHIFT: return Operator.RShift;
            case VBAR: return Operator.BitOr;
            case CIRCUMFLEX: return Operator.BitXor;
            case AMPER: return Operator.BitAnd;
            case DOUBLESTAR: return Operator.Pow;
            default: throw new IllegalStateException();
        }
    }

    /**
     * The binary operators from '|' to '*'. A chain like "a - b - c" nests to the left in the
     * parse tree; it is walked down its left side without recursion, then built up. A BinOp
     * spans from its left operand's first token to its right operand's last (a closing
     * parenthesis included).
     */
    Expr bitwiseOr(Bitwise_orContext c) {
        if (c.getChildCount() == 1) return factor((FactorContext) c.getChild(0));
        java.util.ArrayDeque<Bitwise_orContext> spine = new java.util.ArrayDeque<>();
        Bitwise_orContext cur = c;
        while (cur.getChildCount() == 3) {
            spine.push(cur);
            cur = (Bitwise_orContext) cur.getChild(0);
        }
        Expr left = factor((FactorContext) cur.getChild(0));
        while (!spine.isEmpty()) {
            Bitwise_orContext b = spine.pop();
            Operator op = binOp(((TerminalNode) b.getChild(1)).getSymbol().getType());
            Expr right = bitwiseOr((Bitwise_orContext) b.getChild(2));
            left = new Expr.BinOp(left, op, right, line(b), col(b), endLine(b), endCol(b));
        }
        return left;
    }

    private Expr factor(FactorContext c) {
        if (c.getChildCount() == 1) return power((PowerContext) c.getChild(0));
        if (c.power() != null) return power(c.power());
        Unaryop op;
        switch (c.start.getType()) {
            case PLUS: op = Unaryop.UAdd; break;
            case MINUS: op = Unaryop.USub; break;
            default: op = Unaryop.Invert; break;
        }
        return new Expr.UnaryOp(op, factor(c.factor()), line(c), col(c), endLine(c), endCol(c));
    }

    private Expr power(PowerContext c) {
        if (c.getChildCount() == 1) return primary((PrimaryContext) c.getChild(0));
        Expr base = primary(c.primary());
        if (c.AWAIT() != null) {
            base = new Expr.Await(base, line(c), col(c), endLine(c.primary()), endCol(c.primary()));
        }
        if (c.DOUBLESTAR() == null) return base;
        return new Expr.BinOp(base, Operator.Pow, factor(c.factor()), line(c), col(c), endLine(c), endCol(c));
    }

    private Expr primary(PrimaryContext c) {
        if (c.getChildCount() == 1) return atom((AtomContext) c.getChild(0));
        Expr e = atom(c.atom());
        int l = line(c), co = col(c);
        for (TrailerContext t : c.trailer()) {
            int el = endLine(t), ec = endCol(t);
            if (t.DOT() != null) {
                e = new Expr.Attribute(e, t.NAME().getText(), ExprContext.Load, l, co, el, ec);
            } else if (t.LPAR() != null) {
                List<Expr> args = new ArrayList<>();
                List<Keyword> keywords = new ArrayList<>();
                if (t.arguments() != null) callArguments(t.arguments(), args, keywords, t);
                e = new Expr.Call(e, args, keywords, l, co, el, ec);
            } else {
                e = new Expr.Subscript(e, slices(t.slices()), ExprContext.Load, l, co, el, ec);
            }
        }
        return e;
    }

    private Expr slices(SlicesContext c) {
        List<SliceContext> ss = c.slice();
        if (ss.size() == 1 && c.COMMA().isEmpty() && ss.get(0).STAR() == null) return slice(ss.get(0));
        List<Expr> elts = new ArrayList<>(ss.size());
        for (SliceContext s : ss) elts.add(slice(s));
        return new Expr.Tuple(elts, ExprContext.Load, line(c), col(c), endLine(c), endCol(c));
    }

    private Expr slice(SliceContext c) {
        if (c.STAR() != null) {
            return new Expr.Starred(bitwiseOr(c.bitwise_or()), ExprContext.Load, line(c), col(c), endLine(c), endCol(c));
        }
        if (c.COLON().isEmpty()) return namedExpression(c.named_expression());
        // lower? ':' upper? (':' step?)?: walk the children, tracking which part we are in
        Expr[] parts = new Expr[3];
        int part = 0;
        for (ParseTree ch : c.children) {
            if (ch instanceof TerminalNode) {
                part++;
            } else if (ch instanceof Named_expressionContext n) {
                if (n.COLONEQUAL() != null) throw error("invalid syntax", c.COLON(0).getSymbol());
                parts[part] = namedExpression(n);
            } else {
                parts[part] = expression((ExpressionContext) ch);
            }
        }
        return new Expr.Slice(parts[0], parts[1], parts[2], line(c), col(c), endLine(c), endCol(c));
    }

    /** Call (or class) arguments, in CPython's order rules; {@code call} is the trailer, for genexp positions. */
    private void callArguments(ArgumentsContext c, List<Expr> args, List<Keyword> keywords, TrailerContext call) {
        // CPython reports these order errors at the last token it read: the closing parenthesis
        Token close = call != null ? call.RPAR().getSymbol() : ((ParserRuleContext) c.getParent()).getToken(RPAR, 0).getSymbol();
        boolean seenKeyword = false, seenKwUnpack = false;
        List<ArgumentContext> list = c.argument();
        for (ArgumentContext a : list) {
            if (a.comp_for() != null) {
                if (list.size() > 1) throw error("Generator expression must be parenthesized", a);
                if (call == null) throw error("invalid syntax", a.comp_for().start);
                Expr elt = namedExpression(a.named_expression());
                List<Comprehension> gens = compFor(a.comp_for());
                ParserRuleContext span = call != null ? call : a;
                if (call != null && !c.COMMA().isEmpty()) throw error("Generator expression must be parenthesized", a);
                args.add(new Expr.GeneratorExp(elt, gens, line(span), col(span), endLine(span), endCol(span)));
                continue;
            }
            if (a.STAR() != null) {
                if (seenKwUnpack) throw error("iterable argument unpacking follows keyword argument unpacking", a.STAR().getSymbol());
                args.add(new Expr.Starred(expression(a.expression()), ExprContext.Load, line(a), col(a), endLine(a), endCol(a)));
            } else if (a.DOUBLESTAR() != null) {
                seenKwUnpack = true;
                keywords.add(new Keyword(null, expression(a.expression()), line(a), col(a), endLine(a), endCol(a)));
            } else if (a.EQUAL() != null) {
                if (a.NAME() == null) {
                    PyToken s = tok(a.start), e = tok(a.EQUAL().getSymbol());
                    throw source.error(PySyntaxError.Kind.SyntaxError, "cannot assign to " + s.getText(),
                        s.getLine(), s.charCol, e.endLine, e.endCharCol);
                }
                String name = a.NAME().getText();
                seenKeyword = true;
                Keyword k = new Keyword(name, expression(a.expression()), line(a), col(a), endLine(a), endCol(a));
                if (compilerChecks) {
                    // CPython's compiler: the same keyword twice
                    for (Keyword other : keywords) {
                        if (name.equals(other.arg())) codegenError("keyword argument repeated: " + name, k);
                    }
                }
                keywords.add(k);
            } else {
                Expr e = namedExpression(a.named_expression());
                if (seenKwUnpack) throw error("positional argument follows keyword argument unpacking", close);
                if (seenKeyword) throw error("positional argument follows keyword argument", close);
                args.add(e);
            }
        }
    }

    private List<Comprehension> compFor(Comp_forContext c) {
        List<Comprehension> out = new ArrayList<>();
        List<ParseTree> ch = c.children;
        int i = 0;
        while (i < ch.size()) {
            int isAsync = 0;
            if (((TerminalNode) ch.get(i)).getSymbol().getType() == ASYNC) {
                isAsync = 1;
                i++;
            }
            i++; // FOR
            Expr target = targetList((Target_listContext) ch.get(i++), ExprContext.Store);
            i++; // IN
            Expr iter = disjunction((DisjunctionContext) ch.get(i++));
            List<Expr> ifs = new ArrayList<>();
            while (i < ch.size() && ((TerminalNode) ch.get(i)).getSymbol().getType() == IF) {
                ifs.add(disjunction((DisjunctionContext) ch.get(i + 1)));
                i += 2;
            }
            out.add(new Comprehension(target, iter, ifs, isAsync));
        }
        return out;
    }

    private Expr atom(AtomContext c) {
        int l = line(c), co = col(c), el = endLine(c), ec = endCol(c);
        Token first = c.start;
        switch (first.getType()) {
            case NAME:
                return new Expr.Name(first.getText(), ExprContext.Load, l, co, el, ec);
            case TRUE:
                return new Expr.Constant(Boolean.TRUE, null, l, co, el, ec);
            case FALSE:
                return new Expr.Constant(Boolean.FALSE, null, l, co, el, ec);
            case NONE:
                return new Expr.Constant(ConstantValue.Singleton.NONE, null, l, co, el, ec);
            case ELLIPSIS:
                return new Expr.Constant(ConstantValue.Singleton.ELLIPSIS, null, l, co, el, ec);
            case NUMBER:
                return number(first);
            case STRING:
                return strings(c.strings());
            case LPAR:
                return parenAtom(c, l, co, el, ec);
            case LSQB: {
                if (c.comp_for() != null) {
                    Expr elt = starNamedExpression(c.star_named_expression(0));
                    if (elt instanceof Expr.Starred s) throw error("iterable unpacking cannot be used in comprehension", s);
                    return new Expr.ListComp(elt, compFor(c.comp_for()), l, co, el, ec);
                }
                List<Expr> elts = new ArrayList<>();
                for (Star_named_expressionContext e : c.star_named_expression()) elts.add(starNamedExpression(e));
                return new Expr.List(elts, ExprContext.Load, l, co, el, ec);
            }
            default:
                return braceAtom(c, l, co, el, ec);
        }
    }

    private Expr parenAtom(AtomContext c, int l, int co, int el, int ec) {
        if (c.yield_expr() != null) return yieldExpr(c.yield_expr());
        List<Star_named_expressionContext> es = c.star_named_expression();
        if (es.isEmpty()) return new Expr.Tuple(List.of(), ExprContext.Load, l, co, el, ec);
        if (c.comp_for() != null) {
            Expr elt = starNamedExpression(es.get(0));
            if (elt instanceof Expr.Starred s) throw error("iterable unpacking cannot be used in comprehension", s);
            return new Expr.GeneratorExp(elt, compFor(c.comp_for()), l, co, el, ec);
        }
        if (es.size() == 1 && c.COMMA().isEmpty()) {
            Expr e = starNamedExpression(es.get(0));
            if (e instanceof Expr.Starred s) throw error("cannot use starred expression here", s);
            return e;
        }
        List<Expr> elts = new ArrayList<>(es.size());
        for (Star_named_expressionContext e : es) elts.add(starNamedExpression(e));
        return new Expr.Tuple(elts, ExprContext.Load, l, co, el, ec);
    }

    private Expr braceAtom(AtomContext c, int l, int co, int el, int ec) {
        List<Dict_or_set_itemContext> items = c.dict_or_set_item();
        if (items.isEmpty()) return new Expr.Dict(List.of(), List.of(), l, co, el, ec);
        Dict_or_set_itemContext first = items.get(0);
        boolean isDict = first.DOUBLESTAR() != null || first.COLON() != null;
        if (c.comp_for() != null) {
            if (first.DOUBLESTAR() != null) {
                throw error("dict unpacking cannot be used in dict comprehension", first.DOUBLESTAR().getSymbol());
            }
            if (first.STAR() != null) throw error("iterable unpacking cannot be used in comprehension", first);
            List<Comprehension> gens;
            if (isDict) {
                Expr key = dictKey(first);
                Expr value = expression(first.expression());
                gens = compFor(c.comp_for());
                return new Expr.DictComp(key, value, gens, l, co, el, ec);
            }
            Expr elt = namedExpression(first.named_expression());
            return new Expr.SetComp(elt, compFor(c.comp_for()), l, co, el, ec);
        }
        if (isDict) {
            List<Expr> keys = new ArrayList<>(items.size());
            List<Expr> values = new ArrayList<>(items.size());
            for (Dict_or_set_itemContext it : items) {
                if (it.DOUBLESTAR() != null) {
                    keys.add(null);
                    values.add(bitwiseOr(it.bitwise_or()));
                } else if (it.COLON() != null) {
                    keys.add(dictKey(it));
                    values.add(expression(it.expression()));
                } else {
                    PyToken k = tok(it.start);
                    throw source.error(PySyntaxError.Kind.SyntaxError, "':' expected after dictionary key",
                        k.getLine(), k.charCol, k.getLine(), -1);
                }
            }
            return new Expr.Dict(keys, values, l, co, el, ec);
        }
        List<Expr> elts = new ArrayList<>(items.size());
        for (Dict_or_set_itemContext it : items) {
            if (it.DOUBLESTAR() != null) throw error("invalid syntax", it.start);
            if (it.COLON() != null) throw error("invalid syntax", it.COLON().getSymbol());
            if (it.STAR() != null) {
                elts.add(new Expr.Starred(bitwiseOr(it.bitwise_or()), ExprContext.Load, line(it), col(it), endLine(it), endCol(it)));
            } else {
                elts.add(namedExpression(it.named_expression()));
            }
        }
        return new Expr.Set(elts, l, co, el, ec);
    }

    private Expr dictKey(Dict_or_set_itemContext it) {
        if (it.named_expression().COLONEQUAL() != null) {
            throw error("invalid syntax", it.named_expression().COLONEQUAL().getSymbol());
        }
        return namedExpression(it.named_expression());
    }

    private Expr number(Token t) {
        PyToken p = tok(t);
        return new Expr.Constant(NumberLiterals.parse(p, source), null, p.getLine(), p.col(), p.endLine, p.endCol);
    }

    private Expr strings(StringsContext c) {
        List<TerminalNode> ts = c.STRING();
        List<PyToken> tokens = new ArrayList<>(ts.size());
        for (TerminalNode t : ts) tokens.add(tok(t.getSymbol()));
        return StringLiterals.concat(tokens, following(c.stop), source, fieldParser);
    }
}
