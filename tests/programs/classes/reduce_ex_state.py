import math
print(len.__module__, math.sqrt.__module__, abs.__module__)
class A:
    def __init__(self): self.x = 1
class L(list): pass
l = L([1,2]); l.tag = 't'
print(A().__reduce_ex__(2)[0].__name__, A().__reduce_ex__(2)[1:3], A().__getstate__(), L.__reduce_ex__(l, 4)[2], list(L.__reduce_ex__(l, 4)[3]))
class S:
    __slots__ = ("a", "b")
s = S(); s.a = 1
print(s.__getstate__(), S().__getstate__())
print(A().__reduce__()[0].__name__, A().__reduce__()[1][1:])
