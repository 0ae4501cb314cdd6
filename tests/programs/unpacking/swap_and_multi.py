# Swapping, chained assignment, multiple targets, evaluation order of targets.
a, b = 1, 2
a, b = b, a
print(a, b)
a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
x = y = z = []
x.append(1)
print(x, y, z, x is z)
i = 0
lst = [10, 20, 30]
i, lst[i] = 1, 99
print(i, lst)
fib = [0, 1]
p, q = 0, 1
for _ in range(10):
    p, q = q, p + q
    fib.append(q)
print(fib)
arr = [5, 3, 8, 1]
arr[0], arr[3] = arr[3], arr[0]
print(arr)
d = {}
d["a"], d["b"] = "AB"
print(d)
class O:
    pass
o = O()
o.x, o.y = range(2)
print(o.x, o.y)
s = t = "shared"
t += "!"
print(s, t)
m = n = 0
m += 1
print(m, n)
(lst[0], lst[1]), lst[2] = (7, 8), 9
print(lst)
