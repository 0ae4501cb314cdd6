# golden: full stderr
# How an uncaught exception group is printed: nested boxes, chained exceptions and notes inside
# groups, groups inside chains, more than 15 sub-exceptions, nesting deeper than 10 levels.
def fail(e):
    raise e


def caught(e):
    try:
        fail(e)
    except BaseException as x:
        return x


def chained():
    try:
        try:
            fail(OSError("disk"))
        except OSError as x:
            raise RuntimeError("while saving") from x
    except RuntimeError as r:
        return r


def context_group():
    try:
        fail(ExceptionGroup("first", [KeyError("a"), caught(IndexError(0))]))
    except ExceptionGroup:
        fail(ValueError("handling the group failed"))


def deep(n):
    g = ValueError("bottom")
    for i in range(n):
        g = ExceptionGroup(f"level {i}", [g]) if i % 2 else ExceptionGroup(f"level {i}", [g, TypeError(i)])
    return g


noted = caught(ValueError("with notes"))
noted.add_note("one note")
noted.add_note("a note\non two lines")
multi = caught(ValueError("multi\nline message"))
group_with_note = ExceptionGroup("noted group", [caught(TypeError("t")), multi])
group_with_note.add_note("the group's note")
wide = ExceptionGroup("wide", [caught(ValueError(i)) for i in range(17)])
not_raised = ExceptionGroup("never raised", [ZeroDivisionError("z")])
syntax = SyntaxError("invalid syntax", ("prog.py", 2, 5, "x = = 1\n", 2, 6))
context = caught(ExceptionGroup("boom", [ValueError(1)]))
try:
    context_group()
except ValueError as v:
    in_chain = v
top = ExceptionGroup("top", [noted, group_with_note, chained(), wide, not_raised, syntax, in_chain, deep(12)])
try:
    raise top
except ExceptionGroup:
    fail(BaseExceptionGroup("outer", [KeyboardInterrupt(), caught(ExceptionGroup("inner", [OSError(2)]))]))
