"""Base16, Base32, Base64 (RFC 4648), Ascii85 and Base85 encodings, written for Jyco on binascii."""

import binascii

__all__ = [
    "encode", "decode", "encodebytes", "decodebytes",
    "b64encode", "b64decode", "b32encode", "b32decode", "b32hexencode", "b32hexdecode",
    "b16encode", "b16decode", "b85encode", "b85decode", "a85encode", "a85decode",
    "standard_b64encode", "standard_b64decode", "urlsafe_b64encode", "urlsafe_b64decode",
]

bytes_types = (bytes, bytearray)


def _from_decode_data(s):
    """Input of the decoders: bytes-like, or a str of ASCII characters."""
    if isinstance(s, str):
        if not s.isascii():
            raise ValueError("string argument should contain only ASCII characters")
        return s.encode("ascii")
    if isinstance(s, bytes_types):
        return bytes(s)
    raise TypeError("argument should be a bytes-like object or ASCII string, not %r" % s.__class__.__name__)


def _bytes_like(s):
    if not isinstance(s, bytes_types):
        raise TypeError("memoryview: a bytes-like object is required, not '%s'" % s.__class__.__name__)
    return bytes(s)


def _swap(data, frm, to):
    return data.translate(bytes.maketrans(frm, to))


# ---------------------------------------------------------------- base64

def b64encode(s, altchars=None):
    """Base64-encode bytes-like s; altchars (2 bytes) replaces '+' and '/'."""
    out = binascii.b2a_base64(s, newline=False)
    if altchars is not None:
        if len(altchars) != 2:
            raise AssertionError(repr(altchars))
        out = _swap(out, b"+/", bytes(altchars))
    return out


def b64decode(s, altchars=None, validate=False):
    """Decode Base64 s; with validate, characters outside the alphabet are an error, not skipped."""
    s = _from_decode_data(s)
    if altchars is not None:
        altchars = _from_decode_data(altchars)
        if len(altchars) != 2:
            raise AssertionError(repr(altchars))
        s = _swap(s, altchars, b"+/")
    return binascii.a2b_base64(s, strict_mode=validate)


def standard_b64encode(s):
    return b64encode(s)


def standard_b64decode(s):
    return b64decode(s)


def urlsafe_b64encode(s):
    """Base64 with '-' and '_' in place of '+' and '/'."""
    return _swap(b64encode(s), b"+/", b"-_")


def urlsafe_b64decode(s):
    return b64decode(_swap(_from_decode_data(s), b"-_", b"+/"))


# ---------------------------------------------------------------- base32

_B32 = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
_B32HEX = b"0123456789ABCDEFGHIJKLMNOPQRSTUV"
# bytes of the last quantum -> characters kept (the rest are '=')
_B32_KEEP = {0: 0, 1: 2, 2: 4, 3: 5, 4: 7}
# padding characters -> bytes of the last quantum
_B32_BYTES = {0: 5, 1: 4, 3: 3, 4: 2, 6: 1}


def _b32encode(alphabet, s):
    data = _bytes_like(s)
    out = bytearray()
    for i in range(0, len(data), 5):
        chunk = data[i:i + 5]
        n = len(chunk)
        value = int.from_bytes(chunk + bytes(5 - n), "big")
        chars = [alphabet[(value >> (35 - 5 * k)) & 31] for k in range(8)]
        keep = _B32_KEEP[n] if n < 5 else 8
        out += bytes(chars[:keep]) + b"=" * (8 - keep)
    return bytes(out)


def _b32decode(alphabet, s, casefold=False, map01=None):
    s = _from_decode_data(s)
    if len(s) % 8:
        raise binascii.Error("Incorrect padding")
    if map01 is not None:
        map01 = _from_decode_data(map01)
        if len(map01) != 1:
            raise AssertionError(repr(map01))
        s = _swap(s, b"01", b"O" + map01)
    if casefold:
        s = s.upper()
    stripped = s.rstrip(b"=")
    pads = len(s) - len(stripped)
    values = {c: i for i, c in enumerate(alphabet)}
    out = bytearray()
    for i in range(0, len(stripped), 8):
        chunk = stripped[i:i + 8]
        value = 0
        for c in chunk:
            v = values.get(c)
            if v is None:
                raise binascii.Error("Non-base32 digit found")
            value = value << 5 | v
        value <<= 5 * (8 - len(chunk))
        out += value.to_bytes(5, "big")
    if pads:
        if pads not in _B32_BYTES or not out:
            raise binascii.Error("Incorrect padding")
        del out[len(out) - 5 + _B32_BYTES[pads]:]
    return bytes(out)


def b32encode(s):
    """Base32-encode bytes-like s (RFC 4648 alphabet)."""
    return _b32encode(_B32, s)


def b32decode(s, casefold=False, map01=None):
    """Decode Base32 s; casefold accepts lower case, map01 maps '0' to 'O' and '1' to the given letter."""
    return _b32decode(_B32, s, casefold, map01)


def b32hexencode(s):
    """Base32 with the 'extended hex' alphabet (RFC 4648, section 7)."""
    return _b32encode(_B32HEX, s)


def b32hexdecode(s, casefold=False):
    return _b32decode(_B32HEX, s, casefold)


# ---------------------------------------------------------------- base16

def b16encode(s):
    """Base16 (upper-case hexadecimal) encoding of bytes-like s."""
    return binascii.hexlify(s).upper()


