# isinstance/issubclass with tuples, type(), callable, id-free identity checks.
class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, A), isinstance(b, (C, B)), isinstance(b, C), isinstance(3, (str, int)), isinstance(True, int))
print(isinstance(None, type(None)), isinstance([], (list, tuple)), isinstance(A, type), isinstance(int, object))
print(issubclass(B, A), issubclass(B, (C,)), issubclass(A, object), issubclass(int, int), issubclass(bool, (str, int)))
try:
    isinstance(1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    issubclass(1, int)
except TypeError as e:
    print("TypeError", e)
print(type(1), type("s"), type(None), type([]), type(b), type(A), type(type), type(len))
print(type(1) is int, type(True) is bool, type(b) is A, type(3.0).__name__, type(b).__name__)
print(callable(len), callable(A), callable(b), callable(lambda: 1), callable("str"), callable(A.__init__))
print([t.__name__ for t in (int, float, str, bytes, list, tuple, dict, set, frozenset, bool, type, object, range, slice)])
print(int.__mro__, bool.__mro__, A.__mro__ == (A, object))
Alias = B
print(Alias.__name__, Alias is B, isinstance(b, Alias))
print(isinstance(b, (A, (C, int))), isinstance(1, ((((int,),),),)))
