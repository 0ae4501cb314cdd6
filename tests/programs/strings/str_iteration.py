# Iterating strings: chars, enumerate, zip, reversed, counting without dicts ordering issues.
s = "abracadabra"
for i, ch in enumerate(s):
    print(i, ch, s.count(ch), s.index(ch), end="; ")
print()
counts = {}
for ch in s:
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
print(list(reversed(s)), "".join(reversed(s)), list(zip(s, s[1:]))[:4])
vowels = sum(1 for c in s if c in "aeiou")
print(vowels, len(s) - vowels, set(s) == set("abrcd"), sorted(set(s)))
it = iter("xyz")
print(next(it), next(it), next(it), next(it, "done"))
print([c * i for i, c in enumerate("abcd", 1)], list(map(str.upper, "hey")))
print("".join(c for c in "H3ll0 W0rld" if c.isalpha()), [int(c) for c in "2024" if c.isdigit()])
def is_anagram(a, b):
    return sorted(a.replace(" ", "").lower()) == sorted(b.replace(" ", "").lower())
print(is_anagram("Listen", "Silent"), is_anagram("Dormitory", "dirty room"), is_anagram("a", "b"))
