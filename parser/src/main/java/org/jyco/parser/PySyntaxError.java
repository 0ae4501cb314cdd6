package org.jyco.parser;

/**
 * A syntax error found while tokenizing or parsing, carrying everything CPython's
 * {@code SyntaxError} carries: the kind ({@code SyntaxError}, {@code IndentationError} or
 * {@code TabError}), the message, the file name, the 1-based line and the 1-based column
 * ({@code offset}, in code points like CPython's), the end of the offending range and the text of
 * the offending line. The runtime turns it into a Python exception of the same kind.
 *
 * <p>An attribute that CPython leaves {@code None} is {@link #NONE} here (the line, offsets)
 * or {@code null} (file name, text): CPython's source decoder, for one, reports errors with no
 * position at all.
 */
public final class PySyntaxError extends RuntimeException {
    /** The Python exception class the error becomes. */
    public enum Kind {
        SyntaxError, IndentationError, TabError;
    }

    /** The value of an int attribute that CPython sets to {@code None}. */
    public static final int NONE = Integer.MIN_VALUE;

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
    /** The file name, or {@code null}. */
    public String filename() { return filename; }
    /** 1-based line, or {@link #NONE}. */
    public int lineno() { return lineno; }
    /** 1-based column (in code points) of the first offending character; 0 or -1 when unknown, or {@link #NONE}. */
    public int offset() { return offset; }
    /** 1-based line where the offending range ends, or {@link #NONE}. */
    public int endLineno() { return endLineno; }
    /** 1-based column just past the offending range; 0 or -1 when unknown, or {@link #NONE}. */
    public int endOffset() { return endOffset; }
    /** The source line as CPython gives it (usually with its {@code \\n}), or {@code null}. */
    public String text() { return text; }

    /**
     * The error as CPython's {@code traceback.format_exception_only} prints it (without the
     * "Traceback" header, which a syntax error in the main file does not have) and without the
     * final line end:
     * <pre>
     *   File "x.py", line 1
     *     if x
     *         ^
     * SyntaxError: expected ':'
     * </pre>
     * The rules are CPython's: the line is shown without its line end and leading spaces and
     * form feeds (tabs are kept); the caret goes under {@code offset} unless that lies before
     * the shown text; it spans to {@code endOffset} when that is set, not -1 and not equal to
     * {@code offset}, else it is one character wide; a range that ends before it starts shows
     * no caret at all.
     */
    public String format() {
        StringBuilder sb = new StringBuilder();
        String suffix = "";
        if (lineno != NONE) {
            sb.append("  File \"").append(filename == null ? "<string>" : filename).append("\", line ")
                .append(lineno).append('\n');
        } else if (filename != null) {
            suffix = " (" + filename + ")";
        }
        if (text != null) {
            int end = text.length();
            while (end > 0 && text.charAt(end - 1) == '\n') end--;
            int lead = 0;
            while (lead < end && (text.charAt(lead) == ' ' || text.charAt(lead) == '\n' || text.charAt(lead) == '\f')) {
                lead++;
            }
            String shown = text.substring(lead, end);
            sb.append("    ").append(shown).append('\n');
            if (offset != NONE) {
                int stop = endOffset == NONE || endOffset == 0 ? offset : endOffset;
                if (stop == offset || stop == -1) stop = offset + 1;
                // columns count code points, as Python's do; 'lead' counted chars, all of them BMP
                int col = offset - 1 - lead;
                int endCol = stop - 1 - lead;
                if (col >= 0) {
                    sb.append("    ");
                    int i = 0;
                    for (int n = 0; n < col && i < shown.length(); n++) {
                        int cp = shown.codePointAt(i);
                        sb.append(isPythonSpace(cp) ? shown.substring(i, i + Character.charCount(cp)) : " ");
                        i += Character.charCount(cp);
                    }
                    if (endCol > col) sb.append("^".repeat(endCol - col));
                    sb.append('\n');
                }
            }
        }
        sb.append(kind.name()).append(": ").append(msg == null || msg.isEmpty() ? "<no detail available>" : msg)
            .append(suffix);
        return sb.toString();
    }

    /** Python's {@code str.isspace} for one code point. */
    static boolean isPythonSpace(int cp) {
        switch (cp) {
            case '\t': case '\n': case 0x0B: case '\f': case '\r': case 0x1C: case 0x1D: case 0x1E: case 0x1F: case ' ':
            case 0x85: case 0xA0: case 0x1680: case 0x2028: case 0x2029: case 0x202F: case 0x205F: case 0x3000:
                return true;
            default:
                return cp >= 0x2000 && cp <= 0x200A;
        }
    }

    @Override public String getMessage() {
        if (lineno == NONE) return kind + ": " + msg + (filename != null ? " (" + filename + ")" : "");
        return kind + ": " + msg + " (" + filename + ", line " + lineno + ")";
    }
}
