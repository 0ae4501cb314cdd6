"""Reading and writing CSV files (written for Jyco).

reader and writer follow the rules of CPython's _csv module (dialects, quoting modes, escaping,
strictness and the same error messages); DictReader, DictWriter and Sniffer are built on them.
"""
import re
from io import StringIO

__all__ = ["QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE", "Error", "Dialect",
           "__doc__", "excel", "excel_tab", "field_size_limit", "reader", "writer",
           "register_dialect", "get_dialect", "list_dialects", "Sniffer", "unregister_dialect",
           "__version__", "DictReader", "DictWriter", "unix_dialect"]

__version__ = "1.0"

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = 0, 1, 2, 3


class Error(Exception):
    pass


Error.__module__ = "_csv"

_field_limit = 128 * 1024
_dialects = {}


def field_size_limit(*args):
    """Returns the largest field the reader accepts; with an argument, sets a new one."""
    global _field_limit
    if len(args) > 1:
        raise TypeError("field_size_limit expected at most 1 argument, got %d" % len(args))
    old = _field_limit
    if args:
        limit = args[0]
        if not isinstance(limit, int):
            raise TypeError("limit must be an integer")
        _field_limit = limit
    return old


# ---------------------------------------------------------------- dialects

def _char(name, value, default, allow_none):
    if value is None:
        if allow_none:
            return None
        return default
    if not isinstance(value, str):
        if allow_none:
            raise TypeError('"%s" must be string or None, not %s' % (name, type(value).__name__))
        raise TypeError('"%s" must be string, not %s' % (name, type(value).__name__))
    if len(value) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return value


class _Dialect:
    """A checked, read-only set of formatting parameters (CPython's _csv.Dialect)."""

    __slots__ = ("_delimiter", "_quotechar", "_escapechar", "_doublequote", "_skipinitialspace",
                 "_lineterminator", "_quoting", "_strict")

    def __init__(self, dialect=None, **kwargs):
        def pick(name, default):
            if name in kwargs and kwargs[name] is not None:
                return kwargs[name]
            if name in kwargs and name in ("quotechar", "escapechar"):
                return None
            if dialect is not None and hasattr(dialect, name):
                return getattr(dialect, name)
            return default
        for key in kwargs:
            if key not in ("delimiter", "quotechar", "escapechar", "doublequote",
                           "skipinitialspace", "lineterminator", "quoting", "strict"):
                raise TypeError("'%s' is an invalid keyword argument for Dialect()" % key)
        quoting = pick("quoting", QUOTE_MINIMAL)
        if not isinstance(quoting, int) or isinstance(quoting, bool) and False:
            raise TypeError('"quoting" must be an integer')
        if quoting not in (QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE):
            raise TypeError('bad "quoting" value')
        delimiter = _char("delimiter", pick("delimiter", ","), ",", False)
        quotechar = _char("quotechar", pick("quotechar", '"'), '"', True)
        escapechar = _char("escapechar", pick("escapechar", None), None, True)
        lineterminator = pick("lineterminator", "\r\n")
        if not isinstance(lineterminator, str):
            raise TypeError('"lineterminator" must be a string')
        if quotechar is None and quoting != QUOTE_NONE and dialect is None and "quotechar" in kwargs \
                and kwargs["quotechar"] is None and "quoting" in kwargs:
            raise TypeError("quotechar must be set if quoting enabled")
        set_ = object.__setattr__
        set_(self, "_delimiter", delimiter)
        set_(self, "_quotechar", quotechar)
        set_(self, "_escapechar", escapechar)
        set_(self, "_doublequote", bool(pick("doublequote", True)))
        set_(self, "_skipinitialspace", bool(pick("skipinitialspace", False)))
        set_(self, "_lineterminator", lineterminator)
        set_(self, "_quoting", quoting)
        set_(self, "_strict", bool(pick("strict", False)))

    delimiter = property(lambda self: self._delimiter)
    quotechar = property(lambda self: self._quotechar)
    escapechar = property(lambda self: self._escapechar)
    doublequote = property(lambda self: self._doublequote)
    skipinitialspace = property(lambda self: self._skipinitialspace)
    lineterminator = property(lambda self: self._lineterminator)
    quoting = property(lambda self: self._quoting)
    strict = property(lambda self: self._strict)

    def __setattr__(self, name, value):
        raise AttributeError("attribute '%s' of '_csv.Dialect' objects is not writable" % name)


