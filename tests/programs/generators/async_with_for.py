"""async with and async for, driven by hand: awaits inside __aenter__/__aexit__/__anext__, swallowing, break/continue/return through async with."""
class Suspend:
    def __init__(self, v): self.v = v
    def __await__(self):
        got = yield self.v
        return got

class ACM:
    def __init__(self, name, swallow=False): self.name, self.swallow = name, swallow
    async def __aenter__(self):
        print("enter", self.name, await Suspend("e-" + self.name))
        return self
    async def __aexit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None, v, await Suspend("x-" + self.name))
        return self.swallow

class ARange:
    def __init__(self, n): self.n, self.i = n, 0
    def __aiter__(self): return self
    async def __anext__(self):
        if self.i >= self.n: raise StopAsyncIteration
        self.i += 1
        await Suspend("n%d" % self.i)
        return self.i

async def main():
    async with ACM("a") as a, ACM("b") as b:
        print("body", a.name, b.name)
    async with ACM("s", swallow=True):
        raise KeyError("swallowed")
    try:
        async with ACM("p"):
            raise ValueError("passes")
    except ValueError as e:
        print("caught", e)
    total = 0
    async for i in ARange(4):
        if i == 2: continue
        total += i
    else:
        print("else ran", total)
    async for i in ARange(5):
        if i == 3: break
    else:
        print("no")
    print("broke at", i)
    for k in range(2):
        async with ACM("r%d" % k):
            if k == 0: continue
            return "returned"

def run(coro):
    try:
        while True:
            print("  yielded", coro.send("ok"))
    except StopIteration as e:
        return e.value

c = main()
print(c.send(None))
print(run(c))
async def bad():
    async with 5: pass
try: bad().send(None)
except TypeError as e: print(e)
async def bad2():
    async for x in [1]: pass
try: bad2().send(None)
except TypeError as e: print(e)
