"""Wrapping and filling of text (Jyco's standard library, written for Jyco).

Text is cut into chunks (runs of white space, words, the parts of hyphenated words, em-dashes)
that are packed greedily into lines of at most `width` characters.
"""

import re

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

_whitespace = '\t\n\x0b\x0c\r '
_SPACES = frozenset(_whitespace)
_WORD_PUNCT = frozenset('!"\'&.,?')
_SENTENCE_END = re.compile(r'[a-z][\.\!\?][\"\']?\Z')


def _is_word(c):
    return c.isalnum() or c == '_'


def _is_letter(c):
    return _is_word(c) and not c.isdecimal()


def _is_word_punct(c):
    return _is_word(c) or c in _WORD_PUNCT


class TextWrapper:
    """Wraps text into lines of at most `width` characters.

    initial_indent / subsequent_indent start the first / the other lines; expand_tabs and
    tabsize expand tabs first; replace_whitespace turns each white space character into a space;
    fix_sentence_endings puts two spaces after a sentence end; break_long_words cuts words longer
    than the width; drop_whitespace drops white space at the ends of lines; break_on_hyphens
    allows breaks after the hyphens of compound words; max_lines truncates the text, ending it
    with placeholder.
    """

    unicode_whitespace_trans = {ord(c): ord(' ') for c in _whitespace}
    sentence_end_re = _SENTENCE_END

    def __init__(self, width=70, initial_indent="", subsequent_indent="", expand_tabs=True,
                 replace_whitespace=True, fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *, max_lines=None,
                 placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    # ------------------------------------------------------------------ chunks

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(self.unicode_whitespace_trans)
        return text

    def _split(self, text):
        """The chunks of text: white space runs and words; with break_on_hyphens, a hyphenated
        word is cut after its hyphens (between letters) and an em-dash ("--") is a chunk."""
        if self.break_on_hyphens:
            return _hyphen_chunks(text)
        chunks = []
        n = len(text)
        p = 0
        while p < n:
            space = text[p] in _SPACES
            q = p + 1
            while q < n and (text[q] in _SPACES) == space:
                q += 1
            chunks.append(text[p:q])
            p = q
        return chunks

    def _fix_sentence_endings(self, chunks):
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and self.sentence_end_re.search(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        """Puts as much of a word too long for any line as fits on the current line."""
        room = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            end = room
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > room:
                hyphen = chunk.rfind('-', 0, room)
                if hyphen > 0 and chunk[:hyphen].strip('-'):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        """Packs chunks into lines (with their indents)."""
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            first = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(first) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        lines = []
        todo = list(reversed(chunks))
        while todo:
            line = []
            used = 0
            prefix = self.subsequent_indent if lines else self.initial_indent
            room = self.width - len(prefix)
            if self.drop_whitespace and lines and todo[-1].strip() == '':
                todo.pop()
            while todo and used + len(todo[-1]) <= room:
                used += len(todo[-1])
                line.append(todo.pop())
            if todo and len(todo[-1]) > room:
                self._handle_long_word(todo, line, used, room)
                used = sum(len(c) for c in line)
            if self.drop_whitespace and line and line[-1].strip() == '':
                used -= len(line[-1])
                line.pop()
            if not line:
                continue
            last_allowed = self.max_lines is None or len(lines) + 1 < self.max_lines
            rest_empty = not todo or (self.drop_whitespace and len(todo) == 1 and not todo[0].strip())
            if last_allowed or (rest_empty and used <= room):
                lines.append(prefix + ''.join(line))
                continue
            # the last line allowed, with text left: end it with the placeholder
            while line:
                if line[-1].strip() and used + len(self.placeholder) <= room:
                    line.append(self.placeholder)
                    lines.append(prefix + ''.join(line))
                    break
                used -= len(line[-1])
                line.pop()
            else:
                if lines:
                    previous = lines[-1].rstrip()
                    if len(previous) + len(self.placeholder) <= self.width:
                        lines[-1] = previous + self.placeholder
                        break
                lines.append(prefix + self.placeholder.lstrip())
            break
        return lines

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    # ------------------------------------------------------------------ public

    def wrap(self, text):
        """The lines of text wrapped to the width, without final newlines."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """text wrapped into one string of lines joined by newlines."""
        return "\n".join(self.wrap(text))


def _dashes_then_word(text, q):
    """True if text[q:] is two or more hyphens followed by a word character."""
    n = len(text)
    r = q
    while r < n and text[r] == '-':
        r += 1
    return r - q >= 2 and r < n and _is_word(text[r])


def _hyphen_break(text, q):
    """True if a word may break after the hyphen at text[q]: letters before it (two, or
    letter-hyphen-letter) and a letter, an optional hyphen and a letter after it."""
    n = len(text)
    before = (q >= 2 and _is_letter(text[q - 1]) and _is_letter(text[q - 2])) or \
             (q >= 3 and _is_letter(text[q - 1]) and text[q - 2] == '-' and _is_letter(text[q - 3]))
    if not before:
        return False
    if not (q + 1 < n and _is_letter(text[q + 1])):
        return False
    if q + 2 < n and _is_letter(text[q + 2]):
        return True
    return q + 3 < n and text[q + 2] == '-' and _is_letter(text[q + 3])


def _hyphen_chunks(text):
    chunks = []
    n = len(text)
    p = 0
    while p < n:
        c = text[p]
        if c in _SPACES:
            q = p + 1
            while q < n and text[q] in _SPACES:
                q += 1
        elif p > 0 and _is_word_punct(text[p - 1]) and _dashes_then_word(text, p):
            q = p
            while text[q] == '-':
                q += 1
        else:
            q = p + 1
            while True:
                if q >= n or text[q] in _SPACES:
                    break
                if text[q] == '-' and _hyphen_break(text, q):
                    q += 1
                    break
                if _is_word_punct(text[q - 1]) and _dashes_then_word(text, q):
                    break
                q += 1
        chunks.append(text[p:q])
        p = q
    return chunks


def wrap(text, width=70, **kwargs):
    """The lines of text wrapped to width (see TextWrapper for the options)."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """text wrapped to width as one string (see TextWrapper for the options)."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """text with its white space collapsed, truncated to width with a placeholder if needed."""
    return TextWrapper(width=width, max_lines=1, **kwargs).fill(' '.join(text.strip().split()))


def dedent(text):
    """text without the indentation (spaces and tabs) common to all its non-blank lines; lines of
    only spaces and tabs become empty."""
    lines = text.split('\n')
    for i, line in enumerate(lines):
        if line and not line.strip(' \t'):
            lines[i] = ''
    margin = None
    for line in lines:
        body = line.lstrip(' \t')
        if not body:
            continue
        lead = line[:len(line) - len(body)]
        if margin is None:
            margin = lead
        elif lead.startswith(margin):
            pass
        elif margin.startswith(lead):
            margin = lead
        else:
            k = 0
            while k < len(margin) and k < len(lead) and margin[k] == lead[k]:
                k += 1
            margin = margin[:k]
    if margin:
        lines = [line[len(margin):] if line.startswith(margin) else line for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """text with prefix added to the lines for which predicate (default: not blank) is true."""
    if predicate is None:
        def predicate(line):
            return line.strip()
    return ''.join(prefix + line if predicate(line) else line for line in text.splitlines(True))
