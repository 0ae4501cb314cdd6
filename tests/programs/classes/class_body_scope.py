# Class bodies execute top to bottom; class namespaces, nested classes, __qualname__, __module__.
print("before class")
class Outer:
    print("in Outer body")
    x = 1
    y = x + 1
    class Inner:
        print("in Inner body")
        z = 3
        def where(self):
            return type(self).__qualname__
    items = [i * 2 for i in range(3)]
    def method(self):
        return self.Inner().where()
    if x == 1:
        conditional = "defined"
    for k in range(2):
        pass
print("after class")
print(Outer.y, Outer.Inner.z, Outer.items, Outer().method(), Outer.conditional, Outer.k)
print(Outer.__qualname__, Outer.Inner.__qualname__, Outer.__module__, Outer.__name__)
def factory(n):
    class Made:
        value = n
        def get(self):
            return self.value
    return Made
A, B = factory(1), factory(2)
print(A().get(), B().get(), A is B, A.__qualname__)
class WithDoc:
    """The docstring."""
print(WithDoc.__doc__, Outer.__doc__)
