package org.jyco.runtime.types;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.jyco.runtime.Abstract;
import org.jyco.runtime.PyException;
import org.jyco.runtime.PyExc;

/**
 * Text encodings for {@code str.encode} and {@code bytes.decode}: UTF-8, ASCII and Latin-1 done
 * here with CPython's error positions, reasons and handlers (strict, ignore, replace,
 * backslashreplace, xmlcharrefreplace, surrogateescape); other encodings through Java charsets.
 */
final class Codecs {
    private Codecs() {}

    /** CPython's normalised codec name for an encoding argument ("UTF8" gives "utf-8"). */
    static String normalize(String encoding) {
        String e = encoding.toLowerCase().replace('_', '-').replace(' ', '-');
        switch (e) {
            case "utf-8": case "utf8": case "u8": case "utf": case "cp65001": return "utf-8";
            case "utf-8-sig": case "utf8-sig": return "utf-8-sig";
            case "ascii": case "us-ascii": case "646": return "ascii";
            case "latin-1": case "latin1": case "iso-8859-1": case "iso8859-1": case "l1": case "latin": case "8859":
            case "cp819": case "iso-ir-100":
                return "latin-1";
            case "utf-16": case "utf16": return "utf-16";
            case "utf-16-le": case "utf-16le": return "utf-16-le";
            case "utf-16-be": case "utf-16be": return "utf-16-be";
            case "utf-32": case "utf32": return "utf-32";
            case "utf-32-le": case "utf-32le": return "utf-32-le";
            case "utf-32-be": case "utf-32be": return "utf-32-be";
            default: return e;
        }
    }

    static Charset charset(String name, String original) {
        switch (name) {
            case "utf-8": return StandardCharsets.UTF_8;
            case "ascii": return StandardCharsets.US_ASCII;
            case "latin-1": return StandardCharsets.ISO_8859_1;
            case "utf-16": return StandardCharsets.UTF_16;
            case "utf-16-le": return StandardCharsets.UTF_16LE;
            case "utf-16-be": return StandardCharsets.UTF_16BE;
            case "utf-8-sig": return StandardCharsets.UTF_8;
            case "utf-32": case "utf-32-le": return Charset.forName("UTF-32LE");
            case "utf-32-be": return Charset.forName("UTF-32BE");
            default:
                try {
                    return Charset.forName(name);
                } catch (RuntimeException x) {
                    throw PyExc.of(PyExc.LookupError, "unknown encoding: " + original);
                }
        }
    }

    private static void checkErrors(String errors) {
        switch (errors) {
            case "strict": case "ignore": case "replace": case "backslashreplace": case "xmlcharrefreplace":
            case "surrogateescape": case "surrogatepass": case "namereplace":
                return;
            default:
                throw PyExc.of(PyExc.LookupError, "unknown error handler name '" + errors + "'");
        }
    }

    // ------------------------------------------------------------------ encoding

    /** How a codec writes code points. */
    private enum Kind { ASCII, LATIN1, UTF8, UTF16LE, UTF16BE, UTF32LE, UTF32BE, JAVA }

    private static Kind kind(String name) {
        switch (name) {
            case "ascii": return Kind.ASCII;
            case "latin-1": return Kind.LATIN1;
            case "utf-8": case "utf-8-sig": return Kind.UTF8;
            case "utf-16": case "utf-16-le": return Kind.UTF16LE;
            case "utf-16-be": return Kind.UTF16BE;
            case "utf-32": case "utf-32-le": return Kind.UTF32LE;
            case "utf-32-be": return Kind.UTF32BE;
            default: return Kind.JAVA;
        }
    }

    /** A Java charset of one byte per character: CPython's charmap codecs (cp1252, koi8-r...). */
    private static boolean singleByte(Charset cs) {
        try {
            return cs.newEncoder().maxBytesPerChar() <= 1.0f;
        } catch (UnsupportedOperationException e) {
            return false;
        }
    }

