# User objects as dict keys via __eq__/__hash__; key identity for mixed numeric keys.
class Key:
    def __init__(self, name, n):
        self.name = name
        self.n = n
    def __eq__(self, other):
        return isinstance(other, Key) and self.n == other.n
    def __hash__(self):
        return hash(self.n)
    def __repr__(self):
        return f"Key({self.name!r})"
d = {Key("a", 1): "first"}
d[Key("b", 1)] = "second"
d[Key("c", 2)] = "third"
print(d, len(d), d[Key("z", 2)])
d2 = {1: "int"}
d2[1.0] = "float"
d2[True] = "bool"
print(d2)
d3 = {0: "zero", False: "false", 0.0: "fzero"}
print(d3)
class NoHash:
    __hash__ = None
try:
    {NoHash(): 1}
except TypeError as e:
    print("TypeError", e)
class Eq:
    def __eq__(self, other):
        return True
try:
    {Eq(): 1}
except TypeError as e:
    print("TypeError", e)
print(isinstance({}, dict), dict.__name__, type({}.keys()).__name__)
