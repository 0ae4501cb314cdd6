"""Object-oriented filesystem paths (Jyco's standard library, written for Jyco).

POSIX flavour only: PurePath is PurePosixPath and Path is PosixPath. Behaviour follows CPython 3.11.
"""

import fnmatch as _fnmatch
import io as _io
import os as _os

__all__ = ["PurePath", "PurePosixPath", "PureWindowsPath", "Path", "PosixPath", "WindowsPath"]

_WILDCARDS = set("*?[")


def _split_arg(a):
    """(root, [parts]) of one constructor argument."""
    if isinstance(a, PurePath):
        return a._root, list(a._parts)
    if isinstance(a, str):
        s = a
    else:
        s = _os.fspath(a)
        if not isinstance(s, str):
            raise TypeError("argument should be a str object or an os.PathLike object returning str, not %r"
                            % (type(s),))
    root = ""
    if s.startswith("/"):
        # exactly two leading slashes are kept (POSIX leaves their meaning to the implementation)
        root = "//" if s.startswith("//") and not s.startswith("///") else "/"
    return root, [p for p in s.split("/") if p and p != "."]


def _parse(args):
    root = ""
    parts = []
    for a in args:
        r, p = _split_arg(a)
        if r:
            root, parts = r, p
        else:
            parts.extend(p)
    return root, parts


class _Parents:
    """The logical ancestors of a path, as a sequence (p.parents)."""

    __slots__ = ("_path", "_n")

    def __init__(self, path):
        self._path = path
        self._n = len(path._parts)

    def __len__(self):
        return self._n

    def __getitem__(self, i):
        if isinstance(i, slice):
            return tuple(self[k] for k in range(*i.indices(self._n)))
        if i >= self._n or i < -self._n:
            raise IndexError(i)
        if i < 0:
            i += self._n
        p = self._path
        return p._make(p._root, p._parts[:self._n - i - 1])

    def __iter__(self):
        for i in range(self._n):
            yield self[i]

    def __repr__(self):
        return "<%s.parents>" % type(self._path).__name__


class PurePath:
    """A path that does no I/O: its text split into a root and parts."""

    __slots__ = ("_root", "_parts", "_str", "_hash")

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        return cls._from_args(args)

    @classmethod
    def _from_args(cls, args):
        root, parts = _parse(args)
        return cls._make_new(root, parts)

    @classmethod
    def _make_new(cls, root, parts):
        self = object.__new__(cls)
        self._root = root
        self._parts = parts
        self._str = None
        self._hash = None
        return self

    def _make(self, root, parts):
        return type(self)._make_new(root, parts)

    def __reduce__(self):
        return type(self), tuple(self.parts)

    # ------------------------------------------------ text

    def __str__(self):
        if self._str is None:
            self._str = (self._root + "/".join(self._parts)) or "."
        return self._str

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        return str(self)

    def __bytes__(self):
        return _os.fsencode(str(self))

    def __repr__(self):
        return "%s(%r)" % (type(self).__name__, self.as_posix())

    def as_uri(self):
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        out = []
        for ch in str(self).encode("utf-8"):
            c = chr(ch)
            if c.isalnum() and ch < 128 or c in "/-._~!$&'()*+,;=:@":
                out.append(c)
            else:
                out.append("%%%02X" % ch)
        return "file://" + "".join(out)

    # ------------------------------------------------ comparisons

    def _cmp_key(self):
        return self.parts

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._cmp_key() == other._cmp_key()

    def __hash__(self):
        if self._hash is None:
            self._hash = hash(str(self))
        return self._hash

    def __lt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._cmp_key() < other._cmp_key()

    def __le__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._cmp_key() <= other._cmp_key()

    def __gt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._cmp_key() > other._cmp_key()

    def __ge__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._cmp_key() >= other._cmp_key()

    # ------------------------------------------------ components

    @property
    def drive(self):
        return ""

    @property
    def root(self):
        return self._root

    @property
    def anchor(self):
        return self._root

    @property
    def parts(self):
        if self._root:
            return (self._root,) + tuple(self._parts)
        return tuple(self._parts)

    @property
    def name(self):
        return self._parts[-1] if self._parts else ""

    @property
    def suffix(self):
        name = self.name
        i = name.rfind(".")
        if 0 < i < len(name) - 1:
            return name[i:]
        return ""

    @property
    def suffixes(self):
        name = self.name
        if name.endswith("."):
            return []
        name = name.lstrip(".")
        return ["." + s for s in name.split(".")[1:]]

    @property
    def stem(self):
        name = self.name
        i = name.rfind(".")
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    @property
    def parent(self):
        if not self._parts:
            return self
        return self._make(self._root, self._parts[:-1])

    @property
    def parents(self):
        return _Parents(self)

    def with_name(self, name):
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        if not name or "/" in name or name == ".":
            raise ValueError("Invalid name %r" % (name,))
        return self._make(self._root, self._parts[:-1] + [name])

    def with_stem(self, stem):
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        if "/" in suffix or (suffix and (not suffix.startswith(".") or suffix == ".")):
            raise ValueError("Invalid suffix %r" % (suffix,))
        name = self.name
        if not name:
            raise ValueError("%r has an empty name" % (self,))
        old = self.suffix
        base = name[:len(name) - len(old)] if old else name
        return self._make(self._root, self._parts[:-1] + [base + suffix])

    def joinpath(self, *args):
        root, parts = _parse((self,) + args)
        return self._make(root, parts)

    def __truediv__(self, key):
        try:
            return self.joinpath(key)
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return type(self)(key, self)
        except TypeError:
            return NotImplemented

    def is_absolute(self):
        return bool(self._root)

    def is_reserved(self):
        return False

    def relative_to(self, *other):
        if not other:
            raise TypeError("need at least one argument")
        base = self._make(*_parse(other))
        n = len(base._parts)
        if base._root != self._root or self._parts[:n] != base._parts:
            raise ValueError("%r is not in the subpath of %r OR one path is relative and the other is absolute."
                             % (str(self), str(base)))
        return self._make("", self._parts[n:])

    def is_relative_to(self, *other):
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    def match(self, path_pattern):
        pat = self._make(*_parse((path_pattern,)))
        if not pat._parts and not pat._root:
            raise ValueError("empty pattern")
        if pat._root:
            if self._root != pat._root or len(self._parts) != len(pat._parts):
                return False
        elif len(pat._parts) > len(self._parts):
            return False
        for name, p in zip(reversed(self._parts), reversed(pat._parts)):
            if not _fnmatch.fnmatchcase(name, p):
                return False
        return True


