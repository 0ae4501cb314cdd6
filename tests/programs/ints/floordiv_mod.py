# Floor division and modulo follow the sign of the divisor.
vals = [7, -7, 13, -13, 0, 1, -1, 100]
divs = [1, -1, 2, -2, 3, -3, 7, -7]
for a in vals:
    row = []
    for d in divs:
        row.append("%d//%d=%d %%=%d" % (a, d, a // d, a % d))
    print(" | ".join(row))
for a in (7.5, -7.5, 10.0):
    for d in (2, -2, 0.5, -3.25):
        print(a, d, a // d, a % d)
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(-17, -5))
print(divmod(7.0, 2), divmod(-7.0, 2))
big = 10 ** 25 + 17
print(big // 3, big % 3, (-big) // 3, (-big) % 3)
print(big // -(10 ** 12), big % -(10 ** 12))
