# try/except* (PEP 654): each clause runs once with the group of the leaves that match its type,
# a lone exception is wrapped in ExceptionGroup('', (exc,)), unmatched leaves propagate as a
# group after the clauses, else/finally, sys.exc_info(), the bound name is deleted afterwards.
import sys


def tree(x, ind=""):
    if x is None:
        return ind + "None"
    if isinstance(x, BaseExceptionGroup):
        lines = [ind + f"{type(x).__name__}({x.message!r})"]
        for e in x.exceptions:
            lines.append(tree(e, ind + "  "))
        return "\n".join(lines)
    return ind + repr(x)


def run(f):
    print("==", f.__name__)
    try:
        f()
    except BaseException as e:
        print("propagated:")
        print(tree(e, "  "))
    else:
        print("completed")


def partial_matches():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3), OSError(4)])
    except* ValueError as e:
        print("ValueError clause:", repr(e), sys.exc_info()[1] is e, sys.exc_info()[0].__name__)
    except* TypeError:
        print("TypeError clause:", repr(sys.exc_info()[1]))
    except* KeyError:
        print("never")


def all_matched():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* (ValueError, TypeError) as e:
        print("tuple clause:", repr(e))
    print("after:", sys.exc_info())


def runs_once_per_clause():
    try:
        raise ExceptionGroup("eg", [ValueError(i) for i in range(5)])
    except* ValueError as e:
        print("one run with", len(e.exceptions), "exceptions")
    except* Exception as e:
        print("never: nothing left")


def first_matching_clause_wins():
    try:
        raise ExceptionGroup("eg", [KeyError("k"), IndexError(0), ValueError("v")])
    except* LookupError as e:
        print("LookupError:", repr(e))
    except* KeyError as e:
        print("never: KeyError taken already")
    except* Exception as e:
        print("rest:", repr(e))


def naked_exception():
    try:
        raise ValueError("naked")
    except* ValueError as e:
        print("wrapped:", repr(e), e.exceptions[0].__traceback__ is not None, e.__traceback__)


def naked_unmatched():
    try:
        raise ValueError("naked")
    except* TypeError:
        print("never")


def base_exception_naked():
    try:
        raise KeyboardInterrupt("ki")
    except* Exception:
        print("never")
    except* KeyboardInterrupt as e:
        print("wrapped in:", type(e).__name__, repr(e))


def nested_groups():
    try:
        raise ExceptionGroup("top", [ValueError(1), ExceptionGroup("mid", [TypeError(2), ExceptionGroup("low", [ValueError(3)])])])
    except* ValueError as e:
        print("ValueError clause:")
        print(tree(e, "  "))
    except* TypeError as e:
        print("TypeError clause:")
        print(tree(e, "  "))


def unmatched_propagate():
    try:
        raise ExceptionGroup("eg", [ValueError(1), ExceptionGroup("in", [TypeError(2), KeyError(3)])])
    except* TypeError:
        print("TypeError handled")


def base_group():
    try:
        raise BaseExceptionGroup("beg", [KeyboardInterrupt(), ValueError(1), SystemExit(2)])
    except* ValueError as e:
        print("ValueError clause:", type(e).__name__, repr(e))
    except* SystemExit as e:
        print("SystemExit clause:", type(e).__name__, repr(e))


def else_and_finally():
    for case in ("ok", "group", "naked"):
        try:
            if case == "group":
                raise ExceptionGroup("g", [ValueError(case)])
            if case == "naked":
                raise TypeError(case)
            print("body", case)
        except* ValueError as e:
            print("handler", case, repr(e))
        except* TypeError as e:
            print("handler", case, repr(e))
        else:
            print("else", case)
        finally:
            print("finally", case, sys.exc_info())


def finally_sees_rest():
    try:
        try:
            raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
        except* ValueError:
            print("handled ValueError")
        finally:
            print("finally while propagating:", repr(sys.exc_info()[1]))
    except* TypeError as e:
        print("outer got", repr(e))


def exc_info_between_clauses():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        print("in 1:", repr(sys.exc_info()[1]))
    except* OSError:
        print("never")
    except* TypeError:
        print("in 3:", repr(sys.exc_info()[1]))
    print("after:", sys.exc_info())


def name_deleted():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError as e:
        pass
    try:
        print(e)
    except NameError as x:
        print(type(x).__name__, x)


def name_kept_when_unmatched():
    e = "before"
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* TypeError as e:
        pass
    except* ValueError:
        pass
    print("e is still", e)


def except_star_exceptiongroup():
    try:
        raise ValueError(1)
    except* ExceptionGroup:
        print("never")


def except_star_group_in_tuple():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* (TypeError, BaseExceptionGroup):
        print("never")


def except_star_not_a_class():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        print("handled")
    except* 42:
        print("never")


def except_star_bad_tuple():
    try:
        raise ValueError(1)
    except* (ValueError, "x"):
        print("never")


def type_checked_even_without_exception():
    try:
        pass
    except* ExceptionGroup:
        print("never")
    print("no exception: the clause types are not evaluated")


def clause_type_evaluated_lazily():
    order = []

    def t(name, cls):
        order.append(name)
        return cls
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* t("first", ValueError):
        order.append("body")
    except* t("second", TypeError):
        pass
    print(order)


def custom_split():
    class Logged(ExceptionGroup):
        def split(self, t):
            print("  split called with", t.__name__)
            return super().split(t)
    try:
        raise Logged("logged", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        print("ValueError:", repr(e))
    except* TypeError as e:
        print("TypeError:", repr(e))


def subclass_of_group_raised():
    class MyGroup(ExceptionGroup):
        pass
    try:
        raise MyGroup("my", [ValueError(1)])
    except* ValueError as e:
        print(type(e).__name__, repr(e))


for f in (partial_matches, all_matched, runs_once_per_clause, first_matching_clause_wins, naked_exception,
          naked_unmatched, base_exception_naked, nested_groups, unmatched_propagate, base_group, else_and_finally,
          finally_sees_rest, exc_info_between_clauses, name_deleted, name_kept_when_unmatched,
          except_star_exceptiongroup, except_star_group_in_tuple, except_star_not_a_class, except_star_bad_tuple,
          type_checked_even_without_exception, clause_type_evaluated_lazily, custom_split, subclass_of_group_raised):
    run(f)
