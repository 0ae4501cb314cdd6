package org.jyco.parser;

/**
 * A syntax error found while tokenizing or parsing, carrying everything CPython's
 * {@code SyntaxError} carries: the kind ({@code SyntaxError}, {@code IndentationError} or
 * {@code TabError}), the message, the file name, the 1-based line and the 1-based column
 * ({@code offset}, in characters like CPython's), the end of the offending range and the text of
 * the offending line. The runtime turns it into a Python exception of the same kind.
 */
public final class PySyntaxError extends RuntimeException {
    /** The Python exception class the error becomes. */
    public enum Kind {
        SyntaxError, IndentationError, TabError;
    }

    private final Kind kind;
    private final String msg;
    private final String filename;
    private final int lineno;
    private final int offset;
    private final int endLineno;
    private final int endOffset;
    private final String text;

    public PySyntaxError(Kind kind, String msg, String filename, int lineno, int offset,
                         int endLineno, int endOffset, String text) {
        super(msg, null, false, false);
        this.kind = kind;
        this.msg = msg;
        this.filename = filename;
        this.lineno = lineno;
        this.offset = offset;
        this.endLineno = endLineno;
        this.endOffset = endOffset;
        this.text = text;
    }

    public Kind kind() { return kind; }
    public String msg() { return msg; }
    public String filename() { return filename; }
    public int lineno() { return lineno; }
    /** 1-based column of the first offending character, 0 when unknown. */
    public int offset() { return offset; }
    public int endLineno() { return endLineno; }
    /** 1-based column just past the offending range, 0 when unknown. */
    public int endOffset() { return endOffset; }
    /** The source line, with its line end, or {@code null}. */
    public String text() { return text; }

    /**
     * The error as CPython's traceback module prints it (without the "Traceback" header, which a
     * syntax error in the main file does not have):
     * <pre>
     *   File "x.py", line 1
     *     if x
     *         ^
     * SyntaxError: expected ':'
     * </pre>
     */
    public String format() {
        StringBuilder sb = new StringBuilder();
        sb.append("  File \"").append(filename).append("\", line ").append(lineno).append('\n');
        if (text != null) {
            String line = text;
            // CPython strips the line end and leading whitespace, shifting the caret with it
            int end = line.length();
            while (end > 0 && (line.charAt(end - 1) == '\n' || line.charAt(end - 1) == '\r')) end--;
            line = line.substring(0, end);
            int lead = 0;
            while (lead < line.length() && (line.charAt(lead) == ' ' || line.charAt(lead) == '\t'
                    || line.charAt(lead) == '\f')) lead++;
            String shown = line.substring(lead);
            sb.append("    ").append(shown).append('\n');
            if (offset >= 1) {
                int start = Math.max(offset - 1 - lead, 0);
                int stop = (endLineno == lineno && endOffset > offset) ? endOffset - 1 - lead : start + 1;
                stop = Math.min(Math.max(stop, start + 1), Math.max(shown.length() + 1, start + 1));
                sb.append("    ");
                for (int i = 0; i < start; i++) {
                    char c = i < shown.length() ? shown.charAt(i) : ' ';
                    sb.append(Character.isWhitespace(c) ? c : ' ');
                }
                sb.append("^".repeat(stop - start)).append('\n');
            }
        }
        sb.append(kind.name()).append(": ").append(msg);
        return sb.toString();
    }

    @Override public String getMessage() {
        return kind + ": " + msg + " (" + filename + ", line " + lineno + ")";
    }
}
