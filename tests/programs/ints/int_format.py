# Conversions of ints to text: str, repr, bin/oct/hex, format specs.
nums = [0, 7, -7, 255, -255, 1234567, -1234567, 2 ** 64]
for n in nums:
    print(str(n), repr(n), bin(n), oct(n), hex(n))
for n in nums:
    print(format(n, "d"), format(n, "x"), format(n, "X"), format(n, "o"), format(n, "b"))
for n in (5, -5, 42, 123456):
    print("[%s]" % format(n, "8d"), "[%s]" % format(n, "<8d"), "[%s]" % format(n, "^8d"),
          "[%s]" % format(n, "+d"), "[%s]" % format(n, "08d"), "[%s]" % format(n, " d"))
print(format(1234567890, ","), format(1234567890, "_"), format(-1234567, ",d"))
print(format(255, "#x"), format(255, "#o"), format(255, "#b"), format(255, "#010x"))
print(format(0xDEADBEEF, "_x"), format(10 ** 12, "_b")[:20])
print(format(42, "c"), format(97, "c"))
print(format(7, "e"), format(7, ".2f"), format(7, "%"), format(12345, "g"))
print(f"{1000000:,}", f"{-42:>+6}", f"{42:=+8}", f"{255:#06x}")
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"))
print((1024).to_bytes(2, "big"), (1024).to_bytes(4, "little"))
print(int.from_bytes(b"\xff\xfe", "big", signed=True))
print((-2).to_bytes(2, "big", signed=True))
