package org.jyco.stdlib;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Translates a Python regular expression (the syntax of CPython 3.11's {@code re}) into an
 * equivalent {@code java.util.regex} pattern, checking it as CPython's parser does (same error
 * messages and positions). Everything whose meaning differs between the two engines is written
 * out explicitly: named groups become numbered groups (the names are kept here), {@code \d \w \s
 * \b} get Python's Unicode (or ASCII) definitions, {@code ^ $ \Z .} their Python meanings, and
 * every literal is escaped, so no Java-only syntax ({@code [a&&b]}, nested classes, {@code \p})
 * can arise from a Python pattern.
 */
final class ReTranslator {
    static final int TEMPLATE = 1, IGNORECASE = 2, LOCALE = 4, MULTILINE = 8, DOTALL = 16, UNICODE = 32,
        VERBOSE = 64, DEBUG = 128, ASCII = 256;
    static final int MAXREPEAT = Integer.MAX_VALUE;

    /** A bad pattern: message and position (code points; -1 when none). */
    static final class Error extends RuntimeException {
        final String msg;
        final int pos;

        Error(String msg, int pos) {
            super(msg, null, false, false);
            this.msg = msg;
            this.pos = pos;
        }
    }

    final int[] p;
    final boolean bytes;
    int i;
    int flags;
    int groups;
    final Map<String, Integer> names = new LinkedHashMap<>();
    final Set<Integer> open = new HashSet<>();
    final List<int[]> groupWidths = new ArrayList<>();
    /** Lookbehind nesting: group references there have no fixed width. */
    int lookbehind;
    /** Groups opened before the outermost lookbehind being parsed. */
    int lookbehindGroups;
    /** True until something other than global flags or a comment is parsed. */
    boolean globalOk = true;

    private ReTranslator(int[] p, boolean bytes, int flags) {
        this.p = p;
        this.bytes = bytes;
        this.flags = flags;
        groupWidths.add(null);
    }

    /** The result: the Java pattern, the final flags, group count and names. */
    record Result(String java, int flags, int groups, Map<String, Integer> names) {}

    static Result translate(int[] pattern, boolean bytes, int flags) {
        ReTranslator t = new ReTranslator(pattern, bytes, flags);
        int[] w = new int[2];
        String body = t.alternation(w, 0);
        if (t.i < t.p.length) {
            if (t.p[t.i] == ')') throw new Error("unbalanced parenthesis", t.i);
            throw new Error("unexpected character", t.i);
        }
        t.checkFlags(-1);
        String prefix = (t.flags & IGNORECASE) != 0 ? (t.unicodeMode() ? "(?iu)" : "(?i)") : "";
        return new Result(prefix + body, t.flags, t.groups, t.names);
    }

    private void checkFlags(int unused) {
        if (!bytes) {
            if ((flags & LOCALE) != 0) throw new IllegalArgumentException("cannot use LOCALE flag with a str pattern");
            if ((flags & ASCII) == 0) flags |= UNICODE;
            else if ((flags & UNICODE) != 0) throw new IllegalArgumentException("ASCII and UNICODE flags are incompatible");
        } else {
            if ((flags & UNICODE) != 0) throw new IllegalArgumentException("cannot use UNICODE flag with a bytes pattern");
            if ((flags & LOCALE) != 0 && (flags & ASCII) != 0) {
                throw new IllegalArgumentException("ASCII and LOCALE flags are incompatible");
            }
        }
    }

    boolean unicodeMode() {
        return !bytes && (flags & ASCII) == 0;
    }

    private boolean more() {
        return i < p.length;
    }

    private int peek() {
        return i < p.length ? p[i] : -1;
    }

    private boolean verbose() {
        return (flags & VERBOSE) != 0;
    }

