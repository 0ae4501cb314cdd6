package org.jyco.parser;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jyco.parser.ast.ConstantValue;
import org.jyco.parser.ast.Expr;

/**
 * Turns a run of adjacent STRING tokens (implicit concatenation) into one expression, exactly as
 * CPython 3.11's parser does: a {@link Expr.Constant} holding a {@link String} or a
 * {@link ConstantValue.Bytes} when no f-string is involved, otherwise a {@link Expr.JoinedStr}.
 *
 * <p>The rules followed are those of CPython 3.11 (before PEP 701): escapes are decoded like the
 * {@code unicode_escape} codec (unknown escapes are kept, with their backslash), an f-string's
 * replacement fields are found by scanning the token text (an expression part may not contain a
 * backslash or {@code '#'}), the literal parts of a JoinedStr are merged and empty ones dropped,
 * and the inner nodes of a JoinedStr carry the position of the whole run, except that a format
 * spec's JoinedStr and its last literal part carry the position of their own token.
 *
 * <p>Errors are {@link PySyntaxError}s with CPython's messages. Like CPython, most of them
 * point at the token that follows the run (pass it to
 * {@link #concat(List, PyToken, Source, FieldParser)}); "bytes can only contain ASCII literal
 * characters" points at the offending token.
 */
public final class StringLiterals {
    private StringLiterals() {}

    /** Parses the expression of an f-string replacement field. */
    public interface FieldParser {
        /**
         * Parses {@code exprSource}, the text between the braces up to a {@code '!'},
         * {@code ':'}, {@code '='} or {@code '}'} exactly as written (it may start with
         * whitespace or span lines; CPython parses it as {@code "(" + exprSource + ")"}).
         * {@code line} and {@code byteCol} are the 1-based line and the 0-based UTF-8 byte
         * column of the text's first character in the file: nodes on the text's first line are
         * shifted by {@code byteCol}; on later lines the text's columns are the file's columns.
         */
        Expr parse(String exprSource, int line, int byteCol);
    }

    /**
     * The expression for a run of adjacent STRING tokens. Errors that CPython reports at the
     * token after the run are reported just past the last token.
     */
    public static Expr concat(List<PyToken> tokens, Source source, FieldParser fields) {
        return concat(tokens, null, source, fields);
    }

    /**
     * The expression for a run of adjacent STRING tokens; {@code next} is the token that follows
     * the run (where CPython reports most errors), or {@code null}.
     */
    public static Expr concat(List<PyToken> tokens, PyToken next, Source source, FieldParser fields) {
        return new Builder(tokens, next, source, fields).build();
    }

    // ------------------------------------------------------------------------------------------

    /** The conversion codes of {@link Expr.FormattedValue}. */
    private static final int NO_CONVERSION = -1;
    /** CPython's MAXLEVEL: the deepest bracket nesting inside a replacement field. */
    private static final int MAX_NESTING = 200;

    /** Literal text being accumulated: the {@code last_str} of CPython's FstringParser. */
    private static final class Parts {
        String str;
        StringBuilder buf;
        /** Nodes of a JoinedStr; null until the first one. */
        List<Expr> values;
        boolean fmode;

        void append(String s) {
            if (s.isEmpty()) return;
            if (buf != null) {
                buf.append(s);
            } else if (str == null) {
                str = s;
            } else {
                buf = new StringBuilder(str.length() + s.length() + 16).append(str).append(s);
                str = null;
            }
        }

        boolean hasStr() {
            return str != null || buf != null;
        }

        String take() {
            String s = buf != null ? buf.toString() : str;
            str = null;
            buf = null;
            return s;
        }

        void add(Expr e) {
            if (values == null) values = new ArrayList<>(4);
            values.add(e);
        }

        List<Expr> valueList() {
            return values == null ? new ArrayList<>(0) : values;
        }
    }

    private static final class Builder {
        final List<PyToken> tokens;
        final PyToken first;
        final PyToken last;
        final PyToken next;
        final Source source;
        final FieldParser fields;
        final String kind;

        // the token being processed, for f-strings
        PyToken tok;
        String s;
        int pos;
        int end;
        boolean raw;
        // position tracking within s: line and byte column at index trackIdx
        int trackIdx;
        int trackLine;
        int trackByteCol;

