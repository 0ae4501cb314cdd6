# Exponentiation: int, negative exponents (float), three-argument pow.
for b in range(-3, 4):
    print(b, [b ** e for e in range(0, 6)])
print(2 ** -1, 2 ** -3, (-2) ** -2, 10 ** -2)
print(pow(2, 10), pow(2, 10, 1000), pow(3, 200, 10 ** 9 + 7))
print(pow(-3, 3, 7), pow(3, -1, 7), pow(5, -2, 13))
print(pow(2.0, 0.5), 4 ** 0.5, 8 ** (1 / 3))
print(0 ** 0, 0.0 ** 0, 1 ** 1000)
print(7 ** 77)
print((-7) ** 77)
print(2 ** 3 ** 2, (2 ** 3) ** 2, -2 ** 2, (-2) ** 2)
x = 3
x **= 4
print(x)
def modexp(b, e, m):
    r = 1
    b %= m
    while e:
        if e & 1:
            r = r * b % m
        b = b * b % m
        e >>= 1
    return r
for b, e, m in [(2, 100, 97), (123456789, 987654321, 1000000007), (7, 0, 13), (10, 30, 2 ** 61 - 1)]:
    print(b, e, m, modexp(b, e, m), pow(b, e, m), modexp(b, e, m) == pow(b, e, m))
