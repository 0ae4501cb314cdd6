# None: identity, repr, default returns, comparisons.
def f():
    pass
def g(x=None):
    if x is None:
        return "none given"
    return "got %r" % (x,)
print(f(), f() is None, g(), g(0), g(None), g(""))
print(repr(None), str(None), type(None).__name__, None == None, None is None, None != 0)
print([None] * 3, (None,), {None: None})
d = {"a": 1}
print(d.get("b"), d.get("b") is None, [].sort(), print("inner") is None)
try:
    None < 1
except TypeError as e:
    print("TypeError", e)
try:
    None + 1
except TypeError as e:
    print("TypeError", e)
try:
    None()
except TypeError as e:
    print("TypeError", e)
try:
    None.foo
except AttributeError as e:
    print("AttributeError", e)
vals = [3, None, 1, None, 2]
print(sorted(v for v in vals if v is not None), vals.count(None), vals.index(None))
print(sorted(vals, key=lambda v: (v is None, v or 0)))
print(bool(None), not None, None or "x", None and "x")
