# Metaclass basics: type() creation, custom metaclass __new__/__init__/__call__, class registry.
def init(self, v):
    self.v = v
Dynamic = type("Dynamic", (object,), {"__init__": init, "double": lambda self: self.v * 2, "tag": "dyn"})
d = Dynamic(21)
print(Dynamic.__name__, d.double(), d.tag, type(Dynamic).__name__, isinstance(Dynamic, type))
class Meta(type):
    registry = []
    def __new__(mcls, name, bases, ns):
        ns["created_by"] = mcls.__name__
        cls = super().__new__(mcls, name, bases, ns)
        mcls.registry.append(name)
        return cls
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        cls.upper_name = name.upper()
    def __call__(cls, *args):
        print(f"Meta.__call__ {cls.__name__}{args}")
        return super().__call__(*args)
class Base(metaclass=Meta):
    def __init__(self, x=0):
        self.x = x
class Child(Base):
    pass
c = Child(5)
print(c.x, Child.created_by, Child.upper_name, Meta.registry, type(Child).__name__, type(c).__name__)
class Singleton(type):
    _inst = {}
    def __call__(cls, *a):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a)
        return cls._inst[cls]
class Config(metaclass=Singleton):
    def __init__(self):
        self.values = {}
c1, c2 = Config(), Config()
c1.values["k"] = 1
print(c1 is c2, c2.values)
class Attrs(type):
    def __getattr__(cls, name):
        return f"class-level {name}"
class Magic(metaclass=Attrs):
    real = "real"
print(Magic.real, Magic.anything)
print(type(type), type(int), isinstance(int, type), issubclass(Meta, type))
class WithKw(type):
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        cls.options = kw
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
class Opt(metaclass=WithKw, debug=True, level=3):
    pass
print(Opt.options)
