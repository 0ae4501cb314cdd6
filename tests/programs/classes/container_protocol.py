# __len__, __getitem__, __setitem__, __delitem__, __contains__, __iter__, __reversed__.
class SparseList:
    def __init__(self, size, default=0):
        self.size = size
        self.default = default
        self.data = {}
    def __len__(self):
        return self.size
    def _norm(self, i):
        if i < 0:
            i += self.size
        if not 0 <= i < self.size:
            raise IndexError("SparseList index out of range")
        return i
    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.size))]
        return self.data.get(self._norm(i), self.default)
    def __setitem__(self, i, v):
        i = self._norm(i)
        if v == self.default:
            self.data.pop(i, None)
        else:
            self.data[i] = v
    def __delitem__(self, i):
        self.data.pop(self._norm(i), None)
    def __contains__(self, v):
        return v in self.data.values() or (v == self.default and len(self.data) < self.size)
    def __iter__(self):
        for i in range(self.size):
            yield self[i]
    def __reversed__(self):
        for i in range(self.size - 1, -1, -1):
            yield self[i]
    def __repr__(self):
        return f"SparseList({list(self)})"
s = SparseList(8)
s[1] = 5
s[-1] = 9
s[3] = 7
s[3] = 0
print(s, len(s), s[1], s[-1], s[2:6], s[::-3], 5 in s, 0 in s, 42 in s, list(reversed(s)))
del s[1]
print(s, sorted(s.data.items()), bool(s), max(s), sum(s), list(enumerate(s))[-2:])
try:
    s[8]
except IndexError as e:
    print("IndexError", e)
class GetItemOnly:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * i
g = GetItemOnly()
print(list(g), 9 in g, 10 in g, [x for x in g], list(zip(g, "abcd")))
a, b, *rest = g
print(a, b, rest)
class Empty:
    def __len__(self):
        return 0
print(bool(Empty()), len(Empty()), "yes" if Empty() else "no")
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print("ValueError", e)
