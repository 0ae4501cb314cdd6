# int <-> float <-> bool conversions and numeric tower behaviour.
print(float(10), float(-3), float(2 ** 60), float(10 ** 20))
print(int(2.5), int(-2.5), int(1e15), int(-0.0))
print(10 / 4, 10 / 5, -9 / 2, 1 / 3, 2 ** 53 + 1, float(2 ** 53 + 1))
print(7 == 7.0, 7 < 7.5, 2 ** 53 + 1 == float(2 ** 53 + 1), 10 ** 20 == 1e20)
print(True + True, True * 10, False - 1, 3 + True)
print(int("  -0  "), -0, 0 == -0)
print((12).real, (12).imag, (12).numerator, (12).denominator, (12).conjugate())
print(isinstance(True, int), type(1 + 1.0).__name__, type(1 * True).__name__)
print(abs(-5), abs(5), abs(-(2 ** 90)), abs(-0))
print(max(3, 2.5), min(3, 2.5), max(-1, True), sorted([3, 1.5, True, 0, -2]))
print(int.__name__, (5).__class__.__name__)
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError", e)
print(float("1e400"), float("-1e400"))
print(2 ** 1000 / 2 ** 990)
try:
    print(2 ** 2000 / 3)
except OverflowError as e:
    print("OverflowError", e)
print((2 ** 2000) // 3 % 1000)
print(int.__add__(3, 4), (3).__mul__(5), (5).__rsub__(2))
