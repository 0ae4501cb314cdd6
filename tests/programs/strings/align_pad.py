# center/ljust/rjust/zfill/expandtabs.
for w in ["a", "abc", "abcdef", ""]:
    print("[" + w.center(7) + "]", "[" + w.center(8, "*") + "]", "[" + w.ljust(6, ".") + "]",
          "[" + w.rjust(6) + "]", "[" + w.zfill(5) + "]")
for n in ["42", "-42", "+7", "3.14", "-", "", "abc"]:
    print(repr(n.zfill(6)))
print("a\tbc\tdef\tg".expandtabs(), "a\tbc\tdef\tg".expandtabs(4), repr("\t".expandtabs(2)))
table = [("Name", "Qty", "Price"), ("apple", 3, 1.25), ("banana", 12, 0.5), ("cherry", 100, 10.0)]
for name, qty, price in table:
    print(str(name).ljust(10) + str(qty).rjust(5) + str(price).rjust(8))
print("=" * 23)
print("TOTAL".center(23, "~"))
try:
    "x".center(5, "ab")
except TypeError as e:
    print("TypeError", e)
