# Tuples as records, return values, dict keys; nested tuple comparison.
def minmax(xs):
    return min(xs), max(xs)
lo, hi = minmax([3, 9, -2, 7])
print(lo, hi, minmax("hello"))
def divmod_all(pairs):
    return tuple(divmod(a, b) for a, b in pairs)
print(divmod_all([(17, 5), (100, 7), (-9, 4)]))
grid = {}
for x in range(3):
    for y in range(3):
        grid[(x, y)] = x * 3 + y
print(grid[(2, 1)], grid[1, 2], (1, 1) in grid, sorted(grid)[:4])
moves = [(0, 1), (1, 0), (0, -1), (-1, 0)]
pos = (0, 0)
path = [pos]
for i in range(8):
    dx, dy = moves[i % 4]
    pos = (pos[0] + dx * (i + 1), pos[1] + dy * (i + 1))
    path.append(pos)
print(path)
records = [("smith", "john", 42), ("doe", "jane", 35), ("smith", "anna", 29), ("doe", "john", 50)]
for last, first, age in sorted(records):
    print(f"{last:>6}, {first:<5} {age}")
print(sorted(records, key=lambda r: (r[0], -r[2])))
nested = ((1, (2, 3)), (1, (2, 4)), (0, (9, 9)))
print(sorted(nested), max(nested), nested[1][1][1])
a = (1, 2, 3)
b = a
a += (4,)
print(a, b, a is b)
print(tuple(x * 2 for x in a), tuple(zip("ab", (1, 2))), tuple(enumerate("xy")))
