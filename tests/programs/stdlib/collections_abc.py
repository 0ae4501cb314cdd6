from collections.abc import (Iterable, Iterator, Sized, Container, Hashable, Callable, Mapping,
                             MutableMapping, Sequence, MutableSequence, Set, MutableSet, Generator,
                             Collection, Reversible, KeysView)
import collections.abc as cabc
print([isinstance(x, Iterable) for x in ([], (), "", {}, set(), 1, iter([]), (y for y in []))])
print(isinstance([], MutableSequence), isinstance((), MutableSequence), isinstance((), Sequence), isinstance("", Sequence))
print(isinstance({}, Mapping), isinstance({}, MutableMapping), isinstance(set(), MutableSet), isinstance(frozenset(), Set), isinstance(frozenset(), MutableSet))
print(isinstance(len, Callable), isinstance(1, Hashable), isinstance([], Hashable), isinstance(iter([]), Iterator), isinstance((x for x in ()), Generator))
print(issubclass(list, Collection), issubclass(dict, Reversible), isinstance({}.keys(), KeysView), issubclass(int, Sized))

class MyMap(Mapping):
    def __init__(self, d):
        self._d = d
    def __getitem__(self, k):
        return self._d[k]
    def __iter__(self):
        return iter(self._d)
    def __len__(self):
        return len(self._d)

m = MyMap({"a": 1, "b": 2})
print(m.get("a"), m.get("z", 0), "b" in m, list(m.keys()), list(m.items()), list(m.values()), m == {"a": 1, "b": 2}, dict(m))

class MySeq(MutableSequence):
    def __init__(self):
        self._l = []
    def __getitem__(self, i):
        return self._l[i]
    def __setitem__(self, i, v):
        self._l[i] = v
    def __delitem__(self, i):
        del self._l[i]
    def __len__(self):
        return len(self._l)
    def insert(self, i, v):
        self._l.insert(i, v)

s = MySeq()
s.extend([3, 1, 2])
s.append(5)
s += [7]
print(list(s), s.index(2), s.count(1), 7 in s, list(reversed(s)), s.pop(), s.pop(0), list(s))
s.reverse(); s.remove(1)
print(list(s), len(s), isinstance(s, Sequence))
try:
    class Bad(Mapping):
        pass
    Bad()
except TypeError as e:
    print("TypeError:", e)

class S2(Set):
    def __init__(self, it):
        self._s = set(it)
    def __contains__(self, x):
        return x in self._s
    def __iter__(self):
        return iter(self._s)
    def __len__(self):
        return len(self._s)

a, b = S2([1, 2, 3]), S2([2, 3, 4])
print(sorted(a & b), sorted(a | b), sorted(a - b), sorted(a ^ b), a <= S2([1, 2, 3, 4]), a == S2([3, 2, 1]), a.isdisjoint([9]))
print(cabc.Iterable.__module__, Callable[[int], str], Iterable[int])
