"""Asynchronous comprehensions: async for and await inside list/set/dict comprehensions and generator expressions."""
class Suspend:
    def __init__(self, v): self.v = v
    def __await__(self):
        got = yield self.v
        return got

class ARange:
    def __init__(self, n): self.n, self.i = n, 0
    def __aiter__(self): return self
    async def __anext__(self):
        if self.i >= self.n: raise StopAsyncIteration
        self.i += 1
        await Suspend("n%d" % self.i)
        return self.i

async def double(x):
    return 2 * await Suspend(x)

async def agen(n):
    for i in range(n):
        yield i

async def main():
    print([x async for x in ARange(3)])
    print({x: y async for x in ARange(2) for y in "ab"})
    print([await double(x) for x in range(3)])
    print({x async for x in agen(4) if x % 2})
    g = (x * x async for x in agen(3))
    print(type(g).__name__, [v async for v in g])
    print([[y async for y in agen(x)] for x in range(3)])
    return "done"

def run(coro):
    sent = None
    try:
        while True:
            y = coro.send(sent)
            print("yielded", y)
            sent = 5
    except StopIteration as e:
        return e.value

print(run(main()))
