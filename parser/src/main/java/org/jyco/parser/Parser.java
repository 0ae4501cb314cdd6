package org.jyco.parser;

import org.antlr.v4.runtime.BailErrorStrategy;
import java.util.function.Function;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.jyco.parser.ast.Expr;
import org.jyco.parser.ast.Mod;
import org.jyco.parser.ast.Positioned;

/**
 * The front end's entry point: Python source text in, CPython-shaped AST out. Errors are thrown
 * as {@link PySyntaxError}.
 *
 * <p>Parsing runs ANTLR's fast SLL prediction first and falls back to full LL only when SLL
 * fails, so valid code pays for the simpler algorithm; the second pass also produces the error
 * message when the source is really invalid.
 */
public final class Parser {
    private Parser() {}

    /** What the source is, as CPython's {@code compile()} modes: exec, eval, single, func_type. */
    public enum Mode { EXEC, EVAL, SINGLE, FUNC_TYPE }

    /*
     * The parse methods below that Jyco's compiler uses (parseModule, parseFile, parseBytes,
     * parse(text, ...)) also report the few errors that CPython finds only when it compiles the
     * tree but that need nothing more than the tree: a duplicate parameter name, a keyword
     * argument given twice, a starred expression alone as a value or as an assignment target.
     * parseAst accepts those, exactly as ast.parse does.
     */

    /** Parses a whole module ({@code exec} mode) given as text. */
    public static Mod.Module parseModule(String source, String filename) {
        return (Mod.Module) parse(source, filename, Mode.EXEC);
    }

    /**
     * Parses the bytes of a source file as a module, as {@code python3 file.py} does: decoded
     * by {@link #decode}, with syntax errors positioned as CPython positions them for bytes.
     */
    public static Mod.Module parseFile(byte[] data, String filename) {
        return (Mod.Module) parseBytes(data, filename, Mode.EXEC);
    }

    /**
     * Parses source given as bytes in the given mode, like {@code compile(b"...", filename,
     * mode)}, except that decoding errors are those of a file run (see {@link #decode}).
     * Parser errors count columns in bytes, as CPython's do for bytes input (see {@link Source}).
     */
    public static Mod parseBytes(byte[] data, String filename, Mode mode) {
        return parse(new Source(filename, decode(data, filename), true), mode, true);
    }

    /** Parses source text (a str) in the given mode, like {@code compile(text, filename, mode)}. */
    public static Mod parse(String text, String filename, Mode mode) {
        return parse(new Source(filename, text), mode, true);
    }

    /**
     * Parses source text (a str) exactly as {@code ast.parse(text, filename, mode)} does: the
     * errors of CPython's compiler stage are not reported (see {@link #parse(Source, Mode, boolean)}).
     */
    public static Mod parseAst(String text, String filename, Mode mode) {
        return parse(new Source(filename, text), mode, false);
    }

    /**
     * Parses a source in the given mode. With {@code compilerChecks}, also reports the errors
     * that CPython's compiler (not its parser) finds in a tree and that need nothing but the
     * tree: "duplicate argument 'x' in function definition", "keyword argument repeated: x",
     * "can't use starred expression here" (a starred expression as a statement or as the value
     * of an assignment) and "starred assignment target must be in a list or tuple" (in an
     * assignment, a for loop, a with statement or a comprehension), with CPython's positions.
     * Without, the parser accepts what {@code ast.parse} accepts.
     */
    public static Mod parse(Source source, Mode mode, boolean compilerChecks) {
        AstBuilder[] top = new AstBuilder[1];
        AstBuilder builder = new AstBuilder(source, fieldParser(source, compilerChecks ? top : null));
        top[0] = builder;
        builder.setCompilerChecks(compilerChecks, builder);
        ParserRuleContext tree = parseTree(new PythonTokenizer(source), source, builder, mode);
        Mod mod;
        switch (mode) {
            case EXEC: mod = builder.fileInput((PythonParser.File_inputContext) tree); break;
            case EVAL: mod = builder.evalInput((PythonParser.Eval_inputContext) tree); break;
            case SINGLE: mod = builder.singleInput((PythonParser.Single_inputContext) tree); break;
            default: mod = builder.funcTypeInput((PythonParser.Func_type_inputContext) tree); break;
        }
        AstBuilder.CompilerError e = builder.compilerError();
        if (e != null) {
            // CPython's compiler reports a node's columns plus one: UTF-8 bytes, for bytes and str alike
            Positioned n = e.where;
            throw new PySyntaxError(PySyntaxError.Kind.SyntaxError, e.msg, source.filename(), n.lineno(),
                n.col_offset() + 1, n.end_lineno(), n.end_col_offset() + 1, source.errorText(n.lineno()));
        }
        return mod;
    }

