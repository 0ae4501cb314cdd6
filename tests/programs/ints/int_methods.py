# int methods and compare/ordering semantics.
print((255).bit_length(), (-255).bit_length(), (0).bit_length())
print((10).bit_count(), (-10).bit_count())
print((42).as_integer_ratio(), (7).numerator, (7).denominator)
print(sorted([5, -3, 10 ** 20, -(10 ** 20), 0, 7]))
print(5 < 10 ** 30, -(10 ** 30) < -5, 10 ** 30 == 10 ** 30, 10 ** 30 != 10 ** 30 + 1)
print(1 < 2 < 3, 3 > 2 > 2, 1 == 1.0 == True)
print(int("101", 2) + int("17", 8) + int("1f", 16))
n = 0
for i in range(100):
    n += i * (-1) ** i
print(n)
print(hash(0), hash(1), hash(-1), hash(-2), hash(2 ** 61 - 1), hash(2 ** 61), hash(10 ** 30))
print(hash(True), hash(1.0), hash(2.5), hash(-0.0))
