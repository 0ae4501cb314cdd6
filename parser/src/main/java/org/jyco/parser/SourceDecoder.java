package org.jyco.parser;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the bytes of a source file into text as CPython does when it runs a file
 * ({@code python3 file.py}): a UTF-8 byte order mark, else a PEP 263 coding cookie in one of
 * the first two lines, else UTF-8. The errors are those of CPython's file reader, which carry
 * no position:
 * <ul>
 * <li>no cookie and a byte sequence that is not UTF-8: "Non-UTF-8 code starting with '\xe9' in
 *     file x.py on line 3, but no encoding declared; see https://peps.python.org/pep-0263/ for
 *     details";
 * <li>a cookie naming an unknown codec, or one the bytes do not decode with: "encoding problem:
 *     NAME"; a cookie other than UTF-8 after a byte order mark: "encoding problem: NAME with
 *     BOM".
 * </ul>
 * A UTF-8 cookie or a byte order mark makes CPython pass the bytes on undecoded: bad bytes in
 * comments are then harmless, and elsewhere they are an "(unicode error) 'utf-8' codec can't
 * decode byte" error at the byte. Jyco reports that one at the same line and column, but only
 * approximates CPython's position details for bad bytes inside string literals.
 */
final class SourceDecoder {
    private SourceDecoder() {}

    private static final Pattern CODING = Pattern.compile("^[ \\t\\f]*#.*?coding[:=][ \\t]*([-\\w.]+)");

    static String decode(byte[] source, String filename) {
        int start = 0;
        boolean bom = source.length >= 3 && (source[0] & 0xff) == 0xEF && (source[1] & 0xff) == 0xBB
            && (source[2] & 0xff) == 0xBF;
        if (bom) start = 3;
        String cookie = findCookie(source, start);
        if (cookie != null) {
            String norm = normalName(cookie);
            if (bom && !norm.equals("utf-8")) throw fileError("encoding problem: " + norm + " with BOM");
            if (!norm.equals("utf-8")) {
                Charset cs = charsetFor(norm);
                if (cs == null) throw fileError("encoding problem: " + norm);
                try {
                    return strict(cs).decode(ByteBuffer.wrap(source, start, source.length - start)).toString();
                } catch (CharacterCodingException e) {
                    throw fileError("encoding problem: " + norm);
                }
            }
        }
        if (isAscii(source, start)) return new String(source, start, source.length - start, StandardCharsets.ISO_8859_1);
        ByteBuffer in = ByteBuffer.wrap(source, start, source.length - start);
        CharBuffer out = CharBuffer.allocate(source.length - start + 1);
        CharsetDecoder utf8 = strict(StandardCharsets.UTF_8);
        CoderResult r = utf8.decode(in, out, true);
        if (!r.isError()) {
            utf8.flush(out);
            out.flip();
            return out.toString();
        }
        int bad = in.position();
        int line = lineOf(source, start, bad);
        if (cookie == null && !bom) {
            throw fileError(String.format("Non-UTF-8 code starting with '\\x%02x' in file %s on line %d, but no encoding"
                + " declared; see https://peps.python.org/pep-0263/ for details", source[bad] & 0xff, filename, line));
        }
        return undecodedUtf8(source, start, filename, bom);
    }