        Builder(List<PyToken> tokens, PyToken next, Source source, FieldParser fields) {
            this.tokens = tokens;
            this.first = tokens.get(0);
            this.last = tokens.get(tokens.size() - 1);
            this.next = next;
            this.source = source;
            this.fields = fields;
            String ft = first.getText();
            this.kind = !ft.isEmpty() && ft.charAt(0) == 'u' ? "u" : null;
        }

        Expr build() {
            Parts parts = new Parts();
            boolean bytesMode = false;
            byte[] bytes = null;
            for (int i = 0, n = tokens.size(); i < n; i++) {
                PyToken t = tokens.get(i);
                String text = t.getText();
                if (text.indexOf('\r') >= 0) text = normalizeNewlines(text);
                // the prefix
                int p = 0;
                boolean isBytes = false, isRaw = false, isF = false;
                scan:
                for (;;) {
                    switch (text.charAt(p)) {
                        case 'b': case 'B': isBytes = true; break;
                        case 'r': case 'R': isRaw = true; break;
                        case 'f': case 'F': isF = true; break;
                        case 'u': case 'U': break;
                        default: break scan;
                    }
                    p++;
                }
                char quote = text.charAt(p);
                int qlen = text.length() - p >= 6 && text.charAt(p + 1) == quote && text.charAt(p + 2) == quote ? 3 : 1;
                int bodyStart = p + qlen;
                int bodyEnd = text.length() - qlen;

                Object value = null;
                if (!isF) {
                    if (isBytes) {
                        for (int k = bodyStart; k < bodyEnd; k++) {
                            if (text.charAt(k) >= 0x80) {
                                throw tokenError("bytes can only contain ASCII literal characters", t);
                            }
                        }
                        value = decodeBytes(text, bodyStart, bodyEnd, isRaw);
                    } else {
                        value = isRaw ? text.substring(bodyStart, bodyEnd) : decodeStr(text, bodyStart, bodyEnd);
                    }
                }
                if (i != 0 && bytesMode != isBytes) throw errorAfter("cannot mix bytes and nonbytes literals");
                bytesMode = isBytes;
                if (isF) {
                    tok = t;
                    s = text;
                    pos = bodyStart;
                    end = bodyEnd;
                    raw = isRaw;
                    trackIdx = 0;
                    trackLine = t.getLine();
                    trackByteCol = t.col();
                    concatFstring(parts, 0);
                } else if (isBytes) {
                    byte[] b = (byte[]) value;
                    if (bytes == null) {
                        bytes = b;
                    } else {
                        byte[] joined = Arrays.copyOf(bytes, bytes.length + b.length);
                        System.arraycopy(b, 0, joined, bytes.length, b.length);
                        bytes = joined;
                    }
                } else {
                    parts.append((String) value);
                }
            }
            if (bytesMode) {
                return new Expr.Constant(new ConstantValue.Bytes(bytes), null, first.getLine(), first.col(),
                        last.endLine, last.endCol);
            }
            if (!parts.fmode) {
                return new Expr.Constant(parts.hasStr() ? parts.take() : "", kind, first.getLine(), first.col(),
                        last.endLine, last.endCol);
            }
            if (parts.hasStr()) parts.add(strNode(parts.take(), first, last));
            return new Expr.JoinedStr(parts.valueList(), first.getLine(), first.col(), last.endLine, last.endCol);
        }

        Expr.Constant strNode(String value, PyToken from, PyToken to) {
            String k = from == first ? kind : kindOf(from);
            return new Expr.Constant(value, k, from.getLine(), from.col(), to.endLine, to.endCol);
        }

        /**
         * An error spanning a token. (For a token that spans lines, {@link Source#parserError}
         * converts the end column as CPython does, with the text of the first line.)
         */
        PySyntaxError tokenError(String msg, PyToken t) {
            int endCharCol = t.endCharCol;
            return source.error(PySyntaxError.Kind.SyntaxError, msg, t.getLine(), t.charCol, t.endLine, endCharCol);
        }

        PySyntaxError errorAfter(String msg) {
            if (next != null) {
                return source.error(PySyntaxError.Kind.SyntaxError, msg, next.getLine(), next.charCol, next.endLine,
                        next.endCharCol);
            }
            return source.error(PySyntaxError.Kind.SyntaxError, msg, last.endLine, last.endCharCol, last.endLine,
                    last.endCharCol);
        }

        // ----- f-strings ------------------------------------------------------------------------

