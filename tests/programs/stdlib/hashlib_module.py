import hashlib
import hmac

data = [b"", b"abc", b"The quick brown fox jumps over the lazy dog", bytes(range(256)) * 5]
names = ["md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_224", "sha3_256", "sha3_384", "sha3_512"]
for name in names:
    ctor = getattr(hashlib, name)
    for d in data:
        h = ctor(d)
        assert h.hexdigest() == hashlib.new(name, d).hexdigest()
        assert h.digest().hex() == h.hexdigest()
        print(name, len(d), h.hexdigest())
    h = ctor()
    print(h.name, h.digest_size, h.block_size, type(h.digest()).__name__)

# update, copy, incremental == one-shot
h = hashlib.sha256()
h.update(b"hello ")
c = h.copy()
h.update(b"world")
c.update(bytearray(b"there"))
print(h.hexdigest())
print(c.hexdigest())
print(hashlib.sha256(b"hello world").hexdigest() == h.hexdigest())
print(h.hexdigest() == h.hexdigest())   # digest does not finalize

# names
print(hashlib.new("SHA256").name, hashlib.new("sha512", b"x").hexdigest()[:16])
print(hashlib.new("sha512_256", b"abc").hexdigest())
print(sorted(n for n in hashlib.algorithms_guaranteed if n in names))
print(all(n in hashlib.algorithms_available for n in names))
print(hashlib.md5(string=b"abc").hexdigest())
print(hashlib.sha1(usedforsecurity=False).hexdigest())

# errors
for f in (lambda: hashlib.md5("text"), lambda: hashlib.md5(12), lambda: hashlib.new("nosuch"),
          lambda: hashlib.new(3), lambda: hashlib.sha1().update("x"), lambda: hashlib.sha1(None)):
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

# pbkdf2_hmac (RFC 6070 vectors and more)
print(hashlib.pbkdf2_hmac("sha1", b"password", b"salt", 1, 20).hex())
print(hashlib.pbkdf2_hmac("sha1", b"password", b"salt", 4096, 20).hex())
print(hashlib.pbkdf2_hmac("sha1", b"passwordPASSWORDpassword", b"saltSALTsaltSALTsaltSALTsaltSALTsalt", 4096, 25).hex())
print(hashlib.pbkdf2_hmac("sha256", b"secret", b"NaCl", 1000).hex())
print(hashlib.pbkdf2_hmac("sha512", b"", b"salt", 2, 70).hex())
for args in (("sha256", b"p", b"s", 0), ("sha256", b"p", b"s", 1, 0), ("nope", b"p", b"s", 1)):
    try:
        hashlib.pbkdf2_hmac(*args)
    except ValueError as e:
        print("ValueError", e)

# hmac
key = b"key"
msg = b"The quick brown fox jumps over the lazy dog"
for dm in ("md5", "sha1", "sha256", hashlib.sha512, hashlib.sha3_256):
    m = hmac.new(key, msg, dm)
    print(m.name, m.digest_size, m.block_size, m.hexdigest())
m = hmac.new(b"k" * 200, digestmod="sha256")
m.update(b"part one, ")
m2 = m.copy()
m.update(b"part two")
print(m.hexdigest())
print(m2.hexdigest())
print(hmac.digest(b"", b"", "sha256").hex())
print(hmac.new(bytearray(b"key"), b"abc", hashlib.md5).digest() == hmac.digest(b"key", b"abc", "md5"))
print(hmac.compare_digest(b"abc", b"abc"), hmac.compare_digest(b"abc", b"abd"), hmac.compare_digest(b"a", b"ab"))
print(hmac.compare_digest("abc", "abc"), hmac.compare_digest(bytearray(b"x"), b"x"))
for f in (lambda: hmac.new(b"k", b"m"), lambda: hmac.new("k", b"m", "sha1"), lambda: hmac.compare_digest("a", b"a"),
          lambda: hmac.compare_digest(1, 2), lambda: hmac.compare_digest("\xe9", "\xe9"), lambda: hmac.compare_digest(b"a", 1.0)):
    try:
        f()
    except TypeError as e:
        print("TypeError", e)
