# String indexing and slicing with all kinds of bounds and steps.
s = "Hello, World!"
print(s[0], s[-1], s[7], s[-6], len(s))
print(s[:5], s[7:], s[-6:-1], s[::2], s[1::3], s[::-1], s[-1:-6:-1], s[5:2], s[100:], s[:100])
print(s[2:10:3], s[10:2:-2], s[::-3], s[-100:100], s[3:-3])
for i in range(-len(s), len(s), 3):
    print(i, s[i], s[i:], s[:i])
try:
    s[20]
except IndexError as e:
    print("IndexError", e)
try:
    s[0] = "h"
except TypeError as e:
    print("TypeError", e)
alpha = "abcdefghijklmnopqrstuvwxyz"
print(alpha[slice(3, 9)], alpha[slice(None, None, 5)], alpha[slice(-3, None)])
print([alpha[i:i + 5] for i in range(0, 26, 5)])
print("".join(alpha[i] for i in range(25, -1, -4)))
word = "racecar"
print(word == word[::-1], "python"[::-1], "ab" * 3, 3 * "xy", "-" * 0)
print(s.__getitem__(4), s.__len__(), "o" in s, "xyz" not in s, "" in s)
