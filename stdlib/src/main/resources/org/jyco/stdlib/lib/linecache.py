"""Lines of source files, read once and kept (written for Jyco).

getline(filename, lineno) gives one line with its newline, or '' when the file or the line does
not exist. Standard modules written in Python ("<jyco-stdlib>/...") are read from Jyco's
resources; other names are read as UTF-8 files.
"""
import os
import sys

__all__ = ["getline", "getlines", "clearcache", "checkcache", "updatecache", "lazycache"]

# filename -> (size, mtime, lines, fullname); size and mtime are None for resources
cache = {}


def clearcache():
    """Forgets every file read so far."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """Line lineno (1-based) of the file, newline included; '' if there is none."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ""


def getlines(filename, module_globals=None):
    """All lines of the file (each ending in a newline); [] if it cannot be read."""
    entry = cache.get(filename)
    if entry is not None and len(entry) != 1:
        return entry[2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def checkcache(filename=None):
    """Drops the cached lines of files that changed on disk (of one file, or of all)."""
    names = list(cache) if filename is None else [filename] if filename in cache else []
    for name in names:
        entry = cache.get(name)
        if entry is None or len(entry) == 1 or entry[0] is None:
            continue
        size, mtime = entry[0], entry[1]
        try:
            st = os.stat(entry[3])
        except (OSError, ValueError):
            cache.pop(name, None)
            continue
        if st.st_size != size or st.st_mtime != mtime:
            cache.pop(name, None)


def _split(text):
    lines = text.splitlines(True)
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    return lines


def updatecache(filename, module_globals=None):
    """Reads the file again, caches and returns its lines ([] if it cannot be read)."""
    cache.pop(filename, None)
    if not filename or (filename.startswith("<") and filename.endswith(">")):
        return []
    getter = getattr(sys, "_jyco_source", None)
    if getter is not None and filename.startswith("<jyco-stdlib>"):
        text = getter(filename)
        if text is None:
            return []
        lines = _split(text)
        cache[filename] = (None, None, lines, filename)
        return lines
    try:
        st = os.stat(filename)
    except (OSError, ValueError):
        return []
    try:
        with open(filename, encoding="utf-8", errors="replace") as f:
            text = f.read()
    except (OSError, UnicodeDecodeError, SyntaxError):
        return []
    lines = _split(text)
    cache[filename] = (st.st_size, st.st_mtime, lines, filename)
    return lines


def lazycache(filename, module_globals):
    """Nothing to defer in Jyco: sources are read when asked for. Always False."""
    return False
