# __bool__, __len__, __index__, __int__/__float__, __contains__, __enter__/__exit__, __class_getitem__.
class Flag:
    def __init__(self, on):
        self.on = on
    def __bool__(self):
        return self.on
print([bool(Flag(True)), bool(Flag(False))], "yes" if Flag(True) else "no", not Flag(False))
class Idx:
    def __init__(self, i):
        self.i = i
    def __index__(self):
        return self.i
lst = list("abcdef")
print(lst[Idx(2)], lst[Idx(1):Idx(4)], bin(Idx(5)), hex(Idx(255)), range(Idx(3)), [0] * Idx(2))
class Num:
    def __init__(self, v):
        self.v = v
    def __int__(self):
        return int(self.v)
    def __float__(self):
        return float(self.v)
    def __round__(self, n=None):
        return round(self.v, n)
    def __abs__(self):
        return abs(self.v)
print(int(Num(3.7)), float(Num(2)), round(Num(2.567), 1), round(Num(2.5)), abs(Num(-4)))
class Bag:
    def __init__(self, *items):
        self.items = items
    def __contains__(self, x):
        print("checking", x)
        return x in self.items
b = Bag(1, 2)
print(2 in b, 5 not in b)
class Generic:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__ if isinstance(item, type) else item}]"
print(Generic[int], Generic["x"])
class Length:
    def __len__(self):
        return 3
    def __iter__(self):
        return iter([10, 20, 30])
print(len(Length()), list(Length()), sorted(Length(), reverse=True), dict.fromkeys(Length()))
