# Encoding and decoding between str and bytes; a manual base64 and checksum.
s = "Grüße, 世界!"
u8 = s.encode("utf-8")
print(u8, len(s), len(u8), u8.decode("utf-8") == s)
print(s.encode("utf-8", "strict")[:6], s.encode("latin-1", "replace"), s.encode("ascii", "xmlcharrefreplace"))
print(b"caf\xe9".decode("latin-1"), b"caf\xe9".decode("utf-8", "replace"), b"caf\xe9".decode("ascii", "ignore"))
ALPH = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
def b64(data):
    out = []
    for i in range(0, len(data), 3):
        chunk = data[i:i + 3]
        n = int.from_bytes(chunk + b"\x00" * (3 - len(chunk)), "big")
        enc = [ALPH[(n >> s) & 63] for s in (18, 12, 6, 0)]
        if len(chunk) < 3:
            enc[len(chunk) + 1:] = "=" * (3 - len(chunk))
        out.extend(enc)
    return "".join(out)
def unb64(text):
    out = bytearray()
    text = text.rstrip("=")
    bits = 0
    nbits = 0
    for c in text:
        bits = (bits << 6) | ALPH.index(c)
        nbits += 6
        if nbits >= 8:
            nbits -= 8
            out.append((bits >> nbits) & 0xFF)
    return bytes(out)
for data in [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", u8]:
    e = b64(data)
    print(data, e, unb64(e) == data)
def adler32(data):
    a, b = 1, 0
    for x in data:
        a = (a + x) % 65521
        b = (b + a) % 65521
    return (b << 16) | a
print(adler32(b"Wikipedia"), hex(adler32(u8)))
