# Copying lists: slicing, list(), copy(), * repetition aliasing, comparisons by value vs identity.
a = [1, [2, 3], "s"]
copies = [a[:], list(a), a.copy(), [*a], [x for x in a]]
for c in copies:
    print(c == a, c is a, c[1] is a[1])
a[1].append(4)
a[0] = 100
print(copies[0], a)
rows = [[0] * 2] * 3
rows[0][0] = 9
print(rows)
rows = [[0] * 2 for _ in range(3)]
rows[0][0] = 9
print(rows)
x = [1, 2, 3]
y = x
x = x + [4]
print(x, y)
x = y
x += [5]
print(x, y, x is y)
nested = [[1, 2], [3, 4]]
clone = [row[:] for row in nested]
clone[0][0] = -1
print(nested, clone)
print([] == [], [] is [], [1, 2] == [1, 2.0], [[]] * 3, len([[]] * 3))
