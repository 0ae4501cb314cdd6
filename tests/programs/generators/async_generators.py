"""Async generators driven by hand: async for, asend, athrow, aclose, finally blocks, awaits between yields."""
class Suspend:
    def __init__(self, v): self.v = v
    def __await__(self):
        got = yield self.v
        return got

async def agen(n):
    for i in range(n):
        r = await Suspend("tick%d" % i)
        got = yield i * 10
        print("  agen got", got, "await gave", r)
    print("  agen done")

async def main():
    out = []
    async for v in agen(3):
        out.append(v)
    print("collected", out)
    g = agen(5)
    print(await g.__anext__(), await g.asend("hello"))
    await g.aclose()
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("exhausted after aclose")
    async def fin():
        try:
            yield 1
            yield 2
        finally:
            print("  fin cleanup")
    f = fin()
    print(await f.__anext__())
    await f.aclose()
    async def thrower():
        try:
            yield 1
        except KeyError as e:
            print("  caught in agen", repr(e))
            yield 99
    t = thrower()
    print(await t.__anext__(), await t.athrow(KeyError("x")))
    print(type(g).__name__, g.__name__, repr(fin())[:32])
    return "main done"

def run(coro):
    sent = None
    try:
        while True:
            print("yielded", coro.send(sent))
            sent = "ok"
    except StopIteration as e:
        return e.value

print(run(main()))
