# Properties with getters, setters, deleters and validation.
class Temperature:
    def __init__(self, celsius=0.0):
        self.celsius = celsius
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError(f"below absolute zero: {value}")
        self._c = float(value)
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
    @fahrenheit.setter
    def fahrenheit(self, f):
        self.celsius = (f - 32) * 5 / 9
    @celsius.deleter
    def celsius(self):
        print("deleting")
        del self._c
t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.fahrenheit = 212
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError", e)
del t.celsius
try:
    t.celsius
except AttributeError as e:
    print("AttributeError", e)
class ReadOnly:
    @property
    def value(self):
        return 42
r = ReadOnly()
print(r.value)
try:
    r.value = 1
except AttributeError as e:
    print("AttributeError", e)
class Lazy:
    def __init__(self):
        self.computed = 0
    @property
    def data(self):
        if not hasattr(self, "_data"):
            self.computed += 1
            self._data = [i * i for i in range(5)]
        return self._data
lz = Lazy()
print(lz.data, lz.data, lz.computed)
def get_x(self):
    return self._x * 2
def set_x(self, v):
    self._x = v
class Classic:
    x = property(get_x, set_x, None, "the x")
c = Classic()
c.x = 21
print(c.x, Classic.x.__doc__, type(Classic.x).__name__)
class Sub(Temperature):
    @property
    def celsius(self):
        return round(super().celsius)
s = Sub.__new__(Sub)
s._c = 36.6
print(s.celsius)