_Dialect.__name__ = "Dialect"
_Dialect.__qualname__ = "Dialect"
_Dialect.__module__ = "_csv"


def _make_dialect(dialect, kwargs):
    if isinstance(dialect, str):
        dialect = get_dialect(dialect)
    if isinstance(dialect, _Dialect) and not kwargs:
        return dialect
    return _Dialect(dialect, **kwargs)


def register_dialect(name, dialect=None, **fmtparams):
    """Registers a dialect (a Dialect class or instance and/or parameters) under a name."""
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    _dialects[name] = _make_dialect(dialect, fmtparams)


def unregister_dialect(name):
    if name not in _dialects:
        raise Error("unknown dialect")
    del _dialects[name]


def get_dialect(name):
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error("unknown dialect") from None


def list_dialects():
    return list(_dialects)


class Dialect:
    """Describes a CSV dialect: subclass it and set the class attributes."""
    _name = ""
    _valid = False
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None

    def __init__(self):
        if self.__class__ != Dialect:
            self._valid = True
        self._validate()

    def _validate(self):
        try:
            _Dialect(self)
        except TypeError as e:
            raise Error(str(e))


class excel(Dialect):
    """The usual properties of an Excel-generated CSV file."""
    delimiter = ","
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = "\r\n"
    quoting = QUOTE_MINIMAL


register_dialect("excel", excel)


class excel_tab(excel):
    """The usual properties of an Excel-generated TAB-delimited file."""
    delimiter = "\t"


register_dialect("excel-tab", excel_tab)


class unix_dialect(Dialect):
    """The usual properties of CSV files generated on UNIX systems."""
    delimiter = ","
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = "\n"
    quoting = QUOTE_ALL


register_dialect("unix", unix_dialect)


# ---------------------------------------------------------------- reader

# parser states
(_START_RECORD, _START_FIELD, _ESCAPED_CHAR, _IN_FIELD, _IN_QUOTED_FIELD,
 _ESCAPE_IN_QUOTED_FIELD, _QUOTE_IN_QUOTED_FIELD, _EAT_CRNL, _AFTER_ESCAPED_CRNL) = range(9)

_EOL = None  # the end of a line, fed after its characters