        /**
         * Parses f-string text from {@code pos}: to the end of the body at level 0, or up to the
         * '}' that ends a format spec at level 1 and 2. Adds the pieces to {@code parts}.
         */
        void concatFstring(Parts parts, int level) {
            parts.fmode = true;
            final String s = this.s;
            final int end = this.end;
            for (;;) {
                // the literal part
                int litStart = pos;
                int litEnd = -1;
                while (pos < end) {
                    char ch = s.charAt(pos++);
                    if (!raw && ch == '\\' && pos < end) {
                        ch = s.charAt(pos++);
                        if (ch == 'N') {
                            // \N{...} is a name, not a replacement field
                            if (pos < end && s.charAt(pos++) == '{') {
                                while (pos < end && s.charAt(pos++) != '}') {
                                    // skip the name
                                }
                            }
                            continue;
                        }
                    }
                    if (ch == '{' || ch == '}') {
                        if (level == 0) {
                            if (pos < end && s.charAt(pos) == ch) {
                                // a doubled brace: the literal ends after the first one
                                litEnd = pos;
                                pos++;
                                break;
                            }
                            if (ch == '}') {
                                pos--;
                                throw errorAfter("f-string: single '}' is not allowed");
                            }
                        }
                        pos--;
                        break;
                    }
                }
                boolean doubled = litEnd >= 0;
                if (!doubled) litEnd = pos;
                if (litStart != litEnd) {
                    parts.append(raw ? s.substring(litStart, litEnd) : decodeStr(s, litStart, litEnd));
                }
                if (doubled) continue;
                if (pos >= end || s.charAt(pos) == '}') break;
                // a replacement field at '{'
                parseField(parts, level);
            }
            if (level != 0 && (pos >= end || s.charAt(pos) != '}')) throw errorAfter("f-string: expecting '}'");
        }

