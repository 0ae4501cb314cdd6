# List comprehensions: filters, nesting, multiple for clauses, scoping.
print([x * x for x in range(10)])
print([x for x in range(30) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([[i * j for j in range(1, 5)] for i in range(1, 5)])
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for i in range(3) for row in matrix])
print([[row[i] for row in matrix] for i in range(3)])
print([v for row in matrix for v in row if v % 2])
print(["even" if x % 2 == 0 else "odd" for x in range(5)])
x = "outer"
print([x for x in "abc"], x)
print([c.upper() for c in "hello" if c not in "aeiou"])
words = ["apple", "bob", "kayak", "level", "python"]
print([w for w in words if w == w[::-1]], [len(w) for w in words])
print([(i, w) for i, w in enumerate(words) if i % 2 == 0])
funcs = [lambda n, k=k: n + k for k in range(3)]
print([f(10) for f in funcs])
print([[y for y in range(x)] for x in range(4)])
print(sum([[1, 2], [3], []], []), [a + b for a, b in zip([1, 2, 3], [10, 20, 30])])
print([n for n in range(2, 50) if all(n % d for d in range(2, int(n ** 0.5) + 1))])