class _Reader:
    """Iterates over the records (lists of strings) of lines read from an iterable."""

    def __init__(self, lines, dialect):
        self._lines = iter(lines)
        self.dialect = dialect
        self.line_num = 0
        self._fields = None
        self._field = []
        self._state = _START_RECORD
        self._numeric = False

    def __iter__(self):
        return self

    def _save_field(self):
        text = "".join(self._field)
        self._field = []
        if self._numeric:
            self._numeric = False
            text = float(text)
        self._fields.append(text)

    def _add(self, c):
        if len(self._field) >= _field_limit:
            raise Error("field larger than field limit (%d)" % _field_limit)
        self._field.append(c)

    def _end_field(self, c):
        self._save_field()
        self._state = _START_RECORD if c is _EOL else _EAT_CRNL

    def _feed(self, c):
        d = self.dialect
        state = self._state
        if state == _START_RECORD:
            if c is _EOL:
                return
            if c == "\n" or c == "\r":
                self._state = _EAT_CRNL
                return
            state = self._state = _START_FIELD
        if state == _START_FIELD:
            if c is _EOL or c == "\n" or c == "\r":
                self._end_field(c)
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                self._state = _IN_QUOTED_FIELD
            elif c == d.escapechar:
                self._state = _ESCAPED_CHAR
            elif c == " " and d.skipinitialspace:
                pass
            elif c == d.delimiter:
                self._save_field()
            else:
                if d.quoting == QUOTE_NONNUMERIC:
                    self._numeric = True
                self._add(c)
                self._state = _IN_FIELD
            return
        if state == _ESCAPED_CHAR:
            if c == "\n" or c == "\r":
                self._add(c)
                self._state = _AFTER_ESCAPED_CRNL
                return
            self._add("\n" if c is _EOL else c)
            self._state = _IN_FIELD
            return
        if state == _AFTER_ESCAPED_CRNL:
            if c is _EOL:
                return
            state = self._state = _IN_FIELD
        if state == _IN_FIELD:
            if c is _EOL or c == "\n" or c == "\r":
                self._end_field(c)
            elif c == d.escapechar:
                self._state = _ESCAPED_CHAR
            elif c == d.delimiter:
                self._save_field()
                self._state = _START_FIELD
            else:
                self._add(c)
            return
        if state == _IN_QUOTED_FIELD:
            if c is _EOL:
                pass
            elif c == d.escapechar:
                self._state = _ESCAPE_IN_QUOTED_FIELD
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                self._state = _QUOTE_IN_QUOTED_FIELD if d.doublequote else _IN_FIELD
            else:
                self._add(c)
            return
        if state == _ESCAPE_IN_QUOTED_FIELD:
            self._add("\n" if c is _EOL else c)
            self._state = _IN_QUOTED_FIELD
            return
        if state == _QUOTE_IN_QUOTED_FIELD:
            if d.quoting != QUOTE_NONE and c == d.quotechar:
                self._add(c)
                self._state = _IN_QUOTED_FIELD
            elif c == d.delimiter:
                self._save_field()
                self._state = _START_FIELD
            elif c is _EOL or c == "\n" or c == "\r":
                self._end_field(c)
            elif not d.strict:
                self._add(c)
                self._state = _IN_FIELD
            else:
                raise Error("'%s' expected after '%s'" % (d.delimiter, d.quotechar))
            return
        if state == _EAT_CRNL:
            if c == "\n" or c == "\r":
                pass
            elif c is _EOL:
                self._state = _START_RECORD
            else:
                raise Error("new-line character seen in unquoted field - "
                            "do you need to open the file in universal-newline mode?")

    def __next__(self):
        self._fields = []
        self._field = []
        self._state = _START_RECORD
        self._numeric = False
        while True:
            try:
                line = next(self._lines)
            except StopIteration:
                if self._field or self._state == _IN_QUOTED_FIELD:
                    if self.dialect.strict:
                        raise Error("unexpected end of data")
                    self._save_field()
                    break
                raise
            if not isinstance(line, str):
                raise Error("iterator should return strings, not %s "
                            "(the file should be opened in text mode)" % type(line).__name__)
            self.line_num += 1
            for c in line:
                self._feed(c)
            self._feed(_EOL)
            if self._state == _START_RECORD:
                break
        fields = self._fields
        self._fields = None
        return fields


_Reader.__name__ = "reader"
_Reader.__qualname__ = "reader"
_Reader.__module__ = "_csv"


def reader(csvfile, dialect="excel", **fmtparams):
    """An iterator over the records of csvfile (any iterable of lines), as lists of strings."""
    return _Reader(csvfile, _make_dialect(dialect, fmtparams))


# ---------------------------------------------------------------- writer

class _Writer:
    """Writes records (iterables of values) as delimited lines to a file-like object."""

    def __init__(self, fileobj, dialect):
        self._write = fileobj.write
        self.dialect = dialect

    def _field_text(self, value, quoted, out):
        d = self.dialect
        specials = {d.delimiter, d.escapechar, d.quotechar}
        specials.discard(None)
        for c in value:
            escape = False
            if c in specials or c in d.lineterminator:
                if d.quoting == QUOTE_NONE:
                    escape = True
                else:
                    if c == d.quotechar:
                        if d.doublequote:
                            out.append(c)
                        else:
                            escape = True
                    elif c == d.escapechar:
                        escape = True
                    if not escape:
                        quoted = True
                if escape:
                    if d.escapechar is None:
                        raise Error("need to escape, but no escapechar set")
                    out.append(d.escapechar)
            out.append(c)
        return quoted

    def writerow(self, row):
        d = self.dialect
        try:
            values = iter(row)
        except TypeError:
            raise Error("iterable expected, not %s" % type(row).__name__) from None
        parts = []
        for value in values:
            if d.quoting == QUOTE_NONNUMERIC:
                quoted = not isinstance(value, (int, float, complex)) or value is None
            else:
                quoted = d.quoting == QUOTE_ALL
            if value is None:
                text = ""
            elif isinstance(value, str):
                text = value
            elif isinstance(value, float):
                text = repr(value)
            else:
                text = str(value)
            out = []
            quoted = self._field_text(text, quoted, out)
            body = "".join(out)
            if quoted:
                if d.quotechar is None:
                    raise Error("quotechar must be set if quoting enabled")
                body = d.quotechar + body + d.quotechar
            parts.append(body)
        if len(parts) == 1 and parts[0] == "":
            if d.quoting == QUOTE_NONE:
                raise Error("single empty field record must be quoted")
            parts[0] = (d.quotechar or "") * 2
        return self._write(d.delimiter.join(parts) + d.lineterminator)

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


