# Functions with all parameter kinds also work as generators and lambdas; argument binding checks.
def gen(a, /, b, *args, c, d=4, **kw):
    yield a
    yield b
    yield from args
    yield c
    yield d
    yield from sorted(kw.items())
print(list(gen(1, 2, 3, c=5)), list(gen(1, b=2, c=3, d=0, z=9, y=8)))
f = lambda a, /, b=2, *r, k, **kw: (a, b, r, k, kw)
print(f(1, k=3), f(1, 2, 3, 4, k=5, x=6))
def count_args(*args, **kwargs):
    return len(args), len(kwargs)
print(count_args(), count_args(1, 2, a=3), count_args(*range(10), **dict.fromkeys("abc", 0)))
def defaults_chain(a, b=None, c=None):
    b = a if b is None else b
    c = b if c is None else c
    return a, b, c
print(defaults_chain(1), defaults_chain(1, 2), defaults_chain(1, c=3))
def apply(f, *args, **kwargs):
    return f(*args, **kwargs)
print(apply(max, 3, 9, 2), apply(sorted, [3, 1], reverse=True), apply(dict, a=1))
