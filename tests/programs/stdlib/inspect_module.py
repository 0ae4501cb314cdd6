import inspect, functools
def f(a, b=2, /, c=3, *args, d, e=5, **kw) -> int:
    """Doc line.

        More text.
    """
    return 1
class C:
    "Class doc."
    def __init__(self, x, y: int = 0):
        self.x = x
    def m(self, z, *, w=1):
        return z
    @staticmethod
    def s(q):
        pass
    @property
    def p(self):
        return 1
def gen():
    yield 1
async def coro():
    pass
print(inspect.signature(f), inspect.signature(C), inspect.signature(C(1).m), inspect.signature(C.m))
print(repr(inspect.signature(f).parameters["c"]), inspect.signature(f).parameters["kw"].kind, inspect.Parameter.KEYWORD_ONLY)
print(inspect.getdoc(f), "|", inspect.getdoc(C), "|", inspect.cleandoc("  a\n    b\n  c"))
print(inspect.isfunction(f), inspect.isclass(C), inspect.ismethod(C(1).m), inspect.isgeneratorfunction(gen), inspect.iscoroutinefunction(coro), inspect.isgenerator(gen()), inspect.isbuiltin(len), inspect.isroutine(len))
print([n for n, v in inspect.getmembers(C, inspect.isfunction)], inspect.getmro(C))
sig = inspect.signature(f)
ba = sig.bind(1, 2, 3, 4, d=6, z=7)
print(ba, ba.args, ba.kwargs)
ba2 = inspect.signature(C.m).bind_partial(None, 5)
ba2.apply_defaults()
print(ba2.arguments)
try:
    sig.bind(1)
except TypeError as e:
    print("TypeError:", e)
print(inspect.getfullargspec(f))
print(sorted(inspect.getcallargs(C(1).m, 3)))
@functools.wraps(f)
def wrapper(*a, **k):
    return f(*a, **k)
print(inspect.signature(wrapper), inspect.unwrap(wrapper) is f)
print(inspect.getsource(C.m), end="")
print(inspect.signature(lambda x, *, y=2: 0), inspect.signature(functools.partial(f, 1)))
print(inspect.currentframe().f_code.co_name, inspect.stack()[0].function)
p = inspect.Parameter("x", inspect.Parameter.POSITIONAL_OR_KEYWORD, default=None, annotation=int)
print(p, inspect.Signature([p], return_annotation=str))
