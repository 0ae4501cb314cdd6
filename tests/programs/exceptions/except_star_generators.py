# except* in generators, coroutines and async generators: clauses that yield/await, throw() and
# close() reaching except* clauses.
import sys
def gen(items):
    for it in items:
        try:
            if isinstance(it, BaseException):
                raise it
            yield it
        except* ValueError as eg:
            yield ("V", [str(e) for e in eg.exceptions])
            yield sys.exc_info()[1] is eg
        except* TypeError as eg:
            yield ("T", len(eg.exceptions))
        else:
            yield "else"
        finally:
            yield "finally"
print(list(gen([1, ValueError("a"), ExceptionGroup("g", [ValueError("b"), TypeError("c"), ValueError("d")]), 2])))
def gen2():
    try:
        yield 1
        raise ExceptionGroup("g", [KeyError(1), OSError(2)])
    except* KeyError:
        x = yield "in handler"
        print("sent", x)
        raise RuntimeError("from gen")
g = gen2()
print(next(g))
print(next(g))
try:
    g.send("hello")
except ExceptionGroup as e:
    print(repr(e))
    for s in e.exceptions:
        print(" ", repr(s), repr(s.__context__))
def gen3():
    try:
        yield 1
    except* GeneratorExit:
        print("GeneratorExit caught as group")
        raise
g = gen3()
next(g)
try:
    g.close()
except BaseException as e:
    print("close raised", repr(e))
def gen4():
    try:
        yield 1
    except* ValueError as eg:
        print("thrown in:", repr(eg))
        yield 2
g = gen4()
next(g)
print(g.throw(ValueError("thr")))
# async
class suspend:
    def __await__(self):
        yield "suspended"
async def coro():
    try:
        await suspend()
        raise ExceptionGroup("async", [ValueError(1), TypeError(2)])
    except* ValueError as eg:
        await suspend()
        print("async V", repr(eg))
    except* TypeError as eg:
        print("async T", repr(eg))
    return "done"
c = coro()
print(c.send(None))
print(c.send(None))
try:
    c.send(None)
except StopIteration as s:
    print("result", s.value)
async def agen():
    for i in range(3):
        try:
            if i == 1:
                raise ExceptionGroup("ag", [ValueError(i)])
            yield i
        except* ValueError as eg:
            yield ("caught", repr(eg))
async def use():
    out = []
    async for x in agen():
        out.append(x)
    return out
c = use()
try:
    c.send(None)
except StopIteration as s:
    print(s.value)


# throw() a group into a suspended try body; close() while suspended inside a clause
def gen5():
    while True:
        try:
            yield "waiting"
        except* ValueError as eg:
            print("gen5 handled", repr(eg))
        except* TypeError as eg:
            print("gen5 suspended in clause")
            yield "in clause"
            print("gen5 resumed")


g = gen5()
print(next(g))
print(g.throw(ExceptionGroup("thrown", [ValueError(1)])))
try:
    g.throw(ExceptionGroup("thrown", [ValueError(2), KeyError(3)]))
except ExceptionGroup as e:
    print("propagated out of gen5:", repr(e))
g = gen5()
next(g)
print(g.throw(ExceptionGroup("thrown", [TypeError(4)])))
print(next(g))
print(g.throw(ExceptionGroup("thrown", [TypeError(5), OSError(6)])))
try:
    g.close()
except BaseException as e:
    print("close:", type(e).__name__, repr(e))
else:
    print("closed quietly")
g = gen5()
next(g)
g.throw(TypeError(7))
try:
    g.close()
except BaseException as e:
    print("close:", type(e).__name__, repr(e))
else:
    print("closed quietly")


def gen6():
    try:
        yield 1
        yield 2
    except* StopIteration:
        yield "stop"


g = gen6()
print(next(g), g.throw(StopIteration()), list(g))
