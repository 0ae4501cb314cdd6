# yield from: delegation, return values, nested generators, flattening.
def inner():
    yield 1
    yield 2
    return "inner-result"
def outer():
    result = yield from inner()
    print("inner returned", result)
    yield 3
    return "outer-result"
g = outer()
print(list(g))
def driver():
    r = yield from outer()
    yield f"final: {r}"
print(list(driver()))
def flatten(x):
    if isinstance(x, (list, tuple)):
        for item in x:
            yield from flatten(item)
    else:
        yield x
print(list(flatten([1, [2, (3, [4, 5])], [[[6]]], 7])))
def tree(depth, prefix=""):
    yield prefix or "root"
    if depth:
        for c in "ab":
            yield from tree(depth - 1, prefix + c)
print(list(tree(2)))
def from_iterables():
    yield from range(3)
    yield from [10, 11]
    yield from {"k": 1}
    yield from "xy"
    yield from (i * i for i in range(3))
print(list(from_iterables()))
def accumulate():
    total = 0
    while True:
        v = yield
        if v is None:
            return total
        total += v
def collect(results):
    while True:
        r = yield from accumulate()
        results.append(r)
res = []
c = collect(res)
next(c)
for v in [1, 2, 3, None, 10, 20, None]:
    c.send(v)
print(res)
