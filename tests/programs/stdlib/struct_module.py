import struct


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


# sizes and alignment
for fmt in ["b", "B", "?", "h", "H", "i", "I", "l", "L", "q", "Q", "n", "N", "P", "e", "f", "d", "c", "x", "5s", "5p",
            "bi", "@bq?", "<bi", "=bq", ">hl", "!Q", "ci0l", "bxh", "3h", "2c3x", "i 2h", "<i  "]:
    print(repr(fmt), struct.calcsize(fmt))

vals = (-5, 250, True, -1234, 60000, -100000, 4000000000, -2**40, 2**40, -2**63, 2**64 - 1, 5.5, 0.1, -2.5)
for order in "@=<>!":
    fmt = order + "bB?hHiIqlqQefd"
    if order in "@":
        packed = struct.pack(fmt, *vals)
    else:
        fmt = order + "bB?hHiIqqqQefd"
        packed = struct.pack(fmt, *vals)
    print(order, struct.calcsize(fmt), packed.hex())
    print(struct.unpack(fmt, packed))

print(struct.pack("<4s3s0s", b"ab", b"abcdef", b"zz"), struct.unpack("<4s", b"ab\0\0"))
print(struct.pack("5p", b"abcdefg"), struct.unpack("5p", b"\x09abcd"), struct.pack("1p", b"x"), struct.pack("0p", b"x"))
print(struct.pack("2c", b"a", b"b"), struct.unpack("cc", b"xy"))
print(struct.pack("?", []), struct.pack("?", 5), struct.unpack("??", b"\x00\x02"))
print(struct.pack("x"), struct.pack("5x2x"), struct.unpack("x i", b"12345678"))
print(struct.pack("<e", 1.5), struct.pack("<e", 65504.0), struct.pack("<e", 65519.99), struct.pack("<e", 1e-8),
      struct.pack("<e", 5.960464477539063e-08), struct.pack("<e", 2.98023223876953125e-08), struct.pack("<e", -0.0),
      struct.pack("<e", float("nan")), struct.pack("<e", float("-inf")), struct.pack(">e", 0.333251953125))
print(struct.unpack("<e", b"\x00\x7c"), struct.unpack("<e", b"\x01\x00"), struct.unpack("<e", b"\xff\x7b"),
      struct.unpack("<e", b"\x55\x35"), struct.unpack("<e", b"\x01\x7e"))
print(struct.pack("<f", float("nan")), struct.pack("<f", 3.4028235e38), struct.pack("<f", float("inf")),
      struct.unpack("<f", struct.pack("<f", 0.1)), struct.pack(">d", -0.0), struct.pack("<d", 1), struct.pack("<f", True))
print(struct.pack("P", -1), struct.pack("<I", 4294967295), struct.pack("i", True), struct.pack(">Q", 2**64 - 1))


class Idx:
    def __index__(self):
        return 7


print(struct.pack("i", Idx()), struct.pack(b"<h", 3))

# pack_into / unpack_from / iter_unpack
buf = bytearray(12)
struct.pack_into("<ih", buf, 2, 0x01020304, -2)
print(buf)
struct.pack_into("<h", buf, -2, 0x4142)
print(buf, struct.unpack_from("<ih", buf, 2), struct.unpack_from("<h", buf, offset=-2), struct.unpack_from("<h", b"abcdef"))
print(list(struct.iter_unpack("<hb", b"\x01\x00\x02\x03\x00\x04")))

# Struct objects
s = struct.Struct("<ih")
print(s.format, s.size, s.pack(1, 2), s.unpack(b"\x01\0\0\0\2\0"), s.unpack_from(b"xx\x01\0\0\0\2\0", 2))
print(struct.Struct(b">H").format, list(struct.Struct("B").iter_unpack(b"abc")), type(s).__name__)
b2 = bytearray(8)
s.pack_into(b2, 1, 7, 8)
print(b2)

# errors
show("h range", lambda: struct.pack("h", 70000))
show("<h range", lambda: struct.pack("<h", 70000))
show("B neg", lambda: struct.pack("B", -1))
show("<B big", lambda: struct.pack("<B", 256))
show("b", lambda: struct.pack("<b", 200))
show("H", lambda: struct.pack("H", 70000))
show("<I neg", lambda: struct.pack("<I", -1))
show("<I big", lambda: struct.pack("<I", 2**32))
show("I big", lambda: struct.pack("I", 2**32))
show("<l", lambda: struct.pack("<l", 2**31))
show("<L", lambda: struct.pack("<L", 2**32))
show("L neg", lambda: struct.pack("L", -1))
show("<Q neg", lambda: struct.pack("<Q", -1))
show("Q big", lambda: struct.pack("Q", 2**64))
show("q big", lambda: struct.pack("q", 2**63))
show("<i", lambda: struct.pack("<i", 2**31))
show("i huge", lambda: struct.pack("i", 2**100))
show("<H huge", lambda: struct.pack("<H", 2**100))
show("n", lambda: struct.pack("n", 2**63))
show("N", lambda: struct.pack("N", -1))
show("float int", lambda: struct.pack("i", 1.0))
show("str int", lambda: struct.pack("i", "1"))
show("str float", lambda: struct.pack("f", "x"))
show("f over", lambda: struct.pack("<f", 1e300))
show("e over", lambda: struct.pack("e", 1e6))
show("e over2", lambda: struct.pack("<e", 65520.0))
show("d over", lambda: struct.pack("<d", 2**1024))
show("c len", lambda: struct.pack("c", b"ab"))
show("c str", lambda: struct.pack("c", "a"))
show("c bytearray", lambda: struct.pack("c", bytearray(b"a")))
show("s str", lambda: struct.pack("s", "a"))
show("count few", lambda: struct.pack("ii", 1))
show("count many", lambda: struct.pack("i", 1, 2))
show("0s", lambda: struct.pack("0s"))
show("std n", lambda: struct.pack("<n", 1))
show("bad char", lambda: struct.pack("z"))
show("bad count", lambda: struct.calcsize("3"))
show("count space", lambda: struct.calcsize("3 i"))
show("trailing count", lambda: struct.calcsize("i 3"))
show("too long", lambda: struct.calcsize("10000000000000000000000s"))
show("unpack size", lambda: struct.unpack("i", b"abc"))
show("unpack_from", lambda: struct.unpack_from("i", b"abcdef", 4))
show("unpack_from neg", lambda: struct.unpack_from("i", b"abcdef", -10))
show("pack_into", lambda: struct.pack_into("i", bytearray(10), 8, 1))
show("pack_into neg", lambda: struct.pack_into("i", bytearray(10), -11, 1))
show("pack_into space", lambda: struct.pack_into("i", bytearray(10), -2, 1))
show("pack_into bytes", lambda: struct.pack_into("i", b"xxxxx", 0, 1))
show("iter mult", lambda: list(struct.iter_unpack("i", b"abcde")))
show("iter zero", lambda: struct.iter_unpack("", b""))
show("format type", lambda: struct.Struct(5))
show("unpack str", lambda: struct.unpack("b", "a"))
print(issubclass(struct.error, Exception), struct.error.__name__)
