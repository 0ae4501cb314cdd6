from functools import singledispatch, partial, reduce, lru_cache
@singledispatch
def show(x):
    return "object " + repr(x)
@show.register(int)
def _(x):
    return "int %d" % x
@show.register
def _(x: list):
    return "list of %d" % len(x)
def for_str(x):
    return "str " + x
show.register(str, for_str)
class A:
    def __repr__(self):
        return "A()"
class B(A):
    def __repr__(self):
        return "B()"
@show.register(A)
def _(x):
    return "an A: " + repr(x)
print(show(1), show(True), show(B()), show(A()), show([1, 2]), show("s"), show(2.5), show(None))
print(show.dispatch(bool) is show.dispatch(int), show.dispatch(float).__name__, show.__name__, len(show.registry), show.dispatch(B).__name__)
try:
    show()
except TypeError as e:
    print(e)
print(reduce(lambda acc, s: acc + [s.upper()], "abc", []))
p = partial(int, base=2)
print(p("101"), p.keywords, repr(p))
@lru_cache(maxsize=3, typed=True)
def t(x):
    return type(x).__name__
print(t(1), t(1.0), t(True), t.cache_info(), t.cache_parameters())
k = functools.cmp_to_key(lambda a, b: a - b) if False else None
import functools
kw = functools.cmp_to_key(lambda a, b: a - b)
print(type(kw).__name__, callable(kw), type(kw(1)).__name__, kw(1).obj, kw(1) < kw(2), repr(show)[:14])
print(type(functools.lru_cache(maxsize=3)).__name__, type(functools.partial(len)).__name__)
try:
    hash(kw(1))
except TypeError as e:
    print(e)
