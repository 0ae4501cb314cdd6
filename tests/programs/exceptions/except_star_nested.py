# Nested try/except*: inner clauses handle part, the rest reaches outer clauses; except* inside
# except and except* clauses; closures, class bodies, with statements, loops.
import sys
def show(x, ind=""):
    if isinstance(x, BaseExceptionGroup):
        print(ind + type(x).__name__ + "(" + repr(x.message) + ")", "ctx=" + type(x.__context__).__name__, "cause=" + type(x.__cause__).__name__)
        for e in x.exceptions: show(e, ind + "  ")
    else:
        print(ind + repr(x), "ctx=" + type(x.__context__).__name__, "cause=" + type(x.__cause__).__name__)
def level3():
    raise ExceptionGroup("l3", [ValueError("a"), TypeError("b"), KeyError("c"), OSError("d")])
def level2():
    try:
        level3()
    except* ValueError as eg:
        print("level2 handles", repr(eg))
    except* KeyError as eg:
        raise RuntimeError("converted") from eg
def level1():
    try:
        level2()
    except* TypeError as eg:
        print("level1 handles", repr(eg))
    except* RuntimeError as eg:
        print("level1 runtime", repr(eg), repr(eg.exceptions[0].__cause__))
try:
    level1()
except ExceptionGroup as e:
    show(e)
# except* inside except
try:
    try:
        raise KeyError("orig")
    except KeyError:
        try:
            raise ExceptionGroup("inner", [ValueError(1)])
        except* ValueError as eg:
            print("ctx of group:", repr(eg.__context__))
            raise IndexError("in star")
except ExceptionGroup as e:
    show(e)
    print(repr(e.exceptions[0].__context__.__context__))
except IndexError as e:
    print("IndexError", repr(e), repr(e.__context__), repr(e.__context__.__context__))
# closure capturing the name
def closure():
    fs = []
    try:
        raise ExceptionGroup("c", [ValueError(7)])
    except* ValueError as eg:
        fs.append(lambda: eg)
        print(fs[0]())
    try:
        fs[0]()
    except NameError as e:
        print("NameError:", e)
closure()
# class body
class K:
    try:
        raise ExceptionGroup("k", [ValueError(1)])
    except* ValueError as eg:
        caught = repr(eg)
    try:
        eg
    except NameError as e:
        print("class NameError:", e)
print(K.caught)
# with statement in handler and body
class CM:
    def __init__(self, name, swallow=False): self.name, self.swallow = name, swallow
    def __enter__(self): print("enter", self.name); return self
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None, repr(v) if v else None)
        return self.swallow
try:
    with CM("outer"):
        try:
            with CM("body"):
                raise ExceptionGroup("w", [ValueError(1), TypeError(2)])
        except* ValueError:
            with CM("handler", swallow=True):
                raise OSError("swallowed")
            print("after swallow")
except* TypeError as eg:
    print("outer star", repr(eg))
# module level uncaught
for i in range(3):
    try:
        if i == 2:
            raise ExceptionGroup("loop", [ValueError(i)])
        continue
    except* ValueError as eg:
        print("loop handler", i)
    finally:
        print("loop finally", i)
# nested except* in except* handler
try:
    raise ExceptionGroup("o", [ValueError(1), TypeError(2)])
except* ValueError as outer:
    try:
        raise ExceptionGroup("i", [KeyError(3), OSError(4)])
    except* KeyError as inner:
        print("inner", repr(inner), repr(sys.exc_info()[1]))
    print("back in outer", repr(sys.exc_info()[1]))
except* TypeError:
    print("T", repr(sys.exc_info()[1]))
print(sys.exc_info())
try:
    try:
        raise KeyError(0)
    except KeyError:
        try:
            raise ExceptionGroup("i", [ValueError(1), TypeError(2)])
        except* ValueError:
            raise OSError(3)
except BaseException as e:
    print(repr(e), repr(e.__context__))
    print(repr(e.exceptions[0].__context__), repr(e.exceptions[0].__context__.__context__))
try:
    try:
        raise KeyError(0)
    except KeyError:
        try:
            raise ExceptionGroup("i", [ValueError(1), TypeError(2)])
        except* ValueError:
            pass
except BaseException as e:
    print(repr(e), repr(e.__context__))
try:
    try:
        raise KeyError(0)
    except KeyError:
        try:
            raise ValueError(5)
        except* ValueError:
            raise
except BaseException as e:
    print(repr(e), repr(e.__context__), repr(e.exceptions[0].__context__))
def f():
    raise ValueError(9)
try:
    raise KeyError(0)
except KeyError:
    try:
        f()
    except ValueError as v:
        print(repr(v.__context__))
