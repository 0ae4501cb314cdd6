# __eq__ and __hash__ interplay: unhashable when __eq__ defined alone, sets/dicts of user objects.
class P:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, o):
        return isinstance(o, P) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"P({self.x},{self.y})"
pts = [P(1, 2), P(1, 2), P(2, 1), P(0, 0), P(2, 1)]
uniq = []
for p in pts:
    if p not in uniq:
        uniq.append(p)
print(uniq, len(set(pts)), P(1, 2) in set(pts), {P(0, 0): "origin"}[P(0, 0)])
class EqOnly:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
print(EqOnly.__hash__ is None, EqOnly(1) == EqOnly(1))
try:
    hash(EqOnly(1))
except TypeError as e:
    print("TypeError", e)
class Inherit(P):
    pass
print(hash(Inherit(1, 2)) == hash(P(1, 2)), Inherit(1, 2) == P(1, 2))
class EqSub(P):
    def __eq__(self, o):
        return False
print(EqSub.__hash__ is None)
class Ident:
    pass
i1, i2 = Ident(), Ident()
print(i1 == i1, i1 == i2, len({i1, i2, i1}), hash(i1) == hash(i1))
class Case:
    def __init__(self, s):
        self.s = s
    def __eq__(self, o):
        return self.s.lower() == o.s.lower()
    def __hash__(self):
        return hash(len(self.s))
    def __repr__(self):
        return self.s
d = {}
for w in ["Hello", "HELLO", "world", "hello", "World"]:
    d[Case(w)] = d.get(Case(w), 0) + 1
print(d)
