# All list methods.
a = [3, 1, 4, 1, 5, 9, 2, 6]
a.append(5)
print(a, len(a))
a.extend([3, 5])
a.extend(range(2))
a.extend("ab")
print(a)
a.insert(0, "first")
a.insert(-1, "before-last")
a.insert(100, "end")
a.insert(-100, "start")
print(a)
print(a.pop(), a.pop(0), a.pop(3), a)
a.remove(1)
print(a, a.index(5), a.index(5, 5), a.count(5), a.count(42))
try:
    a.remove(42)
except ValueError as e:
    print("ValueError", e)
try:
    a.index(42)
except ValueError as e:
    print("ValueError", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError", e)
b = [x for x in a if isinstance(x, int)]
b.sort()
print(b)
b.reverse()
print(b)
c = b.copy()
c.clear()
print(b, c, b * 2, [0] * 5, b + c + [1])
b += [100]
b *= 2
print(b)
print(list(), list("xyz"), list(range(3)), list((1, 2)), list({1: 2, 3: 4}))
x = [1, 2]
y = x
y += [3]
print(x, x is y)
y = y + [4]
print(x, y, x is y)
