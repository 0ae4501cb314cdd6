r = range(2**64, 2**64 + 10, 3)
print(r, list(r), len(r), r[1], r[-1], 2**64 + 3 in r, 2**64 + 4 in r, r.index(2**64 + 6), r.count(2**64), bool(range(2**64, 0)))
print(list(reversed(r)), r == range(2**64, 2**64 + 10, 3), hash(r) == hash(range(2**64, 2**64 + 10, 3)), r.start, r.step)
big = range(-2**63, 2**63 - 1)
print(big[5], big[-1], (2**63 - 2) in big)
try:
    len(range(2**70))
except OverflowError as e:
    print("OverflowError:", e)
print(sum(range(2**64, 2**64 + 5)), range(0, 10**20, 10**19)[3], list(range(-2**65, -2**65 - 3, -1)))
try:
    r["a"]
except TypeError as e:
    print("TypeError:", e)
try:
    r[10]
except IndexError as e:
    print("IndexError:", e)


def loop_sum(a, b):
    total = 0
    for i in range(a, b):
        total += i
    return total


print(loop_sum(2**64, 2**64 + 5), loop_sum(2**63 - 3, 2**63 + 2), loop_sum(1, 5))
