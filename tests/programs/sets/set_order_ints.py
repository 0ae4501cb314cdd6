# Iteration order of small-int sets (mirrors CPython's hash table layout for ints).
print({5, 3, 1}, {100, 1, 50}, {8, 16, 0}, {-1, -2, 3})
s = set()
for i in [17, 3, 33, 9, 1]:
    s.add(i)
print(s, list(s))
s.discard(3)
s.add(40)
print(s)
t = set(range(20, 0, -3))
print(t)
print({i for i in range(40) if i % 7 == 0}, {32, 64, 0, 8})
