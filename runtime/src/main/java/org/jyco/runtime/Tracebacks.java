package org.jyco.runtime;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.List;

/**
 * Formats exceptions as CPython's traceback module does: the chain of causes and contexts,
 * "Traceback (most recent call last):", one entry per frame with its source line, then
 * "Type: message".
 */
public final class Tracebacks {
    private Tracebacks() {}

    /** Exception groups deeper than this are elided, as CPython's {@code PyErr_MAX_GROUP_DEPTH}. */
    private static final int MAX_GROUP_DEPTH = 10;
    /** Sub-exceptions shown per group, as CPython's {@code PyErr_MAX_GROUP_WIDTH}. */
    private static final int MAX_GROUP_WIDTH = 15;

    /**
     * Where printing is: exceptions inside a group are drawn in a box, indented two columns per
     * level, each line starting with the margin "| " (CPython's {@code exception_print_context}).
     */
    private static final class Ctx {
        final StringBuilder sb = new StringBuilder();
        final IdentityHashMap<Object, Boolean> seen = new IdentityHashMap<>();
        int depth;
        /** The current group's last sub-exception still needs the box's bottom line. */
        boolean needClose;
        /** The exception whose entries are given ({@link #topEntries}) instead of its own. */
        PyBaseException top;
        List<PyBaseException.TracebackEntry> topEntries;
        /** At most this many entries per exception (outermost first); negative: all. */
        int limit = -1;
        /** Whether causes and contexts are printed. */
        boolean chain = true;

        String margin() {
            return depth > 0 ? "| " : "";
        }

        Ctx indent() {
            for (int i = 0; i < 2 * depth; i++) sb.append(' ');
            return this;
        }

        /** Starts a line inside the box. */
        StringBuilder line() {
            indent();
            return sb.append(margin());
        }
    }

    /** The whole report of an uncaught exception, as CPython's {@code sys.excepthook} prints it. */
    public static String format(PyBaseException e) {
        Ctx ctx = new Ctx();
        printRecursive(ctx, e);
        return ctx.sb.toString();
    }

    /**
     * As {@code traceback.format_exception(type(e), e, tb, limit, chain)}: the top exception's
     * entries start at {@code tb} (none if null), at most {@code limit} entries per exception
     * (negative: no limit), causes and contexts only if {@code chain}.
     */
    public static String format(PyBaseException e, Traceback tb, int limit, boolean chain) {
        Ctx ctx = new Ctx();
        ctx.top = e;
        ctx.topEntries = tb == null ? List.of() : tb.entriesFromHere();
        ctx.limit = limit;
        ctx.chain = chain;
        printRecursive(ctx, e);
        return ctx.sb.toString();
    }

    private static void printRecursive(Ctx ctx, PyBaseException e) {
        ctx.seen.put(e, Boolean.TRUE);
        if (!ctx.chain) {
            if (e instanceof PyBaseExceptionGroup g) printGroup(ctx, g);
            else printException(ctx, e);
            return;
        }
        Object cause = e.getCause();
        if (cause instanceof PyBaseException c) {
            if (!ctx.seen.containsKey(c)) {
                printChained(ctx, c, "The above exception was the direct cause of the following exception:");
            }
        } else if (!e.getSuppressContext() && e.getContext() instanceof PyBaseException c && !ctx.seen.containsKey(c)) {
            printChained(ctx, c, "During handling of the above exception, another exception occurred:");
        }
        if (e instanceof PyBaseExceptionGroup g) printGroup(ctx, g);
        else printException(ctx, e);
    }

    private static void printChained(Ctx ctx, PyBaseException e, String message) {
        boolean needClose = ctx.needClose;
        printRecursive(ctx, e);
        ctx.needClose = needClose;
        ctx.line().append('\n');
        ctx.line().append(message).append('\n');
        ctx.line().append('\n');
    }

