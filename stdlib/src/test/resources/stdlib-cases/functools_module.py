import functools
from functools import partial, reduce, lru_cache, cache, wraps, cmp_to_key, total_ordering, cached_property, update_wrapper
print(reduce(lambda a, b: a + b, [1, 2, 3]), reduce(lambda a, b: a + b, [1], 10), reduce(max, [3, 9, 2]))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print(e)
def f(a, b, c=0, *, d=1):
    return (a, b, c, d)
p = partial(f, 1, d=5)
print(p(2), p(2, 3), p(2, d=7), p.func is f, p.args, p.keywords)
pp = partial(p, 9)
print(pp(), pp.args, pp.keywords, pp.func is f)
print(repr(partial(max, 1, key=abs)).startswith("functools.partial(<built-in function max>, 1, key="))
print(type(p).__name__, callable(p))
calls = []
@lru_cache(maxsize=2)
def sq(x):
    calls.append(x)
    return x * x
print(sq(2), sq(3), sq(2), sq(4), sq(3), calls)
print(sq.cache_info())
sq.cache_clear()
print(sq.cache_info(), sq.__name__, sq.__wrapped__.__name__)
@cache
def fact(n):
    return 1 if n < 2 else n * fact(n - 1)
print(fact(30), fact.cache_info().misses, fact.cache_info().hits)
@lru_cache
def ident(x, y=0):
    return (x, y)
print(ident(1), ident(1, y=2), ident(1, 2), ident.cache_info().currsize)
class C:
    @lru_cache(maxsize=None)
    def m(self, x):
        return x + 1
print(C().m(1))
def deco(fn):
    @wraps(fn)
    def wrapper(*a, **k):
        "wrapper doc"
        return fn(*a, **k)
    return wrapper
@deco
def hello(x):
    "hello doc"
    return x
print(hello.__name__, hello.__doc__, hello.__wrapped__.__name__, hello(4), hello.__qualname__)
def w2(): pass
update_wrapper(w2, hello, assigned=("__doc__",), updated=())
print(w2.__name__, w2.__doc__, functools.WRAPPER_ASSIGNMENTS)
print(sorted(["bb", "a", "ccc"], key=cmp_to_key(lambda a, b: len(a) - len(b))))
K = cmp_to_key(lambda a, b: (a > b) - (a < b))
print(K(1) < K(2), K(2) == K(2), K(3) >= K(4))
@total_ordering
class N:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __gt__(self, o): return self.v > o.v
print(N(1) < N(2), N(2) <= N(2), N(3) >= N(4), N(1) > N(0))
class D:
    def __init__(self): self.n = 0
    @cached_property
    def val(self):
        self.n += 1
        return self.n * 10
d = D()
print(d.val, d.val, d.n, D.val.attrname, type(D.__dict__["val"]).__name__)
del d.val
print(d.val, d.n)
