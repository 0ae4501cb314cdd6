def counter(n):
    i = 0
    while i < n:
        received = yield i
        if received is not None:
            i = received
        else:
            i += 1
    return "finished"

g = counter(5)
print(next(g), next(g), g.send(3), next(g))
try:
    next(g)
except StopIteration as e:
    print("returned", e.value)

def delegate():
    result = yield from counter(3)
    print("sub returned", result)
    yield "after"

print(list(delegate()))

def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")

w = with_finally()
print(next(w))
w.close()

def thrower():
    try:
        yield 1
    except ValueError as e:
        print("got", e)
        yield 2

t = thrower()
print(next(t), t.throw(ValueError("boom")))
squares = (x * x for x in range(6) if x % 2)
print(sum(squares), list(x for x in "abc"))

def nested_yield():
    data = [1, (yield "first"), 3]
    print("data", data)
    yield {"k": (yield "second")}

n = nested_yield()
print(next(n), n.send(2), n.send("v"))
