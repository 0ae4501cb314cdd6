# Mixing comprehensions with generators, zip, enumerate, and unpacking targets.
pairs = [(1, "one"), (2, "two"), (3, "three")]
print({n: w for n, w in pairs}, [w * n for n, w in pairs], [(w, n) for n, w in reversed(pairs)])
print([i * c for i, c in enumerate("abc", 1)])
print([a + b for a, b in zip([1, 2, 3], [10, 20, 30])])
print([f"{k}={v}" for k, v in sorted({"b": 2, "a": 1}.items())])
print([(a, b, c) for a, (b, c) in [(1, (2, 3)), (4, (5, 6))]])
print([first for first, *rest in [[1, 2, 3], [4], [5, 6]]], [rest for first, *rest in [[1, 2, 3], [4]]])
def squares(n):
    for i in range(n):
        yield i * i
print([s for s in squares(6) if s % 2 == 0], {s % 3 for s in squares(10)})
print(max((len(w), w) for w in "a bb ccc dd".split()), min((v, k) for k, v in {"x": 3, "y": 1}.items()))
