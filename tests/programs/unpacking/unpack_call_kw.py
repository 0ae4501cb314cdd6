# Unpacking in calls: multiple * and **, ordering of keyword arguments, overriding errors.
def show(*args, **kwargs):
    return args, kwargs
print(show(*[1], 2, *(3, 4), k=5, **{"j": 6}, **{"i": 7}))
opts = {"sep": "/", "end": "!\n"}
print("a", "b", **opts)
print(*range(5), *"ab", sep=",")
def point(x, y, z=0):
    return f"({x}, {y}, {z})"
coords = [(1, 2), (3, 4, 5)]
print([point(*c) for c in coords], point(**{"x": 1, "y": 2}), point(*[1], **{"y": 9}))
try:
    point(*[1, 2], **{"x": 3})
except TypeError as e:
    print("TypeError", e)
try:
    show(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print("TypeError", e)
try:
    point(*5)
except TypeError as e:
    print("TypeError", e)
try:
    point(**[1])
except TypeError as e:
    print("TypeError", e)
