# Functions as values: passing, returning, storing; reduce written by hand.
def apply_n(f, n, x):
    for _ in range(n):
        x = f(x)
    return x
print(apply_n(lambda v: v * 2, 10, 1), apply_n(str.upper, 1, "abc"))
def my_reduce(f, xs, init):
    acc = init
    for x in xs:
        acc = f(acc, x)
    return acc
print(my_reduce(lambda a, b: a + b, range(10), 0), my_reduce(lambda a, b: a * b, range(1, 8), 1))
print(my_reduce(lambda a, b: b + a, "hello", ""))
def pipeline(*fs):
    def run(x):
        for f in fs:
            x = f(x)
        return x
    return run
p = pipeline(str.strip, str.lower, lambda s: s.replace(" ", "_"))
print(p("  Hello World  "))
def partial(f, *pa, **pk):
    def g(*a, **k):
        return f(*pa, *a, **{**pk, **k})
    return g
def power(base, exp):
    return base ** exp
square = partial(power, exp=2)
two_to = partial(power, 2)
print(square(9), two_to(10), [partial(max, 5)(x) for x in (1, 9)])
handlers = []
for name in ["a", "b", "c"]:
    def h(n=name):
        return n.upper()
    handlers.append(h)
print([h() for h in handlers])
print(callable(len), callable(p), callable(3), type(p).__name__, p.__name__)
def counter_factory():
    def counter():
        counter.calls += 1
        return counter.calls
    counter.calls = 0
    return counter
c = counter_factory()
c(); c()
print(c(), c.calls)
print(sorted(["b", "A", "c"], key=str.casefold), list(map(len, ["", "ab", "abc"])), list(map(pow, [2, 3], [3, 2])))
