# Infinite generators consumed with manual limits: primes, cycles, counting, pipelines.
def naturals(start=1):
    n = start
    while True:
        yield n
        n += 1
def primes():
    found = []
    for n in naturals(2):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n
def cycle(seq):
    while True:
        for x in seq:
            yield x
def first(n, gen):
    out = []
    for x in gen:
        out.append(x)
        if len(out) == n:
            break
    return out
print(first(20, primes()))
print(first(7, cycle("abc")))
def mapg(f, gen):
    for x in gen:
        yield f(x)
def filterg(pred, gen):
    for x in gen:
        if pred(x):
            yield x
squares_of_odds = mapg(lambda x: x * x, filterg(lambda x: x % 2, naturals()))
print(first(8, squares_of_odds))
def zip_gens(*gens):
    while True:
        try:
            yield tuple(next(g) for g in gens)
        except RuntimeError:
            return
def ziplike(a, b):
    while True:
        try:
            x = next(a)
            y = next(b)
        except StopIteration:
            return
        yield x, y
print(list(ziplike(iter("abcd"), naturals(10))))
def collatz(n):
    while n != 1:
        yield n
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    yield 1
print(list(collatz(27))[:15], len(list(collatz(27))))
def triangle():
    row = [1]
    while True:
        yield row
        row = [1] + [a + b for a, b in zip(row, row[1:])] + [1]
for r in first(7, triangle()):
    print(" ".join(map(str, r)).center(30))
