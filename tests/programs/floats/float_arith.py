# Float arithmetic, integer interplay, comparisons.
a, b = 7.5, -2.0
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** 2, b ** 3, -a, +a, abs(b))
print(1 / 8, 3 / 4, 10 / 3, -10 / 3, 2 ** 0.5, 10 ** -3)
print(1e10 + 1, 1e16 + 1, 1e16 + 2, 0.5 + 0.25 + 0.125)
total = 0.0
for i in range(1, 101):
    total += 1 / i
print(total)
print(sum([0.1] * 10), sum([0.1] * 10) == 1.0)
print(3.0 == 3, 3.5 > 3, 0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9)
print(max(1.5, 2, -3.0), min([2.5, 1.25, 9.0]))
print(float.__name__, type(3 / 1).__name__, (2.5).is_integer(), (2.0).is_integer())
print((0.75).as_integer_ratio(), (0.1).as_integer_ratio(), (-2.5).as_integer_ratio())
print((3.75).hex(), float.fromhex("0x1.8p1"), (1.0).hex())
print((2.5).real, (2.5).imag, (2.5).conjugate())
try:
    print(1.0 / 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    print(1.0 // 0.0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    print(5.0 % 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
x = 1.0
for _ in range(60):
    x /= 2
print(x, x * 2 ** 60)
def newton_sqrt(n):
    g = n / 2
    for _ in range(30):
        g = (g + n / g) / 2
    return g
print([newton_sqrt(n) for n in (2, 9, 10, 1e6)])
