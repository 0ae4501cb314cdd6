class A:
    "doc"
class B(A):
    pass
class S:
    __slots__ = ("x",)
print(A.__doc__, B.__doc__, sorted(A.__dict__), sorted(B.__dict__), sorted(S.__dict__))
print(A.__dict__["__dict__"], type(A.__dict__["__weakref__"]).__name__)
a = A()
print(A.__dict__["__dict__"].__get__(a) == {}, a.__dict__)
class E(Exception): pass
class L(list): pass
class D(dict): pass
class I(int): pass
class M(type): pass
class O: pass
class O2(O): pass
class S:
    __slots__ = ("a",)
class F(float): pass
for c in (E, L, D, I, M, O, O2, S, F): print(c.__name__, [k for k in c.__dict__])
