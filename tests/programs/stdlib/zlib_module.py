import zlib

d = b"hello hello hello hello " * 3 + bytes(range(40))
big = b"".join(b"line %d of some repetitive text\n" % i for i in range(3000))


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


for level in (-1, 0, 1, 6, 9):
    c = zlib.compress(d, level)
    print(level, c.hex())
    assert zlib.decompress(c) == d
for wbits in (15, -15, 31, 9, -9):
    c = zlib.compress(d, 6, wbits)
    print(wbits, c.hex())
    assert zlib.decompress(c, wbits) == d
print(zlib.decompress(zlib.compress(d, wbits=31), 47) == d, zlib.decompress(zlib.compress(d), 47) == d)
print(zlib.decompress(zlib.compress(d), 0) == d)
cb = zlib.compress(big)
print(len(cb), zlib.decompress(cb) == big, zlib.crc32(big), zlib.adler32(big))
print(zlib.crc32(b"abc"), zlib.crc32(b"abc", 7), zlib.adler32(b"abc"), zlib.adler32(b"abc", 7), zlib.adler32(b""))
print(zlib.MAX_WBITS, zlib.DEFLATED, zlib.Z_BEST_COMPRESSION, zlib.Z_DEFAULT_COMPRESSION, zlib.Z_FINISH, zlib.DEF_BUF_SIZE)

# streaming
co = zlib.compressobj()
parts = [co.compress(big[i:i + 1000]) for i in range(0, len(big), 1000)]
parts.append(co.flush())
stream = b"".join(parts)
print(stream == cb)
co = zlib.compressobj(9, zlib.DEFLATED, -15)
raw = co.compress(d) + co.flush(zlib.Z_SYNC_FLUSH)
print(raw.hex())
raw += co.compress(b"more") + co.flush()
print(zlib.decompress(raw, -15))
co = zlib.compressobj(wbits=31)
gz = co.compress(d) + co.flush()
print(gz.hex())
show("compress after finish", lambda: co.compress(b"x"))

do = zlib.decompressobj()
out = b""
for i in range(0, len(cb), 100):
    out += do.decompress(cb[i:i + 100])
print(out == big, do.eof, do.unused_data)
do = zlib.decompressobj()
c = zlib.compress(d)
first = do.decompress(c + b"extra", 10)
print(first, len(do.unconsumed_tail) > 0, do.eof)
rest = do.decompress(do.unconsumed_tail)
print(first + rest == d, do.eof, do.unused_data, do.flush())
do = zlib.decompressobj(wbits=31)
out = b"".join(do.decompress(gz[i:i + 3]) for i in range(0, len(gz), 3))
print(out == d, do.eof)
do = zlib.decompressobj()
print(do.decompress(c[:-4]) == d, do.eof)

show("garbage", lambda: zlib.decompress(b"garbage"))
show("truncated", lambda: zlib.decompress(c[:-3]))
show("short", lambda: zlib.decompress(c[:5]))
show("trailing", lambda: zlib.decompress(c + b"xx"))
show("raw of zlib", lambda: zlib.decompress(c, -15))
show("level", lambda: zlib.compress(d, 12))
show("wbits", lambda: zlib.compress(d, wbits=5))
show("dwbits", lambda: zlib.decompress(c, wbits=3))
show("str", lambda: zlib.compress("text"))
show("obj wbits", lambda: zlib.compressobj(wbits=3))
show("maxlen", lambda: zlib.decompressobj().decompress(b"x", -1))
show("gzip crc", lambda: zlib.decompress(gz[:-8] + b"\0\0\0\0" + gz[-4:], 31))
print(zlib.error.__mro__[1].__name__)
