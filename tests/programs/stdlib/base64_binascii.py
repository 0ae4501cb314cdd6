import base64
import binascii

samples = [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(256)), b"\xfb\xff\xfe" * 7]


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


for s in samples:
    enc = [base64.b64encode(s), base64.urlsafe_b64encode(s), base64.b32encode(s), base64.b32hexencode(s),
           base64.b16encode(s), base64.a85encode(s), base64.b85encode(s), base64.b85encode(s, pad=True)]
    if len(s) < 20:
        print(len(s), enc)
    assert base64.b64decode(enc[0]) == s
    assert base64.urlsafe_b64decode(enc[1]) == s
    assert base64.b32decode(enc[2]) == s
    assert base64.b32hexdecode(enc[3]) == s
    assert base64.b16decode(enc[4]) == s
    assert base64.a85decode(enc[5]) == s
    assert base64.b85decode(enc[6]) == s
    print(len(s), base64.standard_b64encode(s)[:40], base64.encodebytes(s)[-10:])

print(base64.b64encode(b"\xfb\xff", altchars=b"-_"), base64.b64decode("-_8=", altchars="-_"))
print(base64.b64decode("YW Jj\nZA=="), base64.b64decode(bytearray(b"YWJj")))
print(base64.encodebytes(bytes(100)))
print(base64.decodebytes(base64.encodebytes(b"x" * 200)) == b"x" * 200)
print(base64.b32decode("mzxw6===", casefold=True), base64.b32decode("MZXW6YQ1", map01="L"))
print(base64.b16decode("666f6f", casefold=True))
print(base64.a85encode(b"\0\0\0\0    hello", foldspaces=True), base64.a85encode(b"hello world", adobe=True, wrapcol=5))
print(base64.a85decode(b"<~BOu!rDZ~>", adobe=True), base64.a85decode(b"z y", foldspaces=True))
print(base64.a85encode(b"\0"), base64.a85encode(b"\0" * 4, pad=True))

show("b64 bad pad", lambda: base64.b64decode("YWJ"))
show("b64 one more", lambda: base64.b64decode("YWJjZ"))
show("b64 validate", lambda: base64.b64decode("YW!j", validate=True))
show("b64 validate ok", lambda: base64.b64decode("YWJj", validate=True))
show("b64 nonascii", lambda: base64.b64decode("Y\xe9"))
show("b64 type", lambda: base64.b64decode(3))
show("b64enc str", lambda: base64.b64encode("abc"))
show("b32 pad", lambda: base64.b32decode("MZXW6"))
show("b32 digit", lambda: base64.b32decode("MZXW6!=="))
show("b32 lower", lambda: base64.b32decode("mzxw6==="))
show("b16 digit", lambda: base64.b16decode("6g"))
show("b16 lower", lambda: base64.b16decode("ab"))
show("b85 bad", lambda: base64.b85decode(b"ab\"cd"))
show("b85 overflow", lambda: base64.b85decode(b"~~~~~"))
show("a85 bad", lambda: base64.a85decode(b"ab\x7fcd"))
show("a85 z", lambda: base64.a85decode(b"abzcd"))
show("a85 adobe", lambda: base64.a85decode(b"<~abc", adobe=True))
show("encodebytes str", lambda: base64.encodebytes("x"))

# binascii
print(binascii.hexlify(b"\x01\xab\xff"), binascii.b2a_hex(b"abc"), binascii.hexlify(b"abcde", "-", 2),
      binascii.hexlify(b"abcde", b":", -2))
print(binascii.unhexlify("01abFF"), binascii.a2b_hex(b"6162"))
print(binascii.b2a_base64(b"hello"), binascii.b2a_base64(b"hello", newline=False))
print(binascii.a2b_base64(b"aGVsbG8=\n"), binascii.a2b_base64("aGVs bG8="), binascii.a2b_base64(b"YQ==garbage"))
print(binascii.a2b_base64(b"YQ=x="), binascii.a2b_base64(b"=YQ=="), binascii.a2b_base64(b"YWJj=", strict_mode=True))
print(binascii.crc32(b"hello"), binascii.crc32(b"world", binascii.crc32(b"hello ")), binascii.crc32(b"hello world"))
print(binascii.crc32(b"abc", -1), binascii.crc32(b""), binascii.crc_hqx(b"hello", 0), binascii.crc_hqx(b"123456789", 0xffff))
print(issubclass(binascii.Error, ValueError), binascii.Incomplete.__mro__[1].__name__)
show("odd", lambda: binascii.unhexlify("abc"))
show("nonhex", lambda: binascii.unhexlify("zz"))
show("strict only", lambda: binascii.a2b_base64(b"Y!Q==", strict_mode=True))
show("strict lead", lambda: binascii.a2b_base64(b"=YQ==", strict_mode=True))
show("strict excess", lambda: binascii.a2b_base64(b"YQ==YQ==", strict_mode=True))
show("strict disc", lambda: binascii.a2b_base64(b"YQ=a=", strict_mode=True))
show("a2b type", lambda: binascii.a2b_base64(3))
show("hexlify str", lambda: binascii.hexlify("x"))