        /** Parses the replacement field starting at the '{' at {@code pos}. */
        void parseField(Parts parts, int level) {
            if (level >= 2) throw errorAfter("f-string: expressions nested too deeply");
            final String s = this.s;
            final int end = this.end;
            pos++;
            final int exprStart = pos;
            char quote = 0;
            boolean triple = false;
            int depth = 0;
            char[] stack = null;
            for (; pos < end; pos++) {
                char ch = s.charAt(pos);
                if (ch == '\\') throw errorAfter("f-string expression part cannot include a backslash");
                if (quote != 0) {
                    if (ch == quote) {
                        if (!triple) {
                            quote = 0;
                        } else if (pos + 2 < end && s.charAt(pos + 1) == ch && s.charAt(pos + 2) == ch) {
                            pos += 2;
                            quote = 0;
                            triple = false;
                        }
                    }
                    continue;
                }
                switch (ch) {
                    case '\'': case '"':
                        if (pos + 2 < end && s.charAt(pos + 1) == ch && s.charAt(pos + 2) == ch) {
                            triple = true;
                            pos += 2;
                        } else {
                            triple = false;
                        }
                        quote = ch;
                        continue;
                    case '[': case '{': case '(':
                        if (depth >= MAX_NESTING) throw errorAfter("f-string: too many nested parenthesis");
                        if (stack == null) {
                            stack = new char[8];
                        } else if (depth == stack.length) {
                            stack = Arrays.copyOf(stack, depth * 2);
                        }
                        stack[depth++] = ch;
                        continue;
                    case '#':
                        throw errorAfter("f-string expression part cannot include '#'");
                    case ']': case '}': case ')':
                        if (depth == 0) {
                            if (ch == '}') break; // the end of the expression
                            throw errorAfter("f-string: unmatched '" + ch + "'");
                        }
                        char opening = stack[--depth];
                        if (!(opening == '(' && ch == ')' || opening == '[' && ch == ']' || opening == '{' && ch == '}')) {
                            throw errorAfter("f-string: closing parenthesis '" + ch
                                    + "' does not match opening parenthesis '" + opening + "'");
                        }
                        continue;
                    case '!': case ':': case '=': case '<': case '>':
                        if (depth != 0) continue;
                        if (ch != ':' && pos + 1 < end && s.charAt(pos + 1) == '=') {
                            pos++; // != == <= >=
                            continue;
                        }
                        if (ch == '<' || ch == '>') continue;
                        break;
                    default:
                        continue;
                }
                break;
            }
            final int exprEnd = pos;
            if (quote != 0) throw errorAfter("f-string: unterminated string");
            if (depth != 0) throw errorAfter("f-string: unmatched '" + stack[depth - 1] + "'");
            if (pos >= end) throw errorAfter("f-string: expecting '}'");

            // the expression, parsed before the conversion and format spec are looked at
            int k = exprStart;
            while (k < exprEnd) {
                char c = s.charAt(k);
                if (c != ' ' && c != '\t' && c != '\n' && c != '\f') break;
                k++;
            }
            if (k == exprEnd) {
                char c = s.charAt(exprEnd);
                if (c == '!' || c == ':' || c == '=') {
                    throw errorAfter("f-string: expression required before '" + c + "'");
                }
                throw errorAfter("f-string: empty expression not allowed");
            }
            trackTo(exprStart);
            int fieldCol = trackByteCol;
            if (newlineAfterBrace(exprStart)) {
                // CPython then places the field's "(" at the start of the line, or where the token
                // starts when that is on the same line
                fieldCol = (trackLine == tok.getLine() ? tok.col() : 0) + 1;
            }
            Expr value = fields.parse(s.substring(exprStart, exprEnd), trackLine, fieldCol);

            String exprText = null;
            if (s.charAt(pos) == '=') {
                pos++;
                while (pos < end && isAsciiSpace(s.charAt(pos))) pos++;
                if (pos >= end) throw errorAfter("f-string: expecting '}'");
                exprText = s.substring(exprStart, pos);
            }
            int conversion = NO_CONVERSION;
            if (s.charAt(pos) == '!') {
                pos++;
                if (pos >= end) throw errorAfter("f-string: expecting '}'");
                conversion = s.charAt(pos++);
                if (conversion != 's' && conversion != 'r' && conversion != 'a') {
                    throw errorAfter("f-string: invalid conversion character: expected 's', 'r', or 'a'");
                }
            }
            Expr formatSpec = null;
            if (pos < end && s.charAt(pos) == ':') {
                pos++;
                if (pos >= end) throw errorAfter("f-string: expecting '}'");
                Parts spec = new Parts();
                concatFstring(spec, level + 1);
                if (spec.hasStr()) spec.add(strNode(spec.take(), tok, tok));
                formatSpec = new Expr.JoinedStr(spec.valueList(), tok.getLine(), tok.col(), tok.endLine, tok.endCol);
            }
            if (pos >= end || s.charAt(pos) != '}') throw errorAfter("f-string: expecting '}'");
            pos++;
            if (exprText != null && formatSpec == null && conversion == NO_CONVERSION) conversion = 'r';

            if (exprText != null) parts.append(exprText);
            if (parts.hasStr()) parts.add(strNode(parts.take(), first, last));
            parts.add(new Expr.FormattedValue(value, conversion, formatSpec, first.getLine(), first.col(),
                    last.endLine, last.endCol));
        }

        /** Whether only spaces, tabs and form feeds stand between the field's '{' and a line end. */
        boolean newlineAfterBrace(int exprStart) {
            for (int i = exprStart; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '\n') return true;
                if (c != ' ' && c != '\t' && c != '\f') return false;
            }
            return false;
        }

        /** Advances the line/byte-column tracker to index {@code idx} of the token text. */
        void trackTo(int idx) {
            final String s = this.s;
            int line = trackLine, col = trackByteCol;
            for (int i = trackIdx; i < idx; i++) {
                char c = s.charAt(i);
                if (c == '\n') {
                    line++;
                    col = 0;
                } else if (c < 0x80) {
                    col++;
                } else if (c < 0x800 || Character.isSurrogate(c)) {
                    col += 2; // a surrogate pair is 4 bytes
                } else {
                    col += 3;
                }
            }
            trackIdx = idx;
            trackLine = line;
            trackByteCol = col;
        }

        // ----- escapes --------------------------------------------------------------------------

