# The builtin exception hierarchy as seen via issubclass and except clauses.
names = [ZeroDivisionError, OverflowError, ArithmeticError, KeyError, IndexError, LookupError, ValueError,
         UnicodeDecodeError, UnicodeError, TypeError, AttributeError, NameError, UnboundLocalError,
         FileNotFoundError, OSError, StopIteration, RuntimeError, RecursionError, NotImplementedError,
         AssertionError, ImportError, ModuleNotFoundError, KeyboardInterrupt, SystemExit, GeneratorExit,
         Exception, BaseException]
for cls in names:
    chain = [c.__name__ for c in cls.__mro__]
    print(cls.__name__, "->", " > ".join(chain[1:]))
print(issubclass(KeyError, Exception), issubclass(SystemExit, Exception), issubclass(bool, Exception))
def catch(exc_type, raise_type):
    try:
        raise raise_type("msg")
    except exc_type:
        return "caught"
    except BaseException:
        return "escaped"
print(catch(LookupError, KeyError), catch(ArithmeticError, ZeroDivisionError), catch(ValueError, TypeError))
print(catch(Exception, KeyboardInterrupt), catch(OSError, FileNotFoundError), catch(NameError, UnboundLocalError))
for thunk in [lambda: 1 / 0, lambda: [][1], lambda: {}["k"], lambda: int("x"), lambda: None.attr,
              lambda: undefined_name, lambda: "a" + 1, lambda: [].pop(), lambda: next(iter([])),
              lambda: float(10 ** 400), lambda: (1).__foo__, lambda: "abc".index("z"), lambda: {1, 2}.remove(3)]:
    try:
        thunk()
    except Exception as e:
        print(type(e).__name__, "|", e, "|", repr(e))
