# BaseExceptionGroup.split / subgroup / derive: matching by type, tuple of types and predicate,
# nested groups, identity of unchanged parts, metadata (traceback, cause, context, notes) copied
# to the derived groups, subclasses with their own derive.
def tree(x, ind=""):
    if x is None:
        return ind + "None"
    if isinstance(x, BaseExceptionGroup):
        lines = [ind + f"{type(x).__name__}({x.message!r})"]
        for e in x.exceptions:
            lines.append(tree(e, ind + "  "))
        return "\n".join(lines)
    return ind + repr(x)


def show(label, pair):
    print(label)
    if isinstance(pair, tuple):
        print(" match:")
        print(tree(pair[0], "   "))
        print(" rest:")
        print(tree(pair[1], "   "))
    else:
        print(tree(pair, "   "))


v1, v2, t3, k4, o5 = ValueError(1), ValueError(2), TypeError(3), KeyError(4), OSError(5)
inner = ExceptionGroup("inner", [v2, t3])
eg = ExceptionGroup("outer", [v1, inner, k4])
show("split ValueError", eg.split(ValueError))
show("split (TypeError, KeyError)", eg.split((TypeError, KeyError)))
show("split LookupError", eg.split(LookupError))
show("split predicate", eg.split(lambda e: isinstance(e, ValueError) and e.args[0] == 2))
show("split OSError (nothing)", eg.split(OSError))
show("split Exception (everything)", eg.split(Exception))
show("split the inner group", eg.split(lambda e: e is inner))
show("subgroup KeyError", eg.subgroup(KeyError))
show("subgroup nothing", eg.subgroup(lambda e: False))
show("split ExceptionGroup", eg.split(ExceptionGroup))

# identity: a group matched as a whole is returned as is; leaves are shared
print(eg.split(Exception)[0] is eg, eg.subgroup(lambda e: True) is eg)
print(eg.split(OSError)[1] is eg, eg.split(ValueError)[0].exceptions[0] is v1)
print(eg.split(TypeError)[0].exceptions[0] is inner)
print(eg.split(KeyError)[1].exceptions[1] is inner)

# the predicate sees every group and leaf, outermost first
seen = []
eg.split(lambda e: seen.append(type(e).__name__) or False)
print(seen)
seen = []
eg.subgroup(lambda e: seen.append(type(e).__name__) or isinstance(e, ExceptionGroup))
print(seen)

# bad matchers
for bad in (1, (ValueError, 1), [ValueError], "ValueError", (ValueError, (TypeError,))):
    try:
        eg.split(bad)
    except TypeError as e:
        print("split", repr(bad), "->", e)
for call in (lambda: eg.split(), lambda: eg.split(ValueError, TypeError), lambda: eg.subgroup()):
    try:
        call()
    except TypeError as e:
        print(e)


def failing(e):
    raise RuntimeError("predicate failed")


try:
    eg.split(failing)
except RuntimeError as e:
    print("RuntimeError", e)

# metadata
try:
    try:
        raise OSError("context")
    except OSError:
        raise ExceptionGroup("meta", [ValueError(1), TypeError(2)]) from KeyError("cause")
except ExceptionGroup as caught:
    g = caught
g.add_note("a note")
m, r = g.split(ValueError)
for part in (g, m, r):
    print(repr(part), repr(part.__cause__), repr(part.__context__), part.__suppress_context__,
          part.__notes__, part.__traceback__ is g.__traceback__)
print(m.__notes__ is g.__notes__)
m.add_note("only on the match")
print(g.__notes__, m.__notes__, r.__notes__)

g2 = ExceptionGroup("no cause", [ValueError(1), TypeError(2)])
g2.__context__ = KeyError("ctx")
m2 = g2.subgroup(ValueError)
print(repr(m2.__context__), g2.__suppress_context__, m2.__suppress_context__, m2.__traceback__)
g2.__notes__ = ("tuple", "notes")
print(g2.subgroup(ValueError).__notes__)
g2.__notes__ = 42
print(hasattr(g2.subgroup(ValueError), "__notes__"))

# derive
d = g.derive([KeyError(9)])
print(repr(d), type(d).__name__, d.__cause__, d.__traceback__, hasattr(d, "__notes__"))
print(type(g.derive([KeyboardInterrupt()])).__name__)
print(BaseExceptionGroup("b", [KeyboardInterrupt(), ValueError(1)]).split(ValueError))


class Tagged(ExceptionGroup):
    def __new__(cls, message, excs, tag):
        self = super().__new__(cls, message, excs)
        self.tag = tag
        return self

    def __init__(self, message, excs, tag):
        super().__init__(message, excs)

    def derive(self, excs):
        return Tagged(self.message + "*", excs, self.tag)


t = Tagged("tagged", [ValueError(1), TypeError(2), Tagged("in", [ValueError(3), KeyError(4)], "inner")], "outer")
a, b = t.split(ValueError)
print(repr(a), a.tag, repr(a.exceptions[1]), a.exceptions[1].tag)
print(repr(b), b.tag, b.args)


class Plain(ExceptionGroup):
    pass


p = Plain("plain", [ValueError(1), TypeError(2)])
print([type(x).__name__ for x in p.split(ValueError)])


class BadDerive(ExceptionGroup):
    def derive(self, excs):
        return "not a group"


try:
    BadDerive("bad", [ValueError(1), TypeError(2)]).split(ValueError)
except TypeError as e:
    print(e)
print(BadDerive("bad", [ValueError(1)]).split(BadDerive)[0].message)
