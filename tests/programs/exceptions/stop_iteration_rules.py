# StopIteration inside generators becomes RuntimeError (PEP 479); manual iteration protocol.
def gen():
    yield 1
    raise StopIteration("inside generator")
g = gen()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__)
def gen_return():
    yield "a"
    return "the value"
g2 = gen_return()
print(next(g2))
try:
    next(g2)
except StopIteration as e:
    print("StopIteration value:", e.value, e.args)
it = iter([10, 20])
while True:
    try:
        x = next(it)
    except StopIteration:
        print("done")
        break
    print("got", x)
def uses_next(items):
    it = iter(items)
    first = next(it, None)
    rest = list(it)
    return first, rest
print(uses_next([]), uses_next([1, 2, 3]))
