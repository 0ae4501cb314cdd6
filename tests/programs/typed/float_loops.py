# Functions whose float locals Jyco keeps unboxed (double) in a typed version.
import math


def integrate(n):
    h = 1.0 / n
    s = 0.0
    for i in range(n):
        x = (i + 0.5) * h
        s += 4.0 / (1.0 + x * x)
    return s * h


def newton(a):
    x = a
    for _ in range(60):
        x = 0.5 * (x + a / x)
    return x


def signs():
    z = 0.0
    n = -z
    m = z * -1.0
    q = -7.5 // 2.0
    r = -7.5 % 2.0
    r2 = 7.5 % -2.0
    r3 = -0.0 % 5.0
    return n, m, q, r, r2, r3, math.copysign(1.0, r3)


def nan_compare(n):
    nan = float("nan")
    inf = float("inf")
    c = 0
    x = 0.0
    for i in range(n):
        x = x + nan
        if x < 1.0:
            c += 1
        if x > 1.0:
            c += 10
        if x == x:
            c += 100
        if x != x:
            c += 1000
        if not x <= 1.0:
            c += 10000
    y = inf * 0.0
    return c, x, y, inf - inf, -inf * 2.0


def divide(a, b):
    t = 0.0
    for i in range(3):
        t = t + a / b
    return t


def fdiv(a, b):
    t = 0.0
    for i in range(2):
        t = a // b
    return t


def fmod(a, b):
    t = 0.0
    for i in range(2):
        t = a % b
    return t


def mix(n):
    acc = 0.0
    x = 0.5
    for i in range(n):
        acc += x * x - acc / (i + 1.0)
        x = x * 1.0000001 + 0.000001
    return acc


def int_to_float(n):
    f = 0.0
    for i in range(n):
        f = f + i / 3
        f = f + 2**60 / 7
    return f


def overflow():
    x = 1e300
    for i in range(3):
        x = x * 1e10
    return x, -x


def becomes_int(n):
    v = 1.5
    for i in range(n):
        v = v * 2.0
        if i == 2:
            v = int(v)
    return v, type(v).__name__


print(integrate(1000))
print(newton(2.0), newton(10.0))
print(signs())
print(nan_compare(3))
print(divide(1.0, 3.0), divide(1, 3))
for args in ((1.0, 0.0), (1, 0)):
    try:
        print(divide(*args))
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
for f in (fdiv, fmod):
    print(f(7.5, 2.0), f(-7.5, 2.0), f(7.5, -2.0))
    try:
        f(1.0, 0.0)
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
print(round(mix(100000), 6))
print(int_to_float(10))
print(overflow())
print(becomes_int(5))
