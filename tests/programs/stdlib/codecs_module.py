import codecs
print(codecs.encode("héllo", "utf-8"), codecs.decode(b"h\xc3\xa9", "utf-8"), codecs.lookup("UTF-8").name, codecs.lookup("latin_1").name)
print(codecs.BOM_UTF8, codecs.lookup_error("strict") is codecs.strict_errors, codecs.getencoder("ascii")("ab"))
try:
    codecs.lookup("nope")
except LookupError as e:
    print("LookupError:", e)
try:
    codecs.lookup_error("nope")
except LookupError as e:
    print("LookupError:", e)
d = codecs.getincrementaldecoder("utf-8")()
print(repr(d.decode(b"h\xc3")), repr(d.decode(b"\xa9!", final=True)))
print(list(codecs.iterencode(["a", "é"], "utf-8")), "".join(codecs.iterdecode([b"\xc3", b"\xa9"], "utf-8")))
print(codecs.replace_errors(UnicodeEncodeError("ascii", "aé", 1, 2, "x")), codecs.backslashreplace_errors(UnicodeEncodeError("ascii", "aé", 1, 2, "x")))
