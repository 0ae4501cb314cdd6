# int() from strings in various bases, and back.
cases = [("42", 10), ("-42", 10), ("  17  ", 10), ("ff", 16), ("FF", 16), ("0xff", 16), ("0xff", 0),
         ("0o17", 0), ("0b1011", 0), ("z", 36), ("ZZ", 36), ("1_000_000", 10), ("0_0", 0), ("+9", 10),
         ("777", 8), ("1010", 2), ("-0b11", 0), ("10", 3)]
for s, b in cases:
    print(repr(s), b, int(s, b))
print(int("123456789012345678901234567890"), int("-" + "9" * 40))
print(int(3.99), int(-3.99), int(True), int(1e20), int("7"), int())
bad = ["", "1.5", "abc", "0x", "12a", "1__0", "_1"]
for s in bad:
    try:
        int(s)
    except ValueError as e:
        print("ValueError", e)
try:
    int("12", 1)
except ValueError as e:
    print("ValueError", e)
try:
    int("9", 8)
except ValueError as e:
    print("ValueError", e)
def to_base(n, b):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, b)
        out.append(digits[r])
    return sign + "".join(reversed(out))
for n in (0, 5, 255, -255, 10 ** 20, 123456789):
    row = [to_base(n, b) for b in (2, 7, 16, 36)]
    print(n, row, all(int(r, b) == n for r, b in zip(row, (2, 7, 16, 36))))
