package org.jyco.parser;

import static org.jyco.parser.PythonParser.*;

import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenFactory;
import org.antlr.v4.runtime.TokenSource;

/**
 * Python's tokenizer, written for Jyco after the behaviour of CPython's {@code Parser/tokenizer.c}:
 * NEWLINE ends a logical line, INDENT and DEDENT follow the indentation stack (tabs to multiples
 * of 8, with CPython's "alternate" tab size of 1 to detect inconsistent use as a TabError), blank
 * and comment-only lines and line ends inside brackets produce nothing, a backslash joins lines,
 * and each string literal, f-strings included, is one STRING token whose value StringLiterals
 * decodes. The source ends with an implicit NEWLINE, the pending DEDENTs and EOF.
 *
 * <p>Errors that CPython's tokenizer reports (unterminated strings, bad numbers, unmatched
 * brackets, inconsistent dedents, invalid characters) are thrown here as {@link PySyntaxError}
 * with CPython's messages and positions.
 */
public final class PythonTokenizer implements TokenSource {
    private static final int TABSIZE = 8;
    private static final int MAXINDENT = 100;
    private static final int MAXLEVEL = 200;

    private static final Map<String, Integer> KEYWORDS = new HashMap<>();

    static {
        String[] names = {"False", "None", "True", "and", "as", "assert", "async", "await", "break",
            "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from",
            "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise",
            "return", "try", "while", "with", "yield"};
        int[] types = {FALSE, NONE, TRUE, AND, AS, ASSERT, ASYNC, AWAIT, BREAK, CLASS, CONTINUE, DEF,
            DEL, ELIF, ELSE, EXCEPT, FINALLY, FOR, FROM, GLOBAL, IF, IMPORT, IN, IS, LAMBDA, NONLOCAL,
            NOT, OR, PASS, RAISE, RETURN, TRY, WHILE, WITH, YIELD};
        for (int i = 0; i < names.length; i++) KEYWORDS.put(names[i], types[i]);
    }

    private final Source source;
    private final String text;
    private final int length;
    private final boolean ascii;
    private final boolean hasSurrogates;

    private int pos;
    private int line = 1;
    private int lineStart;
    private boolean atLineStart = true;
    /** Whether the current logical line has produced a token (so a NEWLINE is due). */
    private boolean lineHasTokens;
    private boolean done;

    private final int[] indents = new int[MAXINDENT + 1];
    private final int[] altIndents = new int[MAXINDENT + 1];
    private int indentTop;

    private final char[] parenStack = new char[MAXLEVEL];
    private final int[] parenLine = new int[MAXLEVEL];
    private final int[] parenCol = new int[MAXLEVEL];
    private int level;

    private final ArrayDeque<PyToken> pending = new ArrayDeque<>();
    /** The error this tokenizer threw, if any. */
    private PySyntaxError failure;
    /** Whether the text ended inside brackets (the error CPython reports only in some cases). */
    private boolean eofInBracket;
    private int tokenIndex;

    // soft keywords: where logical lines start, and the block depths of open match statements
    private boolean atLogicalLineStart = true;
    private int blockDepth;
    private boolean matchHeaderPending;
    private final int[] matchDepths = new int[MAXINDENT + 1];
    private int matchTop;

    /** Added to every line, and to columns on the first line (f-string fields parsed in place). */
    private int lineOffset;
    private int firstLineColOffset;

