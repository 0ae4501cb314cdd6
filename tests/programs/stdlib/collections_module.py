# collections: Counter, defaultdict, deque, namedtuple, OrderedDict.
from collections import Counter, defaultdict, deque, namedtuple, OrderedDict
words = "the cat and the hat and the bat sat".split()
c = Counter(words)
print(c["the"], c["dog"], c.most_common(3), sorted(c.elements())[:5], len(c))
c.update(["cat", "cat"])
c.subtract({"the": 1})
print(c.most_common(2), c + Counter(hat=5), Counter("abracadabra").most_common(2))
dd = defaultdict(list)
for w in words:
    dd[len(w)].append(w)
print(dict(dd), dd[99], len(dd))
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(sorted(counts.items()))
dq = deque([1, 2, 3], maxlen=5)
dq.appendleft(0)
dq.append(4)
dq.append(5)
print(dq, dq.popleft(), dq.pop(), list(dq))
dq.rotate(2)
print(dq, dq[0], len(dq))
Point = namedtuple("Point", ["x", "y"])
p = Point(3, 4)
print(p, p.x, p[1], p._asdict(), p._replace(x=10), Point._fields, Point(*range(2)))
x, y = p
print(x + y, isinstance(p, tuple), p == (3, 4))
od = OrderedDict()
od["b"] = 1
od["a"] = 2
od.move_to_end("b")
print(od, list(od), od.popitem(last=False))
