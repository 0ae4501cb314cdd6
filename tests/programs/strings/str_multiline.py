# Multi-line strings, dedenting manually, line-oriented processing.
poem = """\
    Roses are red,
      Violets are blue,
    Sugar is sweet,
    And so are you.
"""
lines = poem.splitlines()
indent = min(len(l) - len(l.lstrip()) for l in lines if l.strip())
for i, l in enumerate(lines, 1):
    print(f"{i:2}: {l[indent:]!r}")
print(len(poem), poem.count("\n"), poem.endswith("\n"), poem.split("\n")[-1] == "")
longest = max(lines, key=len)
print(longest.strip(), len(longest))
words = poem.split()
print(len(words), words[:4], sorted({w.strip(",.").lower() for w in words}))
out = "\n".join(l.strip().upper()[::-1] for l in lines)
print(out)
print("a\nb\n".split("\n"), "a\nb\n".splitlines(), "\n".join(["x", "y"]) + "\n", end="")
print("END")
