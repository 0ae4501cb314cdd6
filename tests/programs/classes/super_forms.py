# super() zero-arg and two-arg forms, in classmethods, and super() attribute lookups.
class Base:
    greeting = "base-attr"
    def hello(self):
        return "Base.hello"
    @classmethod
    def make(cls):
        return f"Base.make({cls.__name__})"
    @staticmethod
    def util():
        return "Base.util"
class Mid(Base):
    def hello(self):
        return "Mid>" + super().hello()
    @classmethod
    def make(cls):
        return "Mid>" + super().make()
class Leaf(Mid):
    def hello(self):
        return "Leaf>" + super(Leaf, self).hello()
    def skip(self):
        return super(Mid, self).hello()
    @classmethod
    def make(cls):
        return "Leaf>" + super(Leaf, cls).make()
    def attrs(self):
        return super().greeting, super().util()
l = Leaf()
print(l.hello(), l.skip(), Leaf.make(), l.make(), l.attrs())
print(super(Leaf, l).hello(), super(Mid, l).hello())
class WithInit:
    def __init__(self, *args):
        self.args = args
class Child(WithInit):
    def __init__(self, a, b):
        super().__init__(a, b, "extra")
print(Child(1, 2).args)
class ListChild(list):
    def append(self, x):
        super().append(x * 2)
lc = ListChild([1])
lc.append(5)
print(lc, len(lc), isinstance(lc, list))
class DictChild(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)
dc = DictChild()
dc["abc"] = 1
dc["x"] = 2
print(dc, dc["ABC"])
try:
    super(Leaf, 5)
except TypeError as e:
    print("TypeError", e)
