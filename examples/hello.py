"""A small tour: classes, generators, comprehensions, f-strings, exceptions."""


class Shape:
    def __init__(self, name):
        self.name = name

    def area(self):
        raise NotImplementedError

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r}, area={self.area():.2f})"


class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h


class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r

    def area(self):
        return 3.141592653589793 * self.r ** 2


def primes():
    n = 2
    while True:
        if all(n % d for d in range(2, int(n ** 0.5) + 1)):
            yield n
        n += 1


shapes = [Rect(2, 3), Circle(1), Rect(1.5, 4)]
print(sorted(shapes, key=lambda s: s.area()))
gen = primes()
print("first primes:", [next(gen) for _ in range(10)])
print("2**100 =", 2 ** 100)
try:
    Shape("abstract").area()
except NotImplementedError as e:
    print("caught", type(e).__name__)
