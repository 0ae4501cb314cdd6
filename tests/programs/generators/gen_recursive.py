# Recursive generators: permutations, combinations, tree traversal, n-queens count.
def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i in range(len(items)):
        for rest in permutations(items[:i] + items[i + 1:]):
            yield [items[i]] + rest
print(["".join(p) for p in permutations("abc")], sum(1 for _ in permutations(list(range(6)))))
def combinations(items, k):
    if k == 0:
        yield []
        return
    for i in range(len(items)):
        for c in combinations(items[i + 1:], k - 1):
            yield [items[i]] + c
print(list(combinations([1, 2, 3, 4], 2)), len(list(combinations(list(range(10)), 4))))
def partitions(n, max_part=None):
    if max_part is None:
        max_part = n
    if n == 0:
        yield []
        return
    for p in range(min(n, max_part), 0, -1):
        for rest in partitions(n - p, p):
            yield [p] + rest
print(list(partitions(5)), sum(1 for _ in partitions(15)))
def queens(n, row=0, cols=(), d1=(), d2=()):
    if row == n:
        yield cols
        return
    for c in range(n):
        if c not in cols and row + c not in d1 and row - c not in d2:
            yield from queens(n, row + 1, cols + (c,), d1 + (row + c,), d2 + (row - c,))
print([sum(1 for _ in queens(n)) for n in range(1, 8)], next(queens(8)))
def inorder(t):
    if t:
        yield from inorder(t[0])
        yield t[1]
        yield from inorder(t[2])
def insert(t, v):
    if t is None:
        return (None, v, None)
    l, x, r = t
    return (insert(l, v), x, r) if v < x else (l, x, insert(r, v))
t = None
for v in [50, 30, 70, 20, 40, 60, 80, 35, 65]:
    t = insert(t, v)
print(list(inorder(t)))
