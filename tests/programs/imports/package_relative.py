# Relative imports inside a package executed through absolute imports; module attributes.
from pkg.util import text
from pkg import constants as c
import pkg.shapes as shapes
print(text.banner("relative ok", "="))
print(c.SEPARATOR.join(["a", "b", "c"]), c.LIMITS["max"])
print(shapes.describe(shapes.Square(5)))
print(shapes.banner is text.banner, shapes.Square.__module__)
