"""Extracting, formatting and printing tracebacks and exceptions (written for Jyco).

The text is the one CPython 3.11 prints for an uncaught exception, except that Jyco records no
column positions: the "^^^^" lines marking the failing part of a source line are never shown
(FrameSummary.colno and end_colno are None).
"""
import collections.abc
import itertools
import linecache
import sys

__all__ = ["extract_stack", "extract_tb", "format_exception", "format_exception_only",
           "format_list", "format_stack", "format_tb", "print_exc", "format_exc",
           "print_exception", "print_last", "print_stack", "print_tb", "clear_frames",
           "FrameSummary", "StackSummary", "TracebackException", "walk_stack", "walk_tb"]

# how many times an identical entry is shown before "[Previous line repeated ...]"
_REPEAT_SHOWN = 3

_CAUSE_TEXT = "\nThe above exception was the direct cause of the following exception:\n\n"
_CONTEXT_TEXT = "\nDuring handling of the above exception, another exception occurred:\n\n"

_MISSING = object()


# ---------------------------------------------------------------- frames and stacks

class FrameSummary:
    """One entry of a stack: file, line number, function name and (looked up lazily) the line."""

    __slots__ = ("filename", "lineno", "end_lineno", "colno", "end_colno", "name", "_line", "locals")

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno
        if lookup_line:
            self.line
        self.locals = None if not locals else {k: repr(v) for k, v in locals.items()}

    @property
    def _original_line(self):
        self.line
        return self._line

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = linecache.getline(self.filename, self.lineno)
        return self._line.strip()

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno
                    and self.name == other.name and self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, index):
        return (self.filename, self.lineno, self.name, self.line)[index]

    def __iter__(self):
        return iter((self.filename, self.lineno, self.name, self.line))

    def __len__(self):
        return 4

    def __repr__(self):
        return "<FrameSummary file {}, line {} in {}>".format(self.filename, self.lineno, self.name)


def walk_stack(f):
    """(frame, line number) from frame f outwards to the outermost frame (the caller's if f is None)."""
    if f is None:
        f = sys._getframe().f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def walk_tb(tb):
    """(frame, line number) for each entry of a traceback, outermost first."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def _limited(pairs, limit):
    """The first limit pairs (the last -limit if negative); sys.tracebacklimit when limit is None."""
    if limit is None:
        limit = getattr(sys, "tracebacklimit", None)
        if limit is not None and limit < 0:
            limit = 0
    if limit is None:
        return pairs
    if limit >= 0:
        return itertools.islice(pairs, limit)
    return collections.deque(pairs, maxlen=-limit)


class StackSummary(list):
    """A list of FrameSummary objects, ready to format."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        """A StackSummary of the (frame, line number) pairs frame_gen yields."""
        summary = klass()
        names = set()
        for f, lineno in _limited(frame_gen, limit):
            code = f.f_code
            names.add(code.co_filename)
            summary.append(FrameSummary(code.co_filename, lineno, code.co_name, lookup_line=False))
        for name in names:
            linecache.checkcache(name)
        if lookup_lines:
            for entry in summary:
                entry.line
        return summary

    @classmethod
    def from_list(klass, a_list):
        """A StackSummary of FrameSummary objects or (filename, lineno, name, line) tuples."""
        summary = klass()
        for item in a_list:
            if isinstance(item, FrameSummary):
                summary.append(item)
            else:
                filename, lineno, name, line = item
                summary.append(FrameSummary(filename, lineno, name, line=line))
        return summary

    def format_frame_summary(self, frame_summary):
        """The text of one entry: the "File" line, the stripped source line, the locals."""
        parts = ['  File "{}", line {}, in {}\n'.format(
            frame_summary.filename, frame_summary.lineno, frame_summary.name)]
        if frame_summary.line:
            parts.append("    {}\n".format(frame_summary.line.strip()))
        if frame_summary.locals:
            for key in sorted(frame_summary.locals):
                parts.append("    {name} = {value}\n".format(name=key, value=frame_summary.locals[key]))
        return "".join(parts)

    def format(self):
        """One string per entry; a run of identical entries is cut after three with a count."""
        out = []
        previous = None
        run = 0
        for entry in self:
            text = self.format_frame_summary(entry)
            if text is None:
                continue
            key = (entry.filename, entry.lineno, entry.name)
            if previous is None or key != previous:
                if run > _REPEAT_SHOWN:
                    out.append(_repeated(run - _REPEAT_SHOWN))
                previous = key
                run = 0
            run += 1
            if run <= _REPEAT_SHOWN:
                out.append(text)
        if run > _REPEAT_SHOWN:
            out.append(_repeated(run - _REPEAT_SHOWN))
        return out


def _repeated(n):
    return "  [Previous line repeated {} more time{}]\n".format(n, "s" if n > 1 else "")


def extract_tb(tb, limit=None):
    """The StackSummary of a traceback (outermost entry first)."""
    return StackSummary.extract(walk_tb(tb), limit=limit)


def extract_stack(f=None, limit=None):
    """The StackSummary of the current stack (or of frame f and its callers), outermost first."""
    if f is None:
        f = sys._getframe().f_back
    summary = StackSummary.extract(walk_stack(f), limit=limit)
    summary.reverse()
    return summary


def format_list(extracted_list):
    """The strings for a list of FrameSummary objects or 4-tuples."""
    return StackSummary.from_list(extracted_list).format()


def print_list(extracted_list, file=None):
    """Prints format_list(extracted_list)."""
    if file is None:
        file = sys.stderr
    for text in format_list(extracted_list):
        print(text, file=file, end="")


def format_tb(tb, limit=None):
    return extract_tb(tb, limit=limit).format()


def print_tb(tb, limit=None, file=None):
    print_list(extract_tb(tb, limit=limit), file=file)


def format_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe().f_back
    return format_list(extract_stack(f, limit=limit))


def print_stack(f=None, limit=None, file=None):
    if f is None:
        f = sys._getframe().f_back
    print_list(extract_stack(f, limit=limit), file=file)


def clear_frames(tb):
    """Jyco's frames keep no local variables: nothing to clear."""
    return None


