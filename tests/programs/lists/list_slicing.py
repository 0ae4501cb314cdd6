# Slicing, slice assignment (incl. extended slices), slice deletion.
base = list(range(10))
print(base[2:5], base[:3], base[7:], base[::2], base[::-1], base[-3:], base[1:-1:3], base[8:2:-2])
a = base[:]
a[2:5] = ["a", "b"]
print(a)
a[1:1] = [100, 200, 300]
print(a)
a[:] = a[::-1]
print(a)
a[-2:] = []
print(a)
a = base[:]
a[::2] = "ABCDE"
print(a)
a[1::3] = [None] * len(a[1::3])
print(a)
try:
    a[::2] = [1, 2]
except ValueError as e:
    print("ValueError", e)
a = base[:]
del a[::3]
print(a)
del a[1:3]
print(a)
del a[-1]
print(a)
del a[:]
print(a)
a = base[:]
a[len(a):] = [10, 11]
a[:0] = [-1]
print(a)
a[3:6] = range(2)
print(a)
a[2:4] = (x * x for x in range(4))
print(a)
s = slice(1, 8, 2)
print(base[s], s.start, s.stop, s.step, s.indices(5), slice(None, None, -1).indices(4))
m = [[0] * 3 for _ in range(3)]
m[1][1:] = [5, 6]
print(m)
