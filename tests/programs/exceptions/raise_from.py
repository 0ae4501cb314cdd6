# raise ... from ..., __cause__, __context__, __suppress_context__.
class AppError(Exception):
    pass
def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise AppError(f"cannot parse {s!r}") from e
try:
    parse("x1")
except AppError as e:
    print(type(e).__name__, e)
    print("cause:", type(e.__cause__).__name__, e.__cause__)
    print("context is cause:", e.__context__ is e.__cause__, e.__suppress_context__)
def implicit():
    try:
        {}["missing"]
    except KeyError:
        raise RuntimeError("while handling")
try:
    implicit()
except RuntimeError as e:
    print(e, "| cause:", e.__cause__, "| context:", repr(e.__context__), e.__suppress_context__)
def suppressed():
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("clean") from None
try:
    suppressed()
except ValueError as e:
    print(e, e.__cause__, type(e.__context__).__name__, e.__suppress_context__)
def chain3():
    try:
        try:
            raise KeyError("a")
        except KeyError as e1:
            raise IndexError("b") from e1
    except IndexError:
        raise TypeError("c")
try:
    chain3()
except TypeError as e:
    c = e
    seen = []
    while c is not None:
        seen.append(f"{type(c).__name__}({c})")
        c = c.__cause__ or c.__context__
    print(" <- ".join(seen))
e = ValueError("standalone")
print(e.__cause__, e.__context__, e.__traceback__, e.args)
try:
    raise ValueError from KeyError("k")
except ValueError as e:
    print(repr(e), repr(e.__cause__))
try:
    raise ValueError("x") from 5
except TypeError as e:
    print("TypeError", e)
