class Vector:
    def __init__(self, *c):
        self.c = tuple(c)
    def __add__(self, o):
        return Vector(*(a + b for a, b in zip(self.c, o.c)))
    def __repr__(self):
        return "Vector" + repr(self.c)
