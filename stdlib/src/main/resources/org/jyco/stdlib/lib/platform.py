"""Information about the platform (operating system, machine, Python), written for Jyco.

On Linux the system, node, release, version and machine come from /proc/sys/kernel (what
uname(2) reports). platform() has no '-with-glibc...' suffix: Jyco cannot see the C library.
python_implementation() is 'Jyco'.
"""

import os
import sys
from collections import namedtuple

__all__ = ["architecture", "machine", "node", "platform", "processor", "python_build", "python_compiler",
           "python_branch", "python_implementation", "python_revision", "python_version", "python_version_tuple",
           "release", "system", "uname", "version"]


def _kernel(name):
    try:
        with open("/proc/sys/kernel/" + name) as f:
            return f.read().strip()
    except OSError:
        return ""


class uname_result(namedtuple("uname_result_base", "system node release version machine")):
    """uname() result: system, node, release, version, machine, and processor (computed on access)."""

    _fields = ("system", "node", "release", "version", "machine", "processor")

    @property
    def processor(self):
        return processor()

    def __iter__(self):
        yield from tuple.__iter__(self)
        yield self.processor

    def __getitem__(self, key):
        return tuple(iter(self))[key]

    def __len__(self):
        return len(tuple(iter(self)))

    def __reduce__(self):
        return uname_result, tuple(self)[:len(self._fields) - 1]


_uname_cache = None


def uname():
    """(system, node, release, version, machine, processor), as os.uname() and the kernel report them."""
    global _uname_cache
    if _uname_cache is None:
        system = _kernel("ostype")
        if not system:
            system = {"linux": "Linux", "darwin": "Darwin", "win32": "Windows"}.get(sys.platform, sys.platform)
        node = _kernel("hostname") or os.environ.get("HOSTNAME", "")
        release = _kernel("osrelease")
        version = _kernel("version")
        machine = _kernel("arch")
        if not machine:
            machine = os.environ.get("HOSTTYPE", "")
        _uname_cache = uname_result(system, node, release, version, machine)
    return _uname_cache


def system():
    """The operating system's name: 'Linux', 'Darwin', 'Windows' ... ('' if unknown)."""
    return uname().system


def node():
    """The computer's network name ('' if unknown)."""
    return uname().node


def release():
    """The operating system's release ('' if unknown)."""
    return uname().release


def version():
    """The operating system's version ('' if unknown)."""
    return uname().version


def machine():
    """The machine type, e.g. 'x86_64' ('' if unknown)."""
    return uname().machine


def processor():
    """The processor name: '' (as CPython on most Linux systems)."""
    return ""


def architecture(executable=sys.executable, bits="", linkage=""):
    """(bits, linkage) of the interpreter: ('64bit', 'ELF') on a 64-bit Linux JVM."""
    if not bits:
        bits = "64bit" if sys.maxsize > 2**32 else "32bit"
    if not linkage and system() == "Linux":
        linkage = "ELF"
    return bits, linkage


def platform(aliased=False, terse=False):
    """One string naming the platform, e.g. 'Linux-6.1.0-x86_64'."""
    u = uname()
    if terse:
        return _clean("%s-%s" % (u.system, u.release))
    return _clean("-".join(p for p in (u.system, u.release, u.machine) if p))


def _clean(s):
    for c in " /\\:;\"()":
        s = s.replace(c, "_")
    while "--" in s:
        s = s.replace("--", "-")
    return s


def python_implementation():
    """'Jyco'."""
    return "Jyco"


def python_version():
    """'major.minor.patchlevel' of the Python language implemented."""
    return "%d.%d.%d" % sys.version_info[:3]


def python_version_tuple():
    """(major, minor, patchlevel) as strings."""
    return tuple(str(x) for x in sys.version_info[:3])


def python_compiler():
    """What built the interpreter: 'Java <version>' for Jyco."""
    v = sys.version
    if "[" in v and "]" in v:
        return v[v.index("[") + 1:v.index("]")]
    return ""


def python_build():
    """(buildno, builddate): Jyco records neither."""
    return ("default", "")


def python_branch():
    return ""


def python_revision():
    return ""
