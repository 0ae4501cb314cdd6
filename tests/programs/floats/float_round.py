# Rounding floats, floor/ceil via int, truncation.
vals = [2.5, 3.5, -2.5, 0.125, 0.375, 1.23456, -1.23456, 2.675, 1e-10, 12345.6789]
for v in vals:
    print(v, round(v), round(v, 1), round(v, 3), round(v, -1), int(v))
def floor(x):
    i = int(x)
    return i - 1 if x < i else i
def ceil(x):
    i = int(x)
    return i + 1 if x > i else i
for v in (1.5, -1.5, 2.0, -2.0, 0.1, -0.1):
    print(v, floor(v), ceil(v), v // 1, -(-v // 1))
print(round(0.1 + 0.2, 15), round(1 / 7, 5))
print(sum(round(i / 3, 2) for i in range(10)))
