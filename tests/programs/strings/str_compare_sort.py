# Ordering and equality of strings; sort stability with keys.
names = ["delta", "Alpha", "charlie", "Bravo", "echo", "alpha", "ECHO", "bravo"]
print(sorted(names))
print(sorted(names, key=str.lower))
print(sorted(names, key=lambda s: (len(s), s)))
print(sorted(names, key=len, reverse=True))
print(max(names), min(names), max(names, key=len), min(names, key=lambda s: s[::-1]))
print("a" * 3 == "aaa", "abc" is not None, "Abc".lower() == "abc", "a" < "b" < "c")
print([n for n in names if n.lower().startswith(("a", "e"))])
pairs = [("b", 2), ("a", 2), ("c", 1), ("a", 1)]
print(sorted(pairs), sorted(pairs, key=lambda p: p[1]), sorted(pairs, key=lambda p: p[0], reverse=True))
versions = ["1.10.0", "1.2.3", "1.2.10", "0.9", "1.2"]
print(sorted(versions), sorted(versions, key=lambda v: [int(x) for x in v.split(".")]))
