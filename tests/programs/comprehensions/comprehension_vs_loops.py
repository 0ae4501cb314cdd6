# Comprehensions produce the same results as explicit loops.
data = [("alice", 88), ("bob", 72), ("carol", 95), ("dave", 60), ("eve", 79)]
loop = []
for name, score in data:
    if score >= 75:
        loop.append(name.title())
comp = [name.title() for name, score in data if score >= 75]
print(loop, comp, loop == comp)
grades = {name: ("A" if s >= 90 else "B" if s >= 80 else "C" if s >= 70 else "D") for name, s in data}
print(grades)
inverse = {}
for n, g in grades.items():
    inverse.setdefault(g, []).append(n)
print(inverse, {g: sorted(n for n, gg in grades.items() if gg == g) for g in sorted(set(grades.values()))})
avg = sum(s for _, s in data) / len(data)
print(round(avg, 2), [n for n, s in data if s > avg])
chars = [c for word in ["hi", "there"] for c in word]
loop_chars = []
for word in ["hi", "there"]:
    for c in word:
        loop_chars.append(c)
print(chars == loop_chars, "".join(chars))
