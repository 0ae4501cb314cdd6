# Counting, grouping, and inverting with plain dicts.
text = """it was the best of times it was the worst of times it was the age of wisdom
it was the age of foolishness it was the epoch of belief it was the epoch of incredulity"""
freq = {}
for w in text.split():
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))
for w, c in top[:8]:
    print(f"{w:<12}{c:>3} {'*' * c}")
by_len = {}
for w in freq:
    by_len.setdefault(len(w), []).append(w)
for n in sorted(by_len):
    print(n, sorted(by_len[n]))
letters = {}
for ch in text:
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
print(sorted(letters.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
by_count = {}
for w, c in freq.items():
    by_count.setdefault(c, set()).add(w)
print({c: sorted(ws) for c, ws in sorted(by_count.items())})
index = {}
for lineno, line in enumerate(text.splitlines(), 1):
    for pos, w in enumerate(line.split()):
        index.setdefault(w, []).append((lineno, pos))
print(index["age"], index["epoch"], index["it"][:3])
