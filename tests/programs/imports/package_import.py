# Packages with __init__, submodules, relative imports (., .., from . import x).
import pkg
print("version", pkg.version(), pkg.VERSION)
from pkg import Square, area_of
from pkg.shapes import describe
import pkg.util.text
from pkg.util import shout, SEPARATOR
shapes = [Square(2), Square(3)]
print(shapes, area_of(shapes))
print(describe(Square(4)))
print(shout("quiet"), repr(SEPARATOR), pkg.util.text.banner("x", "#"))
print(pkg.__name__, pkg.shapes.__name__, pkg.util.__name__, pkg.util.text.__package__)
print(pkg.constants.LIMITS, "pkg.constants" in __import__("sys").modules)
print(sorted(n for n in dir(pkg) if not n.startswith("__")))
