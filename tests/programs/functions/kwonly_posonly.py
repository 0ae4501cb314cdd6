# Keyword-only and positional-only parameters.
def f(a, b, /, c, *, d, e=5):
    return (a, b, c, d, e)
print(f(1, 2, 3, d=4), f(1, 2, c=3, d=4, e=6))
for call in [lambda: f(1, b=2, c=3, d=4), lambda: f(1, 2, 3, 4), lambda: f(1, 2, 3)]:
    try:
        call()
    except TypeError as e:
        print("TypeError", e)
def g(x, /, **kw):
    return x, kw
print(g(1, x=2))
def h(*, key):
    return key
print(h(key="k"))
try:
    h("k")
except TypeError as e:
    print("TypeError", e)
def clamp(value, /, lo=0, hi=10):
    return max(lo, min(hi, value))
print(clamp(15), clamp(-3), clamp(5, hi=4), clamp(7, 8, 9))
print(f.__kwdefaults__, f.__defaults__)
def sorter(items, *, key=None, reverse=False):
    return sorted(items, key=key, reverse=reverse)
print(sorter([3, 1, 2]), sorter(["bb", "a", "ccc"], key=len, reverse=True))
