import sys
from contextlib import contextmanager, suppress, closing, nullcontext, ExitStack, redirect_stdout, AbstractContextManager, ContextDecorator, asynccontextmanager
@contextmanager
def tag(name):
    print("<%s>" % name)
    try:
        yield name.upper()
    finally:
        print("</%s>" % name)
with tag("a") as t:
    print("inside", t)
try:
    with tag("b"):
        raise ValueError("oops")
except ValueError as e:
    print("caught", e)
@contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print("swallowed", repr(e))
with swallow():
    raise KeyError("k")
print("after swallow")
@tag("deco")
def work(x):
    print("work", x)
    return x * 2
print(work(3), work(4))
@contextmanager
def noyield():
    if False: yield
try:
    with noyield(): pass
except RuntimeError as e: print(e)
@contextmanager
def twice():
    yield 1
    yield 2
try:
    with twice(): pass
except RuntimeError as e: print(e)
with suppress(ZeroDivisionError, KeyError):
    1/0
print("suppressed")
try:
    with suppress(KeyError):
        [][1]
except IndexError as e: print("not suppressed", e)
class Res:
    def close(self): print("closed")
with closing(Res()) as r: print(type(r).__name__)
with nullcontext(5) as v: print(v)
with ExitStack() as stack:
    for i in range(3):
        stack.callback(print, "cb", i)
    stack.enter_context(tag("es"))
    print("body")
with ExitStack() as stack:
    stack.callback(print, "never?")
    s2 = stack.pop_all()
print("popped")
s2.close()
def bad(*a): raise RuntimeError("in callback")
try:
    with ExitStack() as stack:
        stack.callback(bad)
        raise ValueError("orig")
except RuntimeError as e:
    print(repr(e), repr(e.__context__))
with ExitStack() as stack:
    stack.push(lambda *exc: True)
    raise KeyError("suppressed by push")
print("ok")
try:
    ExitStack().enter_context(42)
except TypeError as e: print(e)
class W:
    def __init__(self): self.s = []
    def write(self, x): self.s.append(x)
w = W()
with redirect_stdout(w):
    print("hidden")
print(w.s)
print(isinstance(tag("x"), AbstractContextManager), issubclass(Res, AbstractContextManager))
@asynccontextmanager
async def actx():
    print("aenter")
    yield 7
    print("aexit")
async def main():
    async with actx() as v:
        print("got", v)
    return "done"
co = main()
try:
    co.send(None)
except StopIteration as e:
    print(e.value)
