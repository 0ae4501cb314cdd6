import itertools, collections, functools, operator
from collections import Counter, defaultdict, OrderedDict, deque, namedtuple
g = itertools.groupby("aabbb")
k1, g1 = next(g)
k2, g2 = next(g)
print(k1, list(g1), k2, list(g2))
it = iter(range(10))
print(list(itertools.islice(it, 2, 4)), next(it))
print(list(itertools.islice(itertools.count(), 3, 10, 3)), repr(itertools.count(1.5)), repr(itertools.count(0, 0.5)))
ch = itertools.chain([1], itertools.count())
print(next(ch), next(ch), next(ch))
print(list(itertools.zip_longest(range(2), itertools.repeat("x", 4))))
src = iter([1, 2, 3])
a, b = itertools.tee(src)
print(list(a), list(b))
c = itertools.count()
print(next(c), next(c), c)
class Cnt(Counter):
    pass
print(Cnt("aab"), type(Cnt("a") + Cnt("b")).__name__)
class DD(defaultdict):
    def extra(self):
        return len(self)
d = DD(int)
d["a"] += 2
print(d, d.extra(), d.default_factory)
class OD(OrderedDict):
    pass
o = OD(z=1, a=2)
o.move_to_end("z")
print(o, list(o.items()), list(reversed(o)))
dd = defaultdict(lambda: "dflt")
print(dd["k"], dd.setdefault("j", 1), dict(dd), dd.get("nope"))
print(Counter("aab") == Counter("aba"), Counter(a=1) == {"a": 1}, sorted(Counter("zzy").keys()), Counter("ab")["a"])
dq = deque(range(3))
try:
    for x in dq:
        dq.append(x)
except RuntimeError as e:
    print("RuntimeError", e)
print(dq, deque(dq, maxlen=2), list(reversed(deque("abc"))))
Pt = namedtuple("Pt", "x y", module="geo")
print(Pt.__module__, Pt(1, 2).__class__.__name__, Pt._make(iter([3, 4])), Pt.x.__doc__)
print(list(map(operator.itemgetter(0), [(1, 2), (3, 4)])), functools.reduce(operator.add, range(5)))
print(list(itertools.starmap(operator.mul, zip([1, 2], [3, 4]))), list(itertools.accumulate(range(5), operator.mul)))
print(sorted(Counter("mississippi").items(), key=operator.itemgetter(1, 0)))
print(list(itertools.chain.from_iterable(itertools.repeat("ab", 2))), type(itertools.chain.from_iterable([])).__name__)
