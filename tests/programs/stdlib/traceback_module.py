import os
import sys
import traceback
import io


def clean(text):
    # golden programs run under their absolute path: keep only the file's base name
    return text.replace(os.path.dirname(os.path.abspath(__file__)) + os.sep, "")


def inner(n):
    if n == 0:
        raise ValueError("bad value")
    inner(n - 1)


def outer():
    inner(2)


print("--- format_exc")
try:
    outer()
except ValueError:
    print(clean(traceback.format_exc()), end="")
    print(clean(traceback.format_exc(limit=2)), end="")
    print(clean(traceback.format_exc(limit=-1)), end="")

print("--- print_exc to a file")
buf = io.StringIO()
def lookup(d):
    d.pop("key")

try:
    lookup({})
except KeyError:
    traceback.print_exc(file=buf)
print(clean(buf.getvalue()), end="")

print("--- no exception")
print(repr(traceback.format_exc()))

print("--- format_exception forms")
try:
    outer()
except ValueError as e:
    exc = e
lines = traceback.format_exception(exc)
print(len(lines), clean("".join(lines)), end="")
lines2 = traceback.format_exception(type(exc), exc, exc.__traceback__)
print(lines == lines2)
print(traceback.format_exception_only(exc))
print(traceback.format_exception_only(type(exc), exc))
print(traceback.format_exception(exc, limit=0))
print(traceback.format_exception_only(None))

print("--- extract_tb / walk_tb")
for fs in traceback.extract_tb(exc.__traceback__):
    print(os.path.basename(fs.filename), fs.lineno, fs.name, repr(fs.line))
fs = traceback.extract_tb(exc.__traceback__)[-1]
print(fs[1], fs[2], len(fs), list(fs)[1:], fs == (fs.filename, fs.lineno, fs.name, fs.line))
for frame, lineno in traceback.walk_tb(exc.__traceback__):
    print(frame.f_code.co_name, lineno)
print([clean(s) for s in traceback.format_tb(exc.__traceback__, limit=1)])
buf = io.StringIO()
traceback.print_tb(exc.__traceback__, limit=-2, file=buf)
print(clean(buf.getvalue()), end="")

print("--- chaining")
def convert(s):
    try:
        int(s)
    except ValueError as e:
        raise RuntimeError("conversion failed") from e

try:
    convert("abc")
except RuntimeError:
    print(clean(traceback.format_exc()), end="")
    print("chain=False:")
    print(clean(traceback.format_exc(chain=False)), end="")

try:
    try:
        divmod(1, 0)
    except ZeroDivisionError:
        [].pop()
except IndexError:
    print(clean(traceback.format_exc()), end="")

try:
    try:
        divmod(1, 0)
    except ZeroDivisionError:
        raise KeyError("quiet") from None
except KeyError:
    print(clean(traceback.format_exc()), end="")

print("--- TracebackException")
try:
    convert("xyz")
except RuntimeError as e:
    te = traceback.TracebackException.from_exception(e)
    err = e
print(te.exc_type.__name__, str(te))
print(type(te.stack).__name__, len(te.stack), [f.name for f in te.stack])
print(te.__cause__.exc_type.__name__, te.__context__.exc_type.__name__ if te.__context__ else None)
print(te.__suppress_context__)
print(list(te.format_exception_only()))
print(clean("".join(te.format())), end="")
print("compact:", traceback.TracebackException.from_exception(err, compact=True).__context__)

print("--- custom exception types and notes")
class MyError(Exception):
    pass

class Empty(Exception):
    def __str__(self):
        return ""

class Broken(Exception):
    def __str__(self):
        raise TypeError("no")

print(traceback.format_exception_only(MyError("m")))
print(traceback.format_exception_only(Empty()))
print(traceback.format_exception_only(Broken()))
print(traceback.format_exception_only(OSError(2, "No such file")))
e = ValueError("with notes")
e.add_note("first note")
e.add_note("second\nnote")
print(traceback.format_exception_only(e))
e = ValueError("odd notes")
e.__notes__ = 42
print(traceback.format_exception_only(e))

print("--- SyntaxError")
try:
    compile("x = (1,\n", "<snippet>", "exec")
except SyntaxError as e:
    print(traceback.format_exception_only(e))
se = SyntaxError("invalid syntax", ("f.py", 3, 5, "  x = = 1\n", 5, 6))
print(traceback.format_exception_only(se))
print(traceback.format_exception_only(SyntaxError("just a message")))

print("--- stacks")
def show_stack():
    stack = traceback.extract_stack()
    print([(f.name, f.line) for f in stack])
    print([f.name for f in traceback.extract_stack(limit=2)])
    print(clean("".join(traceback.format_stack(limit=1))), end="")
    buf = io.StringIO()
    traceback.print_stack(limit=1, file=buf)
    print(clean(buf.getvalue()), end="")

def caller():
    show_stack()

caller()

print("--- format_list / FrameSummary / StackSummary")
print(traceback.format_list([("a.py", 1, "f", "x = 1"), ("b.py", 2, "g", None)]))
s = traceback.StackSummary.from_list([("a.py", 10, "rec", "rec()")] * 6 + [("a.py", 3, "top", "")])
print(s.format())
fs = traceback.FrameSummary("nofile.py", 4, "func")
print(repr(fs), repr(fs.line))
fs = traceback.FrameSummary("x.py", 4, "func", line="  spaced  ")
print(repr(fs.line), fs == ("x.py", 4, "func", "spaced"))

print("--- recursion")
def down(n):
    if n == 0:
        raise OverflowError("deep")
    down(n - 1)

try:
    down(8)
except OverflowError:
    print(clean(traceback.format_exc()), end="")

print("--- exception group")
try:
    raise ExceptionGroup("many", [ValueError("a"), TypeError("b")])
except ExceptionGroup:
    print(clean(traceback.format_exc()), end="")

print("--- errors")
try:
    traceback.format_exception(ValueError("x"), ValueError("x"))
except ValueError as e:
    print(e)
try:
    traceback.print_exception(5)
except TypeError as e:
    print(e)
