# Assignment expressions in while, if, comprehensions, and calls.
data = [3, 8, 1, 9, 4]
it = iter(data)
while (n := next(it, None)) is not None:
    print("read", n)
if (count := len(data)) > 3:
    print("long list of", count)
print([y for x in data if (y := x * 2) > 6])
stack = [1, 2, 3]
total = 0
while stack and (top := stack.pop()):
    total += top
print(total, top)
def f(x):
    return x * x
print([fx for x in range(6) if (fx := f(x)) % 2 == 0], fx)
text = "key1=val1;key2=val2;bad;key3=val3"
pairs = {}
for part in text.split(";"):
    if (i := part.find("=")) >= 0:
        pairs[part[:i]] = part[i + 1:]
print(pairs)
print((a := 5) + a, a)
print(max(vals := [4, 7, 1]), vals)
lines = ["first", "", "second"]
idx = 0
while (line := lines[idx] if idx < len(lines) else None) is not None:
    print(repr(line))
    idx += 1