    private static ParserRuleContext parseTree(PythonTokenizer tokenizer, Source source, AstBuilder builder, Mode mode) {
        return parseTree(tokenizer, source, builder, p -> startRule(p, mode));
    }

    /**
     * Runs a start rule: SLL prediction first, bailing out at the first problem; on failure the
     * full LL prediction from the start, with {@link SyntaxErrors} to describe a real error.
     */
    private static ParserRuleContext parseTree(PythonTokenizer tokenizer, Source source, AstBuilder builder,
                                               Function<PythonParser, ParserRuleContext> rule) {
        TrackingTokenStream tokens = new TrackingTokenStream(tokenizer);
        builder.setTokens(tokens);
        PythonParser parser = new PythonParser(tokens);
        parser.removeErrorListeners();
        parser.setErrorHandler(new BailErrorStrategy());
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        try {
            return rule.apply(parser);
        } catch (ParseCancellationException e) {
            llFallbacks.incrementAndGet();
            tokens.seek(0);
            tokens.resetFurthest();
            tokens.track();
            parser.reset();
            parser.setErrorHandler(new SyntaxErrors(source, builder));
            parser.getInterpreter().setPredictionMode(PredictionMode.LL);
            try {
                return rule.apply(parser);
            } catch (PySyntaxError err) {
                // like CPython, look for tokenizer errors in the rest of the source, which win
                if (tokenizer.failure() == err) throw err;
                throw tokenizer.checkRestAfter(err);
            }
        }
    }

    private static final java.util.concurrent.atomic.AtomicLong llFallbacks = new java.util.concurrent.atomic.AtomicLong();

    /**
     * How many parses (f-string fields included) needed the full LL pass since the JVM started:
     * the grammar is meant to be SLL, so on valid code this should stay 0.
     */
    public static long llFallbacks() {
        return llFallbacks.get();
    }

    private static ParserRuleContext startRule(PythonParser parser, Mode mode) {
        switch (mode) {
            case EXEC: return parser.file_input();
            case EVAL: return parser.eval_input();
            case SINGLE: return parser.single_input();
            case FUNC_TYPE: return parser.func_type_input();
            default: throw new IllegalArgumentException(mode.toString());
        }
    }

    /**
     * Parses the expression of an f-string replacement field the way CPython 3.11 does: the text
     * wrapped in parentheses, positioned where the text starts in the file. A syntax error in it
     * is reported as CPython reports it: "f-string: " and the message, with columns counted in
     * the parenthesized text, which is the error's text.
     */
    private static StringLiterals.FieldParser fieldParser(Source file, AstBuilder[] checksFor) {
        return (exprSource, line, byteCol) -> {
            String text = "(" + exprSource + ")";
            try {
                return parseField(file, text, line - 1, byteCol - 1, checksFor);
            } catch (PySyntaxError shifted) {
                PySyntaxError e;
                try {
                    parseField(file, text, 0, 0, null);
                    e = shifted;
                } catch (PySyntaxError unshifted) {
                    e = unshifted;
                }
                throw new PySyntaxError(e.kind(), "f-string: " + e.msg(), file.filename(), line,
                    e.offset(), line, e.endOffset(), text);
            }
        };
    }

    /**
     * Parses one field; {@code checksFor} holds the file's builder when the compiler-stage
     * checks are on (null when off), which collects the field's compiler-stage errors.
     */
    private static Expr parseField(Source file, String text, int lineOffset, int colOffset, AstBuilder[] checksFor) {
        Source sub = new Source(file.filename(), text, file.bytesInput());
        PythonTokenizer tokenizer = new PythonTokenizer(sub);
        tokenizer.setOffsets(lineOffset, colOffset);
        AstBuilder builder = new AstBuilder(sub, fieldParser(file, checksFor));
        if (checksFor != null) builder.setCompilerChecks(true, checksFor[0]);
        ParserRuleContext tree = parseTree(tokenizer, sub, builder, PythonParser::fstring_input);
        return builder.fstringInput((PythonParser.Fstring_inputContext) tree);
    }

    /**
     * Decodes the bytes of a source file as CPython does when it runs the file: a UTF-8 byte
     * order mark, else a PEP 263 coding cookie in the first two lines, else UTF-8. Undecodable
     * bytes and unknown encodings are a {@link PySyntaxError} with the message CPython's file
     * reader gives (see {@link SourceDecoder}).
     */
    public static String decode(byte[] source, String filename) {
        return SourceDecoder.decode(source, filename);
    }

    /** For callers that already have an expression source: parses in eval mode and returns the body. */
    public static Expr parseExpression(String source, String filename) {
        return ((Mod.Expression) parse(source, filename, Mode.EVAL)).body();
    }
}