    static byte[] encode(String s, String encoding, String errors) {
        String name = normalize(encoding);
        Kind kind = kind(name);
        Charset cs = kind == Kind.JAVA ? charset(name, encoding) : null;
        if (cs != null && !cs.canEncode()) throw PyExc.of(PyExc.LookupError, "unknown encoding: " + encoding);
        boolean clean = true;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isSurrogate(s.charAt(i))) {
                clean = false;
                break;
            }
        }
        if (clean && kind == Kind.UTF8 && name.equals("utf-8")) return s.getBytes(StandardCharsets.UTF_8);
        CharsetEncoder enc = cs == null ? null : cs.newEncoder();
        boolean charmap = cs != null && singleByte(cs);
        String errName = kind == Kind.UTF8 ? "utf-8" : charmap ? "charmap" : name;
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length() + 8);
        switch (name) {
            case "utf-8-sig": out.write(0xef); out.write(0xbb); out.write(0xbf); break;
            case "utf-16": out.write(0xff); out.write(0xfe); break;
            case "utf-32": out.write(0xff); out.write(0xfe); out.write(0); out.write(0); break;
            default: break;
        }
        int[] cps = s.codePoints().toArray();
        int i = 0;
        while (i < cps.length) {
            int cp = cps[i];
            if (encodable(cp, kind, enc)) {
                put(out, cp, kind, cs);
                i++;
                continue;
            }
            int j = i + 1;
            while (j < cps.length && !encodable(cps[j], kind, enc)) j++;
            String reason = kind == Kind.ASCII ? "ordinal not in range(128)" : kind == Kind.LATIN1 ? "ordinal not in range(256)"
                : kind != Kind.JAVA ? "surrogates not allowed" : charmap ? "character maps to <undefined>"
                : "illegal multibyte sequence";
            switch (errors) {
                case "strict":
                    throw encodeError(errName, s, i, j, reason);
                case "ignore":
                    break;
                case "replace":
                    for (int k = i; k < j; k++) put(out, '?', kind, cs);
                    break;
                case "backslashreplace":
                case "namereplace":
                    for (int k = i; k < j; k++) {
                        int c = cps[k];
                        String name2 = errors.equals("namereplace") && (c < 0xd800 || c > 0xdfff) ? unicodeName(c) : null;
                        String esc = name2 != null ? "\\N{" + name2 + "}"
                            : c < 0x100 ? String.format("\\x%02x", c) : c < 0x10000 ? String.format("\\u%04x", c)
                            : String.format("\\U%08x", c);
                        for (int q = 0; q < esc.length(); q++) put(out, esc.charAt(q), kind, cs);
                    }
                    break;
                case "xmlcharrefreplace":
                    for (int k = i; k < j; k++) {
                        String ref = "&#" + cps[k] + ";";
                        for (int q = 0; q < ref.length(); q++) put(out, ref.charAt(q), kind, cs);
                    }
                    break;
                case "surrogateescape":
                    // surrogates U+DC80..U+DCFF stand for the bytes 0x80..0xFF; a UTF-16/32 codec cannot write single bytes
                    for (int k = i; k < j; k++) {
                        int c = cps[k];
                        if (c < 0xdc80 || c > 0xdcff || kind.ordinal() >= Kind.UTF16LE.ordinal() && kind != Kind.JAVA) {
                            throw encodeError(errName, s, i, j, reason);
                        }
                    }
                    for (int k = i; k < j; k++) out.write(cps[k] - 0xdc00);
                    break;
                case "surrogatepass":
                    for (int k = i; k < j; k++) {
                        int c = cps[k];
                        if (c < 0xd800 || c > 0xdfff || kind == Kind.ASCII || kind == Kind.LATIN1 || kind == Kind.JAVA) {
                            throw encodeError(errName, s, i, j, reason);
                        }
                    }
                    for (int k = i; k < j; k++) putUnit(out, cps[k], kind);
                    break;
                default:
                    checkErrors(errors);
                    throw encodeError(errName, s, i, j, reason);
            }
            i = j;
        }
        return out.toByteArray();
    }

    /** The Unicode name as Python's unicodedata spells it, or null. */
    private static String unicodeName(int c) {
        String n = Character.getName(c);
        if (n == null) return null;
        if (n.startsWith("CJK UNIFIED IDEOGRAPHS")) return "CJK UNIFIED IDEOGRAPH-" + Integer.toHexString(c).toUpperCase();
        return n;
    }

    private static boolean encodable(int cp, Kind kind, CharsetEncoder enc) {
        switch (kind) {
            case ASCII: return cp < 0x80;
            case LATIN1: return cp < 0x100;
            case JAVA:
                return !(cp >= 0xd800 && cp <= 0xdfff) && enc.canEncode(new String(Character.toChars(cp)));
            default: return cp < 0xd800 || cp > 0xdfff;
        }
    }

    /** Writes one code point (a surrogate only through surrogatepass) in the codec's form. */
    private static void put(ByteArrayOutputStream out, int cp, Kind kind, Charset cs) {
        switch (kind) {
            case ASCII: case LATIN1: out.write(cp); break;
            case JAVA: out.writeBytes(new String(Character.toChars(cp)).getBytes(cs)); break;
            case UTF16LE: case UTF16BE:
                if (cp >= 0x10000) {
                    putUnit(out, Character.highSurrogate(cp), kind);
                    putUnit(out, Character.lowSurrogate(cp), kind);
                } else {
                    putUnit(out, cp, kind);
                }
                break;
            default: putUnit(out, cp, kind);
        }
    }

    /** One code unit: UTF-8 bytes of any code point (surrogates too), a UTF-16 unit, a UTF-32 unit. */
    private static void putUnit(ByteArrayOutputStream out, int c, Kind kind) {
        switch (kind) {
            case UTF8:
                if (c < 0x80) {
                    out.write(c);
                } else if (c < 0x800) {
                    out.write(0xc0 | (c >> 6));
                    out.write(0x80 | (c & 0x3f));
                } else if (c < 0x10000) {
                    out.write(0xe0 | (c >> 12));
                    out.write(0x80 | ((c >> 6) & 0x3f));
                    out.write(0x80 | (c & 0x3f));
                } else {
                    out.write(0xf0 | (c >> 18));
                    out.write(0x80 | ((c >> 12) & 0x3f));
                    out.write(0x80 | ((c >> 6) & 0x3f));
                    out.write(0x80 | (c & 0x3f));
                }
                break;
            case UTF16LE: out.write(c & 0xff); out.write((c >> 8) & 0xff); break;
            case UTF16BE: out.write((c >> 8) & 0xff); out.write(c & 0xff); break;
            case UTF32LE: out.write(c & 0xff); out.write((c >> 8) & 0xff); out.write((c >> 16) & 0xff); out.write(c >>> 24); break;
            case UTF32BE: out.write(c >>> 24); out.write((c >> 16) & 0xff); out.write((c >> 8) & 0xff); out.write(c & 0xff); break;
            default: out.write(c);
        }
    }

    private static PyException encodeError(String name, String s, int start, int end, String reason) {
        return PyExc.of(PyExc.UnicodeEncodeError, name, s, (long) start, (long) end, reason);
    }

    // ------------------------------------------------------------------ decoding

    static String decode(byte[] b, String encoding, String errors) {
        String name = normalize(encoding);
        switch (name) {
            case "latin-1":
                return new String(b, StandardCharsets.ISO_8859_1);
            case "ascii":
            case "utf-8":
                return decodeUtf8OrAscii(b, name, errors);
            case "utf-8-sig":
                if (b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf) {
                    b = java.util.Arrays.copyOfRange(b, 3, b.length);
                }
                return decodeUtf8OrAscii(b, "utf-8", errors);
            case "utf-16": case "utf-16-le": case "utf-16-be":
                return decodeUtf16(b, name, errors);
            case "utf-32": case "utf-32-le": case "utf-32-be":
                return decodeUtf32(b, name, errors);
            default:
                return decodeJava(b, encoding, name, errors);
        }
    }

    /**
     * Applies a decoding error handler to bytes [start, end): appends the replacement or raises.
     * Returns false for surrogatepass, which the caller handles itself.
     */
    private static void decodeError(StringBuilder sb, byte[] b, String name, int start, int end, String reason, String errors) {
        switch (errors) {
            case "strict":
                break;
            case "ignore":
                return;
            case "replace":
                sb.append('\ufffd');
                return;
            case "backslashreplace":
                for (int k = start; k < end; k++) sb.append(String.format("\\x%02x", b[k] & 0xff));
                return;
            case "surrogateescape": {
                boolean ok = true;
                for (int k = start; k < end; k++) ok &= (b[k] & 0xff) >= 0x80;
                if (!ok) break;
                for (int k = start; k < end; k++) sb.append((char) (0xdc00 + (b[k] & 0xff)));
                return;
            }
            default:
                checkErrors(errors);
                break;
        }
        throw PyExc.of(PyExc.UnicodeDecodeError, name, new PyBytes(b), (long) start, (long) end, reason);
    }

    private static String decodeUtf16(byte[] b, String name, String errors) {
        int n = b.length, i = 0;
        boolean be = name.equals("utf-16-be");
        if (name.equals("utf-16") && n >= 2) {
            if ((b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe) {
                i = 2;
            } else if ((b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff) {
                i = 2;
                be = true;
            }
        }
        String errName = be ? "utf-16-be" : "utf-16-le";
        StringBuilder sb = new StringBuilder(n / 2);
        boolean pass = errors.equals("surrogatepass");
        while (i < n) {
            if (n - i < 2) {
                decodeError(sb, b, errName, i, n, "truncated data", errors);
                break;
            }
            int u = be ? ((b[i] & 0xff) << 8) | (b[i + 1] & 0xff) : ((b[i + 1] & 0xff) << 8) | (b[i] & 0xff);
            if (u < 0xd800 || u > 0xdfff) {
                sb.append((char) u);
                i += 2;
                continue;
            }
            String reason;
            int end = i + 2;
            if (u >= 0xdc00) {
                reason = "illegal encoding";
            } else if (n - i < 4) {
                reason = "unexpected end of data";
                end = n;
            } else {
                int u2 = be ? ((b[i + 2] & 0xff) << 8) | (b[i + 3] & 0xff) : ((b[i + 3] & 0xff) << 8) | (b[i + 2] & 0xff);
                if (u2 >= 0xdc00 && u2 <= 0xdfff) {
                    sb.append((char) u).append((char) u2);
                    i += 4;
                    continue;
                }
                reason = "illegal UTF-16 surrogate";
            }
            if (pass && (!reason.equals("unexpected end of data") || n - i == 2)) {
                sb.append((char) u);
                i += 2;
                continue;
            }
            decodeError(sb, b, errName, i, end, reason, pass ? "strict" : errors);
            i = end;
        }
        return sb.toString();
    }

    private static String decodeUtf32(byte[] b, String name, String errors) {
        int n = b.length, i = 0;
        boolean be = name.equals("utf-32-be");
        if (name.equals("utf-32") && n >= 4) {
            if ((b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe && b[2] == 0 && b[3] == 0) {
                i = 4;
            } else if (b[0] == 0 && b[1] == 0 && (b[2] & 0xff) == 0xfe && (b[3] & 0xff) == 0xff) {
                i = 4;
                be = true;
            }
        }
        String errName = be ? "utf-32-be" : "utf-32-le";
        StringBuilder sb = new StringBuilder(n / 4);
        boolean pass = errors.equals("surrogatepass");
        while (i < n) {
            if (n - i < 4) {
                decodeError(sb, b, errName, i, n, "truncated data", errors);
                break;
            }
            long cp = be ? ((long) (b[i] & 0xff) << 24) | ((b[i + 1] & 0xff) << 16) | ((b[i + 2] & 0xff) << 8) | (b[i + 3] & 0xff)
                : ((long) (b[i + 3] & 0xff) << 24) | ((b[i + 2] & 0xff) << 16) | ((b[i + 1] & 0xff) << 8) | (b[i] & 0xff);
            if (cp > 0x10ffff) {
                decodeError(sb, b, errName, i, i + 4, "code point not in range(0x110000)", pass ? "strict" : errors);
            } else if (cp >= 0xd800 && cp <= 0xdfff && !pass) {
                decodeError(sb, b, errName, i, i + 4, "code point in surrogate code point range(0xd800, 0xe000)", errors);
            } else {
                sb.appendCodePoint((int) cp);
            }
            i += 4;
        }
        return sb.toString();
    }

    private static String decodeUtf8OrAscii(byte[] b, String name, String errors) {
        boolean ascii = name.equals("ascii");
        StringBuilder sb = null;
        int n = b.length;
        int i = 0;
        // fast path: pure ASCII
        while (i < n && b[i] >= 0) i++;
        if (i == n) return new String(b, StandardCharsets.ISO_8859_1);
        sb = new StringBuilder(n);
        for (int k = 0; k < i; k++) sb.append((char) b[k]);
        while (i < n) {
            int c = b[i] & 0xff;
            if (c < 0x80) {
                sb.append((char) c);
                i++;
                continue;
            }
            int need;
            int lo = 0x80, hi = 0xbf;
            int cp;
            String reason = null;
            int errEnd = i + 1;
            if (ascii) {
                reason = "ordinal not in range(128)";
                need = -1;
                cp = 0;
            } else if (c >= 0xc2 && c <= 0xdf) {
                need = 1;
                cp = c & 0x1f;
            } else if (c >= 0xe0 && c <= 0xef) {
                need = 2;
                cp = c & 0x0f;
                if (c == 0xe0) lo = 0xa0;
                if (c == 0xed) hi = 0x9f;
            } else if (c >= 0xf0 && c <= 0xf4) {
                need = 3;
                cp = c & 0x07;
                if (c == 0xf0) lo = 0x90;
                if (c == 0xf4) hi = 0x8f;
            } else {
                need = -1;
                cp = 0;
                reason = "invalid start byte";
            }
            if (reason == null) {
                int j = i + 1;
                for (int k = 0; k < need; k++, j++) {
                    if (j >= n) {
                        reason = "unexpected end of data";
                        errEnd = n;
                        break;
                    }
                    int cc = b[j] & 0xff;
                    int l = k == 0 ? lo : 0x80, h = k == 0 ? hi : 0xbf;
                    if (cc < l || cc > h) {
                        reason = "invalid continuation byte";
                        errEnd = j;
                        break;
                    }
                    cp = (cp << 6) | (cc & 0x3f);
                }
                if (reason == null) {
                    sb.appendCodePoint(cp);
                    i = j;
                    continue;
                }
            }
            switch (errors) {
                case "strict":
                    throw PyExc.of(PyExc.UnicodeDecodeError, name, new PyBytes(b), (long) i, (long) errEnd, reason);
                case "ignore":
                    break;
                case "replace":
                    sb.append('\ufffd');
                    break;
                case "backslashreplace":
                    for (int k = i; k < errEnd; k++) sb.append(String.format("\\x%02x", b[k] & 0xff));
                    break;
                case "surrogateescape":
                    for (int k = i; k < errEnd; k++) sb.append((char) (0xdc00 + (b[k] & 0xff)));
                    break;
                default:
                    checkErrors(errors);
                    throw PyExc.of(PyExc.UnicodeDecodeError, name, new PyBytes(b), (long) i, (long) errEnd, reason);
            }
            i = errEnd;
        }
        return sb.toString();
    }

    private static String decodeJava(byte[] b, String original, String name, String errors) {
        Charset cs = charset(name, original);
        if (singleByte(cs)) {
            // a charmap codec: each byte maps to one character or to nothing
            CharsetDecoder d = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
            StringBuilder sb = new StringBuilder(b.length);
            for (int i = 0; i < b.length; i++) {
                try {
                    sb.append(d.reset().decode(ByteBuffer.wrap(b, i, 1)));
                } catch (CharacterCodingException e) {
                    decodeError(sb, b, "charmap", i, i + 1, "character maps to <undefined>", errors);
                }
            }
            return sb.toString();
        }
        CodingErrorAction action = errors.equals("strict") ? CodingErrorAction.REPORT
            : errors.equals("ignore") ? CodingErrorAction.IGNORE : CodingErrorAction.REPLACE;
        CharsetDecoder d = cs.newDecoder().onMalformedInput(action).onUnmappableCharacter(action);
        try {
            return d.decode(ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException e) {
            ByteBuffer in = ByteBuffer.wrap(b);
            CharBuffer out = CharBuffer.allocate(b.length * 2 + 4);
            cs.newDecoder().decode(in, out, true);
            int pos = in.position();
            throw PyExc.of(PyExc.UnicodeDecodeError, name, new PyBytes(b), (long) pos,
                (long) Math.min(pos + 1, b.length), "illegal multibyte sequence");
        }
    }

    /** {@code str(obj, encoding, errors)} for a bytes-like object. */
    static String decodeObject(Object o, Object encoding, Object errors) {
        byte[] b = PyBytes.bytesLike(o);
        if (b == null) {
            throw PyExc.typeError("decoding to str: need a bytes-like object, " + org.jyco.runtime.PyType.of(o).getName()
                + " found");
        }
        return decode(b, encoding == null ? "utf-8" : Abstract.str(encoding), errors == null ? "strict" : Abstract.str(errors));
    }
}
