# Descriptors with __get__/__set__/__delete__ and __set_name__.
class Typed:
    def __init__(self, kind, default=None):
        self.kind = kind
        self.default = default
    def __set_name__(self, owner, name):
        self.name = name
        self.storage = "_" + name
        print(f"__set_name__ {owner.__name__}.{name}")
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.storage, self.default)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, got {type(value).__name__}")
        setattr(obj, self.storage, value)
    def __delete__(self, obj):
        print(f"deleting {self.name}")
        delattr(obj, self.storage)
class Person:
    name = Typed(str, "anon")
    age = Typed(int, 0)
    def __init__(self, name, age):
        self.name = name
        self.age = age
p = Person("Ann", 30)
print(p.name, p.age, Person.name.name, type(Person.age).__name__)
try:
    p.age = "old"
except TypeError as e:
    print("TypeError", e)
del p.age
print(p.age)
class NonData:
    def __get__(self, obj, objtype=None):
        return "from descriptor"
class Holder:
    attr = NonData()
h = Holder()
print(h.attr)
h.__dict__["attr"] = "from instance"
print(h.attr)
class DataDesc:
    def __get__(self, obj, t=None):
        return "data descriptor wins"
    def __set__(self, obj, v):
        pass
class Holder2:
    attr = DataDesc()
h2 = Holder2()
h2.__dict__["attr"] = "instance"
print(h2.attr)
class CountAccess:
    def __set_name__(self, owner, name):
        self.name = name
        self.count = 0
    def __get__(self, obj, t=None):
        self.count += 1
        return self.count
class Q:
    hits = CountAccess()
q = Q()
print(q.hits, q.hits, Q.hits, Q.__dict__["hits"].name)
class Method:
    def __init__(self, f):
        self.f = f
    def __get__(self, obj, t=None):
        if obj is None:
            return self
        return lambda *a: self.f(obj, *a)
class UsesMethod:
    def __init__(self, v):
        self.v = v
    @Method
    def show(self, suffix):
        return f"{self.v}{suffix}"
print(UsesMethod(7).show("!"))
