# Unicode (BMP) text: lengths, ord/chr, case, slicing, encoding.
words = ["café", "naïve", "Straße", "Ελληνικά", "русский", "中文字符", "日本語", "한국어", "עברית", "€100"]
for w in words:
    print(w, len(w), w.upper(), w.lower(), w[::-1], [hex(ord(c)) for c in w[:2]], len(w.encode("utf-8")))
print(chr(233), chr(0x4e2d), ord("€"), chr(8364), ord("A"), chr(0x3b1) + chr(0x3b2))
print("ÀÉÎ".lower(), "àéî".upper(), "ǆ".title(), "ß".upper(), "İ".lower().encode("utf-8"))
print(sorted(["é", "e", "z", "a", "É", "中", "ä"]))
print("中" in "中文", "文".join(["a", "b"]), "x".center(5, "中"))
s = "αβγδε"
print(s[1:4], s.find("γ"), s.replace("β", "B"), s.split("γ"), list(s))
print("é".encode("utf-8"), "é".encode("latin-1"), b"\xc3\xa9".decode("utf-8"), "中".encode("utf-8").hex())
print("naïve".encode("ascii", "replace"), "naïve".encode("ascii", "ignore"), "ü".encode("ascii", "backslashreplace"))
try:
    "naïve".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError", e)
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e)
print("١٢٣".isdigit(), int("١٢٣"), "Ⅻ".isnumeric(), "٣".isdecimal())
print(f"{'中文':>6}|{'é':^5}|", "%-4s|" % "ü")
