def f(a, b=2, /, c=3, *args, d, e=5, **kw) -> int:
    "doc"
    x = 1
    return x
c = f.__code__
print(c.co_argcount, c.co_posonlyargcount, c.co_kwonlyargcount, c.co_varnames, c.co_flags, c.co_name, c.co_firstlineno)
print(f.__defaults__, f.__kwdefaults__, f.__annotations__, f.__doc__, f.__name__, f.__qualname__, f.__module__)
print(c.co_filename.endswith("insp.py"), type(c.co_code).__name__, c.co_nlocals)
def outer():
    y = 2
    def inner(q):
        return q + y
    return inner
i = outer()
print(i.__code__.co_freevars, i.__code__.co_flags, i.__code__.co_varnames, outer.__code__.co_varnames)
def g():
    yield 1
async def h():
    pass
def k(*a, **b):
    pass
print(g.__code__.co_flags, h.__code__.co_flags, k.__code__.co_flags, k.__code__.co_varnames, (lambda z: z).__code__.co_varnames)
