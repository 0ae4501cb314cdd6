class A:
    pass


A.__name__ = "B"
print(A.__name__, A.__qualname__, A)
A.__qualname__ = "Outer.B"
print(A.__name__, A.__qualname__, repr(A))
print(A().__class__.__name__)
try:
    A.__name__ = 5
except TypeError as e:
    print(e)
try:
    int.__name__ = "x"
except TypeError as e:
    print(e)
