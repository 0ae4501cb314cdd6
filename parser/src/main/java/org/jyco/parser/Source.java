package org.jyco.parser;

import java.util.Arrays;

/**
 * Python source text with its file name and line table: the one place that turns positions into
 * source lines and byte columns into character columns, and that makes {@link PySyntaxError}s.
 *
 * <p>Where the text came from changes the columns of some errors, as in CPython 3.11: errors
 * found by the parser (and the few tokenizer errors it reports for the tokenizer: bad
 * dedents, tab errors, unclosed brackets, EOF after a backslash) have their columns in UTF-8
 * bytes when the source was given as bytes (a file run, {@code compile(b"...")}), and in code
 * points when it was given as a str. The tokenizer's own errors (bad characters, strings,
 * numbers, brackets) always count code points.
 */
public final class Source {
    private final String filename;
    private final String text;
    private final boolean bytesInput;
    /** lineStart[i] is the char index where line i+1 starts; one extra entry marks the end. */
    private final int[] lineStart;
    /**
     * For lines the tokenizer reached inside a token (after a backslash, inside a string),
     * the line where that token's line began; null while there are none.
     */
    private int[] continuedFrom;

    /** Source given as a str. */
    public Source(String filename, String text) {
        this(filename, text, false);
    }

    /**
     * Source text; {@code bytesInput} says whether it was decoded from bytes (a file), which
     * makes parser errors count columns in bytes like CPython's.
     */
    public Source(String filename, String text, boolean bytesInput) {
        this.filename = filename;
        this.text = text;
        this.bytesInput = bytesInput;
        int[] starts = new int[16];
        int n = 0;
        starts[n++] = 0;
        for (int i = 0, len = text.length(); i < len; i++) {
            char c = text.charAt(i);
            boolean eol = c == '\n' || (c == '\r' && (i + 1 >= len || text.charAt(i + 1) != '\n'));
            if (eol) {
                if (n == starts.length) starts = Arrays.copyOf(starts, n * 2);
                starts[n++] = i + 1;
            }
        }
        if (n == starts.length) starts = Arrays.copyOf(starts, n + 1);
        starts[n++] = text.length();
        this.lineStart = Arrays.copyOf(starts, n);
    }

    public String filename() { return filename; }

    /** Whether the source was decoded from bytes (see the class comment). */
    public boolean bytesInput() { return bytesInput; }

    public String text() { return text; }

    /** Number of lines (a final line without a line end counts). */
    public int lineCount() {
        int n = lineStart.length - 1;
        return (n > 0 && lineStart[n - 1] == text.length()) ? n - 1 : n;
    }

    /** Char index where the 1-based line starts. */
    public int lineStart(int lineno) {
        return lineStart[Math.min(Math.max(lineno - 1, 0), lineStart.length - 1)];
    }

    /** The 1-based line with its line end, or {@code null} past the end. */
    public String line(int lineno) {
        if (lineno < 1 || lineno >= lineStart.length) return null;
        return text.substring(lineStart[lineno - 1], lineStart[lineno]);
    }

    /**
     * The 1-based line as CPython puts it in a SyntaxError's {@code text}: with its line end
     * translated to {@code \\n} (CPython's tokenizer translates line ends), or {@code null}.
     */
    public String errorText(int lineno) {
        String s = line(lineno);
        if (s == null) return null;
        int n = s.length();
        if (n > 0 && s.charAt(n - 1) == '\r') return s.substring(0, n - 1) + "\n";
        if (n > 1 && s.charAt(n - 1) == '\n' && s.charAt(n - 2) == '\r') return s.substring(0, n - 2) + "\n";
        return s;
    }

    /** Converts a 0-based byte column of a line into a 0-based character column. */
    public int charColumn(int lineno, int byteCol) {
        if (lineno < 1 || lineno >= lineStart.length) return byteCol;
        int i = lineStart[lineno - 1], end = lineStart[lineno];
        int bytes = 0, chars = 0;
        while (i < end && bytes < byteCol) {
            int cp = text.codePointAt(i);
            bytes += utf8Length(cp);
            int n = Character.charCount(cp);
            i += n;
            chars += 1;
        }
        return chars;
    }

    /** Converts a 0-based char index within a line into a byte column. */
    public int byteColumn(int lineno, int charCol) {
        if (lineno < 1 || lineno >= lineStart.length) return charCol;
        int i = lineStart[lineno - 1], end = Math.min(lineStart[lineno], lineStart[lineno - 1] + charCol);
        int bytes = 0;
        while (i < end) {
            int cp = text.codePointAt(i);
            bytes += utf8Length(cp);
            i += Character.charCount(cp);
        }
        return bytes;
    }

    static int utf8Length(int cp) {
        return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    }

