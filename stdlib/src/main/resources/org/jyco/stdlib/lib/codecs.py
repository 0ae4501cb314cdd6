"""Codec registry and helpers (Jyco's standard library, written for Jyco).

The codecs themselves are str.encode and bytes.decode of the runtime; this module gives the
registry interface over them: lookup() and CodecInfo, encode()/decode(), error handlers,
incremental encoders and decoders (stateless ones), the BOM constants and open().
"""

import builtins
import sys

__all__ = ["register", "lookup", "open", "EncodedFile", "BOM", "BOM_BE", "BOM_LE", "BOM32_BE",
           "BOM32_LE", "BOM64_BE", "BOM64_LE", "BOM_UTF8", "BOM_UTF16", "BOM_UTF16_LE",
           "BOM_UTF16_BE", "BOM_UTF32", "BOM_UTF32_LE", "BOM_UTF32_BE", "CodecInfo", "Codec",
           "IncrementalEncoder", "IncrementalDecoder", "StreamReader", "StreamWriter",
           "strict_errors", "ignore_errors", "replace_errors", "xmlcharrefreplace_errors",
           "backslashreplace_errors", "namereplace_errors", "register_error", "lookup_error",
           "encode", "decode", "getencoder", "getdecoder", "getincrementalencoder",
           "getincrementaldecoder", "iterencode", "iterdecode", "unregister"]

BOM_UTF8 = b"\xef\xbb\xbf"
BOM_UTF16_LE = BOM_LE = b"\xff\xfe"
BOM_UTF16_BE = BOM_BE = b"\xfe\xff"
BOM_UTF32_LE = BOM64_LE = b"\xff\xfe\x00\x00"
BOM_UTF32_BE = BOM64_BE = b"\x00\x00\xfe\xff"
BOM = BOM_UTF16 = BOM_UTF16_LE if sys.byteorder == "little" else BOM_UTF16_BE
BOM32_LE, BOM32_BE = BOM_UTF16_LE, BOM_UTF16_BE
BOM_UTF32 = BOM_UTF32_LE if sys.byteorder == "little" else BOM_UTF32_BE


class CodecInfo(tuple):
    """A codec's functions: encode, decode and the incremental and stream classes."""

    _is_text_encoding = True

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None, incrementalencoder=None,
                incrementaldecoder=None, name=None, *, _is_text_encoding=None):
        self = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        self.name = name
        self.encode = encode
        self.decode = decode
        self.incrementalencoder = incrementalencoder
        self.incrementaldecoder = incrementaldecoder
        self.streamwriter = streamwriter
        self.streamreader = streamreader
        if _is_text_encoding is not None:
            self._is_text_encoding = _is_text_encoding
        return self

    def __repr__(self):
        return "<%s.%s object for encoding %s at %#x>" % (self.__class__.__module__, self.__class__.__qualname__,
                                                         self.name, id(self))


class Codec:
    def encode(self, input, errors="strict"):
        raise NotImplementedError

    def decode(self, input, errors="strict"):
        raise NotImplementedError


class IncrementalEncoder:
    def __init__(self, errors="strict"):
        self.errors = errors
        self.buffer = ""

    def encode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return 0

    def setstate(self, state):
        pass


class IncrementalDecoder:
    def __init__(self, errors="strict"):
        self.errors = errors

    def decode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return (b"", 0)

    def setstate(self, state):
        pass


class StreamWriter(Codec):
    def __init__(self, stream, errors="strict"):
        self.stream = stream
        self.errors = errors

    def write(self, object):
        data, consumed = self.encode(object, self.errors)
        self.stream.write(data)

    def writelines(self, list):
        self.write("".join(list))

    def reset(self):
        pass

    def __getattr__(self, name):
        return getattr(self.stream, name)


class StreamReader(Codec):
    def __init__(self, stream, errors="strict"):
        self.stream = stream
        self.errors = errors

    def read(self, size=-1, chars=-1, firstline=False):
        data = self.stream.read() if size < 0 else self.stream.read(size)
        return self.decode(data, self.errors)[0]

    def readline(self, size=None, keepends=True):
        line = self.stream.readline()
        return self.decode(line, self.errors)[0]

    def readlines(self, sizehint=None, keepends=True):
        return self.read().splitlines(keepends)

    def reset(self):
        pass

    def __getattr__(self, name):
        return getattr(self.stream, name)


