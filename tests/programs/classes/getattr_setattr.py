# __getattr__, __getattribute__, __setattr__, __delattr__ hooks.
class Record:
    def __init__(self, **fields):
        object.__setattr__(self, "_fields", dict(fields))
        object.__setattr__(self, "log", [])
    def __getattr__(self, name):
        self.log.append(f"getattr {name}")
        try:
            return self._fields[name]
        except KeyError:
            raise AttributeError(f"no field {name!r}") from None
    def __setattr__(self, name, value):
        self.log.append(f"setattr {name}")
        self._fields[name] = value
    def __delattr__(self, name):
        self.log.append(f"delattr {name}")
        del self._fields[name]
r = Record(a=1, b=2)
print(r.a, r.b)
r.c = 3
print(r.c, r._fields)
del r.a
try:
    r.a
except AttributeError as e:
    print("AttributeError", e)
print(hasattr(r, "b"), hasattr(r, "zzz"), getattr(r, "zzz", "default"))
print(r.log)
class Upper:
    def __init__(self):
        self.name = "value"
    def __getattribute__(self, name):
        v = object.__getattribute__(self, name)
        return v.upper() if isinstance(v, str) else v
u = Upper()
print(u.name, u.__dict__)
class Proxy:
    def __init__(self, target):
        self._target = target
    def __getattr__(self, name):
        attr = getattr(self._target, name)
        if callable(attr):
            def wrapped(*a):
                return f"proxied {name}: {attr(*a)}"
            return wrapped
        return attr
p = Proxy([3, 1, 2])
print(p.count(1), p.index(2), p.__class__.__name__)
class Frozen:
    def __init__(self, x):
        object.__setattr__(self, "x", x)
    def __setattr__(self, k, v):
        raise AttributeError(f"cannot set {k}")
f = Frozen(5)
try:
    f.x = 6
except AttributeError as e:
    print("AttributeError", e, f.x)
setattr(r, "dyn", 10)
print(getattr(r, "dyn"), vars(u), r.__dict__.keys() if False else sorted(vars(r)))
