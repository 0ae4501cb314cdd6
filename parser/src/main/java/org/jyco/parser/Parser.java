package org.jyco.parser;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.jyco.parser.ast.Expr;
import org.jyco.parser.ast.Mod;

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

    /** Parses a whole module ({@code exec} mode). */
    public static Mod.Module parseModule(String source, String filename) {
        return (Mod.Module) parse(source, filename, Mode.EXEC);
    }

    /** Parses source text in the given mode. */
    public static Mod parse(String text, String filename, Mode mode) {
        Source source = new Source(filename, text);
        ParserRuleContext tree = parseTree(new PythonTokenizer(source), source, mode);
        AstBuilder builder = new AstBuilder(source, fieldParser(source));
        switch (mode) {
            case EXEC: return builder.fileInput((PythonParser.File_inputContext) tree);
            case EVAL: return builder.evalInput((PythonParser.Eval_inputContext) tree);
            case SINGLE: return builder.singleInput((PythonParser.Single_inputContext) tree);
            default: return builder.funcTypeInput((PythonParser.Func_type_inputContext) tree);
        }
    }

    private static ParserRuleContext parseTree(PythonTokenizer tokenizer, Source source, Mode mode) {
        CommonTokenStream tokens = new CommonTokenStream(tokenizer);
        PythonParser parser = new PythonParser(tokens);
        parser.removeErrorListeners();
        parser.setErrorHandler(new BailErrorStrategy());
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        try {
            return startRule(parser, mode);
        } catch (ParseCancellationException e) {
            tokens.seek(0);
            parser.reset();
            parser.setErrorHandler(new SyntaxErrors(source));
            parser.getInterpreter().setPredictionMode(PredictionMode.LL);
            return startRule(parser, mode);
        }
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
     * wrapped in parentheses, positioned where the text starts in the file.
     */
    private static StringLiterals.FieldParser fieldParser(Source file) {
        return (exprSource, line, byteCol) -> {
            Source sub = new Source(file.filename(), "(" + exprSource + ")");
            PythonTokenizer tokenizer = new PythonTokenizer(sub);
            tokenizer.setOffsets(line - 1, byteCol - 1);
            ParserRuleContext tree;
            try {
                tree = parseFString(tokenizer, sub);
            } catch (PySyntaxError e) {
                throw new PySyntaxError(e.kind(), "f-string: " + e.msg(), file.filename(), line,
                    e.offset(), line, e.endOffset(), "(" + exprSource + ")");
            }
            return new AstBuilder(sub, fieldParser(file)).fstringInput((PythonParser.Fstring_inputContext) tree);
        };
    }

    private static ParserRuleContext parseFString(PythonTokenizer tokenizer, Source sub) {
        CommonTokenStream tokens = new CommonTokenStream(tokenizer);
        PythonParser parser = new PythonParser(tokens);
        parser.removeErrorListeners();
        parser.setErrorHandler(new SyntaxErrors(sub));
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        return parser.fstring_input();
    }

    private static final Pattern CODING = Pattern.compile("^[ \\t\\f]*#.*?coding[:=][ \\t]*([-\\w.]+)");

    /**
     * Decodes source bytes as CPython does: a UTF-8 byte order mark, else a PEP 263 coding cookie
     * in the first two lines, else UTF-8. Undecodable bytes are a {@link PySyntaxError}.
     */
    public static String decode(byte[] source, String filename) {
        int start = 0;
        boolean bom = source.length >= 3 && (source[0] & 0xff) == 0xEF && (source[1] & 0xff) == 0xBB
            && (source[2] & 0xff) == 0xBF;
        if (bom) start = 3;
        Charset cs = StandardCharsets.UTF_8;
        String cookie = findCookie(source, start);
        if (cookie != null) {
            String norm = cookie.toLowerCase().replace('_', '-');
            if (bom && !(norm.equals("utf-8") || norm.startsWith("utf-8-"))) {
                throw new PySyntaxError(PySyntaxError.Kind.SyntaxError, "encoding problem: " + cookie + " with BOM",
                    filename, 0, 0, 0, 0, null);
            }
            cs = charsetFor(norm);
            if (cs == null) {
                throw new PySyntaxError(PySyntaxError.Kind.SyntaxError, "unknown encoding: " + cookie,
                    filename, 0, 0, 0, 0, null);
            }
        }
        CharsetDecoder dec = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return dec.decode(ByteBuffer.wrap(source, start, source.length - start)).toString();
        } catch (CharacterCodingException e) {
            int line = 1;
            int pos = badBytePosition(source, start, cs);
            for (int i = start; i < pos && i < source.length; i++) if (source[i] == '\n') line++;
            String msg = cs == StandardCharsets.UTF_8
                ? String.format("(unicode error) 'utf-8' codec can't decode byte 0x%02x in position %d: invalid start byte",
                    source[Math.min(pos, source.length - 1)] & 0xff, pos - start)
                : "(unicode error) '" + cs.name().toLowerCase() + "' codec can't decode bytes";
            throw new PySyntaxError(PySyntaxError.Kind.SyntaxError, msg, filename, line, 0, line, 0, null);
        }
    }

    private static int badBytePosition(byte[] b, int start, Charset cs) {
        CharsetDecoder dec = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(b, start, b.length - start);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(b.length + 16);
        dec.decode(in, out, true);
        return in.position();
    }

    private static String findCookie(byte[] src, int start) {
        int pos = start;
        for (int lineNo = 0; lineNo < 2 && pos < src.length; lineNo++) {
            int end = pos;
            while (end < src.length && src[end] != '\n' && src[end] != '\r') end++;
            String line = new String(src, pos, end - pos, StandardCharsets.ISO_8859_1);
            Matcher m = CODING.matcher(line);
            if (m.find()) return m.group(1);
            // the cookie may only be on line 2 if line 1 is blank or a comment
            String t = line.strip();
            if (!(t.isEmpty() || t.startsWith("#"))) return null;
            pos = end;
            if (pos < src.length && src[pos] == '\r') pos++;
            if (pos < src.length && src[pos] == '\n') pos++;
        }
        return null;
    }

    private static Charset charsetFor(String norm) {
        if (norm.equals("utf-8") || norm.startsWith("utf-8-") || norm.equals("utf8")) return StandardCharsets.UTF_8;
        if (norm.equals("latin-1") || norm.startsWith("latin-1-") || norm.equals("iso-8859-1")
            || norm.startsWith("iso-8859-1-") || norm.equals("iso-latin-1") || norm.equals("latin1")) {
            return StandardCharsets.ISO_8859_1;
        }
        try {
            return Charset.forName(norm);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** For callers that already have an expression source: parses in eval mode and returns the body. */
    public static Expr parseExpression(String source, String filename) {
        return ((Mod.Expression) parse(source, filename, Mode.EVAL)).body();
    }
}
