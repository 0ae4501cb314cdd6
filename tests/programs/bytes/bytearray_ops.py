# bytearray: mutable byte sequences.
ba = bytearray(b"hello")
ba[0] = ord("J")
ba.append(33)
ba.extend(b" world")
print(ba, len(ba), bytes(ba))
ba[1:5] = b"ELLO"
print(ba)
del ba[0]
print(ba, ba.pop(), ba)
ba.insert(0, 74)
ba.reverse()
print(ba)
ba.remove(ord("o"))
print(ba, ba.find(b"LL"), ba.count(b"L"))
z = bytearray(4)
print(z, bytearray(b"abc") + b"def", bytearray([1, 2, 3]) * 2)
buf = bytearray()
for i in range(10):
    buf += bytes([i * 3])
print(buf, buf.hex(), list(buf[2:5]))
print(bytearray(b"x") == b"x", bytearray(b"abc").upper(), bytearray("é", "utf-8"))
try:
    buf[0] = 300
except ValueError as e:
    print("ValueError", e)