class PurePosixPath(PurePath):
    """A pure path with POSIX semantics."""
    __slots__ = ()


class PureWindowsPath(PurePath):
    """Windows paths are not supported by Jyco's pathlib."""
    __slots__ = ()

    def __new__(cls, *args):
        raise NotImplementedError("Jyco's pathlib does not implement Windows paths")


# ---------------------------------------------------------------- concrete paths

def _has_magic(part):
    return any(c in _WILDCARDS for c in part)


class Path(PurePath):
    """A path on the real filesystem."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        return cls._from_args(args)

    @classmethod
    def cwd(cls):
        return cls(_os.getcwd())

    @classmethod
    def home(cls):
        return cls(_os.path.expanduser("~"))

    # ------------------------------------------------ queries

    def stat(self, *, follow_symlinks=True):
        return _os.stat(str(self), follow_symlinks=follow_symlinks)

    def lstat(self):
        return _os.lstat(str(self))

    def _mode(self, follow=True):
        try:
            return (_os.stat(str(self)) if follow else _os.lstat(str(self))).st_mode
        except (OSError, ValueError):
            return None

    def exists(self):
        return self._mode() is not None

    def is_dir(self):
        m = self._mode()
        return m is not None and m & 0o170000 == 0o040000

    def is_file(self):
        m = self._mode()
        return m is not None and m & 0o170000 == 0o100000

    def is_symlink(self):
        m = self._mode(False)
        return m is not None and m & 0o170000 == 0o120000

    def is_mount(self):
        return _os.path.ismount(self) if hasattr(_os.path, "ismount") else str(self.resolve()) == "/"

    def samefile(self, other_path):
        st = self.stat()
        other = other_path.stat() if isinstance(other_path, Path) else _os.stat(other_path)
        return st.st_ino == other.st_ino and st.st_dev == other.st_dev

    def absolute(self):
        if self.is_absolute():
            return self
        return self._make(*_parse((_os.getcwd(), self)))

    def resolve(self, strict=False):
        if strict:
            self.stat()
        return self._make(*_parse((_os.path.realpath(str(self)),)))

    def expanduser(self):
        if self._parts and not self._root and self._parts[0].startswith("~"):
            home = _os.path.expanduser(self._parts[0])
            if home.startswith("~"):
                raise RuntimeError("Could not determine home directory.")
            return self._make(*_parse((home,) + tuple(self._parts[1:])))
        return self

    def readlink(self):
        return self._make(*_parse((_os.readlink(str(self)),)))

    # ------------------------------------------------ directories

    def _child(self, name):
        return self._make(self._root, self._parts + [name])

    def iterdir(self):
        for name in _os.listdir(str(self)):
            yield self._child(name)

    def _scan(self):
        """(name, is_dir) of the entries of this directory; nothing if it cannot be read."""
        try:
            names = _os.listdir(str(self))
        except OSError:
            return []
        out = []
        for name in names:
            child = self._child(name)
            out.append((name, child.is_dir()))
        return out

    def _walk_dirs(self):
        """This directory and every directory below it (symlinked directories are not followed)."""
        yield self
        for name, is_dir in self._scan():
            if is_dir:
                child = self._child(name)
                if not child.is_symlink():
                    yield from child._walk_dirs()

    def _select(self, pats):
        if not pats:
            yield self
            return
        first, rest = pats[0], pats[1:]
        if first == "**":
            # collapse repeated '**' components
            while rest and rest[0] == "**":
                rest = rest[1:]
            seen = set()
            for d in self._walk_dirs():
                for p in d._select(rest):
                    if p not in seen:
                        seen.add(p)
                        yield p
        elif _has_magic(first):
            for name, is_dir in self._scan():
                if rest and not is_dir:
                    continue
                if _fnmatch.fnmatchcase(name, first):
                    yield from self._child(name)._select(rest)
        else:
            child = self._child(first)
            if rest:
                if child.is_dir():
                    yield from child._select(rest)
            elif child.exists():
                yield child

    def glob(self, pattern):
        pat = PurePosixPath(pattern)
        if not pat._parts and not pat._root:
            raise ValueError("Unacceptable pattern: %r" % (pattern,))
        if pat._root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        pats = list(pat._parts)
        if pattern.endswith("/"):
            pats.append("")
        if pats[-1] == "":
            pats.pop()
            for p in self._select(pats):
                if p.is_dir():
                    yield p
            return
        yield from self._select(pats)

    def rglob(self, pattern):
        pat = PurePosixPath(pattern)
        if pat._root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        suffix = "/".join(pat._parts)
        yield from self.glob("**/" + suffix if suffix else "**")

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        try:
            _os.mkdir(str(self), mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def rmdir(self):
        _os.rmdir(str(self))

    # ------------------------------------------------ files

    def open(self, mode="r", buffering=-1, encoding=None, errors=None, newline=None):
        return _io.open(str(self), mode, buffering, encoding, errors, newline)

    def read_text(self, encoding=None, errors=None):
        with self.open("r", encoding=encoding, errors=errors) as f:
            return f.read()

    def read_bytes(self):
        with self.open("rb") as f:
            return f.read()

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError("data must be str, not %s" % type(data).__name__)
        with self.open("w", encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def write_bytes(self, data):
        if not isinstance(data, (bytes, bytearray)):
            raise TypeError("memoryview: a bytes-like object is required, not '%s'" % type(data).__name__)
        with self.open("wb") as f:
            return f.write(data)

    def touch(self, mode=0o666, exist_ok=True):
        if self.exists():
            if not exist_ok:
                raise FileExistsError(17, "File exists", str(self))
            _os.utime(str(self), None)
            return
        with self.open("a"):
            pass
        try:
            _os.chmod(str(self), mode & ~_current_umask())
        except OSError:
            pass

    def unlink(self, missing_ok=False):
        try:
            _os.unlink(str(self))
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rename(self, target):
        _os.rename(str(self), target)
        return self._make(*_parse((target,)))

    def replace(self, target):
        _os.replace(str(self), target)
        return self._make(*_parse((target,)))

    def chmod(self, mode, *, follow_symlinks=True):
        _os.chmod(str(self), mode)

    def symlink_to(self, target, target_is_directory=False):
        _os.symlink(target, str(self))

    def hardlink_to(self, target):
        _os.link(target, str(self))


def _current_umask():
    return 0o022


class PosixPath(Path, PurePosixPath):
    """A concrete path on a POSIX system."""
    __slots__ = ()


class WindowsPath(Path, PureWindowsPath):
    """Not available: Jyco runs with POSIX paths."""
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise NotImplementedError("cannot instantiate %r on your system" % (cls.__name__,))
