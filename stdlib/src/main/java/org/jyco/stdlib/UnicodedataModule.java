package org.jyco.stdlib;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jyco.runtime.Exposed;
import org.jyco.runtime.Interpreter;
import org.jyco.runtime.PyExc;
import org.jyco.runtime.PyModule;
import org.jyco.runtime.PyType;
import org.jyco.runtime.Signature;

/**
 * {@code unicodedata} on the JDK's character database ({@link Character}, {@link Normalizer}).
 * Java 17 has Unicode 13.0 data where CPython 3.11 has 14.0; {@code unidata_version} says
 * '14.0.0' as CPython's does. Not provided, as the JDK has no data for them:
 * {@code combining}, {@code decomposition}, {@code east_asian_width}. Numeric values that are
 * not integers are known for the vulgar fractions only, and those of CJK ideographs for the
 * common numerals only.
 */
public final class UnicodedataModule {
    private UnicodedataModule() {}

    private static final String[] CATEGORY = {"Cn", "Lu", "Ll", "Lt", "Lm", "Lo", "Mn", "Me", "Mc", "Nd", "Nl", "No", "Zs",
        "Zl", "Zp", "Cc", "Cf", "Cn", "Co", "Cs", "Pd", "Ps", "Pe", "Pc", "Po", "Sm", "Sc", "Sk", "So", "Pi", "Pf"};
    private static final String[] BIDI = {"L", "R", "AL", "EN", "ES", "ET", "AN", "CS", "NSM", "BN", "B", "S", "WS", "ON",
        "LRE", "LRO", "RLE", "RLO", "PDF", "LRI", "RLI", "FSI", "PDI"};
    private static final String[] JAMO_L = {"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C",
        "K", "T", "P", "H"};
    private static final String[] JAMO_V = {"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO",
        "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"};
    private static final String[] JAMO_T = {"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT",
        "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"};
    private static final int SBASE = 0xAC00, SCOUNT = 11172;

    /** Numeric values the JDK does not know: vulgar fractions and the common CJK numerals. */
    private static final Map<Integer, Double> NUMERIC = new HashMap<>();

