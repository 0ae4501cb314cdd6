# ExceptionGroup / BaseExceptionGroup construction (PEP 654): argument rules and their messages,
# the choice between the two types, attributes, str/repr, subclassing, notes.
def attempt(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))


attempt("no args", lambda: ExceptionGroup())
attempt("one arg", lambda: ExceptionGroup("a"))
attempt("three args", lambda: ExceptionGroup("a", [ValueError()], 3))
attempt("msg not str", lambda: ExceptionGroup(1, [ValueError()]))
attempt("excs int", lambda: ExceptionGroup("a", 5))
attempt("excs set", lambda: ExceptionGroup("a", {ValueError()}))
attempt("excs dict", lambda: ExceptionGroup("a", {1: ValueError()}))
attempt("excs empty", lambda: ExceptionGroup("a", []))
attempt("excs empty tuple", lambda: BaseExceptionGroup("a", ()))
attempt("item not exc", lambda: ExceptionGroup("a", [ValueError(), 5]))
attempt("item is class", lambda: ExceptionGroup("a", [ValueError]))
attempt("excs str", lambda: BaseExceptionGroup("a", "xy"))
attempt("keyword", lambda: ExceptionGroup("a", [ValueError()], x=1))
attempt("keywords only", lambda: ExceptionGroup(message="a", exceptions=[ValueError()]))
attempt("base in EG", lambda: ExceptionGroup("a", [KeyboardInterrupt()]))
attempt("base in BEG", lambda: BaseExceptionGroup("a", [KeyboardInterrupt(), ValueError(1)]))
attempt("only Exceptions in BEG", lambda: BaseExceptionGroup("a", [ValueError(1)]))
print(type(BaseExceptionGroup("a", [ValueError(1)])).__name__)
print(type(BaseExceptionGroup("a", [SystemExit(1)])).__name__)
print(type(BaseExceptionGroup("a", [ExceptionGroup("b", [ValueError()])])).__name__)
print(type(BaseExceptionGroup("a", [BaseExceptionGroup("b", [GeneratorExit()])])).__name__)
attempt("__new__ of non-group", lambda: BaseExceptionGroup.__new__(ValueError, "a", [ValueError()]))
attempt("__new__ with EG", lambda: BaseExceptionGroup.__new__(ExceptionGroup, "a", [ValueError()]))

print(ExceptionGroup.__mro__)
print(BaseExceptionGroup.__mro__)
print(ExceptionGroup.__bases__, ExceptionGroup.__module__, BaseExceptionGroup.__module__)
print(issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, Exception))
print(isinstance(ExceptionGroup("x", [ValueError()]), BaseExceptionGroup))

v1, t2 = ValueError(1), TypeError(2)
eg = ExceptionGroup("two", [v1, t2])
print(eg.message, eg.exceptions, eg.args)
print(eg.exceptions[0] is v1, type(eg.exceptions).__name__)
print(str(eg), "|", repr(eg))
eg1 = ExceptionGroup("one", (v1,))
print(str(eg1), "|", repr(eg1), eg1.args)
print(repr(str(ExceptionGroup("", [v1]))))
print(repr(ExceptionGroup("quote'\n", [v1])))
for attr in ("message", "exceptions"):
    try:
        setattr(eg, attr, 3)
    except AttributeError as e:
        print("set", attr, "->", e)
eg.args = ("changed",)
print(eg.args, eg.message, str(eg), repr(eg))

# notes
print(hasattr(eg, "__notes__"))
eg.add_note("first note")
eg.add_note("second")
print(eg.__notes__)
for bad in (3, None, b"x"):
    try:
        eg.add_note(bad)
    except TypeError as e:
        print("add_note", repr(bad), "->", e)
e = ValueError("v")
e.__notes__ = "not a list"
try:
    e.add_note("x")
except TypeError as x:
    print(x)
del e.__notes__
e.add_note("fresh")
print(e.__notes__)


# subclasses
class MyGroup(ExceptionGroup):
    pass


class MyBaseGroup(BaseExceptionGroup):
    pass


class Both(BaseExceptionGroup, Exception):
    pass


attempt("subclass of EG with base exc", lambda: MyGroup("m", [KeyboardInterrupt()]))
attempt("subclass of BEG with base exc", lambda: MyBaseGroup("m", [KeyboardInterrupt()]))
attempt("subclass of BEG with exc", lambda: MyBaseGroup("m", [ValueError()]))
attempt("BEG+Exception with base exc", lambda: Both("m", [KeyboardInterrupt()]))
attempt("keyword in subclass", lambda: MyGroup("m", [ValueError()], flag=True))
print(Both.__mro__)
m = MyGroup("mine", [ValueError(1)])
m.extra = 42
print(repr(m), str(m), m.extra, isinstance(m, ExceptionGroup), m.__dict__)


class Coded(ExceptionGroup):
    def __new__(cls, message, excs, code):
        self = super().__new__(cls, message, excs)
        self.code = code
        return self

    def __init__(self, message, excs, code):
        super().__init__(message, excs)

    def __str__(self):
        return f"[{self.code}] {self.message}"


c = Coded("coded", [ValueError(1)], 7)
print(repr(c), str(c), c.code, c.args)
print(ExceptionGroup[int] is not None)

# catching a group with plain except
try:
    raise ExceptionGroup("plain", [ValueError(1), TypeError(2)])
except ExceptionGroup as g:
    print("caught", repr(g), g.__traceback__ is not None, g.__traceback__ is g.__traceback__)
try:
    raise BaseExceptionGroup("base", [KeyboardInterrupt()])
except Exception:
    print("wrong")
except BaseExceptionGroup as g:
    print("caught base group", repr(g))
