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

    static byte[] encode(String s, String encoding, String errors) {
        String name = normalize(encoding);
        Charset cs = charset(name, encoding);
        if (errors.equals("strict") && name.equals("utf-8")) {
            boolean clean = true;
            for (int i = 0; i < s.length(); i++) {
                if (Character.isSurrogate(s.charAt(i))) {
                    clean = false;
                    break;
                }
            }
            if (clean) return s.getBytes(StandardCharsets.UTF_8);
        }
        int limit = name.equals("ascii") ? 0x80 : name.equals("latin-1") ? 0x100 : -1;
        CharsetEncoder enc = limit < 0 ? cs.newEncoder() : null;
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length() + 8);
        int[] cps = s.codePoints().toArray();
        int i = 0;
        while (i < cps.length) {
            int cp = cps[i];
            if (encodable(cp, limit, name, enc)) {
                put(out, cp, limit, cs);
                i++;
                continue;
            }
            int j = i + 1;
            while (j < cps.length && !encodable(cps[j], limit, name, enc)) j++;
            String reason = name.equals("utf-8") ? "surrogates not allowed"
                : limit > 0 ? "ordinal not in range(" + limit + ")" : "illegal multibyte sequence";
            switch (errors) {
                case "strict":
                    throw encodeError(name, s, i, j, reason);
                case "ignore":
                    break;
                case "replace":
                    for (int k = i; k < j; k++) out.write('?');
                    break;
                case "backslashreplace":
                    for (int k = i; k < j; k++) {
                        int c = cps[k];
                        String esc = c < 0x100 ? String.format("\\x%02x", c) : c < 0x10000 ? String.format("\\u%04x", c)
                            : String.format("\\U%08x", c);
                        out.writeBytes(esc.getBytes(StandardCharsets.US_ASCII));
                    }
                    break;
                case "xmlcharrefreplace":
                    for (int k = i; k < j; k++) out.writeBytes(("&#" + cps[k] + ";").getBytes(StandardCharsets.US_ASCII));
                    break;
                case "surrogateescape":
                    for (int k = i; k < j; k++) {
                        int c = cps[k];
                        if (c < 0xdc80 || c > 0xdcff) throw encodeError(name, s, k, k + 1, reason);
                        out.write(c - 0xdc00);
                    }
                    break;
                case "surrogatepass":
                    if (!name.equals("utf-8")) throw encodeError(name, s, i, j, reason);
                    for (int k = i; k < j; k++) {
                        int c = cps[k];
                        out.write(0xe0 | (c >> 12));
                        out.write(0x80 | ((c >> 6) & 0x3f));
                        out.write(0x80 | (c & 0x3f));
                    }
                    break;
                default:
                    checkErrors(errors);
                    throw encodeError(name, s, i, j, reason);
            }
            i = j;
        }
        return out.toByteArray();
    }

    private static boolean encodable(int cp, int limit, String name, CharsetEncoder enc) {
        if (limit > 0) return cp < limit;
        if (cp >= 0xd800 && cp <= 0xdfff) return false;
        if (name.equals("utf-8") || enc == null) return true;
        return enc.canEncode(new String(Character.toChars(cp)));
    }

    private static void put(ByteArrayOutputStream out, int cp, int limit, Charset cs) {
        if (limit > 0) {
            out.write(cp);
        } else {
            out.writeBytes(new String(Character.toChars(cp)).getBytes(cs));
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
            default:
                return decodeJava(b, encoding, name, errors);
        }
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
            String reason = name.startsWith("utf-16") ? "truncated data" : "invalid data";
            throw PyExc.of(PyExc.UnicodeDecodeError, name, new PyBytes(b), (long) pos,
                (long) Math.min(pos + 1, b.length), reason);
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
