# Integer loops: Collatz lengths, gcd, primes, digit sums.
def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
best = max(range(1, 3000), key=collatz)
print(best, collatz(best))
print([collatz(i) for i in range(1, 25)])
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
print(gcd(1071, 462), gcd(2 ** 40, 6 ** 20), gcd(0, 5), gcd(17, 0))
def lcm(a, b):
    return a // gcd(a, b) * b
acc = 1
for i in range(1, 31):
    acc = lcm(acc, i)
print(acc)
def sieve(n):
    is_p = [True] * (n + 1)
    is_p[0] = is_p[1] = False
    for i in range(2, int(n ** 0.5) + 1):
        if is_p[i]:
            for j in range(i * i, n + 1, i):
                is_p[j] = False
    return [i for i, p in enumerate(is_p) if p]
ps = sieve(500)
print(len(ps), ps[:20], ps[-5:])
def digits_sum(n):
    return sum(int(c) for c in str(n))
print(digits_sum(2 ** 1000), digits_sum(3 ** 500))
fib = [0, 1]
while len(fib) < 120:
    fib.append(fib[-1] + fib[-2])
print(fib[100], fib[119], len(str(fib[119])))
