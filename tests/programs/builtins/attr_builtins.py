# getattr/setattr/hasattr/delattr, vars, dir on user classes.
class Config:
    defaults = {"mode": "fast"}
    def __init__(self):
        self.name = "cfg"
        self.level = 3
    def method(self):
        return "m"
c = Config()
print(getattr(c, "name"), getattr(c, "missing", None), getattr(c, "defaults"), getattr(Config, "method")(c))
setattr(c, "level", 5)
setattr(c, "new_attr", [1])
print(c.level, c.new_attr, hasattr(c, "new_attr"), hasattr(c, "nope"), hasattr(Config, "method"))
delattr(c, "new_attr")
print(hasattr(c, "new_attr"), vars(c), sorted(vars(c)))
try:
    getattr(c, "nope")
except AttributeError as e:
    print("AttributeError", e)
try:
    delattr(c, "nope")
except AttributeError as e:
    print("AttributeError", e)
try:
    getattr(c, 5)
except TypeError as e:
    print("TypeError", e)
print([n for n in dir(c) if not n.startswith("__")])
print([n for n in dir(Config) if not n.startswith("__")])
class Child(Config):
    extra = True
    def child_method(self):
        pass
print([n for n in dir(Child()) if not n.startswith("__")])
print("__init__" in dir(Config), "__class__" in dir(c), "name" in dir(c), "name" in dir(Config))
fields = ["name", "level"]
print({f: getattr(c, f) for f in fields})
for f in fields:
    setattr(c, f, getattr(c, f) * 2)
print(vars(c))
print(sorted(k for k in vars(Config) if not k.startswith("__")))
import sys
print(getattr(sys, "maxsize") > 2 ** 31, hasattr(sys, "argv"))
