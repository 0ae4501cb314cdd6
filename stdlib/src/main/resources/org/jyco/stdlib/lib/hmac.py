"""HMAC (keyed hashing for message authentication, RFC 2104), written for Jyco on top of hashlib."""

import hashlib as _hashlib

__all__ = ["new", "digest", "compare_digest", "HMAC", "digest_size"]

digest_size = None

_IPAD = 0x36
_OPAD = 0x5C


def compare_digest(a, b, /):
    """Return 'a == b', taking time independent of where the inputs differ."""
    if isinstance(a, str) and isinstance(b, str):
        if not (a.isascii() and b.isascii()):
            raise TypeError("comparing strings with non-ASCII characters is not supported")
        a = a.encode("ascii")
        b = b.encode("ascii")
    else:
        a_ok = isinstance(a, (bytes, bytearray))
        b_ok = isinstance(b, (bytes, bytearray))
        if not a_ok and not b_ok:
            raise TypeError("unsupported operand types(s) or combination of types: '%s' and '%s'"
                            % (type(a).__name__, type(b).__name__))
        if not (a_ok and b_ok):
            raise TypeError("a bytes-like object is required, not '%s'" % type(b if a_ok else a).__name__)
    # always walk the whole of a, whatever the lengths and contents
    diff = 0 if len(a) == len(b) else 1
    other = b if len(a) == len(b) else a
    for x, y in zip(a, other):
        diff |= x ^ y
    return diff == 0


def _hash_factory(digestmod):
    """A callable making fresh hash objects from hmac's digestmod argument."""
    if callable(digestmod):
        return digestmod
    if isinstance(digestmod, str):
        return lambda data=b"": _hashlib.new(digestmod, data)
    return lambda data=b"": digestmod.new(data)


class HMAC:
    """RFC 2104 HMAC: update(), digest(), hexdigest(), copy()."""

    blocksize = 64

    def __init__(self, key, msg=None, digestmod=''):
        if not isinstance(key, (bytes, bytearray)):
            raise TypeError("key: expected bytes or bytearray, but got %r" % type(key).__name__)
        if not digestmod:
            raise TypeError("Missing required parameter 'digestmod'.")
        factory = _hash_factory(digestmod)
        self._outer = factory()
        self._inner = factory()
        self.digest_size = self._inner.digest_size
        block = getattr(self._inner, "block_size", 64)
        if block < 16:
            block = self.blocksize
        self.block_size = block
        key = bytes(key)
        if len(key) > block:
            key = factory(key).digest()
        key = key + bytes(block - len(key))
        self._inner.update(bytes(x ^ _IPAD for x in key))
        self._outer.update(bytes(x ^ _OPAD for x in key))
        if msg is not None:
            self.update(msg)

    @property
    def name(self):
        return "hmac-" + self._inner.name

    def update(self, msg):
        """Feed data from msg into this hashing object."""
        self._inner.update(msg)

    def copy(self):
        """A separate copy of this hashing object."""
        other = self.__class__.__new__(self.__class__)
        other.digest_size = self.digest_size
        other.block_size = self.block_size
        other._inner = self._inner.copy()
        other._outer = self._outer.copy()
        return other

    def _final(self):
        h = self._outer.copy()
        h.update(self._inner.digest())
        return h

    def digest(self):
        """The MAC of the bytes passed to update() so far, as bytes."""
        return self._final().digest()

    def hexdigest(self):
        """Like digest(), as a string of hexadecimal digits."""
        return self._final().hexdigest()


def new(key, msg=None, digestmod=''):
    """A new HMAC object: key bytes, optional initial msg, digestmod a hash name, constructor or module."""
    return HMAC(key, msg, digestmod)


def digest(key, msg, digest):
    """The MAC of msg under key with the given hash (name, constructor or module), as bytes."""
    return HMAC(key, msg, digest).digest()
