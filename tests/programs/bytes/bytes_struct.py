# Packing integers into bytes manually (little/big endian), parsing a tiny binary record format.
def pack_u16(n):
    return bytes([n & 0xFF, n >> 8 & 0xFF])
def pack_u32be(n):
    return n.to_bytes(4, "big")
def record(name, age, score):
    nb = name.encode("utf-8")
    return bytes([len(nb)]) + nb + pack_u16(age) + pack_u32be(score)
blob = b"".join(record(*r) for r in [("ann", 31, 1000), ("bob", 7, 70000), ("zoë", 65535, 2 ** 32 - 1)])
print(blob, len(blob))
pos = 0
while pos < len(blob):
    ln = blob[pos]
    name = blob[pos + 1:pos + 1 + ln].decode("utf-8")
    pos += 1 + ln
    age = int.from_bytes(blob[pos:pos + 2], "little")
    score = int.from_bytes(blob[pos + 2:pos + 6], "big")
    pos += 6
    print(name, age, score)
print(" ".join(f"{x:02x}" for x in blob[:12]))