    /**
     * The UTF-8 cookie or BOM case: CPython reads the bytes as they are, so an undecodable byte
     * only matters outside comments.
     */
    private static String undecodedUtf8(byte[] source, int start, String filename, boolean bom) {
        int pos = start;
        while (true) {
            ByteBuffer in = ByteBuffer.wrap(source, pos, source.length - pos);
            CharBuffer out = CharBuffer.allocate(source.length - pos + 1);
            CoderResult r = strict(StandardCharsets.UTF_8).decode(in, out, true);
            if (!r.isError()) break;
            int bad = in.position();
            int ls = bad;
            while (ls > start && source[ls - 1] != '\n' && source[ls - 1] != '\r') ls--;
            if (!inComment(source, ls, bad)) {
                int line = lineOf(source, start, bad);
                // the line as CPython shows it: undecodable bytes replaced, the BOM kept on line 1
                int le = bad;
                while (le < source.length && source[le] != '\n' && source[le] != '\r') le++;
                int from = line == 1 ? 0 : ls;
                String text = new String(source, from, le - from, StandardCharsets.UTF_8) + "\n";
                String before = new String(source, from, bad - from, StandardCharsets.UTF_8);
                int col = before.codePointCount(0, before.length()) + 1;
                String msg = String.format("(unicode error) 'utf-8' codec can't decode byte 0x%02x in position 0: %s",
                    source[bad] & 0xff, "unexpected end of data");
                throw new PySyntaxError(PySyntaxError.Kind.SyntaxError, msg, filename, line, col, line, -1, text);
            }
            // skip the rest of the comment
            int le = bad;
            while (le < source.length && source[le] != '\n' && source[le] != '\r') le++;
            pos = le;
        }
        // bad bytes only in comments: decode, replacing them (comments are dropped anyway)
        CharsetDecoder lenient = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
        try {
            return lenient.decode(ByteBuffer.wrap(source, start, source.length - start)).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether a '#' outside string quotes starts a comment before {@code at} on the line from {@code ls}. */
    private static boolean inComment(byte[] b, int ls, int at) {
        byte quote = 0;
        for (int i = ls; i < at; i++) {
            byte c = b[i];
            if (quote != 0) {
                if (c == '\\') i++;
                else if (c == quote) quote = 0;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '#') {
                return true;
            }
        }
        return false;
    }

    private static CharsetDecoder strict(Charset cs) {
        return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static boolean isAscii(byte[] b, int from) {
        for (int i = from; i < b.length; i++) if (b[i] < 0) return false;
        return true;
    }

    /** The 1-based line of byte {@code pos}; \r\n, \r and \n end lines. */
    private static int lineOf(byte[] b, int from, int pos) {
        int line = 1;
        for (int i = from; i < pos && i < b.length; i++) {
            if (b[i] == '\n') line++;
            else if (b[i] == '\r' && (i + 1 >= b.length || b[i + 1] != '\n')) line++;
        }
        return line;
    }

    private static PySyntaxError fileError(String msg) {
        return new PySyntaxError(PySyntaxError.Kind.SyntaxError, msg, null, PySyntaxError.NONE, PySyntaxError.NONE,
            PySyntaxError.NONE, PySyntaxError.NONE, null);
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

    /**
     * CPython's normal form of a cookie: "utf-8" and "iso-8859-1" for their usual spellings
     * (case and '_' ignored, any "-suffix" allowed), else the cookie as written.
     */
    static String normalName(String cookie) {
        String s = cookie.length() > 12 ? cookie.substring(0, 12) : cookie;
        s = s.toLowerCase(Locale.ROOT).replace('_', '-');
        if (s.equals("utf-8") || s.startsWith("utf-8-")) return "utf-8";
        for (String latin : new String[] {"latin-1", "iso-8859-1", "iso-latin-1"}) {
            if (s.equals(latin) || s.startsWith(latin + "-")) return "iso-8859-1";
        }
        return cookie;
    }

    /** The Java charset for a Python codec name, or null when unknown or not ASCII-compatible. */
    private static Charset charsetFor(String name) {
        String n = name.toLowerCase(Locale.ROOT).replace(' ', '_');
        if (n.equals("iso-8859-1")) return StandardCharsets.ISO_8859_1;
        String compact = n.replace("-", "").replace("_", "");
        if (compact.startsWith("utf16") || compact.startsWith("utf32") || compact.startsWith("ucs")) return null;
        if (compact.equals("utf8") || compact.equals("u8") || compact.equals("utf")) return StandardCharsets.UTF_8;
        if (compact.equals("latin") || compact.equals("latin1") || compact.equals("l1")) return StandardCharsets.ISO_8859_1;
        for (String cand : new String[] {n, n.replace('_', '-'), n.replace('-', '_'), compact}) {
            try {
                if (Charset.isSupported(cand)) return Charset.forName(cand);
            } catch (RuntimeException e) {
                // illegal charset name: try the next spelling
            }
        }
        return null;
    }
}
