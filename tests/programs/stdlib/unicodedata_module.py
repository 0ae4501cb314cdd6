import unicodedata as u

chars = ["A", "a", "\xe9", "\x00", " ", "\u4e00", "\u4e09", "\u5343", "\uac00", "\ud55c", "\U0001F600", "\xbd", "\u2153",
         "\u2460", "\u2167", "\u216f", "\u0663", "\xb2", "\u2079", "\u2082", "\u0301", "\ue000", "\U0010FFFF", "\u0378",
         "\u2028", "\xad", "(", ")", "\u05d0", "\u0627", "+", "$", "\t", "\n", "\u3000", "\uff21", "\U0001D400", "\u00c5",
         "\u212b", "\ufb01", "\U00020000", "\uf900", "\u1e9b"]
for c in chars:
    print(ascii(c), u.category(c), repr(u.bidirectional(c)), u.mirrored(c), u.name(c, None), u.decimal(c, None),
          u.digit(c, None), u.numeric(c, None))

print(ascii(u.lookup("LATIN SMALL LETTER E WITH ACUTE")), ascii(u.lookup("CJK UNIFIED IDEOGRAPH-4E00")),
      ascii(u.lookup("HANGUL SYLLABLE HAN")), u.lookup("latin small letter a"), ascii(u.lookup("GRINNING FACE")))
print(ascii(u.lookup("CJK UNIFIED IDEOGRAPH-20000")))
s = "Cr\xe8me Br\xfbl\xe9e \u212b \ufb01 \u2460 \u1e9b\u0323"
for form in ("NFC", "NFD", "NFKC", "NFKD"):
    n = u.normalize(form, s)
    print(form, ascii(n), len(n), u.is_normalized(form, n), u.is_normalized(form, "e\u0301"))
print("".join(c for c in u.normalize("NFD", "d\xe9j\xe0 vu \xc5ngstr\xf6m") if u.category(c) != "Mn"))
print(u.unidata_version, u.normalize("NFC", ""), u.name("a", "dflt"), u.name("\x00", "dflt"))
for f in (lambda: u.lookup("NOPE"), lambda: u.name("\x00"), lambda: u.decimal("x"), lambda: u.digit("x"),
          lambda: u.numeric("x"), lambda: u.normalize("X", "a"), lambda: u.category("ab"), lambda: u.category(1),
          lambda: u.name(""), lambda: u.lookup("CJK UNIFIED IDEOGRAPH-0041")):
    try:
        print(f())
    except (KeyError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
