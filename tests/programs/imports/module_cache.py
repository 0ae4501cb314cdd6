# Modules execute once; sys.modules caching; importing inside functions; reloading by hand is not done.
import sys
import _helpers
import _helpers
def lazy():
    import _helpers as again
    return again is _helpers
print(lazy(), "_helpers" in sys.modules, sys.modules["_helpers"] is _helpers)
_helpers.calls = 100
import _helpers as third
print(third.calls)
def importer():
    from geometry.ops import unit
    return unit(3, 1)
print(importer(), "geometry" in sys.modules, "geometry.ops" in sys.modules)
mod = __import__("pkg.util.text", fromlist=["banner"])
print(mod.__name__, mod.shout("hi"))
top = __import__("pkg.util.text")
print(top.__name__)
try:
    from _helpers import does_not_exist
except ImportError as e:
    print("ImportError", e.name)
try:
    import pkg.nope
except ModuleNotFoundError as e:
    print("ModuleNotFoundError", e, e.name)
