# Dict comprehensions and ** unpacking.
squares = {n: n * n for n in range(8)}
print(squares)
print({k: v for k, v in squares.items() if v % 2 == 0})
words = ["alpha", "beta", "gamma", "delta", "epsilon"]
print({w: len(w) for w in words}, {w[0]: w for w in words}, {len(w): w for w in words})
print({(x, y): x * y for x in range(3) for y in range(3) if x <= y})
base = {"host": "localhost", "port": 80}
override = {"port": 8080, "debug": True}
print({**base, **override}, {**override, **base}, {**base, "port": 1, **{"x": 0}})
def f(**kw):
    return kw
print(f(**base), f(**base, extra=1), f(**{"a": 1}, **{"b": 2}))
try:
    f(**base, port=1)
except TypeError as e:
    print("TypeError", e)
print(dict(**base), dict(base, **{"port": 443}))
matrix = {r: {c: r * c for c in range(1, 4)} for r in range(1, 4)}
print(matrix, matrix[2][3])
print({v: k for k, v in enumerate("abcde")})