# ---------------------------------------------------------------- exceptions

def _value_and_tb(exc, value, tb):
    if (value is _MISSING) != (tb is _MISSING):
        raise ValueError("Both or neither of value and tb must be given")
    if value is _MISSING:
        if exc is None:
            return None, None
        if isinstance(exc, BaseException):
            return exc, exc.__traceback__
        raise TypeError(f"Exception expected for value, {type(exc).__name__} found")
    return value, tb


def print_exception(exc, /, value=_MISSING, tb=_MISSING, limit=None, file=None, chain=True):
    """Prints an exception with its traceback (and chained exceptions) as an uncaught one is."""
    value, tb = _value_and_tb(exc, value, tb)
    report = TracebackException(type(value), value, tb, limit=limit, compact=True)
    report.print(file=file, chain=chain)


def format_exception(exc, /, value=_MISSING, tb=_MISSING, limit=None, chain=True):
    """The lines print_exception would print, as a list of strings ending in newlines."""
    value, tb = _value_and_tb(exc, value, tb)
    report = TracebackException(type(value), value, tb, limit=limit, compact=True)
    return list(report.format(chain=chain))


def format_exception_only(exc, /, value=_MISSING):
    """The last part of a report: "Type: message" (or a SyntaxError's lines) and the notes."""
    if value is _MISSING:
        value = exc
    report = TracebackException(type(value), value, None, compact=True)
    return list(report.format_exception_only())


def print_exc(limit=None, file=None, chain=True):
    """Prints the exception being handled (print_exception(sys.exception()))."""
    print_exception(*sys.exc_info(), limit=limit, file=file, chain=chain)


def format_exc(limit=None, chain=True):
    """The report of the exception being handled, as one string."""
    return "".join(format_exception(*sys.exc_info(), limit=limit, chain=chain))


