# throw() and close(): exception injection, cleanup, GeneratorExit handling.
def worker():
    try:
        while True:
            try:
                x = yield
                print("processing", x)
            except ValueError as e:
                print("worker handled ValueError:", e)
                yield "recovered"
    finally:
        print("worker cleanup")
w = worker()
next(w)
w.send(1)
print(w.throw(ValueError("bad input")))
next(w)
w.send(2)
w.close()
print("closed; send after close:")
try:
    w.send(3)
except StopIteration:
    print("StopIteration")
def unhandled():
    yield 1
    yield 2
u = unhandled()
next(u)
try:
    u.throw(KeyError("injected"))
except KeyError as e:
    print("propagated", e)
print(list(u))
def catches_exit():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
        raise
c = catches_exit()
next(c)
c.close()
def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse"
i = ignores_exit()
next(i)
try:
    i.close()
except RuntimeError as e:
    print("RuntimeError", e)
def returns_on_throw():
    try:
        yield 1
    except ValueError:
        return "value on throw"
r = returns_on_throw()
next(r)
try:
    r.throw(ValueError)
except StopIteration as s:
    print("StopIteration", s.value)
fresh = unhandled()
fresh.close()
print(list(fresh))
def delegating():
    try:
        yield from worker()
    finally:
        print("delegating cleanup")
d = delegating()
next(d)
d.send("via delegation")
print(d.throw(ValueError("through yield from")))
d.close()
