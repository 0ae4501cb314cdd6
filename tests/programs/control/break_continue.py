# break and continue in nested loops, with flags and try/finally.
matrix = [[1, 2, 3], [4, -5, 6], [7, 8, 9]]
found = None
for r, row in enumerate(matrix):
    for c, val in enumerate(row):
        if val < 0:
            found = (r, c)
            break
    if found:
        break
print("negative at", found)
total = 0
for row in matrix:
    for val in row:
        if val % 2 == 0:
            continue
        total += val
print("sum of odds", total)
n = 0
while True:
    n += 1
    if n % 2:
        continue
    if n > 10:
        break
    print("even", n)
log = []
for i in range(4):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        log.append(f"body{i}")
    finally:
        log.append(f"finally{i}")
print(log)
words = ["alpha", "skip", "beta", "stop", "gamma"]
for w in words:
    if w == "skip":
        continue
    if w == "stop":
        break
    print(w)
count = 0
for a in range(10):
    for b in range(10):
        for c in range(10):
            if a + b + c == 10:
                count += 1
            if c > a:
                break
print("count", count)
