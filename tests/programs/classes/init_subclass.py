# __init_subclass__ hooks, keyword arguments in class statements, plugin registries.
class Plugin:
    plugins = {}
    def __init_subclass__(cls, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        key = name or cls.__name__.lower()
        Plugin.plugins[key] = cls
        print("registered", key)
class CSV(Plugin, name="csv"):
    pass
class Json(Plugin):
    pass
class Pretty(Json, name="pretty-json"):
    pass
print(sorted(Plugin.plugins), Plugin.plugins["pretty-json"].__name__)
class Validated:
    required = ()
    def __init_subclass__(cls, **kw):
        for r in cls.required:
            if not hasattr(cls, r):
                raise TypeError(f"{cls.__name__} lacks {r}")
class Good(Validated):
    required = ("run",)
    def run(self):
        return "ran"
print(Good().run())
try:
    class BadOne(Validated):
        required = ("run",)
except TypeError as e:
    print("TypeError", e)
class Counted:
    subclasses = 0
    def __init_subclass__(cls):
        Counted.subclasses += 1
        cls.serial = Counted.subclasses
class A(Counted): pass
class B(Counted): pass
class C(A): pass
print(A.serial, B.serial, C.serial, Counted.subclasses)
try:
    class Unexpected(Counted, flag=1):
        pass
except TypeError as e:
    print("TypeError", e)
