# from package import name: a submodule is imported when the package has no such attribute; an
# import failing inside that submodule is reported as itself, not as "cannot import name".
from pkgfail import good
print(good.VALUE)
try:
    from pkgfail import bad
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    from pkgfail import missing
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0], e.name)
