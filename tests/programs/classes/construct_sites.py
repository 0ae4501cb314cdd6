# Calls of classes (linked directly to a new instance plus __init__'s body when the class is
# plain) must still follow every rule of type.__call__ when the class changes or is not plain.


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def make(n):
    out = []
    for i in range(n):
        out.append(P(i, -i))
    return out


print([(p.x, p.y) for p in make(3)])


def init3(self, x, y):
    self.x = x * 100
    self.y = y


P.__init__ = init3
print([(p.x, p.y) for p in make(3)])


class Base:
    def __init__(self, v):
        self.v = v


class Child(Base):
    pass


def kids(n):
    return [Child(i).v for i in range(n)]


print(kids(3))
Base.__init__ = lambda self, v: setattr(self, "v", v * 2)
print(kids(3))


class Bad:
    def __init__(self):
        return 5


for _ in range(2):
    try:
        Bad()
    except TypeError as e:
        print("TypeError:", e)

for args in ((), (1,), (1, 2, 3)):
    try:
        P(*args)
    except TypeError as e:
        print("TypeError:", e)


def call_p(*a):
    return P(*a)


class Empty:
    pass


def empties():
    return [type(Empty()).__name__ for _ in range(2)]


print(empties())
try:
    Empty(1)
except TypeError as e:
    print("TypeError:", e)


class WithNew:
    def __new__(cls, v):
        o = super().__new__(cls)
        o.made = "new"
        return o

    def __init__(self, v):
        self.v = v


print([(w.made, w.v) for w in (WithNew(1), WithNew(2))])


class Meta(type):
    def __call__(cls, *args):
        return ("meta", args)


class M(metaclass=Meta):
    def __init__(self, a):
        self.a = a


print([M(i) for i in range(2)])



class Other:
    pass


class Swap:
    def __init__(self, a):
        self.a = a


def swaps():
    return [Swap(i) for i in range(2)]


print([s.a for s in swaps()])
Swap.__new__ = lambda cls, a: Other()
print([type(s).__name__ for s in swaps()])