    private static void printGroup(Ctx ctx, PyBaseExceptionGroup g) {
        if (ctx.depth > MAX_GROUP_DEPTH) {
            ctx.line().append("... (max_group_depth is ").append(MAX_GROUP_DEPTH).append(")\n");
            return;
        }
        if (ctx.depth == 0) ctx.depth = 1;
        printException(ctx, g);
        Object[] excs = g.exceptions().array();
        int n = excs.length <= MAX_GROUP_WIDTH ? excs.length : MAX_GROUP_WIDTH + 1;
        ctx.needClose = false;
        for (int i = 0; i < n; i++) {
            boolean last = i == n - 1;
            if (last) ctx.needClose = true; // a nested group may draw the bottom line itself
            ctx.indent().sb.append(i == 0 ? "+-" : "  ");
            boolean truncated = i >= MAX_GROUP_WIDTH;
            if (truncated) ctx.sb.append("+---------------- ... ----------------\n");
            else ctx.sb.append("+---------------- ").append(i + 1).append(" ----------------\n");
            ctx.depth++;
            if (!truncated) {
                printRecursive(ctx, (PyBaseException) excs[i]);
            } else {
                int more = excs.length - MAX_GROUP_WIDTH;
                ctx.line().append("and ").append(more).append(" more exception").append(more > 1 ? "s" : "").append('\n');
            }
            if (last && ctx.needClose) {
                ctx.indent().sb.append("+------------------------------------\n");
                ctx.needClose = false;
            }
            ctx.depth--;
        }
        if (ctx.depth == 1) ctx.depth = 0;
    }

    /** One exception without its chain: traceback, "Type: message", notes. */
    private static void printException(Ctx ctx, PyBaseException e) {
        StringBuilder sb = ctx.sb;
        List<PyBaseException.TracebackEntry> tb = e == ctx.top && ctx.topEntries != null ? ctx.topEntries : e.traceback();
        if (ctx.limit >= 0 && tb.size() > ctx.limit) tb = tb.subList(0, ctx.limit);
        if (!tb.isEmpty()) {
            boolean group = e instanceof PyBaseExceptionGroup;
            ctx.indent().sb.append(group && ctx.depth == 1 ? "+ " : ctx.margin())
                .append(group ? "Exception Group Traceback" : "Traceback").append(" (most recent call last):\n");
            // as CPython: a run of identical entries shows three times, then a count
            PyBaseException.TracebackEntry last = null;
            int repeat = 0;
            int middle = tb.size() - PyBaseException.MAX_TRACEBACK / 2;
            for (int i = 0; i < tb.size(); i++) {
                PyBaseException.TracebackEntry t = tb.get(i);
                if (t.equals(last)) {
                    repeat++;
                } else {
                    if (repeat > 3) appendRepeat(ctx, repeat - 3);
                    repeat = 1;
                    last = t;
                }
                if (i == middle && e.droppedFrames() > 0) repeat += e.droppedFrames();
                if (repeat > 3) continue;
                ctx.line().append("  File \"").append(t.filename()).append("\", line ").append(t.line())
                    .append(", in ").append(t.function()).append('\n');
                String line = sourceLine(t.filename(), t.line());
                if (line != null && !line.isBlank()) ctx.line().append("    ").append(line.strip()).append('\n');
            }
            if (repeat > 3) appendRepeat(ctx, repeat - 3);
        }
        String margin = " ".repeat(2 * ctx.depth) + ctx.margin();
        formatExceptionOnly(e, margin, sb);
    }

    /** The "  File ..., line N, in f" lines (with source lines) of entries, at most limit of them if not negative. */
    public static String formatEntries(List<PyBaseException.TracebackEntry> tb, int limit) {
        Ctx ctx = new Ctx();
        if (limit >= 0 && tb.size() > limit) tb = tb.subList(0, limit);
        for (PyBaseException.TracebackEntry t : tb) {
            ctx.line().append("  File \"").append(t.filename()).append("\", line ").append(t.line())
                .append(", in ").append(t.function()).append('\n');
            String line = sourceLine(t.filename(), t.line());
            if (line != null && !line.isBlank()) ctx.line().append("    ").append(line.strip()).append('\n');
        }
        return ctx.sb.toString();
    }

    private static void appendRepeat(Ctx ctx, int n) {
        ctx.line().append("  [Previous line repeated ").append(n).append(" more time").append(n == 1 ? "" : "s").append("]\n");
    }

    /** The last part: "Type: message" (or the SyntaxError block), with notes. */
    public static String formatExceptionOnly(PyBaseException e) {
        StringBuilder sb = new StringBuilder();
        formatExceptionOnly(e, "", sb);
        return sb.toString();
    }

