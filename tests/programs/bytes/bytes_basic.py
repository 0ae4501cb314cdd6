# bytes literals, indexing, slicing, methods.
b = b"Hello, bytes!"
print(b, len(b), b[0], b[-1], b[:5], b[7:], b[::-1], b[::3], type(b[0]).__name__)
print(b.upper(), b.lower(), b.split(b", "), b.replace(b"l", b"L"), b.find(b"by"), b.count(b"l"))
print(b.startswith(b"He"), b.endswith(b"!"), b.strip(b"H!"), b"-".join([b"a", b"b", b"c"]))
print(bytes(5), bytes([65, 66, 67]), bytes(range(48, 58)), bytes("héllo", "utf-8"), b"\x00\xff\x7f")
print(list(b"abc"), [hex(x) for x in b"\x01\x10\xff"], b"abc" + b"def", b"ab" * 3)
print(b"abc" == b"abc", b"abc" < b"abd", b"a" in b"cat", 97 in b"cat", b"" in b"x")
print(b.hex(), bytes.fromhex("48 65 6c 6c 6f"), b"\xde\xad".hex(":"), b.decode(), b"caf\xc3\xa9".decode("utf-8"))
print(repr(b"quote'd"), repr(b'd"q'), repr(b"both'\""), repr(b"\t\n\r\\"))
print(b"abc".isalpha(), b"123".isdigit(), b"  ".isspace(), b"Ab".islower(), b"a1".isalnum())
print(b"%s=%d" % (b"x", 5), b"%05.1f" % 2.25, b"%c%c" % (104, b"i"))
print(b"a,b,,c".split(b","), b"  x y  ".split(), b"line1\nline2".splitlines(), b"k=v".partition(b"="))
print(b"abc".center(9, b"*"), b"7".zfill(3), b"abc".ljust(5) + b"|", b"xyz".title())
try:
    b[0] = 1
except TypeError as e:
    print("TypeError", e)
try:
    bytes([256])
except ValueError as e:
    print("ValueError", e)
try:
    b"abc" + "def"
except TypeError as e:
    print("TypeError", e)
for x in b"hi":
    print(x, chr(x))
print(sorted(b"banana"), max(b"xyz"), sum(b"\x01\x02\x03"), bytes(reversed(b"abc")))
