# classmethod, staticmethod, alternative constructors, class-level counters.
class Date:
    created = 0
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
        Date.created += 1
    @classmethod
    def from_string(cls, s):
        y, m, d = (int(p) for p in s.split("-"))
        return cls(y, m, d)
    @classmethod
    def today_like(cls):
        return cls(2000, 1, 1)
    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    def __repr__(self):
        return f"{type(self).__name__}({self.y:04d}-{self.m:02d}-{self.d:02d})"
class USDate(Date):
    def __repr__(self):
        return f"USDate({self.m}/{self.d}/{self.y})"
print(Date.from_string("2024-02-29"), USDate.from_string("1999-12-31"), USDate.today_like())
print(Date.is_leap(1900), Date.is_leap(2000), Date(1, 1, 1).is_leap(2024), Date.created)
print(type(Date.__dict__["from_string"]).__name__, type(Date.__dict__["is_leap"]).__name__)
m = Date.from_string
print(m("2020-05-06"))
class Registry:
    _items = []
    @classmethod
    def add(cls, x):
        cls._items.append(x)
        return len(cls._items)
    @classmethod
    def count(cls):
        return len(cls._items)
class OtherRegistry(Registry):
    _items = []
Registry.add("a")
OtherRegistry.add("b")
OtherRegistry.add("c")
print(Registry.count(), OtherRegistry.count(), Registry._items, OtherRegistry._items)
sm = staticmethod(lambda: "callable static")
class Holder:
    f = sm
print(Holder.f(), Holder().f())
