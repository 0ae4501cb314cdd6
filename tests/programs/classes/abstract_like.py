# Abstract-base-class style without the abc module: NotImplementedError templates; polymorphism.
class Shape:
    def area(self):
        raise NotImplementedError(f"{type(self).__name__} must implement area")
    def perimeter(self):
        raise NotImplementedError
    def describe(self):
        return f"{type(self).__name__}: area={self.area():.2f} perimeter={self.perimeter():.2f}"
class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
    def perimeter(self):
        return 2 * (self.w + self.h)
class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
class Circle(Shape):
    PI = 3.141592653589793
    def __init__(self, r):
        self.r = r
    def area(self):
        return self.PI * self.r ** 2
    def perimeter(self):
        return 2 * self.PI * self.r
class Blob(Shape):
    pass
shapes = [Rect(3, 4), Square(2.5), Circle(1), Circle(0.5)]
for s in sorted(shapes, key=lambda s: s.area()):
    print(s.describe())
print(f"total area {sum(s.area() for s in shapes):.3f}")
try:
    Blob().describe()
except NotImplementedError as e:
    print("NotImplementedError", e)
try:
    Blob().perimeter()
except NotImplementedError as e:
    print("NotImplementedError", repr(e))
print([type(s).__name__ for s in shapes if isinstance(s, Rect)])
