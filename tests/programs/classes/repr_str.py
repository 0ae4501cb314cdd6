# __repr__ vs __str__ in print, containers, f-strings, format.
class Both:
    def __repr__(self):
        return "Both<repr>"
    def __str__(self):
        return "Both<str>"
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"
class OnlyStr:
    def __str__(self):
        return "only-str"
b, r = Both(), OnlyRepr()
print(b, r, [b, r], (b,), {"k": b}, str(b), repr(b), f"{b}", f"{b!r}", "%s %r" % (b, b))
print(str(r), format(r), "{}".format(r), "{!r}".format(b))
s = OnlyStr()
print(s, str(s), repr(s).startswith("<__main__.OnlyStr object at "))
class Vector:
    def __init__(self, *c):
        self.c = c
    def __repr__(self):
        return f"Vector({', '.join(map(repr, self.c))})"
    def __str__(self):
        return "<" + ", ".join(str(x) for x in self.c) + ">"
    def __format__(self, spec):
        return "<" + ", ".join(format(x, spec) for x in self.c) + ">"
v = Vector(1.5, 2, "x")
print(v, repr(v), [v], f"{Vector(1.23456, 2.5):.2f}", format(Vector(3, 4), "03d"))
class Node:
    def __init__(self, val, children=()):
        self.val = val
        self.children = list(children)
    def __repr__(self):
        if self.children:
            return f"Node({self.val!r}, {self.children!r})"
        return f"Node({self.val!r})"
print(Node("root", [Node("a"), Node("b", [Node("c")])]))
class BadRepr:
    def __repr__(self):
        return 42
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError", e)
