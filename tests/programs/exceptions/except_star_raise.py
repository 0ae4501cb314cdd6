# Exceptions raised in except* clauses: combined with the unhandled rest into a new
# ExceptionGroup('', [...]); a bare raise (or the part re-raised unchanged) keeps the original
# group's structure; contexts, causes and tracebacks of what propagates.
import sys


def tree(x, ind=""):
    if x is None:
        return ind + "None"
    extra = ""
    if x.__cause__ is not None:
        extra += f" cause={x.__cause__!r}"
    if x.__context__ is not None and not x.__suppress_context__:
        extra += f" context={x.__context__!r}"
    if isinstance(x, BaseExceptionGroup):
        lines = [ind + f"{type(x).__name__}({x.message!r}){extra}"]
        for e in x.exceptions:
            lines.append(tree(e, ind + "  "))
        return "\n".join(lines)
    return ind + repr(x) + extra


def run(f):
    print("==", f.__name__)
    try:
        f()
    except BaseException as e:
        print(tree(e, "  "))
        return e
    else:
        print("  completed")


def raise_new_with_rest():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("new")


def raise_new_everything_handled():
    try:
        raise ExceptionGroup("eg", [ValueError(1), ValueError(2)])
    except* ValueError:
        raise KeyError("only this")


def raise_in_two_clauses():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), OSError(3)])
    except* ValueError:
        raise KeyError("from V")
    except* TypeError:
        raise IndexError("from T")


def bare_reraise_all():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), OSError(3)])
    except* ValueError:
        raise
    except* TypeError:
        raise


def bare_reraise_part():
    try:
        raise ExceptionGroup("eg", [ValueError(1), ExceptionGroup("in", [TypeError(2), OSError(3)])])
    except* TypeError:
        raise
    except* OSError:
        pass


def reraise_and_raise():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), OSError(3)])
    except* ValueError:
        raise KeyError("new")
    except* TypeError:
        raise


def raise_the_match():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        raise e


def raise_a_leaf():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        raise e.exceptions[0]


def raise_from():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        raise RuntimeError("converted") from e
    except* TypeError:
        raise RuntimeError("no context") from None


def raise_group_in_clause():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise ExceptionGroup("raised", [KeyError(5), IndexError(6)])


def changed_cause_is_new():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        e.__cause__ = KeyError("set by handler")
        raise


def note_added_then_reraised():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        e.add_note("lost: the original group is re-raised")
        raise


def naked_bare_reraise():
    try:
        raise ValueError("naked")
    except* ValueError:
        raise


def naked_raise_new():
    try:
        raise ValueError("naked")
    except* ValueError:
        raise TypeError("new")


def raise_in_nested_function():
    def helper(e):
        raise RuntimeError(f"helper saw {len(e.exceptions)}")
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        helper(e)


def bare_raise_through_nested_try():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        try:
            raise
        except ExceptionGroup:
            raise


def handled_inside_clause():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError as e:
        try:
            raise KeyError("inner")
        except KeyError as k:
            print("  inner context is the match:", k.__context__ is e)
    print("  exc_info after:", sys.exc_info())


def error_choosing_clause():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        print("  handled V")
    except* [TypeError]:
        print("never")


def error_from_derive():
    class Failing(ExceptionGroup):
        def derive(self, excs):
            raise RuntimeError("derive failed")
    try:
        raise Failing("f", [ValueError(1), TypeError(2)])
    except* ValueError:
        print("never")


def in_except_handler():
    try:
        raise KeyError("outer")
    except KeyError:
        try:
            raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
        except* ValueError:
            raise OSError("in clause")


def base_exceptions_raised():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyboardInterrupt("stop")


for f in (raise_new_with_rest, raise_new_everything_handled, raise_in_two_clauses, bare_reraise_all,
          bare_reraise_part, reraise_and_raise, raise_the_match, raise_a_leaf, raise_from, raise_group_in_clause,
          changed_cause_is_new, note_added_then_reraised, naked_bare_reraise, naked_raise_new,
          raise_in_nested_function, bare_raise_through_nested_try, handled_inside_clause, error_choosing_clause,
          error_from_derive, in_except_handler, base_exceptions_raised):
    run(f)

# identity and traceback of what propagates
e = run(bare_reraise_all)
print(type(e).__name__, e.message, len(e.exceptions))
tb = e.__traceback__
lines = []
while tb is not None:
    lines.append(tb.tb_lineno)
    tb = tb.tb_next
print("traceback lines", lines)
e = run(raise_new_with_rest)
tb = e.__traceback__
lines = []
while tb is not None:
    lines.append(tb.tb_lineno)
    tb = tb.tb_next
print("traceback lines of the new group", lines)
k = e.exceptions[0]
tb = k.__traceback__
lines = []
while tb is not None:
    lines.append(tb.tb_lineno)
    tb = tb.tb_next
print("traceback lines of the raised KeyError", lines)