    private void skipVerbose() {
        if (!verbose()) return;
        while (i < p.length) {
            int c = p[i];
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0b || c == '\f') {
                i++;
            } else if (c == '#') {
                while (i < p.length && p[i] != '\n') i++;
            } else {
                break;
            }
        }
    }

    // ================================================================== structure

    /** alternatives separated by |; w receives the min and max width (-1: unbounded). */
    private String alternation(int[] w, int depth) {
        StringBuilder sb = new StringBuilder();
        int min = Integer.MAX_VALUE, max = 0;
        boolean first = true;
        while (true) {
            int[] sw = new int[2];
            String seq = sequence(sw, depth);
            if (!first) sb.append('|');
            sb.append(seq);
            first = false;
            min = Math.min(min, sw[0]);
            max = (max < 0 || sw[1] < 0) ? -1 : Math.max(max, sw[1]);
            if (peek() == '|') {
                globalOk = false;
                i++;
                continue;
            }
            break;
        }
        w[0] = min;
        w[1] = max;
        return sb.toString();
    }

    private String sequence(int[] w, int depth) {
        StringBuilder sb = new StringBuilder();
        long min = 0, max = 0;
        while (true) {
            skipVerbose();
            if (!more()) break;
            int c = peek();
            if (c == '|' || c == ')') break;
            int start = i;
            int[] aw = new int[2];
            Item item = atom(aw, depth);
            if (item == null) continue; // comment or global flags
            globalOk = false;
            skipVerbose();
            String text = item.java;
            if (more() && isRepeatStart()) {
                int qpos = i;
                if (!item.repeatable) throw new Error("nothing to repeat", qpos);
                int[] q = quantifier();
                if (q != null) {
                    String qs = q[2] == 1 ? "?" : q[2] == 2 ? "+" : "";
                    text = "(?:" + text + ")" + quantText(q[0], q[1]) + qs;
                    long lo = (long) aw[0] * q[0];
                    aw[0] = (int) Math.min(lo, Integer.MAX_VALUE);
                    if (q[1] == MAXREPEAT || aw[1] < 0) {
                        aw[1] = aw[1] == 0 ? 0 : -1;
                    } else {
                        aw[1] = (int) Math.min((long) aw[1] * q[1], Integer.MAX_VALUE);
                    }
                    skipVerbose();
                    if (more() && isRepeatStart()) {
                        int save = i;
                        int[] q2 = peekQuantifier();
                        i = save;
                        if (q2 != null) throw new Error("multiple repeat", i);
                    }
                }
            }
            sb.append(text);
            min += aw[0];
            max = (max < 0 || aw[1] < 0) ? -1 : max + aw[1];
            if (start == i) break;
        }
        w[0] = (int) Math.min(min, Integer.MAX_VALUE);
        w[1] = max < 0 ? -1 : (int) Math.min(max, Integer.MAX_VALUE);
        return sb.toString();
    }

    private static String quantText(int lo, int hi) {
        if (lo == 0 && hi == MAXREPEAT) return "*";
        if (lo == 1 && hi == MAXREPEAT) return "+";
        if (lo == 0 && hi == 1) return "?";
        if (hi == MAXREPEAT) return "{" + lo + ",}";
        if (lo == hi) return "{" + lo + "}";
        return "{" + lo + "," + hi + "}";
    }

    private boolean isRepeatStart() {
        int c = peek();
        if (c == '*' || c == '+' || c == '?') return true;
        if (c == '{') {
            int save = i;
            int[] q = peekQuantifier();
            i = save;
            return q != null;
        }
        return false;
    }

    /** Parses {m,n} at i if it is a valid repeat; null (i unchanged meaning) otherwise. */
    private int[] peekQuantifier() {
        int c = peek();
        if (c == '*' || c == '+' || c == '?') return new int[] {0, 0};
        if (c != '{') return null;
        int j = i + 1;
        int ds = j;
        while (j < p.length && p[j] >= '0' && p[j] <= '9') j++;
        String lo = str(ds, j);
        String hi = lo;
        if (j < p.length && p[j] == ',') {
            j++;
            int hs = j;
            while (j < p.length && p[j] >= '0' && p[j] <= '9') j++;
            hi = str(hs, j);
        }
        if (j >= p.length || p[j] != '}') return null;
        i = j + 1;
        return new int[] {lo.isEmpty() ? 0 : 1, hi.isEmpty() ? 0 : 1};
    }

    /** Reads a quantifier; returns {min, max, 0 greedy / 1 lazy / 2 possessive}. */
    private int[] quantifier() {
        int start = i;
        int c = p[i];
        int lo, hi;
        if (c == '*') {
            lo = 0;
            hi = MAXREPEAT;
            i++;
        } else if (c == '+') {
            lo = 1;
            hi = MAXREPEAT;
            i++;
        } else if (c == '?') {
            lo = 0;
            hi = 1;
            i++;
        } else {
            int j = i + 1;
            int ds = j;
            while (p[j] >= '0' && p[j] <= '9') j++;
            String los = str(ds, j);
            String his = los;
            if (p[j] == ',') {
                j++;
                int hs = j;
                while (p[j] >= '0' && p[j] <= '9') j++;
                his = str(hs, j);
                if (his.isEmpty()) his = null;
            }
            i = j + 1;
            lo = los.isEmpty() ? 0 : parseCount(los, start);
            hi = his == null ? MAXREPEAT : parseCount(his, start);
            if (hi < lo) throw new Error("min repeat greater than max repeat", start + 1);
        }
        int mode = 0;
        if (peek() == '?') {
            mode = 1;
            i++;
        } else if (peek() == '+') {
            mode = 2;
            i++;
        }
        return new int[] {lo, hi, mode};
    }

    private int parseCount(String s, int pos) {
        if (s.length() > 9) throw new Error("the repetition number is too large", pos + 1);
        int v = Integer.parseInt(s);
        if (v >= 1_000_000_000) throw new Error("the repetition number is too large", pos + 1);
        return v;
    }

    private String str(int a, int b) {
        return new String(p, a, b - a);
    }

    /** One translated item and whether a quantifier may follow it. */
    record Item(String java, boolean repeatable) {}

    private Item atom(int[] w, int depth) {
        int start = i;
        int c = p[i];
        switch (c) {
            case '(':
                return group(w, depth);
            case '[':
                i++;
                w[0] = w[1] = 1;
                return new Item(charClass(start), true);
            case '.':
                i++;
                w[0] = w[1] = 1;
                return new Item((flags & DOTALL) != 0 ? "(?s:.)" : "[^\\n]", true);
            case '^':
                i++;
                return new Item((flags & MULTILINE) != 0 ? "(?<![^\\n])" : "\\A", false);
            case '$':
                i++;
                return new Item((flags & MULTILINE) != 0 ? "(?=\\n|\\z)" : "(?=\\n?\\z)", false);
            case '\\':
                return escape(w);
            case '*':
            case '+':
            case '?':
                throw new Error("nothing to repeat", i);
            case '{': {
                int save = i;
                int[] q = peekQuantifier();
                i = save;
                if (q != null) throw new Error("nothing to repeat", i);
                i++;
                w[0] = w[1] = 1;
                return new Item(literal('{'), true);
            }
            default:
                i++;
                w[0] = w[1] = 1;
                return new Item(literal(c), true);
        }
    }

    static String literal(int c) {
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == ' ') {
            return String.valueOf((char) c);
        }
        return "\\x{" + Integer.toHexString(c) + "}";
    }

    // ================================================================== groups

    private Item group(int[] w, int depth) {
        int start = i;
        i++;
        if (peek() != '?') {
            int g = ++groups;
            open.add(g);
            groupWidths.add(null);
            String body = alternation(w, depth + 1);
            closeParen(start, "missing ), unterminated subpattern");
            open.remove(g);
            groupWidths.set(g, new int[] {w[0], w[1]});
            return new Item("(" + body + ")", true);
        }
        i++;
        if (!more()) throw new Error("unexpected end of pattern", i);
        int c = p[i];
        switch (c) {
            case ':': {
                i++;
                String body = alternation(w, depth + 1);
                closeParen(start, "missing ), unterminated subpattern");
                return new Item("(?:" + body + ")", true);
            }
            case '>': {
                i++;
                String body = alternation(w, depth + 1);
                closeParen(start, "missing ), unterminated subpattern");
                return new Item("(?>" + body + ")", true);
            }
            case '#': {
                while (more() && p[i] != ')') i++;
                if (!more()) throw new Error("missing ), unterminated comment", start);
                i++;
                return null;
            }
            case '=':
            case '!': {
                i++;
                int[] iw = new int[2];
                String body = alternation(iw, depth + 1);
                closeParen(start, "missing ), unterminated subpattern");
                w[0] = w[1] = 0;
                return new Item("(?" + (char) c + body + ")", true);
            }
            case '<': {
                i++;
                if (!more()) throw new Error("unexpected end of pattern", i);
                int d = p[i];
                if (d == '=' || d == '!') {
                    i++;
                    int[] iw = new int[2];
                    if (lookbehind++ == 0) lookbehindGroups = groups;
                    String body = alternation(iw, depth + 1);
                    lookbehind--;
                    closeParen(start, "missing ), unterminated subpattern");
                    if (iw[1] < 0 || iw[0] != iw[1]) throw new Error("look-behind requires fixed-width pattern", -1);
                    w[0] = w[1] = 0;
                    return new Item("(?<" + (char) d + body + ")", true);
                }
                throw new Error("unknown extension ?<" + new String(Character.toChars(d)), start + 1);
            }
            case 'P': {
                i++;
                if (!more()) throw new Error("unexpected end of pattern", i);
                int d = p[i];
                if (d == '<') {
                    i++;
                    String name = groupName('>', "missing >, unterminated name");
                    int g = ++groups;
                    Integer old = names.get(name);
                    if (old != null) {
                        throw new Error("redefinition of group name " + pyRepr(name) + " as group " + g + "; was group " + old,
                            i - name.codePointCount(0, name.length()) - 1);
                    }
                    names.put(name, g);
                    open.add(g);
                    groupWidths.add(null);
                    String body = alternation(w, depth + 1);
                    closeParen(start, "missing ), unterminated subpattern");
                    open.remove(g);
                    groupWidths.set(g, new int[] {w[0], w[1]});
                    return new Item("(" + body + ")", true);
                }
                if (d == '=') {
                    i++;
                    int nameStart = i;
                    String name = groupName(')', "missing ), unterminated name");
                    Integer g = names.get(name);
                    if (g == null) throw new Error("unknown group name " + pyRepr(name), nameStart);
                    if (open.contains(g)) throw new Error("cannot refer to an open group", nameStart);
                    return new Item(backref(g, w), true);
                }
                throw new Error("unknown extension ?P" + new String(Character.toChars(d)), start + 1);
            }
            case '(': {
                i++;
                int ns = i;
                while (more() && p[i] != ')') i++;
                if (!more()) throw new Error(ns == i ? "missing group name" : "missing ), unterminated name", ns);
                String name = str(ns, i);
                if (name.isEmpty()) throw new Error("missing group name", ns);
                if (name.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
                    long g = name.length() > 9 ? Long.MAX_VALUE : Long.parseLong(name);
                    if (g == 0) throw new Error("bad group number", ns);
                    if (g > groups) throw new Error("invalid group reference " + name, ns);
                } else if (!names.containsKey(name)) {
                    if (!isIdentifier(name)) throw new Error("bad character in group name " + pyRepr(name), ns);
                    throw new Error("unknown group name " + pyRepr(name), ns);
                }
                throw new UnsupportedOperationException("conditional groups (?(...)...) are not supported");
            }
            default:
                if (isFlagChar(c) || c == '-') return flagGroup(start, w, depth);
                throw new Error("unknown extension ?" + new String(Character.toChars(c)), start + 1);
        }
    }

    private void closeParen(int start, String msg) {
        if (!more() || p[i] != ')') throw new Error(msg, start);
        i++;
    }

    private String backref(int g, int[] w) {
        int[] gw = groupWidths.get(g);
        if (lookbehind > 0 && g > lookbehindGroups) {
            throw new Error("cannot refer to group defined in the same lookbehind subpattern", -1);
        }
        if (gw == null) {
            w[0] = 0;
            w[1] = -1;
        } else {
            w[0] = gw[0];
            w[1] = gw[1];
        }
        return "(?:\\" + g + ")";
    }

    private String groupName(int terminator, String unterminated) {
        int nameStart = i;
        while (more() && p[i] != terminator) i++;
        if (!more()) {
            if (i == nameStart) throw new Error("missing group name", nameStart);
            throw new Error(unterminated, nameStart);
        }
        String name = str(nameStart, i);
        if (name.isEmpty()) throw new Error("missing group name", nameStart);
        i++;
        if (!isIdentifier(name) || (bytes && !name.chars().allMatch(ch -> ch < 128))) {
            throw new Error("bad character in group name " + pyRepr(name), nameStart);
        }
        return name;
    }

    static boolean isIdentifier(String s) {
        if (s.isEmpty()) return false;
        int first = s.codePointAt(0);
        if (!(first == '_' || Character.isLetter(first) || Character.getType(first) == Character.LETTER_NUMBER)) return false;
        for (int k = Character.charCount(first); k < s.length(); ) {
            int c = s.codePointAt(k);
            if (!(c == '_' || Character.isLetterOrDigit(c) || Character.getType(c) == Character.LETTER_NUMBER
                || Character.getType(c) == Character.NON_SPACING_MARK || Character.getType(c) == Character.COMBINING_SPACING_MARK
                || Character.getType(c) == Character.CONNECTOR_PUNCTUATION)) {
                return false;
            }
            k += Character.charCount(c);
        }
        return true;
    }

    static String pyRepr(String s) {
        return org.jyco.runtime.types.PyStr.repr(s);
    }

    private static boolean isFlagChar(int c) {
        return c == 'a' || c == 'i' || c == 'L' || c == 'm' || c == 's' || c == 'u' || c == 'x';
    }

    private static int flagBit(int c) {
        return switch (c) {
            case 'a' -> ASCII;
            case 'i' -> IGNORECASE;
            case 'L' -> LOCALE;
            case 'm' -> MULTILINE;
            case 's' -> DOTALL;
            case 'u' -> UNICODE;
            case 'x' -> VERBOSE;
            default -> 0;
        };
    }

    private Item flagGroup(int start, int[] w, int depth) {
        int add = 0, del = 0;
        while (more() && isFlagChar(p[i])) {
            add |= flagBit(p[i]);
            i++;
            checkTypeFlags(add, i);
        }
        if (!more()) throw new Error("missing -, : or )", i);
        if (p[i] == ')') {
            i++;
            if (!globalOk || depth != 0) throw new Error("global flags not at the start of the expression", start);

            flags |= add;
            return null;
        }
        if (p[i] == '-') {
            i++;
            if (!more()) throw new Error("missing flag", i);
            if (!isFlagChar(p[i])) {
                throw new Error(Character.isLetter(p[i]) ? "unknown flag" : "missing flag", i);
            }
            while (more() && isFlagChar(p[i])) {
                int b = flagBit(p[i]);
                if (b == ASCII || b == UNICODE || b == LOCALE) throw new Error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'", i + 1);
                del |= b;
                i++;
            }
            if (!more()) throw new Error("missing :", i);
        }
        if (p[i] != ':') {
            if (p[i] == ')' && del != 0) throw new Error("missing :", i);
            if (Character.isLetter(p[i])) throw new Error("unknown flag", i);
            throw new Error(del != 0 ? "missing :" : "missing -, : or )", i);
        }
        i++;

        int saved = flags;
        int newFlags = (flags | add) & ~del;
        if ((add & ASCII) != 0) newFlags &= ~UNICODE;
        if ((add & UNICODE) != 0) newFlags &= ~ASCII;
        flags = newFlags;
        String body = alternation(w, depth + 1);
        flags = saved;
        closeParen(start, "missing ), unterminated subpattern");
        String ci = "";
        boolean wasI = (saved & IGNORECASE) != 0, nowI = (newFlags & IGNORECASE) != 0;
        boolean uni = !bytes && (newFlags & ASCII) == 0;
        if (nowI && (!wasI || ((add & (ASCII | UNICODE)) != 0))) ci = uni ? "iu" : "i-u";
        else if (!nowI && wasI) ci = "-i";
        return new Item(ci.isEmpty() ? "(?:" + body + ")" : "(?" + ci + ":" + body + ")", true);
    }

    private void checkTypeFlags(int add, int pos) {
        if (bytes && (add & UNICODE) != 0) throw new Error("bad inline flags: cannot use 'u' flag with a bytes pattern", pos);
        if (!bytes && (add & LOCALE) != 0) throw new Error("bad inline flags: cannot use 'L' flag with a str pattern", pos);
    }

    // ================================================================== escapes

    String wordClass() {
        return unicodeMode() ? "\\p{L}\\p{N}_" : "a-zA-Z0-9_";
    }

    String digitClass() {
        return unicodeMode() ? "\\p{Nd}" : "0-9";
    }

    String spaceClass() {
        return unicodeMode()
            ? "\\t\\n\\x{b}\\f\\r\\x{1c}-\\x{1f} \\x{85}\\x{a0}\\x{1680}\\x{2000}-\\x{200a}\\x{2028}\\x{2029}\\x{202f}\\x{205f}\\x{3000}"
            : " \\t\\n\\r\\f\\x{b}";
    }

    private Item escape(int[] w) {
        int start = i;
        i++;
        if (!more()) throw new Error("bad escape (end of pattern)", start);
        int c = p[i];
        i++;
        w[0] = w[1] = 1;
        switch (c) {
            case 'A':
                w[0] = w[1] = 0;
                return new Item("\\A", false);
            case 'Z':
                w[0] = w[1] = 0;
                return new Item("\\z", false);
            case 'b': {
                w[0] = w[1] = 0;
                String wc = "[" + wordClass() + "]";
                return new Item("(?:(?<=" + wc + ")(?!" + wc + ")|(?<!" + wc + ")(?=" + wc + "))", false);
            }
            case 'B': {
                w[0] = w[1] = 0;
                String wc = "[" + wordClass() + "]";
                if (p.length == 0) return new Item("(?!)", false);
                return new Item("(?:(?<=" + wc + ")(?=" + wc + ")|(?<!" + wc + ")(?!" + wc + "))", false);
            }
            case 'd':
                return new Item("[" + digitClass() + "]", true);
            case 'D':
                return new Item("[^" + digitClass() + "]", true);
            case 'w':
                return new Item("[" + wordClass() + "]", true);
            case 'W':
                return new Item("[^" + wordClass() + "]", true);
            case 's':
                return new Item("[" + spaceClass() + "]", true);
            case 'S':
                return new Item("[^" + spaceClass() + "]", true);
            default:
                break;
        }
        if (c >= '1' && c <= '9') {
            // group reference, or an octal escape with three octal digits
            int j = i;
            if (j < p.length && isOctal(c) && isOctal(p[j]) && j + 1 < p.length && isOctal(p[j + 1])) {
                int v = (c - '0') * 64 + (p[j] - '0') * 8 + (p[j + 1] - '0');
                if (v > 0377) throw new Error("octal escape value \\" + str(start + 1, j + 2) + " outside of range 0-0o377", start);
                i = j + 2;
                return new Item(literal(v), true);
            }
            int g = c - '0';
            if (j < p.length && p[j] >= '0' && p[j] <= '9') {
                g = g * 10 + (p[j] - '0');
                i = j + 1;
            }
            if (g > groups) throw new Error("invalid group reference " + g, start + 1);
            if (open.contains(g)) throw new Error("cannot refer to an open group", start);
            return new Item(backref(g, w), true);
        }
        int v = simpleEscape(c, start, false);
        return new Item(literal(v), true);
    }

    private static boolean isOctal(int c) {
        return c >= '0' && c <= '7';
    }

    private static boolean isHex(int c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    /** The code point of a character escape whose letter c was just read (i after it). */
    private int simpleEscape(int c, int start, boolean inClass) {
        switch (c) {
            case 'a': return 7;
            case 'f': return '\f';
            case 'n': return '\n';
            case 'r': return '\r';
            case 't': return '\t';
            case 'v': return 0x0b;
            case 'b':
                if (inClass) return '\b';
                break;
            case '\\': return '\\';
            case 'x': {
                int j = i;
                while (j < p.length && j < i + 2 && isHex(p[j])) j++;
                if (j - i != 2) throw new Error("incomplete escape \\x" + str(i, j), start);
                int v = Integer.parseInt(str(i, j), 16);
                i = j;
                return v;
            }
            case 'u':
            case 'U': {
                if (bytes) break;
                int n = c == 'u' ? 4 : 8;
                int j = i;
                while (j < p.length && j < i + n && isHex(p[j])) j++;
                if (j - i != n) throw new Error("incomplete escape \\" + (char) c + str(i, j), start);
                long v = Long.parseLong(str(i, j), 16);
                if (v > 0x10ffff) throw new Error("bad escape \\" + (char) c + str(i, j), start);
                i = j;
                return (int) v;
            }
            case 'N': {
                if (bytes) break;
                if (i >= p.length || p[i] != '{') throw new Error("missing {", i);
                int j = i + 1;
                while (j < p.length && p[j] != '}') j++;
                if (j >= p.length) throw new Error("missing }, unterminated name", i + 1);
                String name = str(i + 1, j);
                if (name.isEmpty()) throw new Error("missing character name", i + 1);
                int cp;
                try {
                    cp = Character.codePointOf(name);
                } catch (IllegalArgumentException e) {
                    throw new Error("undefined character name " + pyRepr(name), start);
                }
                i = j + 1;
                return cp;
            }
            case '0': {
                int j = i;
                while (j < p.length && j < i + 2 && isOctal(p[j])) j++;
                int v = Integer.parseInt("0" + str(i, j), 8);
                i = j;
                return v;
            }
            default:
                break;
        }
        if (c < 128 && Character.isLetterOrDigit(c)) {
            throw new Error("bad escape \\" + (char) c, start);
        }
        return c;
    }

    // ================================================================== character classes

    private String charClass(int start) {
        StringBuilder sb = new StringBuilder("[");
        if (peek() == '^') {
            sb.append('^');
            i++;
        }
        boolean first = true;
        int items = 0;
        while (true) {
            if (!more()) throw new Error("unterminated character set", start);
            int c = p[i];
            if (c == ']' && !first) {
                i++;
                break;
            }
            first = false;
            int itemStart = i;
            int lo;
            String cls = null;
            if (c == '\\') {
                i++;
                if (!more()) throw new Error("unterminated character set", start);
                int e = p[i];
                i++;
                switch (e) {
                    case 'd' -> cls = digitClass();
                    case 'D' -> cls = "[^" + digitClass() + "]";
                    case 'w' -> cls = wordClass();
                    case 'W' -> cls = "[^" + wordClass() + "]";
                    case 's' -> cls = spaceClass();
                    case 'S' -> cls = "[^" + spaceClass() + "]";
                    default -> { }
                }
                if (cls != null) {
                    sb.append(cls);
                    items++;
                    if (peek() == '-' && i + 1 < p.length && p[i + 1] != ']') {
                        throw new Error("bad character range " + str(itemStart, i + 2), itemStart);
                    }
                    continue;
                }
                if (e >= '1' && e <= '7') {
                    // octal escapes (up to three digits) only inside a class
                    int j = i;
                    while (j < p.length && j < i + 2 && isOctal(p[j])) j++;
                    lo = Integer.parseInt(str(i - 1, j), 8);
                    if (lo > 0377) throw new Error("octal escape value \\" + str(i - 1, j) + " outside of range 0-0o377", itemStart);
                    i = j;
                } else if (e == '8' || e == '9') {
                    throw new Error("bad escape \\" + (char) e, itemStart);
                } else {
                    lo = simpleEscape(e, itemStart, true);
                }
            } else {
                i++;
                lo = c;
            }
            if (peek() == '-' && i + 1 < p.length && p[i + 1] != ']') {
                i++;
                int hiStart = i;
                int hi;
                if (p[i] == '\\') {
                    i++;
                    if (!more()) throw new Error("unterminated character set", start);
                    int e = p[i];
                    i++;
                    if (e == 'd' || e == 'D' || e == 'w' || e == 'W' || e == 's' || e == 'S') {
                        throw new Error("bad character range " + str(itemStart, i), itemStart);
                    }
                    hi = simpleEscape(e, hiStart, true);
                } else {
                    hi = p[i];
                    i++;
                }
                if (hi < lo) throw new Error("bad character range " + str(itemStart, i), itemStart);
                sb.append(classLiteral(lo)).append('-').append(classLiteral(hi));
            } else {
                sb.append(classLiteral(lo));
            }
            items++;
        }
        if (items == 0) return sb.charAt(1) == '^' ? "(?s:.)" : "(?!)";
        return sb.append(']').toString();
    }

    private static String classLiteral(int c) {
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) return String.valueOf((char) c);
        return "\\x{" + Integer.toHexString(c) + "}";
    }
}
