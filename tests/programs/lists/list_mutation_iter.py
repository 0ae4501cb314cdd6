# Mutation patterns: in-place updates by index, filtering copies, list of lists accumulation.
scores = [55, 78, 92, 40, 66, 88]
for i in range(len(scores)):
    if scores[i] < 60:
        scores[i] += 10
print(scores)
scores = [s for s in scores if s >= 60]
print(scores)
buckets = [[] for _ in range(4)]
for n in range(20):
    buckets[n % 4].append(n)
print(buckets)
pairs = list(zip(*buckets))
print(pairs)
acc = []
for row in buckets:
    acc += row[::-1]
print(acc)
lst = list(range(10))
i = 0
while i < len(lst):
    if lst[i] % 3 == 0:
        del lst[i]
    else:
        lst[i] *= 10
        i += 1
print(lst)
a = [1, 2, 3]
a[1] = a
print(a)
a[1] = 2
a[0], a[2] = a[2], a[0]
print(a)
print(list(map(lambda x, y: x * y, [1, 2, 3], [4, 5, 6])), list(filter(None, [0, 1, "", "a", None, [], [0]])))
