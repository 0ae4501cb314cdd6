# while loops: counters, sentinels, convergence, digit manipulation.
n = 12345
digits = []
while n:
    n, d = divmod(n, 10)
    digits.append(d)
print(digits[::-1], sum(digits))
x = 1.0
steps = 0
while abs(x * x - 2) > 1e-12:
    x = (x + 2 / x) / 2
    steps += 1
print(x, steps)
a, b = 1071, 462
while b:
    a, b = b, a % b
print(a)
balance = 1000.0
years = 0
while balance < 2000:
    balance *= 1.07
    years += 1
print(years, round(balance, 2))
queue = list(range(1, 8))
out = []
k = 3
idx = 0
while queue:
    idx = (idx + k - 1) % len(queue)
    out.append(queue.pop(idx))
print("josephus order", out)
i = 10
while i > 0: i -= 3
print(i)
