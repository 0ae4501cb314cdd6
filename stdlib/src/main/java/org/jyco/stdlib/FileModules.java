package org.jyco.stdlib;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jyco.runtime.Abstract;
import org.jyco.runtime.Exposed;
import org.jyco.runtime.Interpreter;
import org.jyco.runtime.OsErrors;
import org.jyco.runtime.PyException;
import org.jyco.runtime.PyExc;
import org.jyco.runtime.PyModule;
import org.jyco.runtime.PyNone;
import org.jyco.runtime.PyObject;
import org.jyco.runtime.PyType;
import org.jyco.runtime.types.PyDict;
import org.jyco.runtime.types.PyIterators;
import org.jyco.runtime.types.PyList;
import org.jyco.runtime.types.PyTuple;

/**
 * The file-system helper modules {@code fnmatch}, {@code glob}, {@code tempfile} (directories
 * only: gettempdir, mkdtemp, TemporaryDirectory) and {@code shutil} (copyfile, copy, copy2,
 * copytree, rmtree, move, which), on str paths.
 */
public final class FileModules {
    private FileModules() {}

    private static String str(Object o, String what) {
        Object v = OsModule.fspath(o);
        if (v instanceof String s) return s;
        throw PyExc.notImplemented(what + ": bytes paths are not supported");
    }

    // ================================================================== fnmatch

    public static final class Fnmatch {
        private Fnmatch() {}

