# Loop idioms with range: triangles, tables, reverse counting, stepping.
for i in range(1, 6):
    print(" " * (5 - i) + "*" * (2 * i - 1))
for i in range(1, 10):
    print(" ".join(f"{i * j:2d}" for j in range(1, 10)))
for i in range(10, 0, -3):
    print(i, end=" ")
print()
total = 0
for i in range(0, 101, 5):
    total += i
print(total, sum(range(0, 101, 5)))
r = range(3)
print([(i, j) for i in r for j in r if i != j])
n = 0
for _ in range(1000):
    n += 1
print(n)
print(list(range(5))[::-1] == list(range(4, -1, -1)))
