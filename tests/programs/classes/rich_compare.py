# Rich comparisons, reflection of comparisons, total ordering by hand, sorting user objects.
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
        self.s = s
    def __eq__(self, o):
        if not isinstance(o, Version):
            return NotImplemented
        return self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __le__(self, o):
        return self.parts <= o.parts
    def __gt__(self, o):
        return self.parts > o.parts
    def __ge__(self, o):
        return self.parts >= o.parts
    def __hash__(self):
        return hash(self.parts)
    def __repr__(self):
        return f"V{self.s}"
vs = [Version(s) for s in ["1.10", "1.2", "1.2.1", "0.9", "1.2.0"]]
print(sorted(vs), max(vs), min(vs))
a, b = Version("1.2"), Version("1.10")
print(a < b, a <= b, a > b, a >= b, a == b, a != b, a == Version("1.2"), a != Version("1.2"))
print(a == "1.2", a != "1.2", Version("2") in vs, Version("1.2") in vs)
class OnlyLt:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        print(f"  lt({self.v}, {o.v})")
        return self.v < o.v
x, y = OnlyLt(1), OnlyLt(2)
print(x < y)
print(y > x)
try:
    x <= y
except TypeError as e:
    print("TypeError", e)
class Weird:
    def __eq__(self, o):
        return "truthy-string"
print(Weird() == 1, Weird() != 1, 1 == Weird())
class NoEq:
    pass
n = NoEq()
print(n == n, n != n, n == NoEq(), [n].count(n), n in [n])
print(sorted([OnlyLt(3), OnlyLt(1)], key=lambda o: o.v)[0].v)
