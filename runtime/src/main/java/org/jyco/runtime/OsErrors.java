package org.jyco.runtime;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.NotLinkException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * POSIX errno values, their messages (Linux's strerror texts) and the OSError subclass each one
 * raises; translation of Java's I/O exceptions to {@code OSError} with CPython's
 * {@code "[Errno 2] No such file or directory: 'x'"} form.
 */
public final class OsErrors {
    private OsErrors() {}

    public static final int EPERM = 1, ENOENT = 2, ESRCH = 3, EINTR = 4, EIO = 5, EBADF = 9, ECHILD = 10, EAGAIN = 11,
        ENOMEM = 12, EACCES = 13, EBUSY = 16, EEXIST = 17, EXDEV = 18, ENOTDIR = 20, EISDIR = 21, EINVAL = 22,
        EMFILE = 24, ETXTBSY = 26, EFBIG = 27, ENOSPC = 28, ESPIPE = 29, EROFS = 30, EMLINK = 31, EPIPE = 32,
        EDOM = 33, ERANGE = 34, ENAMETOOLONG = 36, ENOSYS = 38, ENOTEMPTY = 39, ELOOP = 40, ETIMEDOUT = 110,
        ECONNREFUSED = 111;

    /** errno name to (value, message), in errno order. */
    private static final Map<Integer, String[]> TABLE = new LinkedHashMap<>();

    private static void add(int code, String name, String message) {
        TABLE.put(code, new String[] {name, message});
    }

    static {
        add(EPERM, "EPERM", "Operation not permitted");
        add(ENOENT, "ENOENT", "No such file or directory");
        add(ESRCH, "ESRCH", "No such process");
        add(EINTR, "EINTR", "Interrupted system call");
        add(EIO, "EIO", "Input/output error");
        add(EBADF, "EBADF", "Bad file descriptor");
        add(ECHILD, "ECHILD", "No child processes");
        add(EAGAIN, "EAGAIN", "Resource temporarily unavailable");
        add(ENOMEM, "ENOMEM", "Cannot allocate memory");
        add(EACCES, "EACCES", "Permission denied");
        add(EBUSY, "EBUSY", "Device or resource busy");
        add(EEXIST, "EEXIST", "File exists");
        add(EXDEV, "EXDEV", "Invalid cross-device link");
        add(ENOTDIR, "ENOTDIR", "Not a directory");
        add(EISDIR, "EISDIR", "Is a directory");
        add(EINVAL, "EINVAL", "Invalid argument");
        add(EMFILE, "EMFILE", "Too many open files");
        add(ETXTBSY, "ETXTBSY", "Text file busy");
        add(EFBIG, "EFBIG", "File too large");
        add(ENOSPC, "ENOSPC", "No space left on device");
        add(ESPIPE, "ESPIPE", "Illegal seek");
        add(EROFS, "EROFS", "Read-only file system");
        add(EMLINK, "EMLINK", "Too many links");
        add(EPIPE, "EPIPE", "Broken pipe");
        add(EDOM, "EDOM", "Numerical argument out of domain");
        add(ERANGE, "ERANGE", "Numerical result out of range");
        add(ENAMETOOLONG, "ENAMETOOLONG", "File name too long");
        add(ENOSYS, "ENOSYS", "Function not implemented");
        add(ENOTEMPTY, "ENOTEMPTY", "Directory not empty");
        add(ELOOP, "ELOOP", "Too many levels of symbolic links");
        add(ETIMEDOUT, "ETIMEDOUT", "Connection timed out");
        add(ECONNREFUSED, "ECONNREFUSED", "Connection refused");
    }

    /** errno values by name (for the {@code errno} module). */
    public static Map<String, Integer> names() {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (var e : TABLE.entrySet()) m.put(e.getValue()[0], e.getKey());
        return m;
    }

    /** {@code os.strerror(code)}. */
    public static String strerror(long code) {
        String[] e = TABLE.get((int) code);
        return e != null && code == (int) code ? e[1] : "Unknown error " + code;
    }

    /** The OSError subclass CPython raises for an errno. */
    public static PyType typeFor(long errno) {
        switch ((int) errno) {
            case ENOENT: return PyExc.FileNotFoundError;
            case EEXIST: return PyExc.FileExistsError;
            case ENOTDIR: return PyExc.NotADirectoryError;
            case EISDIR: return PyExc.IsADirectoryError;
            case EPERM: case EACCES: return PyExc.PermissionError;
            case EINTR: return PyExc.InterruptedError;
            case ECHILD: return PyExc.ChildProcessError;
            case ESRCH: return PyExc.ProcessLookupError;
            case EAGAIN: return PyExc.BlockingIOError;
            case EPIPE: return PyExc.BrokenPipeError;
            case ETIMEDOUT: return PyExc.TimeoutError;
            case ECONNREFUSED: return PyExc.ConnectionRefusedError;
            default: return PyExc.OSError;
        }
    }

    /** An OSError (of the errno's subclass) about a file: "[Errno n] message: 'file'". */
    public static PyException of(int errno, Object filename) {
        return of(errno, filename, null);
    }

    /** An OSError naming two files: "[Errno n] message: 'a' -> 'b'". */
    public static PyException of(int errno, Object filename, Object filename2) {
        PyType t = typeFor(errno);
        Object[] args = filename == null ? new Object[] {(long) errno, strerror(errno)}
            : filename2 == null ? new Object[] {(long) errno, strerror(errno), filename}
            : new Object[] {(long) errno, strerror(errno), filename, PyNone.NONE, filename2};
        return PyExc.of(t, args);
    }

    /** The errno for a Java I/O exception (EIO when it cannot be told). */
    public static int errnoOf(IOException e) {
        if (e instanceof NoSuchFileException) return ENOENT;
        if (e instanceof FileAlreadyExistsException) return EEXIST;
        if (e instanceof DirectoryNotEmptyException) return ENOTEMPTY;
        if (e instanceof AccessDeniedException) return EACCES;
        if (e instanceof NotDirectoryException) return ENOTDIR;
        if (e instanceof AtomicMoveNotSupportedException) return EXDEV;
        if (e instanceof FileSystemLoopException) return ELOOP;
        if (e instanceof NotLinkException) return EINVAL;
        if (e instanceof FileSystemException f && f.getReason() != null) {
            String reason = f.getReason();
            for (var en : TABLE.entrySet()) {
                if (reason.equals(en.getValue()[1]) || reason.startsWith(en.getValue()[1])) return en.getKey();
            }
        }
        return EIO;
    }

    /** A Java I/O exception about {@code filename} as the OSError CPython would raise. */
    public static PyException from(IOException e, Object filename) {
        return from(e, filename, null);
    }

    /** A Java I/O exception about two files (rename, link) as an OSError. */
    public static PyException from(IOException e, Object filename, Object filename2) {
        int errno = errnoOf(e);
        if (errno == EIO && !(e instanceof FileSystemException)) {
            return PyExc.of(PyExc.OSError, (long) EIO, String.valueOf(e.getMessage()), filename);
        }
        return of(errno, filename, filename2);
    }
}
