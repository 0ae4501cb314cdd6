# In-place operators: __iadd__ etc., fallback to __add__, mutation vs rebinding.
class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, x):
        self.items.append(x)
        return self
    def __isub__(self, x):
        self.items.remove(x)
        return self
    def __imul__(self, n):
        self.items = self.items * n
        return self
    def __repr__(self):
        return f"Acc({self.items})"
a = Acc()
alias = a
a += 1
a += 2
a -= 1
a *= 3
print(a, alias, a is alias)
class Num:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return Num(self.v + o)
    def __repr__(self):
        return f"Num({self.v})"
n = Num(1)
m = n
n += 5
print(n, m, n is m)
class All:
    def __init__(self, v):
        self.v = v
        self.log = []
    def _r(self, name, o):
        self.log.append(name)
        return self
    def __ifloordiv__(self, o): return self._r("ifloordiv", o)
    def __itruediv__(self, o): return self._r("itruediv", o)
    def __imod__(self, o): return self._r("imod", o)
    def __ipow__(self, o): return self._r("ipow", o)
    def __ilshift__(self, o): return self._r("ilshift", o)
    def __irshift__(self, o): return self._r("irshift", o)
    def __iand__(self, o): return self._r("iand", o)
    def __ior__(self, o): return self._r("ior", o)
    def __ixor__(self, o): return self._r("ixor", o)
    def __imatmul__(self, o): return self._r("imatmul", o)
x = All(0)
x //= 1; x /= 1; x %= 1; x **= 1; x <<= 1; x >>= 1; x &= 1; x |= 1; x ^= 1; x @= 1
print(x.log)
class ReturnsNone:
    def __iadd__(self, o):
        pass
r = ReturnsNone()
r += 1
print(r)
lst = [1]
t = (lst,)
try:
    t[0] += [2]
except TypeError as e:
    print("TypeError", e)
print(t)
d = {"k": [1]}
d["k"] += [2]
obj = Acc()
obj.items += ["x"]
print(d, obj)
