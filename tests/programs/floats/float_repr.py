# Shortest round-trip float repr and str.
vals = [0.0, -0.0, 1.0, 0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15, 123456789.0, 1e22, 1e-5, 1e-4,
        0.0001234, 5e-324, 1.7976931348623157e308, 2.5, 100.0, 1e100, 3.14159, 12345678901234567890.0,
        9007199254740993.0, 0.3, 1.1 * 3, 4.35, 1e-7, 123e-20]
for v in vals:
    print(repr(v), str(v))
print(float("3.5"), float("  -2.25 "), float("1e3"), float(".5"), float("5."), float("1_000.5"))
print(float("inf"), float("-Infinity"), float("nan"), float("NaN"))
for s in ["abc", "1.2.3", "", "1e"]:
    try:
        float(s)
    except ValueError as e:
        print("ValueError", e)
print(0.1 + 0.7, 0.1 * 3, 1 - 0.9, 1e308 * 10, -1e308 * 10)
print([x / 10 for x in range(11)])
print([round(x * 0.1, 10) for x in range(11)])
