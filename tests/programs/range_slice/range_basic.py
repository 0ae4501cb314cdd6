# range: iteration, len, indexing, slicing, membership, reversed, equality.
for r in [range(5), range(2, 10), range(10, 0, -3), range(0), range(-5, 5, 2), range(5, 5), range(0, -10, -4)]:
    print(r, list(r), len(r), bool(r))
r = range(3, 50, 7)
print(r[0], r[-1], r[2], r[1:4], r[::-1], r[::2], list(r[1:4]), 24 in r, 25 in r, r.index(31), r.count(10))
print(list(reversed(range(1, 6))), sum(range(101)), max(range(7)), min(range(3, 9)), sorted(range(5, 0, -1)))
print(range(0, 6, 2) == range(0, 5, 2), range(0) == range(5, 5), range(3) == range(0, 3, 1), r.start, r.stop, r.step)
try:
    range(1, 5, 0)
except ValueError as e:
    print("ValueError", e)
try:
    r[100]
except IndexError as e:
    print("IndexError", e)
big = range(10 ** 12)
print(len(big), big[-1], big[10 ** 11], 999999999999 in big, big[::10 ** 11])
print(list(range(10))[::-2], [i for i in range(20, 0, -5)], list(range(-3)), list(zip(range(3), range(10, 13))))
