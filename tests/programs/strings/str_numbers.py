# Converting between strings and numbers.
print(str(0), str(-0.0), str(10 ** 20), str(1e20), str(1e21), str(3.0), str(0.1 + 0.2))
print(int("0042"), float("0042.50"), int(" 7\n"), float("-.5e2"), int("-0"), float("1E-3"))
print(repr(str(12.0)), "12".isdigit(), "-12".lstrip("-").isdigit(), "1.5".replace(".", "", 1).isdigit())
vals = "3 1.5 -2 7e2 0x10 abc 12_3".split()
for v in vals:
    try:
        print(v, "int", int(v))
    except ValueError:
        try:
            print(v, "float", float(v))
        except ValueError:
            print(v, "neither")
print(sum(int(x) for x in "1,2,3,4".split(",")), "+".join(str(i) for i in range(1, 5)))
print(str(123)[::-1], int(str(123)[::-1]) + 1, len(str(2 ** 100)), str(2 ** 100).count("7"))
print(ord("0"), chr(ord("0") + 7), [ord(c) - 48 for c in "9081"])
