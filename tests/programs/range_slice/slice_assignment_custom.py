# __setitem__/__delitem__ with slices on a custom sequence wrapping a list.
class Wrapped:
    def __init__(self, data):
        self.data = list(data)
        self.log = []
    def __getitem__(self, k):
        self.log.append(("get", self._desc(k)))
        r = self.data[k]
        return Wrapped(r) if isinstance(k, slice) else r
    def __setitem__(self, k, v):
        self.log.append(("set", self._desc(k)))
        self.data[k] = v
    def __delitem__(self, k):
        self.log.append(("del", self._desc(k)))
        del self.data[k]
    def __len__(self):
        return len(self.data)
    @staticmethod
    def _desc(k):
        return (k.start, k.stop, k.step) if isinstance(k, slice) else k
    def __repr__(self):
        return f"Wrapped({self.data})"
w = Wrapped(range(10))
print(w[2:5], w[::3], w[-1])
w[1:3] = ["a", "b", "c"]
w[::4] = [None] * len(w.data[::4])
del w[5:]
del w[0]
print(w, w.log)
w2 = Wrapped("abcdef")
w2[len(w2):] = "gh"
w2[:0] = "_"
print(w2.data, w2[1:-1:2].data)
