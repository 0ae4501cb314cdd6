from .vector import Vector
def dot(a, b):
    return sum(x * y for x, y in zip(a.c, b.c))
def norm2(a):
    return dot(a, a)
def unit(n, i):
    return Vector(*(1 if j == i else 0 for j in range(n)))