_Writer.__name__ = "writer"
_Writer.__qualname__ = "writer"
_Writer.__module__ = "_csv"


def writer(csvfile, dialect="excel", **fmtparams):
    """A writer of records to csvfile (anything with a write method)."""
    if not hasattr(csvfile, "write"):
        raise TypeError('argument 1 must have a "write" method')
    return _Writer(csvfile, _make_dialect(dialect, fmtparams))


# ---------------------------------------------------------------- dictionaries

class DictReader:
    """Reads records as dicts keyed by the field names (by default, the first record)."""

    def __init__(self, f, fieldnames=None, restkey=None, restval=None, dialect="excel", *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while row == []:
            row = next(self.reader)
        names = self.fieldnames
        result = dict(zip(names, row))
        if len(names) < len(row):
            result[self.restkey] = row[len(names):]
        else:
            for key in names[len(row):]:
                result[key] = self.restval
        return result

    __class_getitem__ = classmethod(lambda cls, item: cls)


class DictWriter:
    """Writes dicts as records, their values in the order of fieldnames."""

    def __init__(self, f, fieldnames, restval="", extrasaction="raise", dialect="excel", *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ("raise", "ignore"):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'" % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        return self.writerow(dict(zip(self.fieldnames, self.fieldnames)))

    def _values(self, rowdict):
        if self.extrasaction == "raise":
            extra = [k for k in rowdict if k not in self.fieldnames]
            if extra:
                raise ValueError("dict contains fields not in fieldnames: "
                                 + ", ".join([repr(k) for k in extra]))
        return (rowdict.get(key, self.restval) for key in self.fieldnames)

    def writerow(self, rowdict):
        return self.writer.writerow(self._values(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(map(self._values, rowdicts))

    __class_getitem__ = classmethod(lambda cls, item: cls)


# ---------------------------------------------------------------- sniffer

# quoted fields next to a delimiter, tried in this order (the first that matches anything wins)
_QUOTED_FIELD_RES = [
    r'(?P<delim>[^\w\n"\'])(?P<space> ?)(?P<quote>["\']).*?(?P=quote)(?P=delim)',  # ,"x",
    r'(?:^|\n)(?P<quote>["\']).*?(?P=quote)(?P<delim>[^\w\n"\'])(?P<space> ?)',  # "x", at a line start
    r'(?P<delim>[^\w\n"\'])(?P<space> ?)(?P<quote>["\']).*?(?P=quote)(?:$|\n)',  # ,"x" at a line end
    r'(?:^|\n)(?P<quote>["\']).*?(?P=quote)(?:$|\n)',  # a whole quoted line
]


def _most_common(counts):
    """The key with the highest count (the first seen among equals)."""
    best = None
    for key, n in counts.items():
        if best is None or n > counts[best]:
            best = key
    return best


def _space_after(data, delim):
    """True if, on the first line, every delimiter is followed by a space."""
    first = data.split("\n")[0]
    return first.count(delim) == first.count(delim + " ")


class Sniffer:
    """Guesses the dialect of a CSV sample and whether it starts with a header row."""

    def __init__(self):
        self.preferred = [",", "\t", ";", " ", ":"]

    def sniff(self, sample, delimiters=None):
        """A Dialect subclass describing the sample."""
        quotechar, doublequote, delimiter, skipinitialspace = self._guess_from_quotes(sample, delimiters)
        if not delimiter:
            delimiter, skipinitialspace = self._guess_from_counts(sample, delimiters)
        if not delimiter:
            raise Error("Could not determine delimiter")

        class dialect(Dialect):
            _name = "sniffed"
            lineterminator = "\r\n"
            quoting = QUOTE_MINIMAL

        dialect.doublequote = doublequote
        dialect.delimiter = delimiter
        dialect.quotechar = quotechar or '"'
        dialect.skipinitialspace = skipinitialspace
        return dialect

    def _guess_from_quotes(self, data, delimiters):
        found = []
        for source in _QUOTED_FIELD_RES:
            found = list(re.finditer(source, data, re.DOTALL | re.MULTILINE))
            if found:
                break
        if not found:
            return "", False, None, 0
        quotes, delims, spaced = {}, {}, 0
        for m in found:
            named = m.groupdict()
            q = named.get("quote")
            if q:
                quotes[q] = quotes.get(q, 0) + 1
            d = named.get("delim")
            if d and (delimiters is None or d in delimiters):
                delims[d] = delims.get(d, 0) + 1
            if named.get("space"):
                spaced += 1
        quotechar = _most_common(quotes)
        if delims:
            delim = _most_common(delims)
            skip = delims[delim] == spaced
            if delim == "\n":
                delim = ""
        else:
            delim, skip = "", 0
        # a field holding a doubled quote: quote, text, quote, text, quote between delimiters
        d, q = re.escape(delim), quotechar
        doubled = re.compile(r"((%s)|^)\W*%s[^%s\n]*%s[^%s\n]*%s\W*((%s)|$)" % (d, q, d, q, d, q, d),
                             re.MULTILINE)
        return quotechar, bool(doubled.search(data)), delim, skip

    def _guess_from_counts(self, data, delimiters):
        """A character that occurs the same number of times on (nearly) every line.

        Lines are examined ten at a time; for each ASCII character a histogram of its count per
        line is kept, and its "mode" is the most frequent count with that count's frequency less
        the frequencies of all other counts. A character whose mode covers a large enough share
        of the lines seen so far (from 100% down to 90%) is a candidate.
        """
        lines = [line for line in data.split("\n") if line]
        step = min(10, len(lines))
        histograms = {}
        candidates = {}
        seen = 0
        while seen < len(lines):
            for line in lines[seen:seen + step]:
                for code in range(127):
                    ch = chr(code)
                    hist = histograms.setdefault(ch, {})
                    n = line.count(ch)
                    hist[n] = hist.get(n, 0) + 1
            seen += step
            modes = {}
            for ch, hist in histograms.items():
                if len(hist) == 1:
                    only = next(iter(hist.items()))
                    if only[0] != 0:
                        modes[ch] = only
                    continue
                top = _most_common(hist)
                others = sum(f for n, f in hist.items() if n != top)
                modes[ch] = (top, hist[top] - others)
            total = float(seen if seen < len(lines) else len(lines))
            level = 1.0
            while not candidates and level >= 0.9:
                for ch, (n, freq) in modes.items():
                    if n > 0 and freq > 0 and freq / total >= level and (delimiters is None or ch in delimiters):
                        candidates[ch] = (n, freq)
                level -= 0.01
            if len(candidates) == 1:
                only = next(iter(candidates))
                return only, _space_after(data, only)
        if not candidates:
            return "", 0
        for ch in self.preferred:
            if ch in candidates:
                return ch, _space_after(data, ch)
        best = max((mode, ch) for ch, mode in candidates.items())[1]
        return best, _space_after(data, best)

    def has_header(self, sample):
        """Guesses whether the first row holds column names.

        Each column of the next rows (up to 20) must keep one kind: numbers (anything complex()
        accepts) or strings of one length; the header votes for itself in each such column when it
        does not fit the kind, against itself when it does.
        """
        rows = reader(StringIO(sample), self.sniff(sample))
        header = next(rows)
        width = len(header)
        kinds = {i: None for i in range(width)}
        for checked, row in enumerate(rows):
            if checked > 20:
                break
            if len(row) != width:
                continue
            for col in list(kinds):
                try:
                    complex(row[col])
                    kind = complex
                except (ValueError, OverflowError, TypeError):
                    kind = len(row[col])
                if kinds[col] is None:
                    kinds[col] = kind
                elif kinds[col] != kind:
                    del kinds[col]
        votes = 0
        for col, kind in kinds.items():
            if kind is complex:
                try:
                    complex(header[col])
                    fits = True
                except (ValueError, TypeError):
                    fits = False
            else:
                fits = len(header[col]) == kind
            votes += -1 if fits else 1
        return votes > 0
