# Set algebra with operators and methods.
a = {1, 2, 3, 4, 5}
b = {4, 5, 6, 7}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, [9]), a.intersection(b, {5}), a.difference([1], (2,)), a.symmetric_difference(range(3, 8)))
print(a.issubset(range(10)), {1, 2} <= a, {1, 2} < a, a <= a, a < a, a.issuperset({1}), a.isdisjoint({10}))
c = set(a)
c |= {10}
c &= set(range(0, 11, 2)) | {1}
print(c)
c -= {1}
c ^= {2, 3}
print(c)
c.update([20], (21,))
c.intersection_update(range(15))
print(c)
c.difference_update({3})
c.symmetric_difference_update({100, 4})
print(c)
try:
    a | [1]
except TypeError as e:
    print("TypeError", e)
evens = set(range(0, 30, 2))
threes = set(range(0, 30, 3))
print(sorted(evens & threes), sorted(evens - threes)[:5], len(evens | threes), len(evens ^ threes))
print(set() == set(), set() < {1}, {1} > set())
