# Generator functions: lazy evaluation, state, multiple yields, return ends iteration.
def counter(n):
    print("  start")
    i = 0
    while i < n:
        print(f"  yielding {i}")
        yield i
        i += 1
    print("  end")
g = counter(3)
print(type(g).__name__, "created")
for v in g:
    print("got", v)
print(list(g))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(15)])
def take(n, it):
    out = []
    for x in it:
        if len(out) >= n:
            break
        out.append(x)
    return out
print(take(5, fib()), take(3, counter(0)))
def evens():
    n = 0
    while True:
        yield n
        n += 2
def limited(gen, limit):
    for v in gen:
        if v > limit:
            return
        yield v
print(list(limited(evens(), 12)))
def early():
    yield 1
    return
    yield 2
print(list(early()))
def multi():
    yield "a"
    yield from "bc"
    yield ["d"]
print(list(multi()))
gen = (x * x for x in range(4))
print(next(gen), list(gen), list(gen))
def chars(s):
    for i, c in enumerate(s):
        yield i, c
print(dict(chars("xyz")), sum(1 for _ in chars("hello")))
