# Slice objects and __getitem__ receiving slices.
class Seq:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, idx):
        if isinstance(idx, slice):
            start, stop, step = idx.indices(self.n)
            return [self[i] for i in range(start, stop, step)]
        if isinstance(idx, tuple):
            return tuple(self[i] for i in idx)
        if idx < 0:
            idx += self.n
        if not 0 <= idx < self.n:
            raise IndexError("Seq index out of range")
        return idx * 10
s = Seq(8)
print(s[3], s[-1], s[2:5], s[::3], s[::-1], s[-3:], s[1, 2], s[1:7:2])
class Show:
    def __getitem__(self, k):
        return k
sh = Show()
print(sh[1], sh[1:2], sh[::2], sh[:], sh[1:2, 3], sh[..., 1], sh[None:None:-1], sh["a":"b"])
sl = slice(2, 20, 3)
print(sl, sl.start, sl.stop, sl.step, sl.indices(10), slice(5).indices(3), slice(-2, None).indices(10))
print(slice(1, 2) == slice(1, 2), slice(None), repr(slice(-1, None, -1)))
print("abcdefghij"[sl], list(range(30))[sl], (1, 2, 3, 4)[slice(None, None, -1)])
print(list(s), [x for x in s if x > 40])