def b16decode(s, casefold=False):
    """Decode Base16 s; casefold accepts lower-case digits."""
    s = _from_decode_data(s)
    if casefold:
        s = s.upper()
    for c in s:
        if not (48 <= c <= 57 or 65 <= c <= 70):
            raise binascii.Error("Non-base16 digit found")
    return binascii.unhexlify(s)


# ---------------------------------------------------------------- ascii85 and base85

_A85_START = b"<~"
_A85_END = b"~>"
_B85 = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~"


def _encode85(data, alphabet, pad, fold_nuls, fold_spaces):
    data = _bytes_like(data)
    padding = -len(data) % 4
    data += bytes(padding)
    groups = []
    for i in range(0, len(data), 4):
        word = int.from_bytes(data[i:i + 4], "big")
        if fold_nuls and word == 0:
            groups.append(b"z")
        elif fold_spaces and word == 0x20202020:
            groups.append(b"y")
        else:
            digits = bytearray(5)
            for k in range(4, -1, -1):
                digits[k] = alphabet[word % 85]
                word //= 85
            groups.append(bytes(digits))
    if padding and not pad and groups:
        if groups[-1] == b"z":
            groups[-1] = bytes([alphabet[0]]) * 5
        groups[-1] = groups[-1][:-padding]
    return b"".join(groups)


def a85encode(b, *, foldspaces=False, wrapcol=0, pad=False, adobe=False):
    """Ascii85-encode bytes-like b ('z' for zero words, 'y' for spaces with foldspaces)."""
    out = _encode85(b, bytes(range(33, 118)), pad, True, foldspaces)
    if adobe:
        out = _A85_START + out
    if wrapcol:
        width = max(2 if adobe else 1, wrapcol)
        lines = [out[i:i + width] for i in range(0, len(out), width)]
        if adobe and len(lines[-1]) + 2 > width:
            lines.append(b"")
        out = b"\n".join(lines)
    if adobe:
        out += _A85_END
    return out


def a85decode(b, *, foldspaces=False, adobe=False, ignorechars=b" \t\n\r\v"):
    """Decode Ascii85 b (with the '<~' '~>' frame if adobe)."""
    b = _from_decode_data(b)
    if adobe:
        if not b.endswith(_A85_END):
            raise ValueError("Ascii85 encoded byte sequences must end with {!r}".format(_A85_END))
        b = b[2:-2] if b.startswith(_A85_START) else b[:-2]
    out = bytearray()
    group = []
    for c in b:
        if 33 <= c <= 117:
            group.append(c - 33)
            if len(group) == 5:
                word = 0
                for v in group:
                    word = word * 85 + v
                if word > 0xFFFFFFFF:
                    raise ValueError("Ascii85 overflow")
                out += word.to_bytes(4, "big")
                group = []
        elif c == 122:  # z
            if group:
                raise ValueError("z inside Ascii85 5-tuple")
            out += bytes(4)
        elif foldspaces and c == 121:  # y
            if group:
                raise ValueError("y inside Ascii85 5-tuple")
            out += b"    "
        elif c in ignorechars:
            continue
        else:
            raise ValueError("Non-Ascii85 digit found: %c" % c)
    if group:
        missing = 5 - len(group)
        word = 0
        for v in group + [84] * missing:
            word = word * 85 + v
        if word > 0xFFFFFFFF:
            raise ValueError("Ascii85 overflow")
        out += word.to_bytes(4, "big")[:4 - missing]
    return bytes(out)


def b85encode(b, pad=False):
    """Base85-encode bytes-like b (the alphabet of git and Mercurial binary diffs)."""
    return _encode85(b, _B85, pad, False, False)


def b85decode(b):
    """Decode Base85 b."""
    b = _from_decode_data(b)
    values = {c: i for i, c in enumerate(_B85)}
    padding = -len(b) % 5
    b = b + b"~" * padding
    out = bytearray()
    for i in range(0, len(b), 5):
        word = 0
        for j, c in enumerate(b[i:i + 5]):
            v = values.get(c)
            if v is None:
                raise ValueError("bad base85 character at position %d" % (i + j))
            word = word * 85 + v
        if word > 0xFFFFFFFF:
            raise ValueError("base85 overflow in hunk starting at byte %d" % i)
        out += word.to_bytes(4, "big")
    if padding:
        del out[-padding:]
    return bytes(out)


# ---------------------------------------------------------------- legacy interface

MAXLINESIZE = 76
MAXBINSIZE = (MAXLINESIZE // 4) * 3


def _check_bytes_like(s):
    if not isinstance(s, bytes_types):
        raise TypeError("expected bytes-like object, not %s" % s.__class__.__name__)


def encodebytes(s):
    """Base64 in lines of at most 76 characters, each ending with a newline."""
    _check_bytes_like(s)
    pieces = []
    for i in range(0, len(s), MAXBINSIZE):
        pieces.append(binascii.b2a_base64(s[i:i + MAXBINSIZE]))
    return b"".join(pieces)


def decodebytes(s):
    """Decode the lines of encodebytes()."""
    _check_bytes_like(s)
    return binascii.a2b_base64(s)


def encode(input, output):
    """Base64-encode binary file input into binary file output."""
    while True:
        s = input.read(MAXBINSIZE)
        if not s:
            break
        while len(s) < MAXBINSIZE:
            more = input.read(MAXBINSIZE - len(s))
            if not more:
                break
            s += more
        output.write(binascii.b2a_base64(s))


def decode(input, output):
    """Decode binary file input (Base64 lines) into binary file output."""
    while True:
        line = input.readline()
        if not line:
            break
        output.write(binascii.a2b_base64(line))
