#!/usr/bin/env python3
"""Regenerates the .expected files of the golden programs by running them on CPython 3.11.

Usage:
    tests/regen-expected.py                 # every program
    tests/regen-expected.py strings ints/   # programs whose path (relative to programs/) contains a word
    tests/regen-expected.py --check         # run, compare with the .expected files, write nothing

A program is any programs/<area>/<name>.py whose name does not start with "_"; helper modules
(imported by programs) are named _<name>.py or live in sub-directories (packages).

Each program runs with cwd = its directory, argv = [<name>.py] plus the words of an optional
"# args: a b c" first line, PYTHONHASHSEED=0, stdin from /dev/null and a timeout. The
.expected file holds:
    # exit: <status>
    # stderr-last: <last line of stderr>      (only when status != 0)
    <stdout, byte for byte>

A program whose first two lines include "# golden: full stderr" also gets <name>.stderr: its
whole stderr, with the program's directory (and the separator after it) removed from paths.
"""
import os
import subprocess
import sys

TIMEOUT = 60
HERE = os.path.dirname(os.path.abspath(__file__))
PROGRAMS = os.path.join(HERE, "programs")


def find_python():
    """The interpreter to use: $PYTHON, else this one; must be CPython 3.11."""
    exe = os.environ.get("PYTHON") or sys.executable
    out = subprocess.run(
        [exe, "-c", "import sys, platform; print(platform.python_implementation(), *sys.version_info[:2])"],
        capture_output=True, text=True, check=True).stdout.split()
    if out != ["CPython", "3", "11"]:
        sys.exit("regen-expected: need CPython 3.11 (got %s from %s); set PYTHON=/path/to/python3.11"
                 % (" ".join(out), exe))
    return exe


def programs():
    for area in sorted(os.listdir(PROGRAMS)):
        d = os.path.join(PROGRAMS, area)
        if not os.path.isdir(d):
            continue
        for f in sorted(os.listdir(d)):
            if f.endswith(".py") and not f.startswith("_"):
                yield os.path.join(d, f)


def program_args(path):
    with open(path, encoding="utf-8") as f:
        first = f.readline().strip()
    if first.startswith("# args:"):
        return first[len("# args:"):].split()
    return []


FULL_STDERR = "# golden: full stderr"


def wants_full_stderr(path):
    with open(path, encoding="utf-8") as f:
        return any(FULL_STDERR in f.readline() for _ in range(2))


def run(python, path):
    env = dict(os.environ)
    env.update(PYTHONHASHSEED=env.get("GOLDEN_HASHSEED", "0"), PYTHONIOENCODING="utf-8",
               PYTHONUTF8="1", PYTHONDONTWRITEBYTECODE="1", LC_ALL="C.UTF-8")
    env.pop("PYTHONPATH", None)
    env.pop("PYTHONSTARTUP", None)
    name = os.path.basename(path)
    try:
        p = subprocess.run([python, "-X", "int_max_str_digits=4300", name] + program_args(path),
                           cwd=os.path.dirname(path), env=env, stdin=subprocess.DEVNULL,
                           capture_output=True, timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        raise SystemExit("regen-expected: %s timed out after %ds" % (path, TIMEOUT))
    out = p.stdout.decode("utf-8")
    err = p.stderr.decode("utf-8")
    err_lines = err.rstrip("\n").split("\n")
    text = "# exit: %d\n" % p.returncode
    if p.returncode != 0:
        text += ("# stderr-last: %s" % err_lines[-1]).rstrip(" ") + "\n"
    return text + out, err.replace(os.path.dirname(path) + os.sep, "")


def update(path, text, check):
    """Writes text to path unless it is there already; True if it differed."""
    old = None
    if os.path.exists(path):
        with open(path, encoding="utf-8", newline="") as f:
            old = f.read()
    if old == text:
        return False
    if not check:
        with open(path, "w", encoding="utf-8", newline="") as f:
            f.write(text)
        print("wrote", os.path.relpath(path, HERE))
    return True


def main(argv):
    check = "--check" in argv
    words = [a for a in argv if a != "--check"]
    python = find_python()
    count = changed = 0
    for path in programs():
        rel = os.path.relpath(path, PROGRAMS)
        if words and not any(w in rel for w in words):
            continue
        count += 1
        text, err = run(python, path)
        differs = update(path[:-3] + ".expected", text, check)
        if wants_full_stderr(path):
            differs = update(path[:-3] + ".stderr", err, check) or differs
        if differs:
            changed += 1
            if check:
                print("DIFFERS:", rel)
    print("%d programs, %d %s" % (count, changed, "differ" if check else "updated"))
    return 1 if check and changed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
