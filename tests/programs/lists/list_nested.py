# Nested lists, aliasing, shallow vs deep copy (manual).
grid = [[0] * 4 for _ in range(3)]
grid[1][2] = 7
print(grid)
bad = [[0] * 4] * 3
bad[1][2] = 7
print(bad, bad[0] is bad[1])
def deep_copy(x):
    if isinstance(x, list):
        return [deep_copy(v) for v in x]
    return x
orig = [1, [2, [3, 4]], 5]
shallow = orig[:]
deep = deep_copy(orig)
orig[1][1][0] = "X"
print(orig, shallow, deep)
def flatten(x):
    out = []
    for v in x:
        if isinstance(v, list):
            out.extend(flatten(v))
        else:
            out.append(v)
    return out
print(flatten([1, [2, [3, [4, [5]]]], [], [[6, 7]], 8]))
def transpose(m):
    return [list(r) for r in zip(*m)]
m = [[1, 2, 3], [4, 5, 6]]
print(transpose(m), transpose(transpose(m)) == m)
def matmul(a, b):
    return [[sum(x * y for x, y in zip(r, c)) for c in zip(*b)] for r in a]
print(matmul([[1, 2], [3, 4]], [[5, 6], [7, 8]]))
ident = [[int(i == j) for j in range(3)] for i in range(3)]
print(matmul(ident, [[1, 2, 3], [4, 5, 6], [7, 8, 9]]))
cyc = [1, 2]
cyc.append(cyc)
print(cyc, len(cyc), cyc[2][2][0])
print([[1, 2], [3]] == [[1, 2], [3]], [[1]] < [[1, 0]], [1, [2, 3]] != [1, [2, 4]])
