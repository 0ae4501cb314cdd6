class Animal:
    kind = "animal"
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} makes a sound"
    def __repr__(self):
        return f"Animal({self.name!r})"

class Dog(Animal):
    def speak(self):
        return super().speak() + " (woof)"

d = Dog("rex")
print(d.speak(), repr(d), d.kind, isinstance(d, Animal))

def gen(n):
    for i in range(n):
        yield i * i
    return "done"

print(list(gen(5)))
g = gen(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)

def outer():
    x = 1
    def inner():
        nonlocal x
        x += 1
        return x
    return inner
f = outer()
print(f(), f())

try:
    1 / 0
except ZeroDivisionError as e:
    print("caught", e)
finally:
    print("finally")

with open("snippet_out.txt", "w") as fh:
    fh.write("data\n")
print(open("snippet_out.txt").read().strip())
print([x * 2 for x in range(5) if x % 2 == 0], {x: x * x for x in range(3)}, {1, 2, 3})
print(sum(x for x in range(10)))
a, *b, c = [1, 2, 3, 4, 5]
print(a, b, c)
print(sorted([3, 1, 2], reverse=True), max([1, 5, 3]), min(4, 2, 8))
s = "Hello, World"
print(s.upper(), s.split(", "), s[::-1], s[1:4], len(s))
print("%d items at %.2f" % (3, 1.5), "{:>5}|{:<5}|".format("a", "b"), f"{3.14159:.3f}")
def kw(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)
print(kw(1, c=3), kw(1, 2, 3, 4, c=5, e=6))
print(2 ** 100, 10 // 3, -7 % 3, 7 / 2, 1e16, 0.1 + 0.2)
x = 5
print(1 < x < 10, x if x > 3 else 0, not x)
while x > 0:
    x -= 2
    if x == 1:
        break
else:
    print("no break")
print("x", x)
