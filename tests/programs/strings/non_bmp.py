"""Strings with characters outside the Basic Multilingual Plane: len, indexing, slicing and
search positions count code points, not UTF-16 units."""

s = "a\U0001F600b"
print(len(s), s[1], s[2], s[-1], s[1:2], list(s), s.find("b"), s[::-1], ord(s[1]))
for c in s:
    print(repr(c), len(c))
print(s.index("b"), s.upper(), "x\U0001F600y".split("\U0001F600"), s.center(7, "*"), s.encode())
print(chr(0x1F600) == s[1], len(chr(0x1F600)), hex(ord(chr(0x10FFFF))))

# long strings (the BMP check is cached for these)
t = "\U0001F600" * 40 + "abc" + "\u00e9\U0001F600" * 30
print(len(t), t[40:43], t[-1], t[41], t.find("c"), t.rfind("\u00e9"), t.count("\U0001F600"))
print(t.count("\U0001F600", 10, 50), t.count(""), t.index("b", 5))
print(t[::7], t[100:3:-9])
print("ab".center(6, "\U0001F600"), "\U0001F600".rjust(3, "x"))
for i in range(len(t) - 3, len(t)):
    print(i, t[i], end="; ")
print()

print("\U0001F600\U0001F600ab".startswith("a", 2), "\U0001F600\U0001F600ab".endswith("a", 0, 3))
print("\U0001F600\U0001F600ab".startswith(("x", "b"), 3), "\U0001F600a".startswith("", 5))
print("\U0001F600a".startswith("", 2), "\U0001F600ab".endswith("b", 1, 0))
print([i for i, c in enumerate("a\U0001F600b") if c == "b"])
print(sorted(["\U0001F600", "\uffff", "a"]), max("a\U0001F600\uffff") == "\U0001F600")

try:
    ord("ab\U0001F600")
except TypeError as e:
    print(e)
try:
    t[200]
except IndexError as e:
    print(e)
print("a\tb😀\tc".expandtabs(4))
print("😀".zfill(3), "-😀".zfill(4), list(reversed("a😀b")), "😀ab"[1:], "x😀"[-1:])
