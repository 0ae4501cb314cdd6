package org.jyco.stdlib;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jyco.runtime.Abstract;
import org.jyco.runtime.CompareOp;
import org.jyco.runtime.Exposed;
import org.jyco.runtime.Interpreter;
import org.jyco.runtime.PyException;
import org.jyco.runtime.PyExc;
import org.jyco.runtime.PyModule;
import org.jyco.runtime.PyNone;
import org.jyco.runtime.PyType;
import org.jyco.runtime.types.PyBytes;
import org.jyco.runtime.types.PyDict;
import org.jyco.runtime.types.PyList;
import org.jyco.runtime.types.PySlice;
import org.jyco.runtime.types.PyTuple;

/**
 * {@code os.path} with CPython's {@code posixpath} behaviour (the module is named posixpath, as
 * in CPython on POSIX). Pure path algebra works on str and bytes alike (see {@link OsModule.P});
 * the file tests go through {@code os.stat}.
 */
public final class PathModule {
    private PathModule() {}

    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("posixpath");
        m.addFunctions(PathModule.class, interp);
        PyDict d = m.getDict();
        d.put("__doc__", "Common operations on Posix pathnames.");
        d.put("sep", "/");
        d.put("altsep", PyNone.NONE);
        d.put("extsep", ".");
        d.put("pathsep", ":");
        d.put("curdir", ".");
        d.put("pardir", "..");
        d.put("defpath", "/bin:/usr/bin");
        d.put("devnull", "/dev/null");
        d.put("supports_unicode_filenames", false);
        return m;
    }

    private static OsModule.P arg(Object o) {
        return OsModule.arg(o);
    }

    /** Arguments of one call: all str or all bytes, as CPython's genericpath._check_arg_types. */
    private static OsModule.P[] args(String function, Object[] objs, boolean firstChecked) {
        OsModule.P[] ps = new OsModule.P[objs.length];
        for (int i = 0; i < objs.length; i++) {
            Object o = objs[i];
            if (i == 0 && firstChecked || o instanceof String || o instanceof PyBytes
                || Abstract.lookupSpecial(o, "__fspath__") != null) {
                ps[i] = arg(o);
            } else {
                throw PyExc.typeError(function + "() argument must be str, bytes, or os.PathLike object, not '"
                    + PyType.of(o).getName() + "'");
            }
        }
        for (OsModule.P p : ps) {
            if (p.bytes() != ps[0].bytes()) throw PyExc.typeError("Can't mix strings and bytes in path components");
        }
        return ps;
    }

    // ================================================================== pure algebra

    static String join2(String a, String b) {
        if (b.startsWith("/")) return b;
        if (a.isEmpty() || a.endsWith("/")) return a + b;
        return a + "/" + b;
    }

    private static boolean allSlashes(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) != '/') return false;
        }
        return true;
    }

    static String rstripSlashes(String s) {
        int e = s.length();
        while (e > 0 && s.charAt(e - 1) == '/') e--;
        return s.substring(0, e);
    }

    /** (head, tail) as posixpath.split. */
    static String[] split(String p) {
        int i = p.lastIndexOf('/') + 1;
        String head = p.substring(0, i), tail = p.substring(i);
        if (!head.isEmpty() && !allSlashes(head)) head = rstripSlashes(head);
        return new String[] {head, tail};
    }

    static String[] splitext(String p) {
        int sep = p.lastIndexOf('/');
        int dot = p.lastIndexOf('.');
        if (dot > sep) {
            // leading dots of the file name do not start an extension
            for (int i = sep + 1; i < dot; i++) {
                if (p.charAt(i) != '.') return new String[] {p.substring(0, dot), p.substring(dot)};
            }
        }
        return new String[] {p, ""};
    }

    static String normpath(String path) {
        if (path.isEmpty()) return ".";
        int initial = path.startsWith("/") ? 1 : 0;
        if (initial == 1 && path.startsWith("//") && !path.startsWith("///")) initial = 2;
        List<String> comps = new ArrayList<>();
        for (String c : path.split("/", -1)) {
            if (c.isEmpty() || c.equals(".")) continue;
            if (!c.equals("..") || (initial == 0 && comps.isEmpty()) || (!comps.isEmpty() && comps.get(comps.size() - 1).equals(".."))) {
                comps.add(c);
            } else if (!comps.isEmpty()) {
                comps.remove(comps.size() - 1);
            }
        }
        String r = "/".repeat(initial) + String.join("/", comps);
        return r.isEmpty() ? "." : r;
    }

    private static String cwd(boolean bytes) {
        String c = (String) OsModule.getcwd();
        return bytes ? OsModule.toLatin1Bytes(c) : c;
    }

    static String abspath(String p, boolean bytes) {
        if (!p.startsWith("/")) p = join2(cwd(bytes), p);
        return normpath(p);
    }

    // ================================================================== functions

    @Exposed.Method(params = {"a", "/", "*p"})
    public static Object join(Object a, Object[] p) {
        Object[] all = new Object[p.length + 1];
        all[0] = a;
        System.arraycopy(p, 0, all, 1, p.length);
        OsModule.P[] ps = args("join", all, true);
        String r = ps[0].s();
        for (int i = 1; i < ps.length; i++) r = join2(r, ps[i].s());
        return ps[0].out(r);
    }

    @Exposed.Method(name = "split", params = {"p", "/"})
    public static Object splitFn(Object p) {
        OsModule.P a = arg(p);
        String[] ht = split(a.s());
        return PyTuple.of(a.out(ht[0]), a.out(ht[1]));
    }

    @Exposed.Method(name = "splitext", params = {"p", "/"})
    public static Object splitextFn(Object p) {
        OsModule.P a = arg(p);
        String[] r = splitext(a.s());
        return PyTuple.of(a.out(r[0]), a.out(r[1]));
    }

    @Exposed.Method(params = {"p", "/"})
    public static Object splitdrive(Object p) {
        OsModule.P a = arg(p);
        return PyTuple.of(a.out(""), a.out(a.s()));
    }

    @Exposed.Method(params = {"p", "/"})
    public static Object basename(Object p) {
        OsModule.P a = arg(p);
        return a.out(a.s().substring(a.s().lastIndexOf('/') + 1));
    }

    @Exposed.Method(params = {"p", "/"})
    public static Object dirname(Object p) {
        OsModule.P a = arg(p);
        String head = a.s().substring(0, a.s().lastIndexOf('/') + 1);
        if (!head.isEmpty() && !allSlashes(head)) head = rstripSlashes(head);
        return a.out(head);
    }

    @Exposed.Method(params = {"s", "/"})
    public static Object isabs(Object s) {
        return arg(s).s().startsWith("/");
    }

    @Exposed.Method(params = {"s", "/"})
    public static Object normcase(Object s) {
        return OsModule.fspath(s);
    }

    @Exposed.Method(name = "normpath", params = {"path", "/"})
    public static Object normpathFn(Object path) {
        OsModule.P a = arg(path);
        return a.out(normpath(a.s()));
    }

    @Exposed.Method(name = "abspath", params = {"path", "/"})
    public static Object abspathFn(Object path) {
        OsModule.P a = arg(path);
        return a.out(abspath(a.s(), a.bytes()));
    }

    @Exposed.Method(params = {"path", "start=None"})
    public static Object relpath(Object path, Object start) {
        OsModule.P p = arg(path);
        if (p.s().isEmpty()) throw PyExc.valueError("no path specified");
        OsModule.P s = start == PyNone.NONE ? new OsModule.P(".", p.bytes(), ".") : arg(start);
        if (s.bytes() != p.bytes()) throw PyExc.typeError("Can't mix strings and bytes in path components");
        List<String> sl = components(abspath(s.s(), s.bytes())), pl = components(abspath(p.s(), p.bytes()));
        int i = 0;
        while (i < sl.size() && i < pl.size() && sl.get(i).equals(pl.get(i))) i++;
        List<String> rel = new ArrayList<>();
        for (int k = i; k < sl.size(); k++) rel.add("..");
        rel.addAll(pl.subList(i, pl.size()));
        if (rel.isEmpty()) return p.out(".");
        String r = rel.get(0);
        for (int k = 1; k < rel.size(); k++) r = join2(r, rel.get(k));
        return p.out(r);
    }

    private static List<String> components(String abs) {
        List<String> out = new ArrayList<>();
        for (String c : abs.split("/")) {
            if (!c.isEmpty()) out.add(c);
        }
        return out;
    }

    @Exposed.Method(params = {"m", "/"})
    public static Object commonprefix(Object m) {
        Object[] items = Abstract.toArray(m);
        if (items.length == 0) return "";
        if (!(items[0] instanceof PyList) && !(items[0] instanceof PyTuple)) {
            for (int i = 0; i < items.length; i++) items[i] = OsModule.fspath(items[i]);
        }
        Object s1 = items[0], s2 = items[0];
        for (Object o : items) {
            if (Abstract.isTrue(Abstract.richCompare(o, s1, CompareOp.LT))) s1 = o;
            if (Abstract.isTrue(Abstract.richCompare(o, s2, CompareOp.GT))) s2 = o;
        }
        if (s1 instanceof String a && s2 instanceof String b) {
            int i = 0, n = Math.min(a.length(), b.length());
            while (i < n && a.charAt(i) == b.charAt(i)) i++;
            if (i > 0 && i < a.length() && Character.isHighSurrogate(a.charAt(i - 1))) i--;
            return a.substring(0, i);
        }
        long n1 = Abstract.len(s1);
        for (long i = 0; i < n1; i++) {
            if (!Abstract.eq(Abstract.getItem(s1, i), Abstract.getItem(s2, i))) {
                return Abstract.getItem(s1, new PySlice(PyNone.NONE, i, PyNone.NONE));
            }
        }
        return s1;
    }

    @Exposed.Method(params = {"paths", "/"})
    public static Object commonpath(Object paths) {
        Object[] items = Abstract.toArray(paths);
        if (items.length == 0) throw PyExc.valueError("commonpath() arg is an empty sequence");
        OsModule.P[] ps = new OsModule.P[items.length];
        for (int i = 0; i < items.length; i++) ps[i] = arg(items[i]);
        for (OsModule.P p : ps) {
            if (p.bytes() != ps[0].bytes()) throw PyExc.typeError("Can't mix strings and bytes in path components");
        }
        boolean abs = ps[0].s().startsWith("/");
        List<List<String>> split = new ArrayList<>();
        for (OsModule.P p : ps) {
            if (p.s().startsWith("/") != abs) throw PyExc.valueError("Can't mix absolute and relative paths");
            List<String> cs = new ArrayList<>();
            for (String c : p.s().split("/")) {
                if (!c.isEmpty() && !c.equals(".")) cs.add(c);
            }
            split.add(cs);
        }
        List<String> s1 = split.get(0), s2 = split.get(0);
        for (List<String> l : split) {
            if (compareLists(l, s1) < 0) s1 = l;
            if (compareLists(l, s2) > 0) s2 = l;
        }
        int i = 0;
        while (i < s1.size() && i < s2.size() && s1.get(i).equals(s2.get(i))) i++;
        return ps[0].out((abs ? "/" : "") + String.join("/", s1.subList(0, i)));
    }

    private static int compareLists(List<String> a, List<String> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = comparePoints(a.get(i), b.get(i));
            if (c != 0) return c;
        }
        return Integer.compare(a.size(), b.size());
    }

    private static int comparePoints(String a, String b) {
        int i = 0, j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i), cb = b.codePointAt(j);
            if (ca != cb) return Integer.compare(ca, cb);
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    private static Object environ(Interpreter interp) {
        Object os = interp.modules().getOrNull("os");
        return os instanceof PyModule m ? m.getDict().getOrNull("environ") : null;
    }

    @Exposed.Method(params = {"path", "/"})
    public static Object expanduser(Interpreter interp, Object path) {
        OsModule.P a = arg(path);
        String p = a.s();
        if (!p.startsWith("~")) return a.out(p);
        int i = p.indexOf('/', 1);
        if (i < 0) i = p.length();
        String home;
        if (i == 1) {
            Object env = environ(interp);
            Object h = env instanceof PyDict d ? d.getOrNull("HOME") : null;
            home = h instanceof String hs ? hs : System.getProperty("user.home");
        } else {
            String user = a.bytes() ? OsModule.fromLatin1Bytes(p.substring(1, i)) : p.substring(1, i);
            home = homeOf(user);
            if (home == null) return a.out(p);
        }
        if (a.bytes()) home = OsModule.toLatin1Bytes(home);
        home = rstripSlashes(home);
        String r = home + p.substring(i);
        return a.out(r.isEmpty() ? "/" : r);
    }

    /** A user's home directory from /etc/passwd, or null. */
    private static String homeOf(String user) {
        try {
            for (String line : Files.readAllLines(java.nio.file.Path.of("/etc/passwd"))) {
                String[] f = line.split(":", -1);
                if (f.length >= 6 && f[0].equals(user)) return f[5];
            }
        } catch (java.io.IOException | RuntimeException e) {
            return null;
        }
        return null;
    }

    @Exposed.Method(params = {"path", "/"})
    public static Object expandvars(Interpreter interp, Object path) {
        OsModule.P a = arg(path);
        String p = a.s();
        if (p.indexOf('$') < 0) return a.out(p);
        Object env = environ(interp);
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < p.length()) {
            char c = p.charAt(i);
            if (c != '$') {
                sb.append(c);
                i++;
                continue;
            }
            int j;
            String name;
            if (i + 1 < p.length() && p.charAt(i + 1) == '{') {
                int close = p.indexOf('}', i + 2);
                if (close < 0) {
                    sb.append(c);
                    i++;
                    continue;
                }
                name = p.substring(i + 2, close);
                j = close + 1;
            } else {
                j = i + 1;
                while (j < p.length() && isWord(p.charAt(j))) j++;
                name = p.substring(i + 1, j);
                if (name.isEmpty()) {
                    sb.append(c);
                    i++;
                    continue;
                }
            }
            String key = a.bytes() ? OsModule.fromLatin1Bytes(name) : name;
            Object v = env instanceof PyDict d ? d.getOrNull(key) : null;
            if (v instanceof String vs) {
                sb.append(a.bytes() ? OsModule.toLatin1Bytes(vs) : vs);
            } else {
                sb.append(p, i, j);
            }
            i = j;
        }
        return a.out(sb.toString());
    }

    private static boolean isWord(char c) {
        return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    @Exposed.Method(params = {"filename", "*", "strict=False"})
    public static Object realpath(Object filename, Object strict) {
        OsModule.P a = arg(filename);
        boolean st = Abstract.isTrue(strict);
        String r = resolve("", a.s(), a, new HashMap<>(), st);
        return a.out(abspath(r, a.bytes()));
    }

    /** posixpath's _joinrealpath: {@code rest} resolved on top of the already real {@code base}. */
    private static String resolve(String base, String rest, OsModule.P kind, Map<String, String> seen, boolean strict) {
        if (rest.startsWith("/")) {
            rest = rest.substring(1);
            base = "/";
        }
        String[] names = rest.split("/", -1);
        for (int k = 0; k < names.length; k++) {
            String name = names[k];
            if (name.isEmpty() || name.equals(".")) continue;
            if (name.equals("..")) {
                if (!base.isEmpty()) {
                    String[] ht = split(base);
                    if (ht[1].equals("..")) {
                        base = join2(base, "..");
                    } else {
                        base = ht[0];
                    }
                } else {
                    base = "..";
                }
                continue;
            }
            String np = join2(base, name);
            java.nio.file.Path jp = new OsModule.P(np, kind.bytes(), null).path();
            if (!Files.isSymbolicLink(jp)) {
                if (strict && !Files.exists(jp, LinkOption.NOFOLLOW_LINKS)) {
                    throw org.jyco.runtime.OsErrors.of(org.jyco.runtime.OsErrors.ENOENT, kind.out(np));
                }
                base = np;
                continue;
            }
            if (seen.containsKey(np)) {
                String done = seen.get(np);
                if (done != null) {
                    base = done;
                    continue;
                }
                if (strict) throw org.jyco.runtime.OsErrors.of(org.jyco.runtime.OsErrors.ELOOP, kind.out(np));
                // a symlink loop: the rest stays unresolved
                StringBuilder tail = new StringBuilder(np);
                for (int m = k + 1; m < names.length; m++) tail.append('/').append(names[m]);
                return tail.toString();
            }
            seen.put(np, null);
            String target;
            try {
                target = kind.internal(Files.readSymbolicLink(jp).toString());
            } catch (java.io.IOException e) {
                throw org.jyco.runtime.OsErrors.from(e, kind.out(np));
            }
            base = resolve(base, target, kind, seen, strict);
            seen.put(np, base);
        }
        return base;
    }

    // ================================================================== file tests

    /** stat(path) or null when os.stat raises OSError or ValueError (TypeError propagates). */
    private static PyTuple statOrNull(Object path, boolean follow) {
        try {
            return (PyTuple) (follow ? OsModule.stat(path, true) : OsModule.lstat(path));
        } catch (PyException e) {
            if (e.matches(PyExc.OSError) || e.matches(PyExc.ValueError)) return null;
            throw e;
        }
    }

    private static long mode(PyTuple st) {
        return (Long) st.get(0);
    }

    @Exposed.Method(params = {"path"})
    public static Object exists(Object path) {
        return statOrNull(path, true) != null;
    }

    @Exposed.Method(params = {"path"})
    public static Object lexists(Object path) {
        return statOrNull(path, false) != null;
    }

    @Exposed.Method(params = {"path"})
    public static Object isfile(Object path) {
        PyTuple st = statOrNull(path, true);
        return st != null && (mode(st) & 0170000) == 0100000;
    }

    @Exposed.Method(params = {"s"})
    public static Object isdir(Object s) {
        PyTuple st = statOrNull(s, true);
        return st != null && (mode(st) & 0170000) == 0040000;
    }

    @Exposed.Method(params = {"path"})
    public static Object islink(Object path) {
        PyTuple st = statOrNull(path, false);
        return st != null && (mode(st) & 0170000) == 0120000;
    }

    @Exposed.Method(params = {"path"})
    public static Object ismount(Object path) {
        OsModule.P a = arg(path);
        PyTuple st = statOrNull(path, false);
        if (st == null || (mode(st) & 0170000) != 0040000) return false;
        String parent = join2(a.s(), "..");
        PyTuple pst = statOrNull(a.out(parent), false);
        if (pst == null) return false;
        return !pst.get(2).equals(st.get(2)) || pst.get(1).equals(st.get(1));
    }

    @Exposed.Method(params = {"filename", "/"})
    public static Object getsize(Object filename) {
        return ((PyTuple) OsModule.stat(filename, true)).get(6);
    }

    @Exposed.Method(params = {"filename", "/"})
    public static Object getmtime(Object filename) {
        return Abstract.getAttr(OsModule.stat(filename, true), "st_mtime");
    }

    @Exposed.Method(params = {"filename", "/"})
    public static Object getatime(Object filename) {
        return Abstract.getAttr(OsModule.stat(filename, true), "st_atime");
    }

    @Exposed.Method(params = {"filename", "/"})
    public static Object getctime(Object filename) {
        return Abstract.getAttr(OsModule.stat(filename, true), "st_ctime");
    }

    @Exposed.Method(params = {"f1", "f2"})
    public static Object samefile(Object f1, Object f2) {
        PyTuple a = (PyTuple) OsModule.stat(f1, true), b = (PyTuple) OsModule.stat(f2, true);
        return a.get(1).equals(b.get(1)) && a.get(2).equals(b.get(2));
    }
}
