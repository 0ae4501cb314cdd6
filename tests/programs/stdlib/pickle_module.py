import pickle, collections

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __eq__(self, o):
        return isinstance(o, Point) and (self.x, self.y) == (o.x, o.y)
    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)

class Slotted:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = 1
        self.b = [2]

class MyList(list):
    pass

values = [None, True, False, 0, 1, 255, 256, 65535, 65536, -1, -2**31, 2**31, 2**63, -2**70, 2**1000,
          0.0, -0.0, 1.5, 1e300, float("inf"), -1e-310, "", "abc", "é€😀", "x" * 300, b"", b"bytes", bytearray(b"ba"),
          (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), [], [1], [1, [2, "a"]], {}, {"a": 1}, {1: 2, 3: 4},
          set(), {1, 2}, frozenset([3]), Point(1, "p"), len, Point]
for proto in range(6):
    out = []
    for v in values:
        data = pickle.dumps(v, proto)
        back = pickle.loads(data)
        same = back == v or (v != v and back != back) or (isinstance(v, float) and repr(v) == repr(back))
        out.append(("ok" if same else "DIFF %r %r" % (v, back), data))
    print(proto, [o[0] for o in out if o[0] != "ok"], sum(len(o[1]) for o in out))
    print(pickle.dumps([1, "a", (2, 3), {"k": [None, True]}], proto))
shared = [1, 2]
obj = [shared, shared, {"s": shared}]
back = pickle.loads(pickle.dumps(obj))
print(back, back[0] is back[1] is back[2]["s"])
rec = []
rec.append(rec)
r2 = pickle.loads(pickle.dumps(rec))
print(r2[0] is r2)
s = pickle.loads(pickle.dumps(Slotted()))
print(s.a, s.b)
ml = MyList([1, 2]); ml.tag = "t"
m2 = pickle.loads(pickle.dumps(ml))
print(type(m2).__name__, m2, m2.tag, pickle.dumps(Point(1, 2)))
print(pickle.loads(b'\x80\x04\x95\x14\x00\x00\x00\x00\x00\x00\x00]\x94(K\x01\x8c\x01a\x94G?\xf8\x00\x00\x00\x00\x00\x00e.'))
od = collections.OrderedDict(a=1)
try:
    pickle.dumps(lambda: 0)
except (pickle.PicklingError, AttributeError) as e:
    print(type(e).__name__, str(e).split(":")[-1])
try:
    pickle.loads(b"garbage")
except Exception as e:
    print(type(e).__name__, e)
