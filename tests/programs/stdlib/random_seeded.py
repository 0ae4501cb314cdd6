import random
random.seed(42)
print([random.random() for _ in range(3)])
print(random.getrandbits(5), random.getrandbits(32), random.getrandbits(40), random.getrandbits(64), random.getrandbits(100))
print([random.randint(1, 6) for _ in range(10)])
print(random.randrange(10), random.randrange(5, 100, 7), random.randrange(100, 0, -3), random.randrange(10**30))
print(random.choice("abcdef"), random.choice([1,2,3]))
l = list(range(20)); random.shuffle(l); print(l)
print(random.sample(range(100), 5), random.sample(range(10000), 30)[:5])
print(random.sample(['red', 'blue'], counts=[4, 2], k=5))
print(random.choices("abc", k=5), random.choices("abc", [1, 2, 3], k=5), random.choices("abc", cum_weights=[1, 5, 6], k=4))
print(random.uniform(1, 10), random.triangular(), random.triangular(0, 10, 2))
print(random.gauss(), random.gauss(5, 2), random.normalvariate(), random.normalvariate(1, 3))
print(random.expovariate(1.5), random.lognormvariate(0, 1), random.vonmisesvariate(1, 2))
print(random.gammavariate(0.5, 1), random.gammavariate(1, 2), random.gammavariate(3, 2), random.betavariate(2, 3))
print(random.paretovariate(2), random.weibullvariate(1, 2))
print(random.randbytes(10), random.randbytes(0))
for s in ["hello", b"hello", "", 0, -5, 2**100, 3.5, bytearray(b"xy"), "ünïcode"]:
    random.seed(s); print(repr(s), random.random())
random.seed("abc", version=1); print(random.random())
st = random.getstate()
a = [random.random() for _ in range(3)]
random.setstate(st)
print(a == [random.random() for _ in range(3)], st[0], len(st[1]), st[2])
r = random.Random(7); print(r.random(), r.randint(0, 100))
class MyR(random.Random):
    def random(self):
        return 0.5
m = MyR(3); print(m.randint(1, 100), m.choice("abcdef"), m.uniform(0, 4))
class Bits(random.Random):
    def getrandbits(self, k):
        return 1
print(Bits(1).randrange(10))
print(isinstance(random.SystemRandom().random(), float), 0 <= random.SystemRandom().randint(1, 6) <= 6)
# a long run crosses many regenerations of the state
random.seed(12345)
acc = 0
for i in range(5000):
    acc = (acc * 31 + random.randrange(1000)) % 1000000007
print(acc, random.random())
print(sorted(random.sample(range(50), 50)) == list(range(50)))
random.seed(2024)
print([round(random.gauss(0, 1), 12) for _ in range(4)])
print(random.choices(range(5), weights=[0, 0, 1, 0, 0], k=3))
print(random.sample((1, 2, 3), 3), random.sample("abcdef", 2), random.sample(range(10**12), 3))
r1 = random.Random("same"); r2 = random.Random("same")
print(r1.random() == r2.random(), r1.getstate() == r2.getstate())
r2.seed(1); r1.setstate(r2.getstate()); print(r1.random() == r2.random())
x = random.Random(5); y = random.Random(); y.setstate(x.getstate()); print(x.random() == y.random())
print(random.Random.VERSION, random.Random(1).gauss_next)
g = random.Random(9); g.gauss(); st = g.getstate(); print(st[2]); h = random.Random(); h.setstate(st); print(h.gauss() == g.gauss())