def print_last(limit=None, file=None, chain=True):
    """Prints sys.last_value (set by the interactive interpreter after an uncaught exception)."""
    if not hasattr(sys, "last_type"):
        raise ValueError("no last exception")
    print_exception(sys.last_type, sys.last_value, sys.last_traceback, limit=limit, file=file, chain=chain)


def _as_text(value, what, func=str):
    try:
        return func(value)
    except Exception:
        return f"<{what} {func.__name__}() failed>"


def _final_line(type_name, value):
    text = _as_text(value, "exception")
    if value is None or not text:
        return "%s\n" % type_name
    return "%s: %s\n" % (type_name, text)


class _Box:
    """Where group printing is: nesting depth and whether the last box is still open."""

    def __init__(self):
        self.depth = 0
        self.need_close = False

    def indent(self):
        return " " * (2 * self.depth)

    def emit(self, texts, margin_char=None):
        prefix = self.indent()
        if self.depth:
            prefix += (margin_char or "|") + " "
        if isinstance(texts, str):
            texts = [texts]
        for text in texts:
            yield "".join(prefix + line for line in text.splitlines(True))


class TracebackException:
    """An exception captured for formatting: its type, text, stack and chained exceptions."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None, lookup_lines=True,
                 capture_locals=False, compact=False, max_group_width=15, max_group_depth=10,
                 _seen=None):
        top = _seen is None
        if top:
            _seen = set()
        _seen.add(id(exc_value))
        self.max_group_width = max_group_width
        self.max_group_depth = max_group_depth
        self.stack = StackSummary.extract(walk_tb(exc_traceback), limit=limit,
                                          lookup_lines=lookup_lines, capture_locals=capture_locals)
        self.exc_type = exc_type
        self._str = _as_text(exc_value, "exception")
        self.__notes__ = getattr(exc_value, "__notes__", None)
        if exc_type is not None and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            line = exc_value.lineno
            self.lineno = str(line) if line is not None else None
            end = exc_value.end_lineno
            self.end_lineno = str(end) if end is not None else None
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.end_offset = exc_value.end_offset
            self.msg = exc_value.msg
        if lookup_lines:
            self._load_lines()
        self.__suppress_context__ = exc_value.__suppress_context__ if exc_value is not None else False

        options = dict(limit=limit, lookup_lines=lookup_lines, capture_locals=capture_locals,
                       max_group_width=max_group_width, max_group_depth=max_group_depth, _seen=_seen)
        # the chain, built iteratively: (the exception, the TracebackException for it)
        pending = [(exc_value, self)]
        while pending:
            value, report = pending.pop()
            cause = None
            if value is not None and value.__cause__ is not None and id(value.__cause__) not in _seen:
                cause = TracebackException(type(value.__cause__), value.__cause__,
                                           value.__cause__.__traceback__, **options)
            if compact:
                wants_context = cause is None and value is not None and not value.__suppress_context__
            else:
                wants_context = True
            context = None
            if (value is not None and value.__context__ is not None
                    and id(value.__context__) not in _seen and wants_context):
                context = TracebackException(type(value.__context__), value.__context__,
                                             value.__context__.__traceback__, **options)
            report.exceptions = None
            if value is not None and isinstance(value, BaseExceptionGroup):
                members = []
                for member in value.exceptions:
                    if id(member) not in _seen:
                        members.append(TracebackException(type(member), member, member.__traceback__,
                                                          **options))
                report.exceptions = members
            report.__cause__ = cause
            report.__context__ = context

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        """A TracebackException of exc (with its own __traceback__)."""
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    @property
    def exc_type_str(self):
        return None if self.exc_type is None else self.exc_type.__qualname__

    def _load_lines(self):
        for entry in self.stack:
            entry.line

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        """"Type: message" (or a SyntaxError's lines), then each line of each note."""
        if self.exc_type is None:
            yield _final_line(None, self._str)
            return
        name = self.exc_type.__qualname__
        module = self.exc_type.__module__
        if module not in ("__main__", "builtins"):
            if not isinstance(module, str):
                module = "<unknown>"
            name = module + "." + name
        if issubclass(self.exc_type, SyntaxError):
            yield from self._syntax_error_lines(name)
        else:
            yield _final_line(name, self._str)
        notes = self.__notes__
        if isinstance(notes, collections.abc.Sequence):
            for note in notes:
                note = _as_text(note, "note")
                for line in note.split("\n"):
                    yield line + "\n"
        elif notes is not None:
            yield _as_text(notes, "__notes__", repr)  # no newline, as CPython 3.11

    def _syntax_error_lines(self, name):
        suffix = ""
        if self.lineno is not None:
            yield '  File "{}", line {}\n'.format(self.filename or "<string>", self.lineno)
        elif self.filename is not None:
            suffix = " ({})".format(self.filename)
        if self.text is not None:
            right = self.text.rstrip("\n")
            shown = right.lstrip(" \n\f")
            skipped = len(right) - len(shown)
            yield "    {}\n".format(shown)
            if self.offset is not None:
                start = self.offset
                stop = self.end_offset if self.end_offset not in (None, 0) else start
                if stop == start or stop == -1:
                    stop = start + 1
                col = start - 1 - skipped
                end_col = stop - 1 - skipped
                if col >= 0:
                    pad = "".join(c if c.isspace() else " " for c in shown[:col])
                    yield "    {}{}\n".format(pad, "^" * (end_col - col))
        yield "{}: {}{}\n".format(name, self.msg or "<no detail available>", suffix)

    def format(self, *, chain=True, _ctx=None):
        """The whole report, line by line (each string ends in a newline)."""
        if _ctx is None:
            _ctx = _Box()
        chain_list = []
        report = self
        if chain:
            while report is not None:
                if report.__cause__ is not None:
                    chain_list.append((_CAUSE_TEXT, report))
                    report = report.__cause__
                elif report.__context__ is not None and not report.__suppress_context__:
                    chain_list.append((_CONTEXT_TEXT, report))
                    report = report.__context__
                else:
                    chain_list.append((None, report))
                    report = None
        else:
            chain_list.append((None, report))
        # oldest first; each text says how the exception after it relates to the one before
        for text, report in reversed(chain_list):
            if text is not None:
                yield from _ctx.emit(text)
            if report.exceptions is None:
                if report.stack:
                    yield from _ctx.emit("Traceback (most recent call last):\n")
                    yield from _ctx.emit(report.stack.format())
                yield from _ctx.emit(report.format_exception_only())
            elif _ctx.depth > self.max_group_depth:
                yield from _ctx.emit(f"... (max_group_depth is {self.max_group_depth})\n")
            else:
                yield from report._format_group(chain, _ctx)

    def _format_group(self, chain, _ctx):
        top = _ctx.depth == 0
        if top:
            _ctx.depth += 1
        if self.stack:
            yield from _ctx.emit("Exception Group Traceback (most recent call last):\n",
                                 margin_char="+" if top else None)
            yield from _ctx.emit(self.stack.format())
        yield from _ctx.emit(self.format_exception_only())
        count = len(self.exceptions)
        shown = count if count <= self.max_group_width else self.max_group_width + 1
        _ctx.need_close = False
        for i in range(shown):
            last = i == shown - 1
            if last:
                _ctx.need_close = True
            cut = self.max_group_width is not None and i >= self.max_group_width
            title = "..." if cut else str(i + 1)
            yield _ctx.indent() + ("+-" if i == 0 else "  ") + f"+---------------- {title} ----------------\n"
            _ctx.depth += 1
            if cut:
                rest = count - self.max_group_width
                yield from _ctx.emit(f"and {rest} more exception{'s' if rest > 1 else ''}\n")
            else:
                yield from self.exceptions[i].format(chain=chain, _ctx=_ctx)
            if last and _ctx.need_close:
                yield _ctx.indent() + "+------------------------------------\n"
                _ctx.need_close = False
            _ctx.depth -= 1
        if top:
            _ctx.depth = 0

    def print(self, *, file=None, chain=True):
        """Prints format(chain=chain) to file (sys.stderr by default)."""
        if file is None:
            file = sys.stderr
        for text in self.format(chain=chain):
            print(text, file=file, end="")