    static {
        int[][] fractions = {{0xBC, 1, 4}, {0xBD, 1, 2}, {0xBE, 3, 4}, {0x2150, 1, 7}, {0x2151, 1, 9}, {0x2152, 1, 10},
            {0x2153, 1, 3}, {0x2154, 2, 3}, {0x2155, 1, 5}, {0x2156, 2, 5}, {0x2157, 3, 5}, {0x2158, 4, 5},
            {0x2159, 1, 6}, {0x215A, 5, 6}, {0x215B, 1, 8}, {0x215C, 3, 8}, {0x215D, 5, 8}, {0x215E, 7, 8},
            {0x2189, 0, 3}};
        for (int[] f : fractions) NUMERIC.put(f[0], (double) f[1] / f[2]);
        long[][] cjk = {{0x96F6, 0}, {0x3007, 0}, {0x4E00, 1}, {0x4E8C, 2}, {0x4E09, 3}, {0x56DB, 4}, {0x4E94, 5},
            {0x516D, 6}, {0x4E03, 7}, {0x516B, 8}, {0x4E5D, 9}, {0x5341, 10}, {0x767E, 100}, {0x5343, 1000},
            {0x4E07, 10000}, {0x842C, 10000}, {0x5104, 100000000}, {0x4EBF, 100000000}, {0x5146, 1000000000000L},
            {0x5169, 2}, {0x5EFF, 20}, {0x5345, 30}, {0x58F9, 1}, {0x8D30, 2}, {0x8CB3, 2}, {0x53C1, 3},
            {0x53C3, 3}, {0x8086, 4}, {0x4F0D, 5}, {0x9646, 6}, {0x9678, 6}, {0x67D2, 7}, {0x634C, 8}, {0x7396, 9},
            {0x62FE, 10}, {0x4F70, 100}, {0x4EDF, 1000}};
        for (long[] c : cjk) NUMERIC.put((int) c[0], (double) c[1]);
    }

    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("unicodedata");
        m.addFunctions(UnicodedataModule.class);
        m.getDict().put("unidata_version", "14.0.0");
        return m;
    }

    /** The code point of a one-character str argument. */
    static int cp(String fn, Object chr) {
        if (chr instanceof String s && !s.isEmpty() && s.codePointCount(0, s.length()) == 1) return s.codePointAt(0);
        throw PyExc.typeError(fn + " must be a unicode character, not " + PyType.of(chr).getName());
    }

    static String categoryOf(int c) {
        int t = Character.getType(c);
        return t < CATEGORY.length ? CATEGORY[t] : "Cn";
    }

    static boolean isCjkUnified(int c) {
        Character.UnicodeBlock b = Character.UnicodeBlock.of(c);
        return b != null && b.toString().startsWith("CJK_UNIFIED_IDEOGRAPHS") && Character.getType(c) == Character.OTHER_LETTER;
    }

    /** The character's name, or null. */
    static String nameOf(int c) {
        String cat = categoryOf(c);
        if (cat.equals("Cc") || cat.equals("Cn") || cat.equals("Co") || cat.equals("Cs")) return null;
        if (c >= SBASE && c < SBASE + SCOUNT) {
            int s = c - SBASE;
            return "HANGUL SYLLABLE " + JAMO_L[s / 588] + JAMO_V[(s % 588) / 28] + JAMO_T[s % 28];
        }
        if (isCjkUnified(c)) return String.format("CJK UNIFIED IDEOGRAPH-%04X", c);
        String n = Character.getName(c);
        Character.UnicodeBlock b = Character.UnicodeBlock.of(c);
        // the JDK names characters without a name after their block: CPython has no name for them
        if (n == null || b != null && n.equals(b.toString().replace('_', ' ') + " " + Integer.toHexString(c).toUpperCase(Locale.ROOT))) {
            return null;
        }
        return n;
    }

    @Exposed.Method(params = {"chr", "default=?", "/"})
    public static Object name(Object chr, Object dflt) {
        String n = nameOf(cp("name() argument 1", chr));
        if (n != null) return n;
        if (dflt != Signature.MISSING) return dflt;
        throw PyExc.valueError("no such name");
    }

    @Exposed.Method(params = {"name", "/"})
    public static Object lookup(Object name) {
        if (!(name instanceof String s)) {
            throw PyExc.typeError("lookup() argument must be str, not " + PyType.of(name).getName());
        }
        String u = s.toUpperCase(Locale.ROOT);
        int c = -1;
        try {
            if (u.startsWith("CJK UNIFIED IDEOGRAPH-")) {
                int v = Integer.parseInt(u.substring(u.indexOf('-') + 1), 16);
                if (isCjkUnified(v)) c = v;
            } else if (u.startsWith("HANGUL SYLLABLE ")) {
                for (int k = 0; k < SCOUNT && c < 0; k++) {
                    if (u.equals(nameOf(SBASE + k))) c = SBASE + k;
                }
            } else {
                c = Character.codePointOf(u);
                if (!u.equals(nameOf(c)) && Character.getType(c) != Character.CONTROL) c = -1;
            }
        } catch (IllegalArgumentException e) {
            c = -1;
        }
        if (c < 0) throw PyExc.keyError("undefined character name '" + s + "'");
        return new String(Character.toChars(c));
    }

    @Exposed.Method(params = {"chr", "/"})
    public static Object category(Object chr) {
        return categoryOf(cp("category() argument", chr));
    }

    @Exposed.Method(params = {"chr", "/"})
    public static Object bidirectional(Object chr) {
        int c = cp("bidirectional() argument", chr);
        if (categoryOf(c).equals("Cn")) return "";
        byte d = Character.getDirectionality(c);
        return d >= 0 && d < BIDI.length ? BIDI[d] : "";
    }

    @Exposed.Method(params = {"chr", "/"})
    public static Object mirrored(Object chr) {
        return Character.isMirrored(cp("mirrored() argument", chr)) ? 1L : 0L;
    }

    @Exposed.Method(params = {"chr", "default=?", "/"})
    public static Object decimal(Object chr, Object dflt) {
        int c = cp("decimal() argument 1", chr);
        if (Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER) return (long) Character.getNumericValue(c);
        if (dflt != Signature.MISSING) return dflt;
        throw PyExc.valueError("not a decimal");
    }

    /** Whether an other-number character with a value 0..9 is a digit: the JDK does not say; its name does. */
    static boolean digitName(int c) {
        String n = nameOf(c);
        return n != null && (n.contains("DIGIT") || n.startsWith("SUPERSCRIPT ") || n.startsWith("SUBSCRIPT "));
    }

    @Exposed.Method(params = {"chr", "default=?", "/"})
    public static Object digit(Object chr, Object dflt) {
        int c = cp("digit() argument 1", chr);
        int t = Character.getType(c);
        int v = Character.getNumericValue(c);
        if (t == Character.DECIMAL_DIGIT_NUMBER || (t == Character.OTHER_NUMBER && v >= 0 && v <= 9 && digitName(c))) {
            return (long) v;
        }
        if (dflt != Signature.MISSING) return dflt;
        throw PyExc.valueError("not a digit");
    }

    @Exposed.Method(params = {"chr", "default=?", "/"})
    public static Object numeric(Object chr, Object dflt) {
        int c = cp("numeric() argument 1", chr);
        Double known = NUMERIC.get(c);
        if (known != null) return known;
        int t = Character.getType(c);
        if (t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER) {
            int v = Character.getNumericValue(c);
            if (v >= 0) return (double) v;
        }
        if (dflt != Signature.MISSING) return dflt;
        throw PyExc.valueError("not a numeric character");
    }

    static Normalizer.Form form(Object f) {
        if (!(f instanceof String s)) throw PyExc.typeError("normalize() argument 1 must be str, not " + PyType.of(f).getName());
        switch (s) {
            case "NFC": return Normalizer.Form.NFC;
            case "NFD": return Normalizer.Form.NFD;
            case "NFKC": return Normalizer.Form.NFKC;
            case "NFKD": return Normalizer.Form.NFKD;
            default: throw PyExc.valueError("invalid normalization form");
        }
    }

    static String str(String fn, Object s) {
        if (s instanceof String t) return t;
        throw PyExc.typeError(fn + "() argument 2 must be str, not " + PyType.of(s).getName());
    }

    @Exposed.Method(params = {"form", "unistr", "/"})
    public static Object normalize(Object form, Object unistr) {
        Normalizer.Form f = form(form);
        return Normalizer.normalize(str("normalize", unistr), f);
    }

    @Exposed.Method(params = {"form", "unistr", "/"})
    public static Object is_normalized(Object form, Object unistr) {
        Normalizer.Form f = form(form);
        return Normalizer.isNormalized(str("is_normalized", unistr), f);
    }
}
