# A small statistics routine over floats.
data = [2.5, 3.75, 1.0, 9.125, 4.0, 6.5, 3.75, 8.0, 0.5, 7.25]
n = len(data)
mean = sum(data) / n
var = sum((x - mean) ** 2 for x in data) / (n - 1)
sd = var ** 0.5
s = sorted(data)
median = (s[n // 2 - 1] + s[n // 2]) / 2 if n % 2 == 0 else s[n // 2]
print("n=%d mean=%.4f var=%.4f sd=%.4f median=%s" % (n, mean, var, sd, median))
print("min=%s max=%s range=%s" % (min(data), max(data), max(data) - min(data)))
z = [(x - mean) / sd for x in data]
print([round(v, 3) for v in z])
xs = [1.0, 2.0, 3.0, 4.0, 5.0]
ys = [2.1, 3.9, 6.2, 7.8, 10.1]
mx = sum(xs) / len(xs)
my = sum(ys) / len(ys)
slope = sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs)
icpt = my - slope * mx
print("slope=%.6f intercept=%.6f" % (slope, icpt))
for x in xs:
    print(x, round(slope * x + icpt, 4))
buckets = [0] * 5
for v in data:
    buckets[min(int(v // 2), 4)] += 1
for i, c in enumerate(buckets):
    print("%4.1f-%4.1f %s" % (i * 2, i * 2 + 2, "#" * c))
