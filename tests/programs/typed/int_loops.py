# Functions whose int locals Jyco keeps unboxed (long) in a typed version, and every way the
# typed assumptions can fail: results past 64 bits, values of other types, shadowed builtins.


def triangle(n):
    total = 0
    for i in range(n):
        total += i
    return total


def grows(n):
    # passes 2**63 half-way: the loop goes on with Python's big ints
    x = 1
    for i in range(n):
        x = x * 3 + i
    return x


def power_sum(n):
    acc = 0
    k = 1
    while k < n:
        acc += k * k * k * k * k * k * k * k
        k += 1
    return acc


def mixed(items):
    s = 0
    for v in items:
        s += v
    return s


def counter(n):
    c = 0
    for i in range(0, n, 3):
        c += 1
    for j in range(n, 0, -2):
        c -= 1
    for k in range(5, 5):
        c += 100
    return c, i, j


def nested(n):
    total = 0
    for i in range(n):
        for j in range(i):
            if (i + j) % 3 == 0:
                continue
            if i * j > 50:
                break
            total += i ^ j
        else:
            total += 1000
    return total


def late_switch(n):
    # a typed local receives a str half-way through a loop nested in another
    out = []
    for i in range(3):
        v = 0
        for j in range(n):
            v = v + j
            if i == 1 and j == 2:
                v = str(v) + "!"
                out.append(v)
                break
        out.append(v)
    return out


def divisions(a, b):
    q = a // b
    r = a % b
    t = a / b
    return q, r, t


def shifts(a, n):
    x = a
    for i in range(n):
        x = x << 7
    y = x >> 100
    return x, y


def negatives():
    m = -9223372036854775807 - 1
    n = m
    for i in range(1):
        n = -n
        p = m // -1
        q = abs(m)
    return n, p, q, m % -1


def min_max(n):
    lo = 10**6
    hi = -1
    for i in range(n):
        v = (i * 7919) % 1009
        if v < lo:
            lo = v
        if v >= hi:
            hi = v
    return lo, hi


def chained(n):
    c = 0
    for i in range(-n, n):
        if 0 <= i < n // 2:
            c += 1
        elif -3 < i <= -1 or i == n - 1:
            c += 10
    return c


def fib(n):
    a = 0
    b = 1
    for _ in range(n):
        a, b = b, a + b
    return a


def collatz(n):
    steps = 0
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps


def ends_unbound(n):
    for i in range(n):
        pass
    return i


def maybe(n):
    if n > 5:
        z = n * 2
    for i in range(2):
        n += 1
    return z


print(triangle(10), triangle(0), triangle(100000))
print(grows(10), grows(60))
print(power_sum(300))
print(mixed([1, 2, 3]), mixed([1, 2.5, 3]), mixed([2**70, 1]), mixed([True, True]))
print(counter(10))
print(nested(20))
print(late_switch(5))
print(divisions(7, 2), divisions(-7, 2), divisions(7, -2), divisions(2**65, 3))
print(shifts(1, 3), shifts(3, 10), shifts(-5, 12))
print(negatives())
print(min_max(5000))
print(chained(10))
print(fib(10), fib(100))
print(collatz(27), collatz(2**64 + 1), collatz(7.0))
print(triangle(True), grows(2.0) if False else "skip")
try:
    print(ends_unbound(0))
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
print(ends_unbound(3))
print(maybe(10))
try:
    maybe(1)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)


def zero_div(n):
    t = 0
    for i in range(n):
        t += 10 // (n - 1 - i)
    return t


def bad_shift(n):
    s = 0
    for i in range(n):
        s = 1 << (i - 2)
    return s


for f, arg in ((zero_div, 3), (bad_shift, 3)):
    try:
        print(f(arg))
    except Exception as e:
        print(type(e).__name__, e)


def shadow(n):
    t = 0
    for i in range(n):
        t += i
    return t


range_ = range


def range(*args):
    return [x * 10 for x in range_(*args)]


print(shadow(4))
del range
print(shadow(4))


def bad_ranges(which):
    t = 0
    if which == 0:
        for i in range(1.5):
            t += i
    elif which == 1:
        for i in range(0, 10, 0):
            t += i
    else:
        for i in range("3"):
            t += i
    return t


for w in range(3):
    try:
        bad_ranges(w)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


def loop_target_changes(n):
    t = 0
    for i in range(n):
        t += i
        i = "s" + str(i)
        t += len(i)
    return t, i


print(loop_target_changes(5))
