# __call__ and callable objects as functions, memoizers, strategies.
class Polynomial:
    def __init__(self, *coeffs):
        self.coeffs = coeffs
    def __call__(self, x):
        r = 0
        for c in self.coeffs:
            r = r * x + c
        return r
    def __repr__(self):
        return "Polynomial" + repr(self.coeffs)
p = Polynomial(1, -3, 2)
print(p, [p(x) for x in range(5)], list(map(p, [10, 20])), callable(p))
class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}
        self.hits = 0
    def __call__(self, *args):
        if args in self.cache:
            self.hits += 1
        else:
            self.cache[args] = self.fn(*args)
        return self.cache[args]
@Memo
def grid_paths(r, c):
    if r == 0 or c == 0:
        return 1
    return grid_paths(r - 1, c) + grid_paths(r, c - 1)
print(grid_paths(10, 10), grid_paths.hits, len(grid_paths.cache))
class Greeter:
    def __init__(self, greeting):
        self.greeting = greeting
    def __call__(self, name, *, punct="!"):
        return f"{self.greeting}, {name}{punct}"
hi = Greeter("Hi")
print(hi("Ann"), hi(name="Bo", punct="?"), sorted(["b", "a"], key=Greeter("x")))
class NotCallable:
    pass
try:
    NotCallable()()
except TypeError as e:
    print("TypeError", e)
print(callable(NotCallable), callable(NotCallable()), callable(Greeter("a")))
class Adder:
    def __call__(self, a):
        return lambda b: a + b
print(Adder()(2)(3))
