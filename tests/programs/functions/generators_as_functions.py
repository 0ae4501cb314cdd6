# Functions returning functions and generators interplay; recursion with accumulators.
def make_multipliers():
    return [lambda x, i=i: x * i for i in range(5)]
print([m(3) for m in make_multipliers()])
def countdown(n):
    def step():
        nonlocal n
        n -= 1
        return n
    return step
s = countdown(3)
print(s(), s(), s(), s())
def memo_fact():
    cache = [1]
    def f(n):
        while len(cache) <= n:
            cache.append(cache[-1] * len(cache))
        return cache[n]
    return f
mf = memo_fact()
print(mf(5), mf(20), mf(3))
def tail_sum(xs, acc=0):
    if not xs:
        return acc
    return tail_sum(xs[1:], acc + xs[0])
print(tail_sum(list(range(200))))
def binary(n):
    return "" if n == 0 else binary(n // 2) + str(n % 2)
print([binary(i) or "0" for i in range(9)])