        private static final Map<String, Pattern> CACHE = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Pattern> e) {
                return size() > 256;
            }
        };

        public static PyModule create(Interpreter interp) {
            PyModule m = new PyModule("fnmatch");
            m.addFunctions(Fnmatch.class);
            m.getDict().put("__all__", PyList.of("filter", "fnmatch", "fnmatchcase"));
            return m;
        }

        /** A shell pattern as a Java regex matching whole strings. */
        static synchronized Pattern compile(String pat) {
            Pattern p = CACHE.get(pat);
            if (p != null) return p;
            StringBuilder re = new StringBuilder();
            int i = 0, n = pat.length();
            while (i < n) {
                char c = pat.charAt(i++);
                if (c == '*') {
                    while (i < n && pat.charAt(i) == '*') i++;
                    re.append(".*");
                } else if (c == '?') {
                    re.append('.');
                } else if (c == '[') {
                    int j = i;
                    if (j < n && pat.charAt(j) == '!') j++;
                    if (j < n && pat.charAt(j) == ']') j++;
                    while (j < n && pat.charAt(j) != ']') j++;
                    if (j >= n) {
                        re.append("\\[");
                    } else {
                        String set = pat.substring(i, j);
                        i = j + 1;
                        boolean neg = set.startsWith("!");
                        if (neg) set = set.substring(1);
                        StringBuilder cls = new StringBuilder();
                        // ranges whose end is below their start match nothing, as in CPython
                        for (int k = 0; k < set.length(); k++) {
                            char a = set.charAt(k);
                            if (k + 2 < set.length() && set.charAt(k + 1) == '-') {
                                char b = set.charAt(k + 2);
                                if (a <= b) cls.append(quoteInClass(a)).append('-').append(quoteInClass(b));
                                k += 2;
                            } else {
                                cls.append(quoteInClass(a));
                            }
                        }
                        if (cls.length() == 0) {
                            re.append(neg ? "." : "(?!)");
                        } else {
                            re.append('[').append(neg ? "^" : "").append(cls).append(']');
                        }
                    }
                } else {
                    re.append(Pattern.quote(String.valueOf(c)));
                }
            }
            p = Pattern.compile(re.toString(), Pattern.DOTALL);
            CACHE.put(pat, p);
            return p;
        }

        private static String quoteInClass(char c) {
            return Character.isLetterOrDigit(c) ? String.valueOf(c) : "\\" + (c == '\\' ? "\\" : String.valueOf(c));
        }

        static boolean matches(String name, String pat) {
            return compile(pat).matcher(name).matches();
        }

        private static String text(Object o) {
            if (o instanceof String s) return s;
            return str(o, "fnmatch");
        }

        @Exposed.Method(params = {"name", "pat"})
        public static Object fnmatch(Object name, Object pat) {
            return matches(text(name), text(pat));
        }

        @Exposed.Method(params = {"name", "pat"})
        public static Object fnmatchcase(Object name, Object pat) {
            return matches(text(name), text(pat));
        }

        @Exposed.Method(params = {"names", "pat"})
        public static Object filter(Object names, Object pat) {
            Pattern p = compile(text(pat));
            PyList out = new PyList();
            for (Object n : Abstract.toArray(names)) {
                if (p.matcher(text(n)).matches()) out.append(n);
            }
            return out;
        }
    }

    // ================================================================== glob

    public static final class Glob {
        private Glob() {}

        private static final Pattern MAGIC = Pattern.compile("[*?\\[]");

        public static PyModule create(Interpreter interp) {
            PyModule m = new PyModule("glob");
            m.addFunctions(Glob.class);
            m.getDict().put("__all__", PyList.of("glob", "iglob", "escape"));
            return m;
        }

        static boolean hasMagic(String s) {
            return MAGIC.matcher(s).find();
        }

        private static boolean hidden(String s) {
            return s.startsWith(".");
        }

        private static String inRoot(String root, String p) {
            return root == null ? p : PathModule.join2(root, p);
        }

        private static boolean lexists(String p) {
            return !p.isEmpty() && Files.exists(Path.of(p), LinkOption.NOFOLLOW_LINKS);
        }

        private static boolean isdir(String p) {
            return !p.isEmpty() && Files.isDirectory(Path.of(p));
        }

        static List<String> run(String pathname, String root, boolean recursive, boolean includeHidden) {
            List<String> out = new ArrayList<>();
            iglob(pathname, root, recursive, false, includeHidden, out);
            if (!out.isEmpty() && (pathname.isEmpty() || recursive && pathname.startsWith("**") && pathname.length() >= 2
                && pathname.substring(0, 2).equals("**")) && out.get(0).isEmpty()) {
                out.remove(0);
            }
            return out;
        }

        private static void iglob(String pathname, String root, boolean recursive, boolean dironly, boolean hiddenOk,
                                  List<String> out) {
            String[] ht = PathModule.split(pathname);
            String dirname = ht[0], basename = ht[1];
            if (!hasMagic(pathname)) {
                if (!basename.isEmpty()) {
                    if (lexists(inRoot(root, pathname))) out.add(pathname);
                } else if (isdir(inRoot(root, dirname))) {
                    out.add(pathname);
                }
                return;
            }
            if (dirname.isEmpty()) {
                if (recursive && basename.equals("**")) {
                    glob2(root, basename, dironly, hiddenOk, out);
                } else {
                    glob1(root, basename, dironly, hiddenOk, out);
                }
                return;
            }
            List<String> dirs = new ArrayList<>();
            if (!dirname.equals(pathname) && hasMagic(dirname)) {
                iglob(dirname, root, recursive, true, hiddenOk, dirs);
            } else {
                dirs.add(dirname);
            }
            for (String d : dirs) {
                List<String> names = new ArrayList<>();
                String where = inRoot(root, d);
                if (hasMagic(basename)) {
                    if (recursive && basename.equals("**")) {
                        glob2(where, basename, dironly, hiddenOk, names);
                    } else {
                        glob1(where, basename, dironly, hiddenOk, names);
                    }
                } else if (!basename.isEmpty()) {
                    if (lexists(PathModule.join2(where, basename))) names.add(basename);
                } else if (isdir(where)) {
                    names.add(basename);
                }
                for (String n : names) out.add(PathModule.join2(d, n));
            }
        }

        private static List<String> listdir(String dir, boolean dironly) {
            List<String> names = new ArrayList<>();
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(Path.of(dir == null || dir.isEmpty() ? "." : dir))) {
                for (Path e : ds) {
                    if (!dironly || Files.isDirectory(e)) names.add(e.getFileName().toString());
                }
            } catch (IOException | RuntimeException e) {
                return new ArrayList<>();
            }
            return names;
        }

        private static void glob1(String dir, String pattern, boolean dironly, boolean hiddenOk, List<String> out) {
            Pattern p = Fnmatch.compile(pattern);
            for (String n : listdir(dir, dironly)) {
                if (!hiddenOk && !hidden(pattern) && hidden(n)) continue;
                if (p.matcher(n).matches()) out.add(n);
            }
        }

        private static void glob2(String dir, String pattern, boolean dironly, boolean hiddenOk, List<String> out) {
            out.add("");
            rlistdir(dir, dironly, hiddenOk, "", out);
        }

        private static void rlistdir(String dir, boolean dironly, boolean hiddenOk, String prefix, List<String> out) {
            for (String x : listdir(dir, dironly)) {
                if (!hiddenOk && hidden(x)) continue;
                out.add(prefix.isEmpty() ? x : PathModule.join2(prefix, x));
                String path = dir == null || dir.isEmpty() ? x : PathModule.join2(dir, x);
                if (Files.isDirectory(Path.of(path))) {
                    rlistdir(path, dironly, hiddenOk, prefix.isEmpty() ? x : PathModule.join2(prefix, x), out);
                }
            }
        }

        private static PyList toList(List<String> l) {
            return PyList.of(l.toArray());
        }

        @Exposed.Method(params = {"pathname", "*", "root_dir=None", "dir_fd=None", "recursive=False", "include_hidden=False"})
        public static Object glob(Object pathname, Object rootDir, Object dirFd, Object recursive, Object includeHidden) {
            if (dirFd != PyNone.NONE) throw PyExc.notImplemented("glob: dir_fd is not supported");
            String root = rootDir == PyNone.NONE ? null : str(rootDir, "glob");
            return toList(run(str(pathname, "glob"), root, Abstract.isTrue(recursive), Abstract.isTrue(includeHidden)));
        }

        @Exposed.Method(params = {"pathname", "*", "root_dir=None", "dir_fd=None", "recursive=False", "include_hidden=False"})
        public static Object iglob(Object pathname, Object rootDir, Object dirFd, Object recursive, Object includeHidden) {
            Iterator<Object> it = java.util.Arrays.asList(
                ((PyList) glob(pathname, rootDir, dirFd, recursive, includeHidden)).toArray()).iterator();
            return PyIterators.of(() -> it.hasNext() ? it.next() : PyIterators.END);
        }

        @Exposed.Method(params = {"pathname"})
        public static Object escape(Object pathname) {
            String p = str(pathname, "glob.escape");
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < p.length(); i++) {
                char c = p.charAt(i);
                if (c == '*' || c == '?' || c == '[') {
                    sb.append('[').append(c).append(']');
                } else {
                    sb.append(c);
                }
            }
            return sb.toString();
        }

        @Exposed.Method(params = {"s"})
        public static Object has_magic(Object s) {
            return hasMagic(str(s, "glob.has_magic"));
        }
    }

    // ================================================================== tempfile

    public static final class Tempfile {
        private Tempfile() {}

        static final PyType TEMPORARY_DIRECTORY =
            PyType.newBuiltin("TemporaryDirectory", PyType.OBJECT, TemporaryDirectory.class, TemporaryDirectory.class, "tempfile");
        private static final SecureRandom RANDOM = new SecureRandom();
        private static final String CHARS = "abcdefghijklmnopqrstuvwxyz0123456789_";

        public static PyModule create(Interpreter interp) {
            PyModule m = new PyModule("tempfile");
            m.addFunctions(Tempfile.class, interp);
            m.getDict().put("TemporaryDirectory", TEMPORARY_DIRECTORY);
            m.getDict().put("template", "tmp");
            m.getDict().put("tempdir", PyNone.NONE);
            return m;
        }

        static String tempdir(Interpreter interp) {
            Object mod = interp == null ? null : interp.modules().getOrNull("tempfile");
            Object td = mod instanceof PyModule pm ? pm.getDict().getOrNull("tempdir") : null;
            if (td instanceof String s) return s;
            for (String var : new String[] {"TMPDIR", "TEMP", "TMP"}) {
                String v = System.getenv(var);
                if (v != null && !v.isEmpty() && Files.isDirectory(Path.of(v)) && Files.isWritable(Path.of(v))) {
                    return PathModule.abspath(v, false);
                }
            }
            for (String d : new String[] {"/tmp", "/var/tmp", "/usr/tmp"}) {
                if (Files.isDirectory(Path.of(d)) && Files.isWritable(Path.of(d))) return d;
            }
            return (String) OsModule.getcwd();
        }

        @Exposed.Method(name = "gettempdir")
        public static Object gettempdir(Interpreter interp) {
            return tempdir(interp);
        }

        @Exposed.Method(name = "gettempprefix")
        public static Object gettempprefix() {
            return "tmp";
        }

        static String mkdtemp(Interpreter interp, Object suffix, Object prefix, Object dir) {
            String sfx = suffix == PyNone.NONE ? "" : str(suffix, "mkdtemp");
            String pfx = prefix == PyNone.NONE ? "tmp" : str(prefix, "mkdtemp");
            String d = dir == PyNone.NONE ? tempdir(interp) : str(dir, "mkdtemp");
            for (int attempt = 0; attempt < 10000; attempt++) {
                StringBuilder name = new StringBuilder(pfx);
                for (int i = 0; i < 8; i++) name.append(CHARS.charAt(RANDOM.nextInt(CHARS.length())));
                name.append(sfx);
                String path = PathModule.join2(d, name.toString());
                try {
                    OsModule.mkdir(path, 0700L);
                    return PathModule.abspath(path, false);
                } catch (PyException e) {
                    if (!e.matches(PyExc.FileExistsError)) throw e;
                }
            }
            throw OsErrors.of(OsErrors.EEXIST, "No usable temporary directory name found");
        }

        @Exposed.Method(name = "mkdtemp", params = {"suffix=None", "prefix=None", "dir=None"})
        public static Object mkdtempFn(Interpreter interp, Object suffix, Object prefix, Object dir) {
            return mkdtemp(interp, suffix, prefix, dir);
        }

    }

    /** {@code tempfile.TemporaryDirectory}: a directory removed with its contents on exit or cleanup(). */
    public static final class TemporaryDirectory extends PyObject {
        private final String name;
        private final boolean ignoreErrors;
        private boolean done;

        TemporaryDirectory(String name, boolean ignoreErrors) {
            this.name = name;
            this.ignoreErrors = ignoreErrors;
        }

        @Override
        public PyType getType() {
            return Tempfile.TEMPORARY_DIRECTORY;
        }

        @Exposed.Method(name = "__new__", isStatic = true, params = {"cls", "suffix=None", "prefix=None", "dir=None",
            "ignore_cleanup_errors=False"})
        public static Object new_(Object cls, Object suffix, Object prefix, Object dir, Object ignore) {
            return new TemporaryDirectory(Tempfile.mkdtemp(null, suffix, prefix, dir), Abstract.isTrue(ignore));
        }

        @Exposed.Getter("name")
        public static Object name(TemporaryDirectory self) {
            return self.name;
        }

        @Exposed.Method(name = "cleanup")
        public static Object cleanup(TemporaryDirectory self) {
            if (self.done) return PyNone.NONE;
            self.done = true;
            if (!Files.exists(Path.of(self.name), LinkOption.NOFOLLOW_LINKS)) return PyNone.NONE;
            Shutil.rmtreeInner(null, self.name, self.ignoreErrors, PyNone.NONE);
            return PyNone.NONE;
        }

        @Exposed.Method(name = "__enter__")
        public static Object enter(TemporaryDirectory self) {
            return self.name;
        }

        @Exposed.Method(name = "__exit__", params = {"*args"})
        public static Object exit(TemporaryDirectory self, Object[] args) {
            cleanup(self);
            return PyNone.NONE;
        }

        @Exposed.Method(name = "__repr__")
        public static Object repr(TemporaryDirectory self) {
            return "<TemporaryDirectory " + Abstract.repr(self.name) + ">";
        }
    }

    // ================================================================== shutil

    public static final class Shutil {
        private Shutil() {}

        static final PyType ERROR;
        static final PyType SAME_FILE_ERROR;

        static {
            PyDict ns = new PyDict();
            ns.put("__module__", "shutil");
            ERROR = PyType.newClass(PyType.TYPE, "Error", new PyType[] {PyExc.OSError}, ns);
            PyDict ns2 = new PyDict();
            ns2.put("__module__", "shutil");
            ns2.put("__doc__", "Raised when source and destination are the same file.");
            SAME_FILE_ERROR = PyType.newClass(PyType.TYPE, "SameFileError", new PyType[] {ERROR}, ns2);
        }

        public static PyModule create(Interpreter interp) {
            PyModule m = new PyModule("shutil");
            m.addFunctions(Shutil.class, interp);
            m.getDict().put("Error", ERROR);
            m.getDict().put("SameFileError", SAME_FILE_ERROR);
            return m;
        }

        private static PyException error(PyType t, String msg) {
            return new PyException((org.jyco.runtime.PyBaseException) Abstract.call(t, msg));
        }

        private static boolean same(Path a, Path b) {
            try {
                return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
            } catch (IOException e) {
                return false;
            }
        }

        @Exposed.Method(params = {"src", "dst", "*", "follow_symlinks=True"})
        public static Object copyfile(Object src, Object dst, Object follow) {
            String s = str(src, "copyfile"), d = str(dst, "copyfile");
            Path sp = OsModule.arg(s).path(), dp = OsModule.arg(d).path();
            if (same(sp, dp)) {
                throw error(SAME_FILE_ERROR, Abstract.repr(src) + " and " + Abstract.repr(dst) + " are the same file");
            }
            if (!Files.exists(sp)) throw OsErrors.of(OsErrors.ENOENT, src);
            if (Files.isDirectory(sp)) throw OsErrors.of(OsErrors.EISDIR, src);
            if (Files.isDirectory(dp)) throw OsErrors.of(OsErrors.EISDIR, dst);
            try {
                if (!Abstract.isTrue(follow) && Files.isSymbolicLink(sp)) {
                    Files.deleteIfExists(dp);
                    Files.createSymbolicLink(dp, Files.readSymbolicLink(sp));
                } else {
                    Files.copy(sp, dp, StandardCopyOption.REPLACE_EXISTING);
                }
            } catch (IOException e) {
                throw OsErrors.from(e, dst);
            }
            return dst;
        }

        @Exposed.Method(params = {"src", "dst", "*", "follow_symlinks=True"})
        public static Object copymode(Object src, Object dst, Object follow) {
            try {
                Files.setPosixFilePermissions(OsModule.arg(dst).path(), Files.getPosixFilePermissions(OsModule.arg(src).path()));
            } catch (IOException e) {
                throw OsErrors.from(e, src);
            }
            return PyNone.NONE;
        }

        @Exposed.Method(params = {"src", "dst", "*", "follow_symlinks=True"})
        public static Object copystat(Object src, Object dst, Object follow) {
            copymode(src, dst, follow);
            try {
                Path sp = OsModule.arg(src).path(), dp = OsModule.arg(dst).path();
                Files.setLastModifiedTime(dp, Files.getLastModifiedTime(sp));
            } catch (IOException e) {
                throw OsErrors.from(e, src);
            }
            return PyNone.NONE;
        }

        private static Object target(Object src, Object dst) {
            String d = str(dst, "copy");
            if (Files.isDirectory(OsModule.arg(d).path())) {
                return PathModule.join2(d, (String) PathModule.basename(str(src, "copy")));
            }
            return dst;
        }

        @Exposed.Method(params = {"src", "dst", "*", "follow_symlinks=True"})
        public static Object copy(Object src, Object dst, Object follow) {
            Object t = target(src, dst);
            copyfile(src, t, follow);
            copymode(src, t, follow);
            return t;
        }

        @Exposed.Method(params = {"src", "dst", "*", "follow_symlinks=True"})
        public static Object copy2(Object src, Object dst, Object follow) {
            Object t = target(src, dst);
            copyfile(src, t, follow);
            copystat(src, t, follow);
            return t;
        }

        @Exposed.Method(params = {"src", "dst", "symlinks=False", "ignore=None", "copy_function=None",
            "ignore_dangling_symlinks=False", "dirs_exist_ok=False"})
        public static Object copytree(Object src, Object dst, Object symlinks, Object ignore, Object copyFunction,
                                      Object ignoreDangling, Object dirsExistOk) {
            String s = str(src, "copytree"), d = str(dst, "copytree");
            Object names = OsModule.listdir(s);
            Object ignored = ignore == PyNone.NONE ? null : Abstract.call(ignore, s, names);
            OsModule.makedirs(d, 511L, dirsExistOk);
            for (Object n : Abstract.toArray(names)) {
                if (ignored != null && Abstract.contains(ignored, n)) continue;
                String sp = PathModule.join2(s, (String) n), dp = PathModule.join2(d, (String) n);
                Path jp = Path.of(sp);
                if (Files.isSymbolicLink(jp) && Abstract.isTrue(symlinks)) {
                    OsModule.symlink(OsModule.readlink(sp), dp, false);
                } else if (Files.isDirectory(jp)) {
                    copytree(sp, dp, symlinks, ignore, copyFunction, ignoreDangling, dirsExistOk);
                } else if (copyFunction != PyNone.NONE) {
                    Abstract.call(copyFunction, sp, dp);
                } else {
                    copy2(sp, dp, true);
                }
            }
            copystat(s, d, true);
            return dst;
        }

        @Exposed.Method(params = {"path", "ignore_errors=False", "onerror=None"})
        public static Object rmtree(Interpreter interp, Object path, Object ignoreErrors, Object onerror) {
            boolean ignore = Abstract.isTrue(ignoreErrors);
            String p = str(path, "rmtree");
            Path jp;
            try {
                jp = OsModule.arg(p).path();
                OsModule.lstat(p);
            } catch (PyException e) {
                if (!e.matches(PyExc.OSError) || !report(interp, ignore, onerror, "lstat", path, e)) throw e;
                return PyNone.NONE;
            }
            if (Files.isSymbolicLink(jp)) {
                PyException e = PyExc.of(PyExc.OSError, "Cannot call rmtree on a symbolic link");
                if (!report(interp, ignore, onerror, "islink", path, e)) throw e;
                return PyNone.NONE;
            }
            rmtreeInner(interp, p, ignore, onerror);
            return PyNone.NONE;
        }

        /** Hands an error to onerror(function, path, exc_info); false when it must be raised. */
        private static boolean report(Interpreter interp, boolean ignore, Object onerror, String function, Object path,
                                      PyException e) {
            if (ignore) return true;
            if (onerror == PyNone.NONE) return false;
            PyModule os = interp.importAbsolute("os");
            Object fn = function.equals("islink") ? ((PyModule) os.getDict().getOrNull("path")).getDict().getOrNull("islink")
                : os.getDict().getOrNull(function);
            Abstract.call(onerror, fn, path, PyTuple.of(e.type(), e.value(), PyNone.NONE));
            return true;
        }

        static void rmtreeInner(Interpreter interp, String p, boolean ignore, Object onerror) {
            Object names;
            try {
                names = OsModule.listdir(p);
            } catch (PyException e) {
                if (!e.matches(PyExc.OSError) || !report(interp, ignore, onerror, "scandir", p, e)) throw e;
                names = new PyList();
            }
            for (Object n : Abstract.toArray(names)) {
                String child = PathModule.join2(p, (String) n);
                Path jc = Path.of(child);
                if (Files.isDirectory(jc, LinkOption.NOFOLLOW_LINKS)) {
                    rmtreeInner(interp, child, ignore, onerror);
                } else {
                    try {
                        OsModule.unlink(child);
                    } catch (PyException e) {
                        if (!e.matches(PyExc.OSError) || !report(interp, ignore, onerror, "unlink", child, e)) throw e;
                    }
                }
            }
            try {
                OsModule.rmdir(p);
            } catch (PyException e) {
                if (!e.matches(PyExc.OSError) || !report(interp, ignore, onerror, "rmdir", p, e)) throw e;
            }
        }

        @Exposed.Method(params = {"src", "dst", "copy_function=None"})
        public static Object move(Interpreter interp, Object src, Object dst, Object copyFunction) {
            String s = str(src, "move"), d = str(dst, "move");
            String real = d;
            if (Files.isDirectory(Path.of(d))) {
                String base = (String) PathModule.basename(PathModule.rstripSlashes(s));
                real = PathModule.join2(d, base);
                if (Files.exists(Path.of(real), LinkOption.NOFOLLOW_LINKS)) {
                    throw error(ERROR, "Destination path '" + real + "' already exists");
                }
            }
            try {
                OsModule.rename(s, real);
            } catch (PyException e) {
                if (!e.matches(PyExc.OSError)) throw e;
                // across file systems: copy, then remove the source
                if (Files.isDirectory(Path.of(s), LinkOption.NOFOLLOW_LINKS)) {
                    copytree(s, real, true, PyNone.NONE, copyFunction, false, false);
                    rmtree(interp, s, false, PyNone.NONE);
                } else {
                    if (copyFunction != PyNone.NONE) {
                        Abstract.call(copyFunction, s, real);
                    } else {
                        copy2(s, real, true);
                    }
                    OsModule.unlink(s);
                }
            }
            return real;
        }

        @Exposed.Method(params = {"cmd", "mode=1", "path=None"})
        public static Object which(Interpreter interp, Object cmd, Object mode, Object path) {
            String c = str(cmd, "which");
            long m = Abstract.asLong(mode);
            if (c.contains("/")) return ok(c, m) ? c : PyNone.NONE;
            String p;
            if (path == PyNone.NONE) {
                Object os = interp.importAbsolute("os");
                Object env = ((PyModule) os).getDict().getOrNull("environ");
                Object v = env instanceof PyDict e ? e.getOrNull("PATH") : null;
                p = v instanceof String s ? s : "/bin:/usr/bin";
            } else {
                p = str(path, "which");
            }
            if (p.isEmpty()) return PyNone.NONE;
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (String dir : p.split(":", -1)) {
                if (!seen.add(dir)) continue;
                String f = PathModule.join2(dir, c);
                if (ok(f, m)) return f;
            }
            return PyNone.NONE;
        }

        private static boolean ok(String f, long mode) {
            Path p = Path.of(f);
            if (!Files.exists(p) || Files.isDirectory(p)) return false;
            if ((mode & 1) != 0 && !Files.isExecutable(p)) return false;
            if ((mode & 2) != 0 && !Files.isWritable(p)) return false;
            if ((mode & 4) != 0 && !Files.isReadable(p)) return false;
            return true;
        }
    }
}
