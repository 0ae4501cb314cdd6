# pass, ellipsis bodies, empty classes/functions, docstring-only bodies.
def nothing():
    pass
def ellipsis_body():
    ...
def doc_only():
    """Only a docstring."""
class Empty:
    pass
class EllipsisClass:
    ...
print(nothing(), ellipsis_body(), doc_only(), doc_only.__doc__)
print(Empty.__name__, EllipsisClass.__name__, ... is Ellipsis, repr(...), type(...).__name__)
for i in range(3):
    pass
print("loop var after pass loop", i)
if True:
    pass
else:
    print("no")
while False:
    pass
try:
    pass
except Exception:
    pass
finally:
    print("finally after pass")
x = [...]
print(x, x[0] is Ellipsis)
