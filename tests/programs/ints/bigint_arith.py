# Big integer arithmetic: products, powers, factorials, mixed signs.
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r

for n in (0, 1, 5, 20, 21, 30, 50):
    print(n, fact(n))

a = 2 ** 100
b = 3 ** 70
print(a, b)
print(a + b, a - b, b - a)
print(a * b)
print(a * -b, -a * -b)
print(a // 7, a % 7, -a // 7, -a % 7)
print(b // -1000000007, b % -1000000007)
print(divmod(a, b), divmod(b, a))
print(divmod(-b, 12345678901234567890))
print(2 ** 64 - 1, 2 ** 63, -(2 ** 63), -(2 ** 63) - 1)
x = 9223372036854775807
print(x + 1, x * 2, -x - 2, x * x)
print((x + 1) // 2 == 2 ** 62)
print(abs(-a), -(-a) == a)
m = 1
for i in range(1, 40):
    m = m * 31 + i
print(m, m % 1000000007, m.bit_length())
print(fact(60) // fact(58), fact(40) // (fact(20) * fact(20)))
print(10 ** 30 // 10 ** 29, 10 ** 30 % 999)
print(sum(range(10 ** 6)), sum(i * i for i in range(1000)))
print((1 << 200) >> 190, (1 << 200) >> 300, -(1 << 200) >> 199)
