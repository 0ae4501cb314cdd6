package org.jyco.stdlib;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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
import org.jyco.runtime.StructSeq;
import org.jyco.runtime.types.PyBytes;
import org.jyco.runtime.types.PyDict;
import org.jyco.runtime.types.PyIterators;
import org.jyco.runtime.types.PyList;
import org.jyco.runtime.types.PyTuple;

/**
 * The {@code os} module on POSIX semantics, over {@code java.nio.file}: the environment, the
 * directory functions (listdir, scandir, walk, mkdir, makedirs, remove, rmdir, rename...),
 * {@code stat} and OSErrors with CPython's errno, message and filename. {@code os.path} is
 * {@link PathModule}. The process's working directory is the JVM's and cannot change (no chdir).
 *
 * <p>Paths may be str, bytes or os.PathLike. Inside, a bytes path is held as a string of its
 * bytes decoded as Latin-1 (one char per byte), so the pure path algorithms work on both alike;
 * the file system sees it decoded as UTF-8.
 */
public final class OsModule {
    private OsModule() {}

    static final PyType STAT_RESULT = StructSeq.newType("os", "stat_result", 10, "st_mode", "st_ino", "st_dev",
        "st_nlink", "st_uid", "st_gid", "st_size", "st_atime", "st_mtime", "st_ctime",
        "st_atime", "st_mtime", "st_ctime", "st_atime_ns", "st_mtime_ns", "st_ctime_ns", "st_blksize", "st_blocks",
        "st_rdev");
    static final PyType ENVIRON = PyType.newBuiltin("_Environ", PyType.DICT, PyDict.class, Environ.class, "os");
    static final PyType DIR_ENTRY = PyType.newBuiltin("DirEntry", PyType.OBJECT, DirEntry.class, DirEntry.class, "posix");
    static final PyType SCANDIR_ITERATOR =
        PyType.newBuiltin("ScandirIterator", PyType.OBJECT, ScandirIterator.class, ScandirIterator.class, "posix");

