# Bitwise operators on small and big, positive and negative ints.
vals = [0, 1, 5, 12, -1, -6, 255, -256, 2 ** 70 + 3, -(2 ** 65)]
for a in vals:
    print(a, ~a, a << 3, a >> 2, a & 0xFF, a | 0x10, a ^ 0b1010)
for a in (12, -12, 2 ** 40):
    for b in (10, -10, 2 ** 41 - 1):
        print(a, b, a & b, a | b, a ^ b)
print(bin(0b1011 & 0b0110), bin(0b1011 | 0b0110), bin(0b1011 ^ 0b0110))
print((1 << 100) - 1 == (2 ** 100) - 1, 1 << 0, 5 >> 10, -5 >> 10)
for n in (0, 1, 7, 8, 255, 256, -1, -255, 2 ** 100):
    print(n, n.bit_length(), bin(n).count("1"))
flags = 0
for bit in (0, 3, 5, 9):
    flags |= 1 << bit
print(flags, bin(flags))
flags &= ~(1 << 3)
print(flags, bin(flags))
flags ^= 0b11
print(flags, [i for i in range(12) if flags >> i & 1])
def popcount(x):
    c = 0
    while x:
        x &= x - 1
        c += 1
    return c
print([popcount(i) for i in range(20)])
print(True & False, True | False, True ^ True, ~True)
