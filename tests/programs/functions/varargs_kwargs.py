# *args and **kwargs, call-site unpacking.
def show(*args, **kwargs):
    return f"args={args} kwargs={kwargs}"
print(show())
print(show(1, 2, 3))
print(show(a=1, b=2))
print(show(1, *[2, 3], *(4,), x=5, **{"y": 6}, z=7))
def total(first, *rest):
    return first + sum(rest)
print(total(1), total(1, 2, 3), total(*range(10)))
def config(name, **opts):
    parts = [name] + [f"{k}={v}" for k, v in opts.items()]
    return ";".join(parts)
print(config("db", host="h", port=5), config(**{"name": "x", "debug": True}))
def mixed(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)
print(mixed(1, c=3))
print(mixed(1, 9, 8, 7, c=3, e=5))
print(mixed(*[1, 2, 3], **{"c": 0, "d": 1, "z": 2}))
def wrapper(*a, **k):
    return show(*a, **k)
print(wrapper(1, k=2))
args = (1, 2)
kwargs = {"sep": "-", "end": "|\n"}
print(*args, **kwargs)
print(*"abc", sep=",")
try:
    total()
except TypeError as e:
    print("TypeError", e)
try:
    show(**{1: 2})
except TypeError as e:
    print("TypeError", e)
