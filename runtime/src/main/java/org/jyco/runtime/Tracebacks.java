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

    public static String format(PyBaseException e) {
        StringBuilder sb = new StringBuilder();
        format(e, sb, new IdentityHashMap<>());
        return sb.toString();
    }

    private static void format(PyBaseException e, StringBuilder sb, IdentityHashMap<Object, Boolean> seen) {
        seen.put(e, Boolean.TRUE);
        Object cause = e.getCause();
        Object context = e.getContext();
        if (cause instanceof PyBaseException c && !seen.containsKey(c)) {
            format(c, sb, seen);
            sb.append("\nThe above exception was the direct cause of the following exception:\n\n");
        } else if (!e.getSuppressContext() && context instanceof PyBaseException c && !seen.containsKey(c)) {
            format(c, sb, seen);
            sb.append("\nDuring handling of the above exception, another exception occurred:\n\n");
        }
        List<PyBaseException.TracebackEntry> tb = e.traceback();
        if (!tb.isEmpty()) {
            sb.append("Traceback (most recent call last):\n");
            // as CPython: a run of identical entries shows three times, then a count
            PyBaseException.TracebackEntry last = null;
            int repeat = 0;
            int middle = tb.size() - PyBaseException.MAX_TRACEBACK / 2;
            for (int i = 0; i < tb.size(); i++) {
                PyBaseException.TracebackEntry t = tb.get(i);
                if (t.equals(last)) {
                    repeat++;
                } else {
                    if (repeat > 3) appendRepeat(sb, repeat - 3);
                    repeat = 1;
                    last = t;
                }
                if (i == middle && e.droppedFrames() > 0) repeat += e.droppedFrames();
                if (repeat > 3) continue;
                sb.append("  File \"").append(t.filename()).append("\", line ").append(t.line())
                    .append(", in ").append(t.function()).append('\n');
                String line = sourceLine(t.filename(), t.line());
                if (line != null && !line.isBlank()) sb.append("    ").append(line.strip()).append('\n');
            }
            if (repeat > 3) appendRepeat(sb, repeat - 3);
        }
        sb.append(formatExceptionOnly(e));
    }

    private static void appendRepeat(StringBuilder sb, int n) {
        sb.append("  [Previous line repeated ").append(n).append(" more time").append(n == 1 ? "" : "s").append("]\n");
    }

    /** The last part: "Type: message" (or the SyntaxError block), with notes. */
    public static String formatExceptionOnly(PyBaseException e) {
        StringBuilder sb = new StringBuilder();
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
                sb.append("  File \"").append(fn instanceof String f ? f : "<string>").append("\", line ").append(l).append('\n');
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
            sb.append(name).append(": ").append(m.isEmpty() ? "<no detail available>" : m).append(suffix).append('\n');
            return sb.toString();
        }
        String msg;
        try {
            msg = Abstract.str(e);
        } catch (PyException x) {
            msg = "<exception str() failed>";
        }
        sb.append(name);
        if (!msg.isEmpty()) sb.append(": ").append(msg);
        sb.append('\n');
        Object notes = e.getDict().getOrNull("__notes__");
        if (notes != null) {
            for (Object n : Abstract.toArray(notes)) sb.append(Abstract.str(n)).append('\n');
        }
        return sb.toString();
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
