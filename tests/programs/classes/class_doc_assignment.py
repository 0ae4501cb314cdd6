class A:
    pass
A.__doc__ = "new doc"
print(A.__doc__)
class B:
    "orig"
B.__doc__ = "changed"
print(B.__doc__, B.__dict__["__doc__"])