    /**
     * Records that the tokenizer went on to the 1-based {@code line} in the middle of a token
     * (a backslash continuation, a string spanning lines). CPython's tokenizer then keeps the
     * earlier lines in its buffer, and the text of a parser error on such a line shows them all.
     */
    void markContinued(int line) {
        if (line < 2 || line >= lineStart.length) return;
        if (continuedFrom == null) continuedFrom = new int[lineStart.length];
        continuedFrom[line] = firstOfBuffer(line - 1);
    }

    private int firstOfBuffer(int line) {
        if (continuedFrom == null || line < 1 || line >= continuedFrom.length || continuedFrom[line] == 0) return line;
        return continuedFrom[line];
    }

    /**
     * The text CPython gives a parser error on the 1-based line. For a file (bytes input) that
     * is the line, which CPython reads from the file. For a str CPython takes it from its
     * tokenizer's buffer: the line with the lines before it that the buffer still held (see
     * {@link #markContinued}), line ends translated to {@code \\n}.
     */
    String parserErrorText(int lineno) {
        int first = bytesInput ? lineno : firstOfBuffer(lineno);
        if (first == lineno) return errorText(lineno);
        StringBuilder sb = new StringBuilder();
        for (int l = first; l <= lineno; l++) {
            String t = errorText(l);
            if (t != null) sb.append(t);
        }
        return sb.toString();
    }

    /** Number of code points in the 1-based line without its line end. */
    public int lineLengthCodePoints(int lineno) {
        if (lineno < 1 || lineno >= lineStart.length) return 0;
        int from = lineStart[lineno - 1], to = lineStart[lineno];
        while (to > from && (text.charAt(to - 1) == '\n' || text.charAt(to - 1) == '\r')) to--;
        return text.codePointCount(from, to);
    }

    /** UTF-8 length of the first {@code cps} code points of the line (past its end: 1 byte each). */
    private int bytesOfPrefix(int lineno, int cps) {
        int i = lineStart(lineno);
        int end = lineno >= 1 && lineno < lineStart.length ? lineStart[lineno] : i;
        int bytes = 0;
        for (int n = 0; n < cps; n++) {
            if (i < end) {
                int cp = text.codePointAt(i);
                bytes += utf8Length(cp);
                i += Character.charCount(cp);
            } else {
                bytes++;
            }
        }
        return bytes;
    }

    /**
     * CPython's conversion of a 1-based byte offset into a 1-based character offset, made with
     * the text of the given line (also for an end on a later line): the number of characters
     * the line's first {@code offset} bytes decode to, where the line's terminating NUL counts
     * as one more.
     */
    private int charOffsetOfBytes(int lineno, int offset) {
        String line = errorText(lineno);
        if (line == null) return offset;
        int i = 0, bytes = 0, chars = 0;
        while (i < line.length() && bytes < offset) {
            int cp = line.codePointAt(i);
            bytes += utf8Length(cp);
            i += Character.charCount(cp);
            chars++;
        }
        if (bytes < offset) chars++;  // the NUL
        return chars;
    }

    /**
     * A syntax error found by the parser at 1-based line and 1-based code point offsets (an
     * offset of 0 or less is passed on as it is: CPython's "no column" values). The offsets are
     * turned into what CPython reports: byte offsets for bytes input; for str input the end is
     * converted with the start line's text, as CPython does.
     */
    public PySyntaxError parserError(PySyntaxError.Kind kind, String msg, int line, int offset, int endLine,
                                     int endOffset) {
        int o = offset, e = endOffset;
        if (offset > 0) o = bytesOfPrefix(line, offset - 1) + 1;
        if (endOffset > 0) e = bytesOfPrefix(endLine, endOffset - 1) + 1;
        if (!bytesInput) {
            if (offset > 0) o = offset;
            if (endOffset > 0) e = endLine == line ? endOffset : charOffsetOfBytes(line, e);
        }
        return new PySyntaxError(kind, msg, filename, line, o, endLine, e, parserErrorText(line));
    }

    /**
     * A syntax error found by the parser at the given 1-based line and 0-based code point
     * columns (end exclusive); a column of -1 means "none" and becomes offset 0. See
     * {@link #parserError}.
     */
    public PySyntaxError error(PySyntaxError.Kind kind, String msg, int line, int charCol,
                               int endLine, int endCharCol) {
        return parserError(kind, msg, line, charCol + 1, endLine, endCharCol + 1);
    }

    /** A {@code SyntaxError} spanning a token. */
    public PySyntaxError error(String msg, PyToken t) {
        return error(PySyntaxError.Kind.SyntaxError, msg, t.getLine(), t.charCol, t.endLine, t.endCharCol);
    }
}
