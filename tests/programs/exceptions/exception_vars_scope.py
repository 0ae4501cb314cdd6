# The 'as' target is deleted after the handler; exceptions keep references; handler order matters.
def f():
    e = "before"
    try:
        raise ValueError("inside")
    except ValueError as e:
        saved = e
    try:
        return e
    except UnboundLocalError:
        return f"e unbound, saved={saved!r}"
print(f())
errors = []
for exc in [ValueError, TypeError, KeyError]:
    try:
        raise exc("x")
    except Exception as err:
        errors.append(err)
print([type(e).__name__ for e in errors], [e.args for e in errors])
try:
    raise KeyError("k")
except LookupError:
    print("LookupError handler first")
except KeyError:
    print("never reached")
def catch_order(e):
    try:
        raise e
    except IndexError:
        return "IndexError"
    except LookupError:
        return "LookupError"
print(catch_order(IndexError()), catch_order(KeyError()))
