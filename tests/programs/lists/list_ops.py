# Operators and builtins on lists: in, +, *, len, min/max, ==, <, reversed, enumerate.
a = [4, 8, 15, 16, 23, 42]
print(8 in a, 9 in a, 9 not in a, len(a), min(a), max(a), sum(a), a[len(a) // 2])
print(a + [1], [0] + a, a * 2 == a + a, [] * 10, [[]] * 2)
print(list(reversed(a)), a[::-1] == list(reversed(a)), list(enumerate(a, start=1))[:3])
print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 0], [2] > [1, 9, 9], [] < [0], [1, 2] == [1, 2.0])
it = iter(a)
print(next(it), next(it), list(it), list(it))
stack = []
for ch in "((a)(b(c)))":
    if ch == "(":
        stack.append(len(stack))
    elif ch == ")":
        print("close depth", stack.pop(), end=" ")
print()
queue = [1, 2, 3]
while queue:
    x = queue.pop(0)
    if x < 10:
        queue.append(x * 4)
    print(x, queue)
print(a.__len__(), a.__getitem__(2), a.__contains__(42), [].__class__.__name__)
try:
    a[10]
except IndexError as e:
    print("IndexError", e)
try:
    a["x"]
except TypeError as e:
    print("TypeError", e)
try:
    a + (1,)
except TypeError as e:
    print("TypeError", e)