_search_functions = []
_cache = {}


def _normalize(encoding):
    return encoding.lower().replace(" ", "_").replace("-", "_")


def _builtin_codec(name):
    """CodecInfo for an encoding the runtime knows (str.encode accepts it), else None."""
    try:
        "".encode(name)
    except LookupError:
        return None

    def enc(input, errors="strict"):
        return input.encode(name, errors), len(input)

    def dec(input, errors="strict"):
        data = bytes(input)
        return data.decode(name, errors), len(data)

    class _IncEnc(IncrementalEncoder):
        def encode(self, input, final=False):
            return input.encode(name, self.errors)

    class _IncDec(IncrementalDecoder):
        def __init__(self, errors="strict"):
            super().__init__(errors)
            self._pending = b""

        def decode(self, input, final=False):
            data = self._pending + bytes(input)
            try:
                text = data.decode(name, self.errors)
            except UnicodeDecodeError as e:
                if final or e.end < len(data) or e.reason not in ("unexpected end of data", "truncated data"):
                    raise
                text = data[:e.start].decode(name, self.errors)
                self._pending = data[e.start:]
                return text
            self._pending = b""
            return text

        def reset(self):
            self._pending = b""

    class _Writer(StreamWriter):
        def encode(self, input, errors="strict"):
            return enc(input, errors)

    class _Reader(StreamReader):
        def decode(self, input, errors="strict"):
            return dec(input, errors)

    canonical = _normalize(name)
    canonical = _CANONICAL.get(canonical, canonical.replace("_", "-"))
    return CodecInfo(enc, dec, _Reader, _Writer, _IncEnc, _IncDec, name=canonical)


# the names CodecInfo.name shows for common aliases (as CPython's encodings package)
_CANONICAL = {
    "utf8": "utf-8", "utf_8": "utf-8", "u8": "utf-8", "utf": "utf-8", "cp65001": "utf-8",
    "latin_1": "iso8859-1", "latin1": "iso8859-1", "iso_8859_1": "iso8859-1", "iso8859_1": "iso8859-1",
    "l1": "iso8859-1", "8859": "iso8859-1", "cp819": "iso8859-1", "latin": "iso8859-1",
    "ascii": "ascii", "us_ascii": "ascii", "646": "ascii",
    "utf_16": "utf-16", "utf16": "utf-16", "utf_16_le": "utf-16-le", "utf_16_be": "utf-16-be",
    "utf_32": "utf-32", "utf32": "utf-32", "utf_32_le": "utf-32-le", "utf_32_be": "utf-32-be",
    "utf_8_sig": "utf-8-sig",
}


def register(search_function):
    """Adds a function that maps an encoding name to a CodecInfo (or None)."""
    if not callable(search_function):
        raise TypeError("argument must be callable")
    _search_functions.append(search_function)


def unregister(search_function):
    try:
        _search_functions.remove(search_function)
    except ValueError:
        pass
    _cache.clear()


def lookup(encoding):
    """The CodecInfo of an encoding; LookupError if there is none."""
    key = _normalize(encoding)
    info = _cache.get(key)
    if info is not None:
        return info
    for f in _search_functions:
        info = f(key)
        if info is not None:
            if not isinstance(info, CodecInfo) and not (isinstance(info, tuple) and len(info) == 4):
                raise TypeError("codec search functions must return 4-tuples")
            break
    else:
        info = _builtin_codec(encoding)
    if info is None:
        raise LookupError("unknown encoding: %s" % encoding)
    _cache[key] = info
    return info


def encode(obj, encoding="utf-8", errors="strict"):
    """obj encoded with the codec (str to bytes for text encodings)."""
    result = lookup(encoding).encode(obj, errors)
    return result[0]


def decode(obj, encoding="utf-8", errors="strict"):
    result = lookup(encoding).decode(obj, errors)
    return result[0]


def getencoder(encoding):
    return lookup(encoding).encode


def getdecoder(encoding):
    return lookup(encoding).decode


def getincrementalencoder(encoding):
    encoder = lookup(encoding).incrementalencoder
    if encoder is None:
        raise LookupError(encoding)
    return encoder


def getincrementaldecoder(encoding):
    decoder = lookup(encoding).incrementaldecoder
    if decoder is None:
        raise LookupError(encoding)
    return decoder


