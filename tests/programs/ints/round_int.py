# round() on ints and floats, banker's rounding, negative ndigits.
for x in (0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 2.675, 1.005, 0.125, 0.375):
    print(x, round(x), round(x, 1), round(x, 2))
for n in (1234, 1250, 1350, -1250, 15, 25, 35, 12345678):
    print(n, round(n), round(n, -1), round(n, -2), round(n, -3), round(n, 2))
print(type(round(2.5)), type(round(2.5, 0)), type(round(7, -1)))
print(round(123.456, -1), round(123.456, -2), round(-123.456, 1))
print(round(1e20), round(2 ** 70 + 1, -10))
