import copy, collections
a = [1, [2, 3], {"k": [4]}]
b = copy.copy(a); c = copy.deepcopy(a)
print(b == a, b is a, b[1] is a[1], c[1] is a[1], c[2]["k"] is a[2]["k"])
t = (1, 2); print(copy.deepcopy(t) is t, copy.copy(t) is t)
t2 = ([1],); print(copy.deepcopy(t2) is t2, copy.deepcopy(t2))
r = [1]; r.append(r); r2 = copy.deepcopy(r); print(r2[1] is r2, r2 is not r)
class P:
    def __init__(self, x, y): self.x, self.y = x, y
    def __repr__(self): return "P(%r, %r)" % (self.x, self.y)
p = P(1, [2]); q = copy.copy(p); d = copy.deepcopy(p)
print(q, q.y is p.y, d.y is p.y, type(d).__name__)
class C:
    def __copy__(self): print("__copy__"); return "copied"
    def __deepcopy__(self, memo): print("__deepcopy__", type(memo).__name__); return "deep"
print(copy.copy(C()), copy.deepcopy([C()]))
class S:
    __slots__ = ("a", "__b")
    def __init__(self): self.a = [1]; self.__b = 2
    def get(self): return self.__b
s = copy.deepcopy(S()); print(s.a, s.get())
class G:
    def __init__(self): self.v = 1
    def __getstate__(self): print("getstate"); return {"v": 42}
    def __setstate__(self, st): print("setstate", st); self.v = st["v"]
print(copy.copy(G()).v)
class R:
    def __init__(self, n): self.n = n
    def __reduce__(self): return (R, (self.n + 1,))
print(copy.copy(R(1)).n, copy.deepcopy(R(5)).n)
od = collections.OrderedDict(a=[1]); od2 = copy.deepcopy(od); print(od2, od2["a"] is od["a"])
dd = collections.defaultdict(list, {1: [2]}); print(copy.copy(dd))
print(copy.copy({1, 2}), copy.deepcopy(frozenset({1})), copy.copy(bytearray(b"x")))
shared = [1]; pair = [shared, shared]; pc = copy.deepcopy(pair); print(pc[0] is pc[1])
print(copy.copy(len) is len, copy.deepcopy(P) is P, copy.copy(None))
def gen(): yield 1
try: copy.copy(gen())
except TypeError as e: print(e)
memo = {}; x = [1]; y = copy.deepcopy([x, x], memo); print(memo[id(x)] is y[0])
print(copy.Error, copy.error is copy.Error)
class Sub(list):
    pass
sl = Sub([1, [2]]); sl.tag = "t"; sc = copy.deepcopy(sl); print(type(sc).__name__, sc, sc.tag, sc[1] is sl[1])
class M:
    def meth(self): return 1
m = M().meth; print(copy.copy(m) == m)
m = M().meth; print(copy.deepcopy(m).__self__ is m.__self__, copy.deepcopy(m)())
