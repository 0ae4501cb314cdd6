package org.jyco.parser;

import java.util.Arrays;

/**
 * Python source text with its file name and line table: the one place that turns positions into
 * source lines and byte columns into character columns, and that makes {@link PySyntaxError}s.
 */
public final class Source {
    private final String filename;
    private final String text;
    /** lineStart[i] is the char index where line i+1 starts; one extra entry marks the end. */
    private final int[] lineStart;

    public Source(String filename, String text) {
        this.filename = filename;
        this.text = text;
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
     * A syntax error at the given 1-based line and 0-based character columns (end exclusive);
     * the line's text comes from this source.
     */
    public PySyntaxError error(PySyntaxError.Kind kind, String msg, int line, int charCol,
                               int endLine, int endCharCol) {
        return new PySyntaxError(kind, msg, filename, line, charCol + 1, endLine, endCharCol + 1, line(line));
    }

    /** A {@code SyntaxError} spanning a token. */
    public PySyntaxError error(String msg, PyToken t) {
        return error(PySyntaxError.Kind.SyntaxError, msg, t.getLine(), t.charCol, t.endLine, t.endCharCol);
    }
}
