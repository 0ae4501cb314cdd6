import pkgdemo
from pkgdemo import greet, VERSION
import pkgdemo.sub.helpers as h
from pkgdemo.sub import MARK
print(greet("bob"), VERSION, h.shout("x"), MARK, pkgdemo.core.__name__)
import sys
print("pkgdemo" in sys.modules, "pkgdemo.sub.helpers" in sys.modules)
try:
    import no_such_module
except ImportError as e:
    print(type(e).__name__, e)
try:
    from pkgdemo import missing_name
except ImportError as e:
    print(str(e).split(" (")[0])