        /** Decodes {@code s[from, to)} as a non-raw str literal body. */
        String decodeStr(String s, int from, int to) {
            int bs = indexOfBackslash(s, from, to);
            if (bs < 0) return s.substring(from, to);
            StringBuilder sb = new StringBuilder(to - from);
            int i = from;
            for (;;) {
                sb.append(s, i, bs);
                i = bs + 1;
                if (i >= to) {
                    sb.append('\\'); // only in an f-string literal part: f"\{x}"
                    break;
                }
                char c = s.charAt(i);
                if (c >= 0x80) {
                    sb.append('\\'); // a backslash before a non-ASCII character stays
                } else {
                    i++;
                    switch (c) {
                        case '\n': break;
                        case '\\': sb.append('\\'); break;
                        case '\'': sb.append('\''); break;
                        case '"': sb.append('"'); break;
                        case 'b': sb.append('\b'); break;
                        case 'f': sb.append('\f'); break;
                        case 't': sb.append('\t'); break;
                        case 'n': sb.append('\n'); break;
                        case 'r': sb.append('\r'); break;
                        case 'v': sb.append('\u000b'); break;
                        case 'a': sb.append('\u0007'); break;
                        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
                            int v = c - '0';
                            if (i < to && isOctal(s.charAt(i))) {
                                v = v * 8 + (s.charAt(i++) - '0');
                                if (i < to && isOctal(s.charAt(i))) v = v * 8 + (s.charAt(i++) - '0');
                            }
                            sb.append((char) v);
                            break;
                        }
                        case 'x': i = hexEscape(sb, s, from, to, bs, i, 2, "truncated \\xXX escape"); break;
                        case 'u': i = hexEscape(sb, s, from, to, bs, i, 4, "truncated \\uXXXX escape"); break;
                        case 'U': i = hexEscape(sb, s, from, to, bs, i, 8, "truncated \\UXXXXXXXX escape"); break;
                        case 'N': {
                            String malformed = "malformed \\N character escape";
                            if (i >= to || s.charAt(i) != '{') throw unicodeError(s, from, to, bs, i, malformed);
                            int nameStart = ++i;
                            while (i < to && s.charAt(i) != '}') i++;
                            if (i >= to || i == nameStart) throw unicodeError(s, from, to, bs, i, malformed);
                            int cp = UnicodeNames.lookup(s.substring(nameStart, i));
                            i++;
                            if (cp < 0) throw unicodeError(s, from, to, bs, i, "unknown Unicode character name");
                            sb.appendCodePoint(cp);
                            break;
                        }
                        default:
                            sb.append('\\').append(c); // an invalid escape: a warning in CPython 3.11
                            break;
                    }
                }
                bs = indexOfBackslash(s, i, to);
                if (bs < 0) {
                    sb.append(s, i, to);
                    break;
                }
            }
            return sb.toString();
        }

        /** Decodes the hex digits of an x, u or U escape at {@code i}; returns the index after. */
        private int hexEscape(StringBuilder sb, String s, int from, int to, int bs, int i, int count, String message) {
            int v = 0;
            for (int n = 0; n < count; n++, i++) {
                int d = i < to ? hexDigit(s.charAt(i)) : -1;
                if (d < 0) throw unicodeError(s, from, to, bs, i, message);
                v = (v << 4) | d;
            }
            if (v < 0 || v > Character.MAX_CODE_POINT) throw unicodeError(s, from, to, bs, i, "illegal Unicode character");
            sb.appendCodePoint(v);
            return i;
        }

        /**
         * The error of CPython's unicode_escape decoder for the escape {@code s[start, stop)} of
         * the piece {@code s[from, to)}. CPython reports positions in a copy of the piece where
         * every non-ASCII character became a 10-character U escape and a backslash before one (or
         * at the end) became the 6-character u escape of a backslash, so they are computed the same way.
         */
        private PySyntaxError unicodeError(String s, int from, int to, int start, int stop, String reason) {
            int startPos = escapedPosition(s, from, to, start);
            int endPos = escapedPosition(s, from, to, stop);
            String msg = endPos - startPos > 1
                    ? "'unicodeescape' codec can't decode bytes in position " + startPos + "-" + (endPos - 1) + ": " + reason
                    : "'unicodeescape' codec can't decode byte 0x5c in position " + startPos + ": " + reason;
            return errorAfter("(unicode error) " + msg);
        }

        /** Decodes {@code s[from, to)} (ASCII only) as a bytes literal body. */
        byte[] decodeBytes(String s, int from, int to, boolean isRaw) {
            byte[] out = new byte[to - from];
            int n = 0;
            if (isRaw || indexOfBackslash(s, from, to) < 0) {
                for (int i = from; i < to; i++) out[n++] = (byte) s.charAt(i);
                return out;
            }
            int i = from;
            while (i < to) {
                char c = s.charAt(i++);
                if (c != '\\') {
                    out[n++] = (byte) c;
                    continue;
                }
                if (i >= to) throw errorAfter("(value error) Trailing \\ in string");
                c = s.charAt(i++);
                switch (c) {
                    case '\n': break;
                    case '\\': out[n++] = '\\'; break;
                    case '\'': out[n++] = '\''; break;
                    case '"': out[n++] = '"'; break;
                    case 'b': out[n++] = '\b'; break;
                    case 'f': out[n++] = '\f'; break;
                    case 't': out[n++] = '\t'; break;
                    case 'n': out[n++] = '\n'; break;
                    case 'r': out[n++] = '\r'; break;
                    case 'v': out[n++] = 0x0b; break;
                    case 'a': out[n++] = 0x07; break;
                    case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
                        int v = c - '0';
                        if (i < to && isOctal(s.charAt(i))) {
                            v = v * 8 + (s.charAt(i++) - '0');
                            if (i < to && isOctal(s.charAt(i))) v = v * 8 + (s.charAt(i++) - '0');
                        }
                        out[n++] = (byte) v;
                        break;
                    }
                    case 'x': {
                        int d1 = i + 1 < to ? hexDigit(s.charAt(i)) : -1;
                        int d2 = i + 1 < to ? hexDigit(s.charAt(i + 1)) : -1;
                        if (d1 < 0 || d2 < 0) {
                            throw errorAfter("(value error) invalid \\x escape at position " + (i - 2 - from));
                        }
                        out[n++] = (byte) (d1 << 4 | d2);
                        i += 2;
                        break;
                    }
                    default:
                        out[n++] = '\\';
                        out[n++] = (byte) c;
                        break;
                }
            }
            return n == out.length ? out : Arrays.copyOf(out, n);
        }
    }

    // ----- helpers ----------------------------------------------------------------------------

    private static String kindOf(PyToken t) {
        String text = t.getText();
        return !text.isEmpty() && text.charAt(0) == 'u' ? "u" : null;
    }

    /** CPython translates \r\n and lone \r into \n before tokenizing. */
    private static String normalizeNewlines(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                sb.append('\n');
                if (i + 1 < n && text.charAt(i + 1) == '\n') i++;
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static int indexOfBackslash(String s, int from, int to) {
        int i = s.indexOf('\\', from);
        return i >= 0 && i < to ? i : -1;
    }

    private static boolean isOctal(char c) {
        return c >= '0' && c <= '7';
    }

    private static int hexDigit(char c) {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    }

    /** Python's {@code Py_ISSPACE} on ASCII. */
    private static boolean isAsciiSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }

    /** See {@link Builder#unicodeError}: the position of {@code s[idx]} in CPython's escaped copy. */
    private static int escapedPosition(String s, int from, int to, int idx) {
        int p = 0;
        int k = from;
        while (k < idx) {
            if (s.charAt(k) == '\\') {
                p++;
                k++;
                if (k >= to || s.charAt(k) >= 0x80) {
                    p += 5;
                    if (k >= to) break;
                }
                if (k >= idx) break;
            }
            char c = s.charAt(k);
            if (c >= 0x80) {
                k += Character.isHighSurrogate(c) && k + 1 < to && Character.isLowSurrogate(s.charAt(k + 1)) ? 2 : 1;
                p += 10;
            } else {
                p++;
                k++;
            }
        }
        return p;
    }

    /**
     * Python's {@code \N{...}} lookup: character names (case-insensitive), name aliases and the
     * algorithmic names of Hangul syllables and CJK unified ideographs, as of Unicode 14 (CPython
     * 3.11); named sequences are not accepted. Java's own table covers most names; the aliases
     * and Unicode 14 additions it lacks come from a resource.
     */
    static final class UnicodeNames {
        private UnicodeNames() {}

        private static final String CJK_PREFIX = "CJK UNIFIED IDEOGRAPH-";
        private static final String HANGUL_PREFIX = "HANGUL SYLLABLE ";
        private static final int[] CJK_RANGES = {
            0x3400, 0x4DBF, 0x4E00, 0x9FFF, 0x20000, 0x2A6DF, 0x2A700, 0x2B738, 0x2B740, 0x2B81D,
            0x2B820, 0x2CEA1, 0x2CEB0, 0x2EBE0, 0x30000, 0x3134A,
        };
        private static final String[] JAMO_L = {
            "G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H",
        };
        private static final String[] JAMO_V = {
            "A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI",
            "YU", "EU", "YI", "I",
        };
        private static final String[] JAMO_T = {
            "", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B",
            "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H",
        };

        private static volatile Map<String, Integer> extra;

        /** The code point named {@code name}, or -1. */
        static int lookup(String name) {
            int n = name.length();
            if (n == 0) return -1;
            for (int i = 0; i < n; i++) {
                if (name.charAt(i) >= 0x80) return -1;
            }
            if (name.startsWith(CJK_PREFIX)) return cjk(name);
            if (name.startsWith(HANGUL_PREFIX)) return hangul(name);
            // Java trims, and knows some Unicode 1.0 names such as "LINE FEED (LF)"
            if (name.charAt(0) > ' ' && name.charAt(n - 1) > ' ' && name.indexOf('(') < 0) {
                int cp;
                try {
                    cp = Character.codePointOf(name);
                } catch (IllegalArgumentException e) {
                    cp = -1;
                }
                if (cp >= 0 && !isBlockForm(name, cp)) return cp;
            }
            Integer cp = extraNames().get(upperAscii(name));
            return cp == null ? -1 : cp;
        }

        /** Java also accepts "block name + space + hex code point", which Python does not. */
        private static boolean isBlockForm(String name, int cp) {
            int sp = name.lastIndexOf(' ');
            if (sp < 0 || sp == name.length() - 1) return false;
            int v = 0;
            for (int i = sp + 1; i < name.length(); i++) {
                int d = hexDigit(name.charAt(i));
                if (d < 0 || v > 0x10FFFF) return false;
                v = v * 16 + d;
            }
            return v == cp;
        }

        private static int cjk(String name) {
            int n = name.length() - CJK_PREFIX.length();
            if (n != 4 && n != 5) return -1;
            int v = 0;
            for (int i = CJK_PREFIX.length(); i < name.length(); i++) {
                char c = name.charAt(i);
                int d = c >= '0' && c <= '9' ? c - '0' : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
                if (d < 0) return -1;
                v = v * 16 + d;
            }
            for (int i = 0; i < CJK_RANGES.length; i += 2) {
                if (v >= CJK_RANGES[i] && v <= CJK_RANGES[i + 1]) return v;
            }
            return -1;
        }

        private static int hangul(String name) {
            int p = HANGUL_PREFIX.length();
            int l = longestJamo(name, p, JAMO_L);
            if (l < 0) return -1;
            p += JAMO_L[l].length();
            int v = longestJamo(name, p, JAMO_V);
            if (v < 0) return -1;
            p += JAMO_V[v].length();
            int t = longestJamo(name, p, JAMO_T);
            if (t < 0) return -1;
            p += JAMO_T[t].length();
            if (p != name.length()) return -1;
            return 0xAC00 + (l * JAMO_V.length + v) * JAMO_T.length + t;
        }

        private static int longestJamo(String name, int at, String[] table) {
            int best = -1;
            for (int i = 0; i < table.length; i++) {
                String j = table[i];
                if ((best < 0 || j.length() > table[best].length()) && name.startsWith(j, at)) best = i;
            }
            return best;
        }

        private static String upperAscii(String s) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c >= 'a' && c <= 'z') {
                    char[] cs = s.toCharArray();
                    for (int k = i; k < cs.length; k++) {
                        if (cs[k] >= 'a' && cs[k] <= 'z') cs[k] -= 32;
                    }
                    return new String(cs);
                }
            }
            return s;
        }

        private static Map<String, Integer> extraNames() {
            Map<String, Integer> m = extra;
            if (m == null) {
                synchronized (UnicodeNames.class) {
                    m = extra;
                    if (m == null) extra = m = loadExtra();
                }
            }
            return m;
        }

        /** Lines "HEX;NAME": the names Python accepts that Java 17's table lacks. */
        private static Map<String, Integer> loadExtra() {
            Map<String, Integer> m = new HashMap<>(2048);
            try (InputStream in = StringLiterals.class.getResourceAsStream("unicode-names-extra.txt")) {
                if (in == null) return m;
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
                for (String line; (line = r.readLine()) != null; ) {
                    int semi = line.indexOf(';');
                    if (semi <= 0 || line.startsWith("#")) continue;
                    m.put(line.substring(semi + 1), Integer.parseInt(line.substring(0, semi), 16));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return m;
        }
    }
}
