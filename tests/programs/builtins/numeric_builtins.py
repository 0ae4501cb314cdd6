# abs, divmod, pow, round, bin/hex/oct, chr/ord, int/float/complex/bool constructors.
print(abs(-5), abs(3.5), abs(-0.0), abs(3 + 4j), abs(True), abs(-(10 ** 20)))
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(10 ** 20, 7), divmod(True, 2))
print(pow(2, 10), pow(2, -2), pow(2, 100, 1000), pow(-2, 3), pow(2.5, 2), pow(4, 0.5), pow(7, -1, 11))
print(round(3.14159, 2), round(2.5), round(-2.5), round(7.5), round(1234, -2), round(0.5), round(1.5))
print(bin(10), bin(-10), hex(255), hex(-255), oct(8), oct(-8), bin(0), hex(0))
print(chr(65), chr(97), chr(8364), chr(0x263A), ord("A"), ord("€"), ord("\n"), [chr(c) for c in range(0x41, 0x46)])
try:
    chr(-1)
except ValueError as e:
    print("ValueError", e)
try:
    ord("ab")
except TypeError as e:
    print("TypeError", e)
print(int("42"), int(4.9), int("-0x1f", 16), float("3.25"), float(7), complex(1, 2), bool("x"), bool(0))
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    pow(0, -1)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError", e)
print(sum(map(ord, "abc")), "".join(map(chr, [72, 105])), max(map(ord, "hello")))
