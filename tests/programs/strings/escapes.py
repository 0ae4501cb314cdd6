# Escape sequences, raw strings, repr of special characters.
s = "tab\there\nnewline\\backslash\"quote'single\x41\u00e9\u4e2d\N{GREEK SMALL LETTER ALPHA}\101\0end"
print(s)
print(repr(s))
print(len(s), [ord(c) for c in s[-8:]])
print(r"raw\n\t\\", repr(r"raw\n"), len(r"\n"), r"C:\path\to\file")
print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("\x7f\x80\xff\u200b"))
print(repr("\r\x0b\x0c\x1b"), repr("\a\b"), "\u0041\U0001F600"[0])
print("""triple
quoted "string" with 'quotes'""")
print('''single triple''', "line \
continued")
print(ascii("naïve ☃"), ascii([1, "é"]), repr("☃"))
adjacent = "abc" 'def' """ghi"""
print(adjacent, len(adjacent))
print("\N{BULLET} item", "\N{EM DASH}".encode("utf-8"))
