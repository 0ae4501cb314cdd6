# Edge cases: empty iterables, conditions with side effects, strings, nested filters, large ranges.
print([x for x in []], {x for x in ()}, {k: v for k, v in {}.items()}, list(x for x in ""))
calls = []
def cond(x):
    calls.append(x)
    return x % 2 == 0
print([x for x in range(6) if cond(x)], calls)
print([c for c in "Hello World" if c.isupper()], "".join([c for c in "a1b2c3" if not c.isdigit()]))
print([x for x in range(50) if x % 2 if x % 3 if x % 5])
print(len([x for x in range(100000) if x % 7 == 3]))
print([[]for _ in range(2)], [() for _ in "ab"])
print([x if x else "zero" for x in [0, 1, 0, 2]])
print({x: y for x, y in zip("abc", "abc"[::-1])})
print([y for x in [[1, 2], [3]] for y in x if y != 2])