    private static final SecureRandom RANDOM = new SecureRandom();

    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("os");
        m.addFunctions(OsModule.class, interp);
        PyDict d = m.getDict();
        d.put("__doc__", "OS routines for POSIX (Jyco: java.nio.file underneath).");
        d.put("name", "posix");
        d.put("sep", "/");
        d.put("altsep", PyNone.NONE);
        d.put("extsep", ".");
        d.put("pathsep", ":");
        d.put("linesep", "\n");
        d.put("curdir", ".");
        d.put("pardir", "..");
        d.put("devnull", "/dev/null");
        d.put("defpath", "/bin:/usr/bin");
        d.put("F_OK", 0L);
        d.put("R_OK", 4L);
        d.put("W_OK", 2L);
        d.put("X_OK", 1L);
        d.put("SEEK_SET", 0L);
        d.put("SEEK_CUR", 1L);
        d.put("SEEK_END", 2L);
        d.put("error", PyExc.OSError);
        d.put("stat_result", STAT_RESULT);
        d.put("DirEntry", DIR_ENTRY);
        d.put("supports_bytes_environ", true);
        PyDict env = new PyDict();
        env.becomeInstanceOf(ENVIRON);
        for (var e : new TreeMap<>(System.getenv()).entrySet()) env.put(e.getKey(), e.getValue());
        d.put("environ", env);
        PyModule path = PathModule.create(interp);
        d.put("path", path);
        interp.modules().put("os.path", path);
        interp.modules().put("posixpath", path);
        return m;
    }

    // ================================================================== path arguments

    /** A path argument: its text (bytes as Latin-1 chars), whether it was bytes, and the object given. */
    record P(String s, boolean bytes, Object original) {
        /** The file-system path Java opens (an empty path names nothing, as in POSIX). */
        Path path() {
            if (s.isEmpty()) throw OsErrors.of(OsErrors.ENOENT, original);
            return Path.of(bytes ? fromLatin1Bytes(s) : s);
        }

        /** A result path (string) given in this argument's type. */
        Object out(String text) {
            return bytes ? new PyBytes(text.getBytes(StandardCharsets.ISO_8859_1)) : text;
        }

        /** A name the file system returned, as this argument's internal text. */
        String internal(String fsName) {
            return bytes ? toLatin1Bytes(fsName) : fsName;
        }
    }

    static String fromLatin1Bytes(String s) {
        return new String(s.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
    }

    static String toLatin1Bytes(String s) {
        return new String(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    /** {@code os.fspath(o)} then the internal form; TypeError as CPython's for anything else. */
    static P arg(Object o) {
        Object v = fspath(o);
        if (v instanceof String s) return new P(s, false, o);
        return new P(new String(((PyBytes) v).bytes(), StandardCharsets.ISO_8859_1), true, o);
    }

    /** A path argument of a function that also takes file descriptors (their message names the function). */
    static P arg(Object o, String function) {
        if (o instanceof String || o instanceof PyBytes || Abstract.lookupSpecial(o, "__fspath__") != null) return arg(o);
        if (o instanceof Long) throw PyExc.notImplemented(function + ": file descriptors are not supported");
        throw PyExc.typeError(function + ": path should be string, bytes, os.PathLike or integer, not "
            + PyType.of(o).getName());
    }

    @Exposed.Method(params = {"path"})
    public static Object fspath(Object path) {
        if (path instanceof String || path instanceof PyBytes) return path;
        Object f = Abstract.lookupSpecial(path, "__fspath__");
        if (f == null) {
            throw PyExc.typeError("expected str, bytes or os.PathLike object, not " + PyType.of(path).getName());
        }
        Object r = Abstract.call(f);
        if (r instanceof String || r instanceof PyBytes) return r;
        throw PyExc.typeError("expected " + PyType.of(path).getName() + ".__fspath__() to return str or bytes, not "
            + PyType.of(r).getName());
    }

    @Exposed.Method(params = {"filename"})
    public static Object fsencode(Object filename) {
        Object v = fspath(filename);
        if (v instanceof PyBytes) return v;
        return PyBytes.encode((String) v, "utf-8", "surrogateescape");
    }

    @Exposed.Method(params = {"filename"})
    public static Object fsdecode(Object filename) {
        Object v = fspath(filename);
        if (v instanceof String) return v;
        return ((PyBytes) v).decode("utf-8", "surrogateescape");
    }

    // ================================================================== process and environment

    @Exposed.Method(name = "getcwd")
    public static Object getcwd() {
        return Path.of("").toAbsolutePath().toString();
    }

    @Exposed.Method(name = "getcwdb")
    public static Object getcwdb() {
        return new PyBytes(Path.of("").toAbsolutePath().toString().getBytes(StandardCharsets.UTF_8));
    }

    @Exposed.Method(name = "getpid")
    public static Object getpid() {
        return ProcessHandle.current().pid();
    }

    @Exposed.Method(name = "getppid")
    public static Object getppid() {
        return ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(1L);
    }

    @Exposed.Method(name = "cpu_count")
    public static Object cpuCount() {
        return (long) Runtime.getRuntime().availableProcessors();
    }

    @Exposed.Method(params = {"size", "/"})
    public static Object urandom(Object size) {
        long n = Abstract.asLong(size);
        if (n < 0) throw PyExc.valueError("negative argument not allowed");
        byte[] b = new byte[(int) n];
        RANDOM.nextBytes(b);
        return new PyBytes(b);
    }

    @Exposed.Method(params = {"code", "/"})
    public static Object strerror(Object code) {
        return OsErrors.strerror(Abstract.asLong(code));
    }

    @Exposed.Method(params = {"key", "default=None"})
    public static Object getenv(Interpreter interp, Object key, Object dflt) {
        if (!(key instanceof String)) throw PyExc.typeError("str expected, not " + PyType.of(key).getName());
        Object env = ((PyModule) interp.modules().getOrNull("os")).getDict().getOrNull("environ");
        Object v = env instanceof PyDict e ? e.getOrNull(key) : null;
        return v == null ? dflt : v;
    }

    /**
     * {@code os.putenv}/{@code unsetenv} change the C environment, which only child processes
     * see (not os.environ, as in CPython); Jyco starts none, so they only check their arguments.
     */
    @Exposed.Method(params = {"name", "value", "/"})
    public static Object putenv(Object name, Object value) {
        String n = envString(name, "name"), v = envString(value, "value");
        if (n.isEmpty() || n.contains("=")) throw PyExc.valueError("illegal environment variable name");
        if (v.indexOf('\0') >= 0 || n.indexOf('\0') >= 0) throw PyExc.valueError("embedded null byte");
        return PyNone.NONE;
    }

    @Exposed.Method(params = {"name", "/"})
    public static Object unsetenv(Object name) {
        String n = envString(name, "name");
        if (n.isEmpty() || n.contains("=")) throw PyExc.valueError("illegal environment variable name");
        return PyNone.NONE;
    }

    private static String envString(Object o, String what) {
        if (o instanceof String s) return s;
        if (o instanceof PyBytes b) return new String(b.bytes(), StandardCharsets.UTF_8);
        throw PyExc.typeError("expected str, bytes or os.PathLike object, not " + PyType.of(o).getName());
    }

    /** {@code os.environ}: a dict whose keys and values must be str. */
    public static final class Environ {
        private Environ() {}

        @Exposed.Method(name = "__setitem__", params = {"key", "value", "/"})
        public static Object setitem(PyDict self, Object key, Object value) {
            if (!(key instanceof String)) throw PyExc.typeError("str expected, not " + PyType.of(key).getName());
            if (!(value instanceof String)) throw PyExc.typeError("str expected, not " + PyType.of(value).getName());
            self.put(key, value);
            return PyNone.NONE;
        }

        @Exposed.Method(name = "setdefault", params = {"key", "default=None", "/"})
        public static Object setdefault(PyDict self, Object key, Object dflt) {
            Object v = self.getOrNull(key);
            if (v != null) return v;
            setitem(self, key, dflt);
            return dflt;
        }

        @Exposed.Method(name = "copy")
        public static Object copy(PyDict self) {
            PyDict d = new PyDict();
            d.update(self);
            return d;
        }

        @Exposed.Method(name = "__repr__")
        public static Object repr(PyDict self) {
            StringBuilder sb = new StringBuilder("environ({");
            boolean first = true;
            for (var e : self.entrySet()) {
                if (!first) sb.append(", ");
                first = false;
                sb.append(Abstract.repr(e.getKey())).append(": ").append(Abstract.repr(e.getValue()));
            }
            return sb.append("})").toString();
        }
    }

    // ================================================================== directories

    @Exposed.Method(params = {"path=None"})
    public static Object listdir(Object path) {
        P p = path == PyNone.NONE ? new P(".", false, ".") : arg(path, "listdir");
        PyList out = new PyList();
        Path dir = p.path();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
            for (Path e : ds) out.append(p.out(p.internal(e.getFileName().toString())));
        } catch (IOException e) {
            throw OsErrors.from(e, p.original());
        }
        return out;
    }

    @Exposed.Method(params = {"path=None"})
    public static Object scandir(Object path) {
        P p = path == PyNone.NONE ? new P(".", false, ".") : arg(path, "scandir");
        try {
            return new ScandirIterator(p, Files.newDirectoryStream(p.path()));
        } catch (IOException e) {
            throw OsErrors.from(e, p.original());
        }
    }

    /** The iterator {@code os.scandir} returns; also a context manager. */
    public static final class ScandirIterator extends PyObject {
        private final P dir;
        private DirectoryStream<Path> stream;
        private Iterator<Path> it;

        ScandirIterator(P dir, DirectoryStream<Path> stream) {
            this.dir = dir;
            this.stream = stream;
            this.it = stream.iterator();
        }

        @Override
        public PyType getType() {
            return SCANDIR_ITERATOR;
        }

        /** The next entry or null at the end. */
        DirEntry nextEntry() {
            if (stream == null) return null;
            try {
                if (it.hasNext()) {
                    Path e = it.next();
                    String name = dir.internal(e.getFileName().toString());
                    String full = PathModule.join2(dir.s(), name);
                    return new DirEntry(name, full, dir.bytes(), e);
                }
            } catch (java.nio.file.DirectoryIteratorException e) {
                throw OsErrors.from(e.getCause(), dir.original());
            }
            close(this);
            return null;
        }

        @Exposed.Method(name = "__iter__")
        public static Object iter(ScandirIterator self) {
            return self;
        }

        @Exposed.Method(name = "__next__")
        public static Object next(ScandirIterator self) {
            DirEntry e = self.nextEntry();
            if (e == null) throw PyExc.stopIteration(null);
            return e;
        }

        @Exposed.Method(name = "close")
        public static Object close(ScandirIterator self) {
            if (self.stream != null) {
                try {
                    self.stream.close();
                } catch (IOException ignored) {
                    // closing a directory stream does not fail in a way worth reporting
                }
                self.stream = null;
            }
            return PyNone.NONE;
        }

        @Exposed.Method(name = "__enter__")
        public static Object enter(ScandirIterator self) {
            return self;
        }

        @Exposed.Method(name = "__exit__", params = {"*args"})
        public static Object exit(ScandirIterator self, Object[] args) {
            close(self);
            return PyNone.NONE;
        }
    }

    /** {@code os.DirEntry}: a directory entry from scandir, with cached type tests. */
    public static final class DirEntry extends PyObject {
        final String name;
        final String path;
        final boolean bytes;
        final Path file;
        private Boolean isLink;

        DirEntry(String name, String path, boolean bytes, Path file) {
            this.name = name;
            this.path = path;
            this.bytes = bytes;
            this.file = file;
        }

        @Override
        public PyType getType() {
            return DIR_ENTRY;
        }

        private Object out(String s) {
            return bytes ? new PyBytes(s.getBytes(StandardCharsets.ISO_8859_1)) : s;
        }

        @Exposed.Getter("name")
        public static Object name(DirEntry self) {
            return self.out(self.name);
        }

        @Exposed.Getter("path")
        public static Object path(DirEntry self) {
            return self.out(self.path);
        }

        @Exposed.Method(name = "__fspath__")
        public static Object fspath(DirEntry self) {
            return self.out(self.path);
        }

        @Exposed.Method(name = "is_symlink")
        public static Object isSymlink(DirEntry self) {
            if (self.isLink == null) self.isLink = Files.isSymbolicLink(self.file);
            return self.isLink;
        }

        @Exposed.Method(name = "is_dir", params = {"*", "follow_symlinks=True"})
        public static Object isDir(DirEntry self, Object follow) {
            return Abstract.isTrue(follow) ? Files.isDirectory(self.file)
                : Files.isDirectory(self.file, LinkOption.NOFOLLOW_LINKS);
        }

        @Exposed.Method(name = "is_file", params = {"*", "follow_symlinks=True"})
        public static Object isFile(DirEntry self, Object follow) {
            return Abstract.isTrue(follow) ? Files.isRegularFile(self.file)
                : Files.isRegularFile(self.file, LinkOption.NOFOLLOW_LINKS);
        }

        @Exposed.Method(name = "stat", params = {"*", "follow_symlinks=True"})
        public static Object stat(DirEntry self, Object follow) {
            return statPath(self.file, Abstract.isTrue(follow), self.out(self.path));
        }

        @Exposed.Method(name = "inode")
        public static Object inode(DirEntry self) {
            return ((PyTuple) statPath(self.file, false, self.out(self.path))).get(1);
        }

        @Exposed.Method(name = "__repr__")
        public static Object repr(DirEntry self) {
            return "<DirEntry " + Abstract.repr(self.out(self.name)) + ">";
        }
    }

    @Exposed.Method(params = {"top", "topdown=True", "onerror=None", "followlinks=False"})
    public static Object walk(Object top, Object topdown, Object onerror, Object followlinks) {
        P root = arg(top);
        boolean follow = Abstract.isTrue(followlinks);
        if (Abstract.isTrue(topdown)) {
            // depth first, parents before children; the caller may prune dirnames between steps
            ArrayDeque<String> pending = new ArrayDeque<>();
            pending.push(root.s());
            Object[] last = {null, null};  // path and dirnames list of the triple yielded last
            return PyIterators.of(() -> {
                if (last[0] != null) {
                    String dir = (String) last[0];
                    Object[] names = Abstract.toArray(last[1]);
                    for (int i = names.length - 1; i >= 0; i--) {
                        String child = PathModule.join2(dir, arg(names[i]).s());
                        if (follow || !Files.isSymbolicLink(new P(child, root.bytes(), null).path())) pending.push(child);
                    }
                    last[0] = null;
                }
                while (!pending.isEmpty()) {
                    String dir = pending.pop();
                    PyList[] listing = listForWalk(new P(dir, root.bytes(), root.out(dir)), onerror);
                    if (listing == null) continue;
                    last[0] = dir;
                    last[1] = listing[0];
                    return PyTuple.of(root.out(dir), listing[0], listing[1]);
                }
                return PyIterators.END;
            });
        }
        List<Object> out = new ArrayList<>();
        walkBottomUp(root, root.s(), onerror, follow, out);
        Iterator<Object> it = out.iterator();
        return PyIterators.of(() -> it.hasNext() ? it.next() : PyIterators.END);
    }

    private static void walkBottomUp(P root, String dir, Object onerror, boolean follow, List<Object> out) {
        PyList[] listing = listForWalk(new P(dir, root.bytes(), root.out(dir)), onerror);
        if (listing == null) return;
        for (Object n : listing[0].toArray()) {
            String child = PathModule.join2(dir, arg(n).s());
            if (follow || !Files.isSymbolicLink(new P(child, root.bytes(), null).path())) {
                walkBottomUp(root, child, onerror, follow, out);
            }
        }
        out.add(PyTuple.of(root.out(dir), listing[0], listing[1]));
    }

    /** [dirnames, filenames] of a directory, or null after reporting the error to onerror. */
    private static PyList[] listForWalk(P dir, Object onerror) {
        PyList dirs = new PyList(), files = new PyList();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir.path())) {
            for (Path e : ds) {
                Object name = dir.out(dir.internal(e.getFileName().toString()));
                if (Files.isDirectory(e)) {
                    dirs.append(name);
                } else {
                    files.append(name);
                }
            }
        } catch (IOException | java.nio.file.DirectoryIteratorException | PyException e) {
            if (onerror != PyNone.NONE) {
                PyException err = e instanceof PyException pe ? pe
                    : OsErrors.from(e instanceof IOException io ? io
                        : ((java.nio.file.DirectoryIteratorException) e).getCause(), dir.original());
                Abstract.call(onerror, err.value());
            }
            return null;
        }
        return new PyList[] {dirs, files};
    }

    private static Set<PosixFilePermission> permissions(long mode) {
        Set<PosixFilePermission> s = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] order = {PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE,
            PosixFilePermission.GROUP_READ, PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE,
            PosixFilePermission.OWNER_READ};
        for (int i = 0; i < order.length; i++) {
            if ((mode & (1L << i)) != 0) s.add(order[i]);
        }
        return s;
    }

    @Exposed.Method(params = {"path", "mode=511"})
    public static Object mkdir(Object path, Object mode) {
        P p = arg(path, "mkdir");
        long m = Abstract.asLong(mode);
        try {
            if ((m & 0777) == 0777) {
                Files.createDirectory(p.path());
            } else {
                Files.createDirectory(p.path(),
                    java.nio.file.attribute.PosixFilePermissions.asFileAttribute(permissions(m)));
            }
        } catch (IOException e) {
            throw OsErrors.from(e, path);
        }
        return PyNone.NONE;
    }

    @Exposed.Method(params = {"name", "mode=511", "exist_ok=False"})
    public static Object makedirs(Object name, Object mode, Object existOk) {
        P p = arg(name);
        String[] ht = PathModule.split(p.s());
        String head = ht[0], tail = ht[1];
        if (tail.isEmpty()) {
            ht = PathModule.split(head);
            head = ht[0];
            tail = ht[1];
        }
        if (!head.isEmpty() && !tail.isEmpty() && !Files.exists(new P(head, p.bytes(), null).path(), LinkOption.NOFOLLOW_LINKS)) {
            try {
                makedirs(p.out(head), mode, existOk);
            } catch (PyException e) {
                if (!e.matches(PyExc.FileExistsError)) throw e;
            }
            if (tail.equals(".")) return PyNone.NONE;
        }
        try {
            mkdir(name, mode);
        } catch (PyException e) {
            if (!e.matches(PyExc.OSError) || !Abstract.isTrue(existOk) || !Files.isDirectory(p.path())) throw e;
        }
        return PyNone.NONE;
    }

    @Exposed.Method(params = {"path"})
    public static Object remove(Object path) {
        P p = arg(path, "remove");
        Path f = p.path();
        if (Files.isDirectory(f, LinkOption.NOFOLLOW_LINKS)) throw OsErrors.of(OsErrors.EISDIR, path);
        try {
            Files.delete(f);
        } catch (IOException e) {
            throw OsErrors.from(e, path);
        }
        return PyNone.NONE;
    }

    @Exposed.Method(params = {"path"})
    public static Object unlink(Object path) {
        return remove(path);
    }

    @Exposed.Method(params = {"path"})
    public static Object rmdir(Object path) {
        P p = arg(path, "rmdir");
        Path f = p.path();
        if (Files.exists(f, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(f, LinkOption.NOFOLLOW_LINKS)) {
            throw OsErrors.of(OsErrors.ENOTDIR, path);
        }
        try {
            Files.delete(f);
        } catch (IOException e) {
            throw OsErrors.from(e, path);
        }
        return PyNone.NONE;
    }

    @Exposed.Method(params = {"name"})
    public static Object removedirs(Object name) {
        rmdir(name);
        P p = arg(name);
        String[] ht = PathModule.split(p.s());
        String head = ht[0];
        if (ht[1].isEmpty()) head = PathModule.split(head)[0];
        while (!head.isEmpty() && !ht[1].isEmpty()) {
            try {
                rmdir(p.out(head));
            } catch (PyException e) {
                if (e.matches(PyExc.OSError)) break;
                throw e;
            }
            ht = PathModule.split(head);
            head = ht[0];
        }
        return PyNone.NONE;
    }

    @Exposed.Method(params = {"src", "dst"})
    public static Object rename(Object src, Object dst) {
        P s = arg(src, "rename"), t = arg(dst, "rename");
        Path from = s.path(), to = t.path();
        if (!Files.exists(from, LinkOption.NOFOLLOW_LINKS)) throw OsErrors.of(OsErrors.ENOENT, src, dst);
        try {
            // rename(2) itself: replaces a file (or an empty directory) at dst atomically
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw OsErrors.from(e, src, dst);
        }
        return PyNone.NONE;
    }

    @Exposed.Method(params = {"src", "dst"})
    public static Object replace(Object src, Object dst) {
        return rename(src, dst);
    }

    @Exposed.Method(params = {"src", "dst", "target_is_directory=False"})
    public static Object symlink(Object src, Object dst, Object targetIsDir) {
        P s = arg(src, "symlink"), t = arg(dst, "symlink");
        try {
            Files.createSymbolicLink(t.path(), Path.of(s.bytes() ? fromLatin1Bytes(s.s()) : s.s()));
        } catch (IOException e) {
            throw OsErrors.from(e, src, dst);
        }
        return PyNone.NONE;
    }

    @Exposed.Method(params = {"path"})
    public static Object readlink(Object path) {
        P p = arg(path, "readlink");
        try {
            return p.out(p.internal(Files.readSymbolicLink(p.path()).toString()));
        } catch (IOException e) {
            throw OsErrors.from(e, path);
        }
    }

    @Exposed.Method(params = {"path", "mode", "*", "follow_symlinks=True"})
    public static Object chmod(Object path, Object mode, Object follow) {
        P p = arg(path, "chmod");
        try {
            Files.setPosixFilePermissions(p.path(), permissions(Abstract.asLong(mode)));
        } catch (IOException e) {
            throw OsErrors.from(e, path);
        }
        return PyNone.NONE;
    }

    @Exposed.Method(params = {"path", "mode", "*", "follow_symlinks=True"})
    public static Object access(Object path, Object mode, Object follow) {
        P p = arg(path, "access");
        long m = Abstract.asLong(mode);
        Path f;
        try {
            f = p.path();
        } catch (PyException e) {
            return false;
        }
        if (!Files.exists(f)) return false;
        if ((m & 4) != 0 && !Files.isReadable(f)) return false;
        if ((m & 2) != 0 && !Files.isWritable(f)) return false;
        if ((m & 1) != 0 && !Files.isExecutable(f)) return false;
        return true;
    }

    @Exposed.Method(params = {"path", "length"})
    public static Object truncate(Object path, Object length) {
        P p = arg(path, "truncate");
        try (var ch = java.nio.channels.FileChannel.open(p.path(), java.nio.file.StandardOpenOption.WRITE)) {
            long n = Abstract.asLong(length);
            if (n < ch.size()) {
                ch.truncate(n);
            } else if (n > ch.size()) {
                ch.write(java.nio.ByteBuffer.wrap(new byte[] {0}), n - 1);
            }
        } catch (IOException e) {
            throw OsErrors.from(e, path);
        }
        return PyNone.NONE;
    }

    @Exposed.Method(params = {"path", "times=None", "*", "ns=?"})
    public static Object utime(Object path, Object times, Object ns) {
        P p = arg(path, "utime");
        FileTime at, mt;
        if (ns != org.jyco.runtime.Signature.MISSING) {
            Object[] t = Abstract.unpack(ns, 2);
            at = FileTime.from(java.time.Instant.EPOCH.plusNanos(Abstract.asLong(t[0])));
            mt = FileTime.from(java.time.Instant.EPOCH.plusNanos(Abstract.asLong(t[1])));
        } else if (times == PyNone.NONE) {
            at = mt = FileTime.from(java.time.Instant.now());
        } else {
            Object[] t = Abstract.unpack(times, 2);
            at = seconds(Abstract.asDouble(t[0]));
            mt = seconds(Abstract.asDouble(t[1]));
        }
        try {
            Files.getFileAttributeView(p.path(), java.nio.file.attribute.BasicFileAttributeView.class).setTimes(mt, at, null);
        } catch (IOException e) {
            throw OsErrors.from(e, path);
        }
        return PyNone.NONE;
    }

    private static FileTime seconds(double s) {
        long sec = (long) Math.floor(s);
        long nanos = Math.round((s - sec) * 1e9);
        return FileTime.from(java.time.Instant.ofEpochSecond(sec, nanos));
    }

    // ================================================================== stat

    @Exposed.Method(params = {"path", "*", "follow_symlinks=True"})
    public static Object stat(Object path, Object follow) {
        P p = arg(path, "stat");
        return statPath(p.path(), Abstract.isTrue(follow), path);
    }

    @Exposed.Method(params = {"path"})
    public static Object lstat(Object path) {
        P p = arg(path, "lstat");
        return statPath(p.path(), false, path);
    }

    /** The stat_result of a file, or the OSError naming {@code filename}. */
    static PyTuple statPath(Path f, boolean follow, Object filename) {
        LinkOption[] opts = follow ? new LinkOption[0] : new LinkOption[] {LinkOption.NOFOLLOW_LINKS};
        Map<String, Object> a;
        try {
            try {
                a = Files.readAttributes(f, "unix:*", opts);
            } catch (UnsupportedOperationException | IllegalArgumentException noUnix) {
                a = basicAsUnix(Files.readAttributes(f, BasicFileAttributes.class, opts));
            }
        } catch (IOException e) {
            throw OsErrors.from(e, filename);
        }
        long mode = ((Number) a.get("mode")).longValue();
        long ino = ((Number) a.get("ino")).longValue(), dev = ((Number) a.get("dev")).longValue();
        long nlink = ((Number) a.get("nlink")).longValue(), uid = ((Number) a.get("uid")).longValue();
        long gid = ((Number) a.get("gid")).longValue(), size = ((Number) a.get("size")).longValue();
        long rdev = ((Number) a.get("rdev")).longValue();
        FileTime at = (FileTime) a.get("lastAccessTime"), mt = (FileTime) a.get("lastModifiedTime");
        FileTime ct = (FileTime) a.get("ctime");
        Object[] items = {mode, ino, dev, nlink, uid, gid, size, sec(at), sec(mt), sec(ct)};
        Object[] extras = {fsec(at), fsec(mt), fsec(ct), nanos(at), nanos(mt), nanos(ct), 4096L, (size + 511) / 512, rdev};
        return StructSeq.of(STAT_RESULT, items, extras);
    }

    private static Map<String, Object> basicAsUnix(BasicFileAttributes b) {
        Map<String, Object> a = new java.util.HashMap<>();
        long type = b.isDirectory() ? 0040000 : b.isSymbolicLink() ? 0120000 : b.isRegularFile() ? 0100000 : 0;
        a.put("mode", type | (b.isDirectory() ? 0755 : 0644));
        a.put("ino", b.fileKey() == null ? 0L : (long) b.fileKey().hashCode());
        a.put("dev", 0L);
        a.put("nlink", 1L);
        a.put("uid", 0L);
        a.put("gid", 0L);
        a.put("rdev", 0L);
        a.put("size", b.size());
        a.put("lastAccessTime", b.lastAccessTime());
        a.put("lastModifiedTime", b.lastModifiedTime());
        a.put("ctime", b.creationTime());
        return a;
    }

    private static long sec(FileTime t) {
        return t.toInstant().getEpochSecond();
    }

    private static double fsec(FileTime t) {
        java.time.Instant i = t.toInstant();
        return i.getEpochSecond() + i.getNano() * 1e-9;
    }

    private static Object nanos(FileTime t) {
        java.time.Instant i = t.toInstant();
        return org.jyco.runtime.types.PyLong.normalize(java.math.BigInteger.valueOf(i.getEpochSecond())
            .multiply(java.math.BigInteger.valueOf(1_000_000_000L)).add(java.math.BigInteger.valueOf(i.getNano())));
    }
}