    /**
     * "Type: message" (or the SyntaxError block) and the notes, each line after {@code margin}
     * as CPython's printer writes them (a SyntaxError's source and caret lines and the lines
     * after the first of a multi-line message get no margin).
     */
    private static void formatExceptionOnly(PyBaseException e, String margin, StringBuilder sb) {
        PyType t = e.getType();
        String name = t.getName();
        Object mod = t.dict().get("__module__");
        if (mod instanceof String m && !m.equals("builtins") && !m.equals("__main__")) name = m + "." + t.getQualname();
        else if (!t.isBuiltin()) name = t.getQualname();
        if (t.isSubtype(PyExc.SyntaxError)) {
            // the rules of traceback.format_exception_only for SyntaxError, as CPython 3.11 has them
            Object fn = e.getDict().getOrNull("filename");
            Object ln = e.getDict().getOrNull("lineno");
            Object text = e.getDict().getOrNull("text");
            Object off = e.getDict().getOrNull("offset");
            Object endOff = e.getDict().getOrNull("end_offset");
            String suffix = "";
            if (ln instanceof Long l) {
                sb.append(margin).append("  File \"").append(fn instanceof String f ? f : "<string>").append("\", line ").append(l).append('\n');
            } else if (fn instanceof String f) {
                suffix = " (" + f + ")";
            }
            if (text instanceof String tx) {
                int end = tx.length();
                while (end > 0 && tx.charAt(end - 1) == '\n') end--;
                int lead = 0;
                while (lead < end && (tx.charAt(lead) == ' ' || tx.charAt(lead) == '\n' || tx.charAt(lead) == '\f')) lead++;
                String shown = tx.substring(lead, end);
                sb.append("    ").append(shown).append('\n');
                if (off instanceof Long o) {
                    long stop = endOff instanceof Long eo && eo != 0 ? eo : o;
                    if (stop == o || stop == -1) stop = o + 1;
                    long col = o - 1 - lead, endCol = stop - 1 - lead;
                    if (col >= 0) {
                        sb.append("    ");
                        for (int i = 0; i < col && i < shown.length(); i++) {
                            char c = shown.charAt(i);
                            sb.append(Character.isWhitespace(c) ? c : ' ');
                        }
                        if (endCol > col) sb.append("^".repeat((int) (endCol - col)));
                        sb.append('\n');
                    }
                }
            }
            Object msg = e.getDict().getOrNull("msg");
            String m = msg == null || msg == PyNone.NONE ? e.message() : Abstract.str(msg);
            sb.append(margin).append(name).append(": ").append(m.isEmpty() ? "<no detail available>" : m).append(suffix)
                .append('\n');
        } else {
            String msg;
            try {
                msg = Abstract.str(e);
            } catch (PyException x) {
                msg = "<exception str() failed>";
            }
            sb.append(margin).append(name);
            if (!msg.isEmpty()) sb.append(": ").append(msg);
            sb.append('\n');
        }
        appendNotes(e, margin, sb);
    }

    /** {@code __notes__}: each line of each note after the margin; anything but a sequence as its repr. */
    private static void appendNotes(PyBaseException e, String margin, StringBuilder sb) {
        Object notes;
        try {
            notes = Abstract.getAttrOrNull(e, "__notes__");
        } catch (PyException x) {
            return;
        }
        if (notes == null) return;
        if (!PyBaseExceptionGroup.isSequence(notes)) {
            String r;
            try {
                r = Abstract.repr(notes);
            } catch (PyException x) {
                r = "<__notes__ repr() failed>";
            }
            sb.append(margin).append(r); // no newline: as CPython 3.11
            return;
        }
        Object[] all;
        try {
            all = Abstract.toArray(notes);
        } catch (PyException x) {
            return;
        }
        for (Object n : all) {
            String text;
            try {
                text = Abstract.str(n);
            } catch (PyException x) {
                text = null;
            }
            if (text == null) {
                sb.append("<note str() failed>");
            } else {
                for (String line : splitLinesKeepEnds(text)) sb.append(margin).append(line);
            }
            sb.append('\n');
        }
    }

    /** {@code str.splitlines(keepends=True)}. */
    private static List<String> splitLinesKeepEnds(String s) {
        List<String> out = new java.util.ArrayList<>();
        int start = 0, i = 0, n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            boolean eol = c == '\n' || c == '\r' || c == 0x0b || c == 0x0c || c == 0x1c || c == 0x1d || c == 0x1e
                || c == 0x85 || c == 0x2028 || c == 0x2029;
            if (!eol) {
                i++;
                continue;
            }
            i += c == '\r' && i + 1 < n && s.charAt(i + 1) == '\n' ? 2 : 1;
            out.add(s.substring(start, i));
            start = i;
        }
        if (start < n) out.add(s.substring(start));
        return out;
    }

    private static String sourceLine(String filename, int line) {
        try {
            byte[] stdlib = Interpreter.stdlibSource(filename);
            List<String> lines;
            if (stdlib != null) {
                lines = new String(stdlib, StandardCharsets.UTF_8).lines().toList();
            } else {
                Path p = Path.of(filename);
                if (!Files.isRegularFile(p)) return null;
                lines = Files.readAllLines(p, StandardCharsets.UTF_8);
            }
            return line >= 1 && line <= lines.size() ? lines.get(line - 1) : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