def getreader(encoding):
    return lookup(encoding).streamreader


def getwriter(encoding):
    return lookup(encoding).streamwriter


def iterencode(iterator, encoding, errors="strict", **kwargs):
    encoder = getincrementalencoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = encoder.encode(input)
        if output:
            yield output
    output = encoder.encode("", True)
    if output:
        yield output


def iterdecode(iterator, encoding, errors="strict", **kwargs):
    decoder = getincrementaldecoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = decoder.decode(input)
        if output:
            yield output
    output = decoder.decode(b"", True)
    if output:
        yield output


def open(filename, mode="r", encoding=None, errors="strict", buffering=-1):
    """The built-in open() with the encoding (codecs.open's text files)."""
    if encoding is not None and "b" not in mode:
        return builtins.open(filename, mode, encoding=encoding, errors=errors)
    return builtins.open(filename, mode)


def EncodedFile(file, data_encoding, file_encoding=None, errors="strict"):
    raise NotImplementedError("codecs.EncodedFile is not supported by Jyco")


# error handlers: the runtime implements the standard ones by name; these are their functions

def strict_errors(exception):
    if isinstance(exception, UnicodeError):
        raise exception
    raise TypeError("don't know how to handle %s in error callback" % type(exception).__name__)


def ignore_errors(exception):
    if isinstance(exception, (UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError)):
        return ("", exception.end)
    raise TypeError("don't know how to handle %s in error callback" % type(exception).__name__)


def replace_errors(exception):
    if isinstance(exception, UnicodeEncodeError):
        return ("?" * (exception.end - exception.start), exception.end)
    if isinstance(exception, UnicodeDecodeError):
        return ("\ufffd", exception.end)
    if isinstance(exception, UnicodeTranslateError):
        return ("\ufffd" * (exception.end - exception.start), exception.end)
    raise TypeError("don't know how to handle %s in error callback" % type(exception).__name__)


def backslashreplace_errors(exception):
    if isinstance(exception, UnicodeDecodeError):
        return ("".join("\\x%02x" % b for b in exception.object[exception.start:exception.end]), exception.end)
    if isinstance(exception, (UnicodeEncodeError, UnicodeTranslateError)):
        out = []
        for ch in exception.object[exception.start:exception.end]:
            c = ord(ch)
            out.append("\\x%02x" % c if c < 0x100 else "\\u%04x" % c if c < 0x10000 else "\\U%08x" % c)
        return ("".join(out), exception.end)
    raise TypeError("don't know how to handle %s in error callback" % type(exception).__name__)


def xmlcharrefreplace_errors(exception):
    if isinstance(exception, UnicodeEncodeError):
        return ("".join("&#%d;" % ord(ch) for ch in exception.object[exception.start:exception.end]), exception.end)
    raise TypeError("don't know how to handle %s in error callback" % type(exception).__name__)


def namereplace_errors(exception):
    if isinstance(exception, UnicodeEncodeError):
        import unicodedata
        out = []
        for ch in exception.object[exception.start:exception.end]:
            try:
                out.append("\\N{%s}" % unicodedata.name(ch))
            except ValueError:
                c = ord(ch)
                out.append("\\x%02x" % c if c < 0x100 else "\\u%04x" % c if c < 0x10000 else "\\U%08x" % c)
        return ("".join(out), exception.end)
    raise TypeError("don't know how to handle %s in error callback" % type(exception).__name__)


_error_handlers = {
    "strict": strict_errors, "ignore": ignore_errors, "replace": replace_errors,
    "backslashreplace": backslashreplace_errors, "xmlcharrefreplace": xmlcharrefreplace_errors,
    "namereplace": namereplace_errors,
}


def register_error(name, error_handler):
    """Registers an error handler for codecs.lookup_error (str.encode does not call it on Jyco)."""
    if not isinstance(name, str):
        raise TypeError("register_error() argument 1 must be str, not %s" % type(name).__name__)
    if not callable(error_handler):
        raise TypeError("handler must be callable")
    _error_handlers[name] = error_handler


def lookup_error(name):
    """The error handler registered under name; LookupError if there is none."""
    if not isinstance(name, str):
        raise TypeError("lookup_error() argument must be str, not %s" % type(name).__name__)
    try:
        return _error_handlers[name]
    except KeyError:
        raise LookupError("unknown error handler name '%s'" % name) from None
