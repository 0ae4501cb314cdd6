# Bound and unbound methods, method objects, __self__/__func__.
class Greeter:
    def __init__(self, name):
        self.name = name
    def greet(self, other):
        return f"{self.name} greets {other}"
g = Greeter("Ann")
m = g.greet
print(m("Bob"), m.__self__ is g, m.__func__ is Greeter.greet, m.__name__)
print(Greeter.greet(g, "Cy"), list(map(g.greet, ["x", "y"])))
print(g.greet == g.greet, g.greet is g.greet, Greeter("B").greet == g.greet)
methods = [Greeter(n).greet for n in "ABC"]
print([f("z") for f in methods])
class Counter:
    def __init__(self):
        self.n = 0
    def inc(self):
        self.n += 1
        return self
c = Counter()
c.inc().inc().inc()
print(c.n)
inc = c.inc
for _ in range(5):
    inc()
print(c.n)
print(type(m).__name__, type(Greeter.greet).__name__)
print(str.upper("abc"), "abc".upper(), list.append.__name__, [].append.__self__)