    public PythonTokenizer(Source source) {
        this.source = source;
        this.text = source.text();
        this.length = text.length();
        boolean a = true, s = false;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                a = false;
                if (Character.isSurrogate(c)) {
                    s = true;
                    break;
                }
            }
        }
        this.ascii = a;
        this.hasSurrogates = s;
    }

    public Source source() {
        return source;
    }

    /**
     * Shifts reported positions: lines by {@code lines}, and columns of the first line by
     * {@code firstLineCols} bytes (and characters). Used for text cut out of a larger file.
     */
    public void setOffsets(int lines, int firstLineCols) {
        this.lineOffset = lines;
        this.firstLineColOffset = firstLineCols;
    }

    // ------------------------------------------------------------------ TokenSource

    /** The error this tokenizer threw, or null. */
    public PySyntaxError failure() {
        return failure;
    }

    @Override
    public Token nextToken() {
        try {
            return next();
        } catch (PySyntaxError e) {
            failure = e;
            throw e;
        }
    }

    private Token next() {
        if (pending.isEmpty()) scan();
        PyToken t = pending.poll();
        int type = t.getType();
        if (type == NAME && atLogicalLineStart) softKeyword(t);
        switch (t.getType()) {
            case NEWLINE:
                atLogicalLineStart = true;
                break;
            case INDENT:
                blockDepth++;
                if (matchHeaderPending) {
                    matchDepths[matchTop++] = blockDepth;
                    matchHeaderPending = false;
                }
                atLogicalLineStart = true;
                break;
            case DEDENT:
                blockDepth--;
                while (matchTop > 0 && matchDepths[matchTop - 1] > blockDepth) matchTop--;
                atLogicalLineStart = true;
                break;
            default:
                atLogicalLineStart = false;
        }
        t.setTokenIndex(tokenIndex++);
        return t;
    }

    /**
     * Decides whether a NAME {@code match} or {@code case} starting a logical line is the soft
     * keyword. A {@code match} statement is the only simple-looking line that starts with the name
     * and ends in a colon; a {@code case} block is any line starting with the name directly inside
     * a match statement's block. Deciding here keeps the grammar's statement choice LL(1), where a
     * parser-side predicate would make every statement that starts with a name scan ahead.
     */
    private void softKeyword(PyToken t) {
        String text = t.getText();
        if (text.equals("case")) {
            if (matchTop > 0 && matchDepths[matchTop - 1] == blockDepth) t.setType(CASE);
            return;
        }
        if (!text.equals("match")) return;
        // make the rest of the logical line pending, then look at its last token
        PyToken lastBeforeNewline = null;
        PyToken second = null;
        int examined = 0;
        while (true) {
            if (examined == pending.size()) scanMore();
            // the tokens added since the last look are at the end of the queue
            int fresh = pending.size() - examined;
            PyToken[] added = new PyToken[fresh];
            java.util.Iterator<PyToken> back = pending.descendingIterator();
            for (int i = fresh - 1; i >= 0; i--) added[i] = back.next();
            examined = pending.size();
            for (PyToken p : added) {
                if (p.getType() == NEWLINE || p.getType() == Token.EOF) {
                    int st = second == null ? NEWLINE : second.getType();
                    boolean expressionFollows = st != EQUAL && st != COLON && st != DOT && st != NEWLINE
                        && st != SEMI && st != COMMA && st != RPAR && !isAugAssign(st);
                    if (expressionFollows && lastBeforeNewline != null && lastBeforeNewline.getType() == COLON) {
                        t.setType(MATCH);
                        matchHeaderPending = true;
                    }
                    return;
                }
                if (second == null) second = p;
                lastBeforeNewline = p;
            }
        }
    }

    @Override public int getLine() { return line; }
    @Override public int getCharPositionInLine() { return pos - lineStart; }
    @Override public CharStream getInputStream() { return null; }
    @Override public String getSourceName() { return source.filename(); }
    @Override public void setTokenFactory(TokenFactory<?> factory) {}
    @Override public TokenFactory<?> getTokenFactory() { return null; }

    // ------------------------------------------------------------------ scanning

    private char peek(int ahead) {
        int i = pos + ahead;
        return i < length ? text.charAt(i) : '\0';
    }

    private boolean eof() {
        return pos >= length;
    }

    private static boolean isAugAssign(int t) {
        switch (t) {
            case PLUSEQUAL: case MINEQUAL: case STAREQUAL: case ATEQUAL: case SLASHEQUAL: case PERCENTEQUAL:
            case AMPEREQUAL: case VBAREQUAL: case CIRCUMFLEXEQUAL: case LEFTSHIFTEQUAL: case RIGHTSHIFTEQUAL:
            case DOUBLESTAREQUAL: case DOUBLESLASHEQUAL:
                return true;
            default:
                return false;
        }
    }

    /** Scans until at least one token is pending. */
    private void scan() {
        if (pending.isEmpty()) scanMore();
    }

    /** Scans until at least one more token is pending. */
    private void scanMore() {
        int before = pending.size();
        while (pending.size() == before) {
            if (done) {
                pending.add(make(Token.EOF, "<EOF>", pos, line, pos, line));
                return;
            }
            if (atLineStart && level == 0) {
                if (indentation()) continue;
            }
            atLineStart = false;
            skipBlanks();
            if (eof()) {
                endOfInput();
                return;
            }
            char c = text.charAt(pos);
            if (c == '#') {
                while (pos < length && text.charAt(pos) != '\n' && text.charAt(pos) != '\r') pos++;
                continue;
            }
            if (c == '\n' || c == '\r') {
                newline();
                continue;
            }
            if (c == '\\') {
                continuation();
                continue;
            }
            lineHasTokens = true;
            if (isIdentifierStart(c) || c >= 0x80 && Character.isUnicodeIdentifierStart(text.codePointAt(pos))) {
                nameOrString();
            } else if (c >= '0' && c <= '9' || (c == '.' && peek(1) >= '0' && peek(1) <= '9')) {
                number();
            } else if (c == '"' || c == '\'') {
                string(pos);
            } else {
                operator(c);
            }
        }
    }

    private void skipBlanks() {
        while (pos < length) {
            char c = text.charAt(pos);
            if (c == ' ' || c == '\t' || c == '\f') pos++;
            else break;
        }
    }

    /**
     * Measures the indentation of a new line and queues INDENT/DEDENT tokens. Returns true when the
     * line turned out blank (or comment-only) and was consumed whole.
     */
    private boolean indentation() {
        int col = 0, altcol = 0;
        int start = pos;
        while (pos < length) {
            char c = text.charAt(pos);
            if (c == ' ') {
                col++;
                altcol++;
            } else if (c == '\t') {
                col = (col / TABSIZE + 1) * TABSIZE;
                altcol++;
            } else if (c == '\f') {
                col = altcol = 0;
            } else {
                break;
            }
            pos++;
        }
        char c = pos < length ? text.charAt(pos) : '\0';
        if (c == '#' || c == '\n' || c == '\r') {
            // blank or comment-only line: no indentation processing, no NEWLINE
            if (c == '#') while (pos < length && text.charAt(pos) != '\n' && text.charAt(pos) != '\r') pos++;
            if (pos < length) {
                skipLineEnd();
                return true;
            }
            atLineStart = false;
            return false;
        }
        if (pos >= length) {
            atLineStart = false;
            return false;
        }
        atLineStart = false;
        if (col == indents[indentTop]) {
            if (altcol != altIndents[indentTop]) throw tabError();
        } else if (col > indents[indentTop]) {
            if (indentTop + 1 >= MAXINDENT) {
                throw source.parserError(PySyntaxError.Kind.IndentationError, "too many levels of indentation", line, 1,
                    line, 0);
            }
            if (altcol <= altIndents[indentTop]) throw tabError();
            indentTop++;
            indents[indentTop] = col;
            altIndents[indentTop] = altcol;
            pending.add(make(INDENT, "", start, line, pos, line));
        } else {
            while (indentTop > 0 && col < indents[indentTop]) {
                indentTop--;
                pending.add(make(DEDENT, "", pos, line, pos, line));
            }
            if (col != indents[indentTop]) {
                // CPython reports this where its tokenizer stopped: at the end of the line
                throw source.parserError(PySyntaxError.Kind.IndentationError,
                    "unindent does not match any outer indentation level", line, source.lineLengthCodePoints(line) + 1,
                    line, -1);
            }
            if (altcol != altIndents[indentTop]) throw tabError();
        }
        return false;
    }

    private PySyntaxError tabError() {
        return source.parserError(PySyntaxError.Kind.TabError, "inconsistent use of tabs and spaces in indentation",
            line, 1, line, 0);
    }

    private void skipLineEnd() {
        char c = text.charAt(pos);
        pos++;
        if (c == '\r' && pos < length && text.charAt(pos) == '\n') pos++;
        line++;
        lineStart = pos;
        atLineStart = true;
    }

    private void newline() {
        int start = pos;
        int startLine = line;
        if (level > 0 || !lineHasTokens) {
            skipLineEnd();
            if (level > 0) atLineStart = false;
            return;
        }
        char c = text.charAt(pos);
        int width = (c == '\r' && pos + 1 < length && text.charAt(pos + 1) == '\n') ? 2 : 1;
        PyToken t = make(NEWLINE, text.substring(start, start + width), start, startLine, start + 1, startLine);
        t.endCharCol = t.charCol; // CPython's errors at a line end have an empty range
        skipLineEnd();
        pending.add(t);
        lineHasTokens = false;
    }

    private void continuation() {
        int start = pos;
        int startLine = line;
        pos++;
        if (pos < length && text.charAt(pos) != '\n' && text.charAt(pos) != '\r') {
            throw source.parserError(PySyntaxError.Kind.SyntaxError,
                "unexpected character after line continuation character", line, charCol(lineStart, start) + 2, line, 0);
        }
        if (pos < length) {
            skipLineEnd();
            source.markContinued(line);
            atLineStart = false;
        }
        if (pos >= length) {
            // reported where CPython's tokenizer stopped: the end of the backslash's line
            throw source.parserError(PySyntaxError.Kind.SyntaxError, "unexpected EOF while parsing", startLine,
                source.lineLengthCodePoints(startLine) + 1, startLine, -1);
        }
    }

    private void endOfInput() {
        if (level > 0) {
            eofInBracket = true;
            throw unclosedBracket();
        }
        if (lineHasTokens) {
            PyToken nl = make(NEWLINE, "", pos, line, pos + 1, line);
            nl.endCharCol = nl.charCol;
            pending.add(nl);
            lineHasTokens = false;
        }
        while (indentTop > 0) {
            indentTop--;
            pending.add(make(DEDENT, "", pos, line, pos, line));
        }
        done = true;
        if (pending.isEmpty()) pending.add(make(Token.EOF, "<EOF>", pos, line, pos, line));
    }

    /** "'(' was never closed" for the innermost open bracket. */
    PySyntaxError unclosedBracket() {
        int i = level - 1;
        return source.parserError(PySyntaxError.Kind.SyntaxError, "'" + parenStack[i] + "' was never closed",
            parenLine[i], charColAt(parenLine[i], parenCol[i]) + 1, parenLine[i], 0);
    }

    /**
     * What CPython does after a parse error: tokenize the rest of the source. A tokenizer error
     * found there replaces the parse error, and so does a bracket left open at the end, when it
     * was opened on a line before the parse error's. Returns the error to report.
     */
    PySyntaxError checkRestAfter(PySyntaxError parseError) {
        try {
            while (!done) {
                pending.clear();
                scanMore();
            }
        } catch (PySyntaxError e) {
            if (!eofInBracket) return e;
            return parseError.lineno() > parenLine[level - 1] ? e : parseError;
        }
        return parseError;
    }

    // ------------------------------------------------------------------ names and keywords

    private static boolean isIdentifierStart(char c) {
        if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
        return !Character.isSurrogate(c) && Character.isUnicodeIdentifierStart(c);
    }

    private static boolean isIdentifierChar(int c) {
        if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || (c >= '0' && c <= '9');
        return Character.isUnicodeIdentifierPart(c) && !Character.isIdentifierIgnorable(c) || c == 0xB7;
    }

    private void nameOrString() {
        int start = pos;
        boolean nonAscii = false;
        while (pos < length) {
            char c = text.charAt(pos);
            if (c < 0x80) {
                if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || (c >= '0' && c <= '9')) {
                    pos++;
                    continue;
                }
                break;
            }
            int cp = text.codePointAt(pos);
            if (pos == start ? !Character.isUnicodeIdentifierStart(cp) : !isIdentifierChar(cp)) break;
            nonAscii = true;
            pos += Character.charCount(cp);
        }
        if (pos == start) {
            invalidCharacter();
        }
        char next = pos < length ? text.charAt(pos) : '\0';
        if ((next == '"' || next == '\'') && pos - start <= 2 && isStringPrefix(start, pos)) {
            string(start);
            return;
        }
        String name = text.substring(start, pos);
        if (nonAscii) {
            // a following character that is not an identifier character at all is reported as such
            name = Normalizer.normalize(name, Normalizer.Form.NFKC);
            int first = name.codePointAt(0);
            if (!Character.isUnicodeIdentifierStart(first) && first != '_') {
                pos = start;
                invalidCharacter();
            }
        }
        Integer kw = KEYWORDS.get(name);
        pending.add(make(kw != null ? kw : NAME, name, start, line, pos, line));
    }

    private boolean isStringPrefix(int start, int end) {
        boolean r = false, b = false, u = false, f = false;
        for (int i = start; i < end; i++) {
            switch (Character.toLowerCase(text.charAt(i))) {
                case 'r': if (r) return false; r = true; break;
                case 'b': if (b) return false; b = true; break;
                case 'u': if (u) return false; u = true; break;
                case 'f': if (f) return false; f = true; break;
                default: return false;
            }
        }
        if (u) return end - start == 1;
        return !(b && f);
    }

    private void invalidCharacter() {
        int cp = text.codePointAt(pos);
        String msg;
        if (isPrintable(cp)) {
            msg = String.format("invalid character '%s' (U+%04X)", new String(Character.toChars(cp)), cp);
        } else {
            msg = String.format("invalid non-printable character U+%04X", cp);
        }
        throw error(PySyntaxError.Kind.SyntaxError, msg, line, pos, line, pos);
    }

    static boolean isPrintable(int cp) {
        switch (Character.getType(cp)) {
            case Character.CONTROL: case Character.FORMAT: case Character.SURROGATE:
            case Character.PRIVATE_USE: case Character.UNASSIGNED: case Character.LINE_SEPARATOR:
            case Character.PARAGRAPH_SEPARATOR:
                return false;
            case Character.SPACE_SEPARATOR:
                return cp == ' ';
            default:
                return true;
        }
    }

    // ------------------------------------------------------------------ numbers

    private void number() {
        int start = pos;
        char c = text.charAt(pos);
        if (c == '0' && (peek(1) == 'x' || peek(1) == 'X')) {
            pos += 2;
            radixDigits(16, "hexadecimal");
        } else if (c == '0' && (peek(1) == 'o' || peek(1) == 'O')) {
            pos += 2;
            radixDigits(8, "octal");
        } else if (c == '0' && (peek(1) == 'b' || peek(1) == 'B')) {
            pos += 2;
            radixDigits(2, "binary");
        } else {
            boolean isFloat = false;
            if (c == '.') {
                isFloat = true;
                pos++;
                decimalDigits();
            } else {
                boolean leadingZero = c == '0';
                decimalDigits();
                boolean nonZero = false;
                if (leadingZero) {
                    for (int i = start; i < pos; i++) {
                        char d = text.charAt(i);
                        if (d != '0' && d != '_') nonZero = true;
                    }
                }
                if (peek(0) == '.') {
                    isFloat = true;
                    pos++;
                    if (peek(0) >= '0' && peek(0) <= '9') decimalDigits();
                } else if (nonZero && peek(0) != 'e' && peek(0) != 'E' && peek(0) != 'j' && peek(0) != 'J') {
                    throw error(PySyntaxError.Kind.SyntaxError,
                        "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                        line, start, line, pos - 1 >= start ? start + 1 : start);
                }
            }
            char e = peek(0);
            if (e == 'e' || e == 'E') {
                int save = pos;
                pos++;
                if (peek(0) == '+' || peek(0) == '-') pos++;
                if (peek(0) >= '0' && peek(0) <= '9') {
                    decimalDigits();
                    isFloat = true;
                } else {
                    pos = save;
                    if (!allowedAfterNumber()) {
                        throw error(PySyntaxError.Kind.SyntaxError, "invalid decimal literal", line, start, line, start);
                    }
                }
            }
            if (peek(0) == 'j' || peek(0) == 'J') {
                pos++;
                if (isIdentifierStartAt(pos) && !allowedAfterNumber()) {
                    throw error(PySyntaxError.Kind.SyntaxError, "invalid imaginary literal", line, pos - 1, line, pos - 1);
                }
            } else if (isIdentifierStartAt(pos) && !allowedAfterNumber()) {
                int at = isFloat || pos == start + 1 ? start : pos - 1;
                throw error(PySyntaxError.Kind.SyntaxError, "invalid decimal literal", line, at, line, at);
            }
        }
        pending.add(make(NUMBER, text.substring(start, pos), start, line, pos, line));
    }

    private boolean isIdentifierStartAt(int i) {
        return i < length && (isIdentifierStart(text.charAt(i)) || text.charAt(i) >= '0' && text.charAt(i) <= '9');
    }

    /** CPython accepts (with a warning) a keyword glued to a number, as in {@code 1if x else 2}. */
    private boolean allowedAfterNumber() {
        for (String kw : new String[] {"and", "else", "for", "if", "in", "is", "not", "or"}) {
            if (text.startsWith(kw, pos)) return true;
        }
        return false;
    }

    private void decimalDigits() {
        while (true) {
            while (pos < length && text.charAt(pos) >= '0' && text.charAt(pos) <= '9') pos++;
            if (peek(0) == '_') {
                pos++;
                if (!(peek(0) >= '0' && peek(0) <= '9')) {
                    throw error(PySyntaxError.Kind.SyntaxError, "invalid decimal literal", line, pos - 1, line, pos - 1);
                }
            } else {
                return;
            }
        }
    }

    private void radixDigits(int radix, String kind) {
        int digits = 0;
        while (true) {
            if (peek(0) == '_') pos++;
            char c = peek(0);
            int d = Character.digit(c, 16);
            if (c < 0x80 && d >= 0 && d < radix) {
                pos++;
                digits++;
                continue;
            }
            if (c >= '0' && c <= '9' && radix < 10) {
                throw error(PySyntaxError.Kind.SyntaxError, "invalid digit '" + c + "' in " + kind + " literal",
                    line, pos, line, pos);
            }
            if (text.charAt(pos - 1) == '_' || digits == 0) {
                if (digits == 0 && isIdentifierStartAt(pos) && allowedAfterNumber()) break;
                throw error(PySyntaxError.Kind.SyntaxError, "invalid " + kind + " literal", line, pos - 1, line, pos - 1);
            }
            if (isIdentifierStartAt(pos) && !allowedAfterNumber()) {
                throw error(PySyntaxError.Kind.SyntaxError, "invalid " + kind + " literal", line, pos - 1, line, pos - 1);
            }
            break;
        }
    }

    // ------------------------------------------------------------------ strings

    /** Scans a string literal whose prefix starts at {@code start} and whose quote is at {@link #pos}. */
    private void string(int start) {
        int startLine = line;
        int startLineStart = lineStart;
        char q = text.charAt(pos);
        boolean triple = peek(1) == q && peek(2) == q;
        pos += triple ? 3 : 1;
        while (true) {
            if (pos >= length) {
                unterminated(triple, start, startLine, startLineStart);
            }
            char c = text.charAt(pos);
            if (c == q) {
                if (!triple) {
                    pos++;
                    break;
                }
                if (peek(1) == q && peek(2) == q) {
                    pos += 3;
                    break;
                }
                pos++;
            } else if (c == '\\') {
                pos++;
                if (pos < length) {
                    char e = text.charAt(pos);
                    if (e == '\n' || e == '\r') {
                        skipLineEnd();
                        source.markContinued(line);
                        atLineStart = false;
                    } else {
                        pos++;
                    }
                }
            } else if (c == '\n' || c == '\r') {
                if (!triple) unterminated(false, start, startLine, startLineStart);
                skipLineEnd();
                source.markContinued(line);
                atLineStart = false;
            } else {
                pos++;
            }
        }
        PyToken t = make(STRING, text.substring(start, pos), start, startLine, pos, line, startLineStart);
        pending.add(t);
    }

    private void unterminated(boolean triple, int start, int startLine, int startLineStart) {
        // at the end of the text CPython's line count stays on the last line
        boolean atEnd = pos >= length && length > 0 && (text.charAt(length - 1) == '\n' || text.charAt(length - 1) == '\r');
        int detected = atEnd ? line - 1 : line;
        String msg = (triple ? "unterminated triple-quoted string literal" : "unterminated string literal")
            + " (detected at line " + detected + ")";
        int col = charCol(startLineStart, start);
        throw new PySyntaxError(PySyntaxError.Kind.SyntaxError, msg, source.filename(), startLine, col + 1,
            startLine, col + 1, source.errorText(startLine));
    }

    // ------------------------------------------------------------------ operators

    private void operator(char c) {
        int start = pos;
        int type;
        char c1 = peek(1), c2 = peek(2);
        switch (c) {
            case '(': case '[': case '{':
                if (level >= MAXLEVEL) {
                    throw error(PySyntaxError.Kind.SyntaxError, "too many nested parentheses", line, pos, line, pos);
                }
                parenStack[level] = c;
                parenLine[level] = line;
                parenCol[level] = pos - lineStart;
                level++;
                type = c == '(' ? LPAR : c == '[' ? LSQB : LBRACE;
                pos++;
                break;
            case ')': case ']': case '}': {
                if (level == 0) {
                    throw error(PySyntaxError.Kind.SyntaxError, "unmatched '" + c + "'", line, pos, line, pos);
                }
                char open = parenStack[level - 1];
                char expected = open == '(' ? ')' : open == '[' ? ']' : '}';
                if (c != expected) {
                    int ol = parenLine[level - 1];
                    String msg = ol != line
                        ? "closing parenthesis '" + c + "' does not match opening parenthesis '" + open + "' on line " + ol
                        : "closing parenthesis '" + c + "' does not match opening parenthesis '" + open + "'";
                    throw error(PySyntaxError.Kind.SyntaxError, msg, line, pos, line, pos);
                }
                level--;
                type = c == ')' ? RPAR : c == ']' ? RSQB : RBRACE;
                pos++;
                break;
            }
            case ':': type = c1 == '=' ? COLONEQUAL : COLON; break;
            case ',': type = COMMA; break;
            case ';': type = SEMI; break;
            case '+': type = c1 == '=' ? PLUSEQUAL : PLUS; break;
            case '-': type = c1 == '=' ? MINEQUAL : c1 == '>' ? RARROW : MINUS; break;
            case '*':
                type = c1 == '*' ? (c2 == '=' ? DOUBLESTAREQUAL : DOUBLESTAR) : c1 == '=' ? STAREQUAL : STAR;
                break;
            case '/':
                type = c1 == '/' ? (c2 == '=' ? DOUBLESLASHEQUAL : DOUBLESLASH) : c1 == '=' ? SLASHEQUAL : SLASH;
                break;
            case '|': type = c1 == '=' ? VBAREQUAL : VBAR; break;
            case '&': type = c1 == '=' ? AMPEREQUAL : AMPER; break;
            case '<':
                type = c1 == '<' ? (c2 == '=' ? LEFTSHIFTEQUAL : LEFTSHIFT)
                    : c1 == '=' ? LESSEQUAL : c1 == '>' ? NOTEQUAL : LESS;
                break;
            case '>':
                type = c1 == '>' ? (c2 == '=' ? RIGHTSHIFTEQUAL : RIGHTSHIFT) : c1 == '=' ? GREATEREQUAL : GREATER;
                break;
            case '=': type = c1 == '=' ? EQEQUAL : EQUAL; break;
            case '!': type = c1 == '=' ? NOTEQUAL : ERRORTOKEN; break;
            case '.': type = c1 == '.' && c2 == '.' ? ELLIPSIS : DOT; break;
            case '%': type = c1 == '=' ? PERCENTEQUAL : PERCENT; break;
            case '~': type = TILDE; break;
            case '^': type = c1 == '=' ? CIRCUMFLEXEQUAL : CIRCUMFLEX; break;
            case '@': type = c1 == '=' ? ATEQUAL : AT; break;
            default:
                if (c >= 0x80 || c < ' ' && c != '\0') {
                    invalidCharacter();
                }
                type = ERRORTOKEN;
        }
        if (pos == start) pos += operatorLength(type);
        if (type == NOTEQUAL && c == '<') {
            // "<>" is only valid with "from __future__ import barry_as_FLUFL"
            pending.add(make(NOTEQUAL, "<>", start, line, pos, line));
            return;
        }
        pending.add(make(type, text.substring(start, pos), start, line, pos, line));
    }

    private static int operatorLength(int type) {
        switch (type) {
            case DOUBLESTAREQUAL: case DOUBLESLASHEQUAL: case LEFTSHIFTEQUAL: case RIGHTSHIFTEQUAL: case ELLIPSIS:
                return 3;
            case COLONEQUAL: case PLUSEQUAL: case MINEQUAL: case RARROW: case DOUBLESTAR: case STAREQUAL:
            case DOUBLESLASH: case SLASHEQUAL: case VBAREQUAL: case AMPEREQUAL: case LEFTSHIFT: case LESSEQUAL:
            case NOTEQUAL: case RIGHTSHIFT: case GREATEREQUAL: case EQEQUAL: case PERCENTEQUAL:
            case CIRCUMFLEXEQUAL: case ATEQUAL:
                return 2;
            default:
                return 1;
        }
    }

    // ------------------------------------------------------------------ positions

    private PyToken make(int type, String tokText, int start, int startLine, int end, int endLine) {
        return make(type, tokText, start, startLine, end, endLine, startLine == line ? lineStart : source.lineStart(startLine));
    }

    private PyToken make(int type, String tokText, int start, int startLine, int end, int endLine, int startLineStart) {
        PyToken t = new PyToken(type, tokText);
        int endLineStart = endLine == line ? lineStart : source.lineStart(endLine);
        t.setLine(startLine);
        t.setStartIndex(start);
        t.setStopIndex(end - 1);
        t.endLine = endLine;
        if (ascii) {
            t.setCharPositionInLine(start - startLineStart);
            t.endCol = end - endLineStart;
            t.charCol = start - startLineStart;
            t.endCharCol = end - endLineStart;
        } else {
            t.setCharPositionInLine(byteCol(startLineStart, start));
            t.endCol = byteCol(endLineStart, end);
            t.charCol = charCol(startLineStart, start);
            t.endCharCol = charCol(endLineStart, end);
        }
        if (lineOffset != 0 || firstLineColOffset != 0) {
            if (startLine == 1) {
                t.setCharPositionInLine(t.getCharPositionInLine() + firstLineColOffset);
                t.charCol += firstLineColOffset;
            }
            if (endLine == 1) {
                t.endCol += firstLineColOffset;
                t.endCharCol += firstLineColOffset;
            }
            t.setLine(startLine + lineOffset);
            t.endLine = endLine + lineOffset;
        }
        return t;
    }

    // byteCol's memo: tokens come in order, so the count goes on from where it last stopped
    private int bcFrom = -1;
    private int bcIndex;
    private int bcBytes;

    /** UTF-8 length of {@code text[from, to)}. */
    private int byteCol(int from, int to) {
        int i = from, n = 0;
        if (from == bcFrom && to >= bcIndex) {
            i = bcIndex;
            n = bcBytes;
        }
        while (i < to && i < length) {
            char c = text.charAt(i);
            if (c < 0x80) {
                n++;
                i++;
            } else {
                int cp = text.codePointAt(i);
                n += Source.utf8Length(cp);
                i += Character.charCount(cp);
            }
        }
        bcFrom = from;
        bcIndex = i;
        bcBytes = n;
        return n;
    }

    private int charCol(int from, int to) {
        if (!hasSurrogates) return to - from;
        return text.codePointCount(from, Math.min(to, length));
    }

    private int charColAt(int lineno, int charIndexInLine) {
        int ls = source.lineStart(lineno);
        return charCol(ls, ls + charIndexInLine);
    }

    /** A syntax error at char indices of {@link #text} on the given lines (end -1: no end). */
    private PySyntaxError error(PySyntaxError.Kind kind, String msg, int startLine, int start, int endLine, int end) {
        int ls = source.lineStart(startLine);
        int col = charCol(ls, start) + 1;
        int endCol = end < 0 ? 0 : charCol(source.lineStart(endLine), end) + 1;
        return new PySyntaxError(kind, msg, source.filename(), startLine, col, endLine, endCol, source.errorText(startLine));
    }
}
