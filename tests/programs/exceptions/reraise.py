# Bare raise, re-raising in nested handlers, sys.exc_info.
import sys
def inner():
    raise KeyError("inner")
def middle():
    try:
        inner()
    except KeyError:
        print("middle saw it, re-raising")
        raise
try:
    middle()
except KeyError as e:
    print("outer caught", repr(e))
def info():
    try:
        raise ValueError("v")
    except ValueError:
        t, v, tb = sys.exc_info()
        print(t.__name__, v, tb is not None)
    print(sys.exc_info())
info()
def handler_switch():
    try:
        try:
            raise TypeError("first")
        except TypeError:
            try:
                raise ValueError("second")
            except ValueError:
                pass
            raise
    except TypeError as e:
        return f"re-raised the right one: {e}"
print(handler_switch())
try:
    raise
except RuntimeError as e:
    print("RuntimeError", e)
def raise_class():
    raise IndexError
try:
    raise_class()
except IndexError as e:
    print(repr(e), e.args)
try:
    raise 42
except TypeError as e:
    print("TypeError", e)
class NotExc:
    pass
try:
    raise NotExc()
except TypeError as e:
    print("TypeError", e)
try:
    try:
        raise ValueError("x")
    except 5:
        pass
except TypeError as e:
    print("TypeError", e)
