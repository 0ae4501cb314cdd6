# Tuple hashing/equality semantics as seen through dicts and sets of tuples of ints.
pts = [(1, 2), (3, 4), (1, 2), (2, 1), (3, 4), (0, 0)]
uniq = []
seen = set()
for p in pts:
    if p not in seen:
        seen.add(p)
        uniq.append(p)
print(uniq, len(seen), sorted(seen))
count = {}
for p in pts:
    count[p] = count.get(p, 0) + 1
print(count)
print((1, 2) == (1.0, 2.0), {(1, 2): "x"}.get((1.0, 2.0)), (1, (2, 3)) == (1, (2, 3)))
print(hash((1, 2)) == hash((1.0, 2.0)), hash(()) == hash(()), (1,) == [1], tuple([1]) == (1,))
print(sorted({(i % 3, i % 2) for i in range(10)}))
