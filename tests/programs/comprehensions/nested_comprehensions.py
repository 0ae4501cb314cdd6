# Deeply nested comprehensions: matrices, cartesian products, grouping.
n = 4
identity = [[1 if i == j else 0 for j in range(n)] for i in range(n)]
for row in identity:
    print(row)
mult = [[i * j for j in range(1, n + 1)] for i in range(1, n + 1)]
print(mult)
print([[mult[j][i] for j in range(n)] for i in range(n)] == mult)
cube = [[[i + j + k for k in range(2)] for j in range(2)] for i in range(2)]
print(cube)
print([v for plane in cube for row in plane for v in row])
suits = "SHDC"
ranks = ["A", "K", "Q"]
deck = [r + s for s in suits for r in ranks]
print(deck, len(deck))
groups = {k: [w for w in ["ant", "bee", "bat", "cat", "ape", "cow"] if w[0] == k] for k in "abc"}
print(groups)
pascal = [[1]]
for _ in range(6):
    pascal.append([a + b for a, b in zip([0] + pascal[-1], pascal[-1] + [0])])
print(pascal[-1], [sum(r) for r in pascal])
print({i: {j: i * j for j in range(i)} for i in range(4)})
print(sorted({frozenset({a, b}) for a in range(3) for b in range(3) if a != b}, key=sorted))
