# Generator expressions: laziness, consumption by builtins, nested, scoping of first iterable.
nums = [3, 1, 4, 1, 5, 9, 2, 6]
print(sum(x * x for x in nums), max(x % 5 for x in nums), min(-x for x in nums), any(x > 8 for x in nums))
print(all(x > 0 for x in nums), sorted(x for x in nums if x % 2), list(x for x in "abc"))
print(tuple(str(x) for x in range(4)), set(x % 3 for x in range(10)), dict((x, x * 2) for x in range(3)))
print(", ".join(f"{i}:{c}" for i, c in enumerate("xyz")))
log = []
def noisy(x):
    log.append(x)
    return x
g = (noisy(x) for x in range(5))
print(log)
print(next(g), next(g), log)
print(list(g), log)
pairs = ((x, y) for x in range(3) for y in range(3) if x != y)
print(list(pairs))
matrix = [[1, 2], [3, 4], [5, 6]]
print(sum(v for row in matrix for v in row), list(sum(r) for r in matrix))
data = [1, 2, 3]
g2 = (x * 10 for x in data)
data = [100]
print(list(g2))
gen_of_gens = ((i * j for j in range(3)) for i in range(3))
print([list(g) for g in gen_of_gens])
print(sum(1 for line in "a\nb\nc".splitlines() if line != "b"))
