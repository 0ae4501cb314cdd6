import platform
import secrets
import string
import uuid

u = uuid.UUID("12345678-1234-5678-1234-567812345678")
print(repr(u), str(u), u.hex, u.int, u.urn)
print(u.fields, u.variant, u.version, u.bytes, u.bytes_le, u.time, u.clock_seq, u.node, repr(u.is_safe))
print(u == uuid.UUID("{12345678-1234-5678-1234-567812345678}") == uuid.UUID("urn:uuid:12345678123456781234567812345678"))
print(uuid.UUID(bytes=u.bytes) == u, uuid.UUID(bytes_le=u.bytes_le) == u, uuid.UUID(fields=u.fields) == u,
      uuid.UUID(int=u.int) == u, int(u) == u.int, hash(u) == hash(uuid.UUID(int=u.int)))
print(sorted([uuid.UUID(int=5), uuid.UUID(int=3), uuid.UUID(int=4)]), uuid.UUID(int=3) < uuid.UUID(int=4))
print(uuid.UUID(int=0, version=4), uuid.UUID(int=2**128 - 1, version=1).version)
print(uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL, uuid.NAMESPACE_OID, uuid.NAMESPACE_X500)
print(uuid.uuid3(uuid.NAMESPACE_DNS, "python.org"), uuid.uuid5(uuid.NAMESPACE_DNS, "python.org"))
print(uuid.uuid3(uuid.NAMESPACE_URL, "http://example.com"), uuid.uuid5(uuid.NAMESPACE_URL, "http://example.com/é"))
u4 = uuid.uuid4()
print(u4.version, u4.variant, len(str(u4)), u4 != uuid.uuid4())
u1 = uuid.uuid1()
u1b = uuid.uuid1()
print(u1.version, u1.variant, u1 != u1b, u1.node == uuid.getnode(), u1b.time > u1.time)
print(uuid.uuid1(node=0x123456789abc, clock_seq=0x1234).node == 0x123456789abc,
      uuid.uuid1(node=1, clock_seq=0x1234).clock_seq)
print(uuid.RESERVED_NCS, uuid.RFC_4122, uuid.RESERVED_MICROSOFT, uuid.RESERVED_FUTURE, uuid.SafeUUID.safe.value)
for f in (lambda: uuid.UUID("xyz"), lambda: uuid.UUID(), lambda: uuid.UUID(int=-1), lambda: uuid.UUID(bytes=b"x"),
          lambda: uuid.UUID(hex="12345678123456781234567812345678", version=9), lambda: setattr(u, "x", 1),
          lambda: uuid.UUID(fields=(1, 2, 3)), lambda: uuid.UUID(fields=(2**32, 0, 0, 0, 0, 0)), lambda: u < 3,
          lambda: uuid.UUID(hex="1", int=1), lambda: uuid.UUID(bytes_le=b"x"), lambda: uuid.UUID("g" * 32),
          lambda: uuid.uuid5(uuid.NAMESPACE_DNS, b"x")):
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

# secrets
print(len(secrets.token_bytes()), len(secrets.token_bytes(5)), type(secrets.token_bytes(1)).__name__)
h = secrets.token_hex(8)
print(len(h), all(c in string.hexdigits for c in h), len(secrets.token_hex()))
t = secrets.token_urlsafe(16)
print(len(t), all(c in string.ascii_letters + string.digits + "-_" for c in t))
print(all(0 <= secrets.randbelow(10) < 10 for _ in range(100)), secrets.randbelow(1), secrets.randbits(0))
print(0 <= secrets.randbits(16) < 65536, secrets.choice("abc") in "abc", secrets.compare_digest(b"a", b"a"))
print(secrets.DEFAULT_ENTROPY, isinstance(secrets.SystemRandom(), secrets.SystemRandom))
for bad in (0, -5):
    try:
        secrets.randbelow(bad)
    except ValueError as e:
        print("ValueError", e)

# platform (values of this machine, as CPython sees them)
print(platform.system(), platform.node() != "", platform.release() == platform.uname().release)
print(platform.version() == platform.uname().version, platform.machine(), repr(platform.processor()))
un = platform.uname()
print(un.system, len(un), un._fields, un[0] == un.system, list(un)[-1] == un.processor)
print(platform.architecture(), platform.python_version_tuple()[:2], platform.python_version()[:4])
print(platform.platform().startswith("%s-%s-%s" % (un.system, un.release, un.machine)))
print(platform.platform(terse=True).startswith(un.system), type(platform.python_build()).__name__)
print(isinstance(platform.python_compiler(), str), platform.python_implementation() in ("CPython", "Jyco"))
