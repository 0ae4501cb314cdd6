from collections import deque, defaultdict, Counter, OrderedDict, namedtuple
d = deque()
print(d, len(d), bool(d), deque("abc"), deque(maxlen=0), deque([1, 2], 3))
d.extend(range(5)); d.extendleft("ab"); print(d)
d.rotate(-2); print(d); d.rotate(10); print(d)
print(d.pop(), d.popleft(), d.count(1), d.index(2), 3 in d, d[-1], d[0])
d[0] = "z"; del d[1]; d.insert(1, "q"); d.remove("q"); d.reverse(); print(d, list(reversed(d)))
d2 = d.copy(); d2.append(1); print(d == d2, d < d2, d + d2, d * 2)
d.clear(); print(d, d.maxlen)
m = deque(range(3), maxlen=3); m.append(3); m.appendleft(-1); print(m, m.maxlen)
for bad in (lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1])[5], lambda: deque([1]).remove(2),
            lambda: deque(maxlen=-1), lambda: hash(deque())):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
class MyDeque(deque):
    pass
print(MyDeque([1]), isinstance(MyDeque(), deque))
dd = defaultdict(list)
dd["a"].append(1); dd["b"]
print(dd, dd.default_factory, isinstance(dd, dict), type(dd).__name__)
print(defaultdict(), defaultdict(int, {"x": 1}, y=2), defaultdict(None, a=1))
dn = defaultdict()
try:
    dn["k"]
except KeyError as e:
    print("KeyError", e)
print(dd.copy(), dd.get("zz"), "zz" in dd)
try:
    defaultdict(1)
except TypeError as e:
    print(e)
c = Counter("abracadabra")
print(c, c["z"], c.most_common(), c.most_common(1), c.total())
print(Counter(), Counter({"a": 3, "b": -1}), Counter(a=2, b=1))
c1, c2 = Counter(a=3, b=1), Counter(a=1, b=2)
print(c1 + c2, c1 - c2, c1 | c2, c1 & c2, +Counter(a=-1, b=2), -Counter(a=-1, b=2))
c1.subtract(c2); print(c1); c1.update(a=5); print(c1, sorted(Counter("hello").elements()))
c3 = Counter(["x", "y", "x"]); del c3["x"]; print(c3, isinstance(c3, dict))
od = OrderedDict([("a", 1), ("b", 2), ("c", 3)])
od.move_to_end("a"); print(od); od.move_to_end("c", last=False); print(od, list(od.keys()))
print(od.popitem(), od.popitem(last=False), od, OrderedDict())
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1))
Point = namedtuple("Point", "x y")
p = Point(1, y=2)
print(p, p.x, p.y, p[0], len(p), p._fields, p._asdict(), p._replace(y=5), Point._make([7, 8]), tuple(p))
print(type(p).__name__, Point.__name__, isinstance(p, tuple), p == (1, 2), hash(p) == hash((1, 2)), p + (3,))
P3 = namedtuple("P3", ["a", "b", "c"], defaults=[0, 9])
print(P3(1), P3(1, 2), P3._field_defaults, P3.__doc__)
R = namedtuple("R", "a, def, a, _x", rename=True)
print(R._fields, R(1, 2, 3, 4))
class Sub(namedtuple("Base", "u v")):
    def total(self):
        return self.u + self.v
print(Sub(1, 2).total(), Sub(1, 2))
for bad in (lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point(1, z=2), lambda: namedtuple("X", "a a"),
            lambda: namedtuple("X", "1a"), lambda: namedtuple("X", "_a"), lambda: setattr(p, "x", 5), lambda: p._replace(z=1)):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
a, b = p
print(a, b, sorted([Point(2, 1), Point(1, 2)]))
