# Set comprehensions and de-duplication of ints.
nums = [4, 8, 15, 16, 23, 42, 4, 8]
print({n % 10 for n in nums}, sorted({n // 2 for n in nums}), len({*nums}))
print({*range(3), *[5, 6], 9}, set(x for x in range(10) if x % 4 == 1))
sq = {x * x for x in range(10)}
cube = {x ** 3 for x in range(10)}
print(sorted(sq & cube), sorted(sq - cube)[:4])
pyth = {(a, b, c) for a in range(1, 21) for b in range(a, 21) for c in range(b, 30) if a * a + b * b == c * c}
print(sorted(pyth))
divisors = {n: {d for d in range(1, n + 1) if n % d == 0} for n in range(1, 13)}
print({n: sorted(ds) for n, ds in divisors.items() if len(ds) == 2})
perfect = [n for n in range(2, 500) if sum({d for d in range(1, n) if n % d == 0}) == n]
print(perfect)
