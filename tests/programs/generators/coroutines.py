"""async def / await without an event loop: coroutines driven by hand with send/throw/close."""


class Suspend:
    """An awaitable whose __await__ is a generator: yields a request, returns the reply * 2."""

    def __init__(self, v):
        self.v = v

    def __await__(self):
        got = yield self.v
        return got * 2


async def inner(x):
    """Awaits once and adds one."""
    r = await Suspend(x)
    return r + 1


async def outer():
    a = await inner(1)
    b = await inner(10)
    try:
        await Suspend("fail?")
    except KeyError as e:
        b += 1000
        print("caught thrown", repr(e))
    return a, b


def run(coro, fail_on=None):
    sent = None
    while True:
        try:
            if sent == fail_on and fail_on is not None:
                y = coro.throw(KeyError("k"))
            else:
                y = coro.send(sent)
        except StopIteration as e:
            return e.value
        print("yielded", y)
        sent = y + 100 if isinstance(y, int) else "x"
        if y == "fail?":
            sent = fail_on = "x"


c = outer()
print(type(c).__name__, c.__name__, c.__qualname__, inner.__doc__)
print(run(c))

for make in (outer, lambda: Suspend(1)):
    o = make()
    try:
        for x in o:
            pass
    except TypeError as e:
        print(e)
    if hasattr(o, "close"):
        o.close()


async def bad():
    await 5

b = bad()
try:
    b.send(None)
except TypeError as e:
    print(e)

d = inner(3)
print(run(d))
try:
    run(d)
except RuntimeError as e:
    print("RuntimeError:", e)


async def raises():
    raise ValueError("boom")

try:
    raises().send(None)
except ValueError as e:
    print("ValueError:", e)


async def cleanup():
    try:
        await Suspend(1)
    finally:
        print("finally ran")

co = cleanup()
co.send(None)
co.close()
print("closed", co.cr_running)


class Methods:
    async def m(self, k):
        return await inner(k) * 10

m = Methods().m(4)
print(run(m))


def gen():
    yield from inner(1)

gi = inner(1)
try:
    list(gen())
except TypeError as e:
    print(e)
gi.close()
