# Exceptions in finally, return in finally overriding, finally running on return/break.
def return_in_finally():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"
print(return_in_finally())
def finally_overrides_return():
    try:
        return "try"
    finally:
        return "finally"
print(finally_overrides_return())
def exception_in_finally():
    try:
        try:
            raise KeyError("original")
        finally:
            raise RuntimeError("from finally")
    except RuntimeError as e:
        return f"{e} (context: {e.__context__!r})"
print(exception_in_finally())
def return_value_evaluated_first():
    x = [1]
    try:
        return x
    finally:
        x.append(2)
print(return_value_evaluated_first())
def counter():
    n = 0
    try:
        n += 1
        return n
    finally:
        n += 100
        print("finally sees n =", n)
print(counter())
def break_in_finally():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            break
    return f"swallowed at {i}"
print(break_in_finally())
def continue_in_finally():
    out = []
    for i in range(3):
        try:
            if i == 1:
                raise ValueError
            out.append(i)
        finally:
            continue
    return out
print(continue_in_finally())
def nested_finally():
    log = []
    try:
        try:
            log.append(1)
            return log
        finally:
            log.append(2)
    finally:
        log.append(3)
r = nested_finally()
print(r)
def gen_cleanup():
    try:
        yield 1
        yield 2
    finally:
        print("generator finally")
g = gen_cleanup()
print(next(g))
g.close()
print("after close")
