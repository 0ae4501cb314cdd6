import itertools, collections, functools, operator, string, heapq, bisect
print(itertools.count, collections.deque, functools.partial, collections.OrderedDict, collections.defaultdict, collections.Counter)
print(operator.itemgetter, collections.namedtuple("P", "a"), string.Template, collections.ChainMap)
print(isinstance(collections.OrderedDict(), dict), issubclass(collections.Counter, dict), type(functools.reduce).__name__)
print(isinstance(itertools.count(), itertools.count), type(iter(collections.deque())).__name__)
P = collections.namedtuple("P", "a b")
print(P.__mro__, P.__bases__, P(1, 2).__class__, P.a)
print(repr(functools.partial(print)), functools.lru_cache(maxsize=1)(len).__name__)
import sys
@functools.lru_cache(None)
def f(n): return n
print(f.__wrapped__ is not None, f.cache_info())
class T:
    @functools.cached_property
    def x(self): return 5
print(T().x, T.x.__class__.__name__)
print(list(itertools.permutations([1,2,3], r=2))[:3], next(itertools.product(range(2), repeat=3)))
print(heapq.nsmallest(2, [(2, 'b'), (1, 'a'), (1, 'c')]), bisect.bisect_left("abcde", "c"))
