class MyInt(int):
    def double(self):
        return MyInt(self * 2)
    def __repr__(self):
        return "MyInt(%d)" % int(self)

class Plain(int):
    pass

a = MyInt(21)
print(a, repr(a), a.double(), a + 1, 1 + a, a * a, -a, abs(MyInt(-3)), a // 4, a % 4, a ** 2)
print(type(a).__name__, type(a + 1).__name__, isinstance(a, int), issubclass(MyInt, int))
print(a == 21, 21 == a, a < 22, hash(a) == hash(21), bool(MyInt(0)), int(a), float(a), str(a), f"{a:05d}", "%d" % a)
p = Plain("ff", 16)
print(p, repr(p), type(p).__name__, p.bit_length(), p.to_bytes(2, "big"), [10, 20, 30][Plain(1)], range(Plain(3)))
d = {a: "x"}
print(d[21], d.get(MyInt(21)), 21 in d)
p.tag = "hello"
print(p.tag, vars(p))

class Temp(float):
    unit = "C"
    def __str__(self):
        return "%.1f%s" % (self, self.unit)

t = Temp(21.5)
print(t, repr(t), t + 1, 1 + t, t * 2, round(t), int(t), t > 21, t.is_integer(), Temp(), Temp("2.5"))

class Name(str):
    def shout(self):
        return self.upper() + "!"

n = Name("bob")
print(n, repr(n), n.shout(), n + "by", "x" + n, n * 2, len(n), n[0], n[::-1], n.startswith("b"), "b" in n, n in "bobby")
print(type(n).__name__, type(n.upper()).__name__, isinstance(n, str), n == "bob", "bob" == n, hash(n) == hash("bob"))
print({"bob": 1}[n], {n: 2}["bob"], "-".join([n, n]), f"{n:>5}|", "%s" % n, str(n), n.split("o"), sorted([Name("b"), Name("a")]))
print("abc".startswith(Name("a")), "a,b".split(Name(",")), Name("  x ").strip(), int(Name("12")), float(Name("1.5")))

class Base:
    pass
try:
    class Bad(int, str):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    int.__new__(Name, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    object.__new__(MyInt)
except TypeError as e:
    print("TypeError:", e)

class Meters(int):
    def __new__(cls, value, unit="m"):
        self = super().__new__(cls, value)
        self.unit = unit
        return self
    def __add__(self, other):
        return Meters(int(self) + int(other), self.unit)

m = Meters(5) + Meters(7)
print(m, m.unit, type(m).__name__, sum([Meters(1), Meters(2)]), max(Meters(3), 2))
