"""The line diff shown by assertEqual failures: the same output as difflib.ndiff (Jyco has no
difflib), written for Jyco from the documented algorithm: longest matching blocks found
recursively (Ratcliff/Obershelp), and similar changed lines paired with "?" hint lines."""

_NO_ELEMENTS = ()


class _Matcher:
    """Matching blocks and edit operations between two sequences (difflib.SequenceMatcher's
    rules: junk elements never start a match, elements of b more frequent than 1% + 1 are
    ignored when b has 200 elements or more)."""

    def __init__(self, isjunk, a, b):
        self.isjunk = isjunk
        self.a = a
        self.b = b
        self._index_b()
        self._blocks = None

    def _index_b(self):
        b = self.b
        where = {}
        for j, x in enumerate(b):
            where.setdefault(x, []).append(j)
        junk = set()
        if self.isjunk is not None:
            for x in list(where):
                if self.isjunk(x):
                    junk.add(x)
                    del where[x]
        n = len(b)
        if n >= 200:
            most = n // 100 + 1
            for x in [x for x, js in where.items() if len(js) > most]:
                del where[x]
        self.where = where
        self.junk = junk

    def _longest(self, alo, ahi, blo, bhi):
        a, b, where, junk = self.a, self.b, self.where, self.junk
        best_i, best_j, best_n = alo, blo, 0
        run = {}
        for i in range(alo, ahi):
            new_run = {}
            for j in where.get(a[i], _NO_ELEMENTS):
                if j < blo:
                    continue
                if j >= bhi:
                    break
                n = run.get(j - 1, 0) + 1
                new_run[j] = n
                if n > best_n:
                    best_i, best_j, best_n = i - n + 1, j - n + 1, n
            run = new_run
        # grow the block over equal elements left out of the index (frequent ones), then over junk
        for want_junk in (False, True):
            while (best_i > alo and best_j > blo and (b[best_j - 1] in junk) == want_junk
                   and a[best_i - 1] == b[best_j - 1]):
                best_i -= 1
                best_j -= 1
                best_n += 1
            while (best_i + best_n < ahi and best_j + best_n < bhi
                   and (b[best_j + best_n] in junk) == want_junk
                   and a[best_i + best_n] == b[best_j + best_n]):
                best_n += 1
        return best_i, best_j, best_n

    def blocks(self):
        if self._blocks is not None:
            return self._blocks
        found = []
        todo = [(0, len(self.a), 0, len(self.b))]
        while todo:
            alo, ahi, blo, bhi = todo.pop()
            i, j, n = self._longest(alo, ahi, blo, bhi)
            if n:
                found.append((i, j, n))
                if alo < i and blo < j:
                    todo.append((alo, i, blo, j))
                if i + n < ahi and j + n < bhi:
                    todo.append((i + n, ahi, j + n, bhi))
        found.sort()
        merged = []
        for i, j, n in found:
            if merged and merged[-1][0] + merged[-1][2] == i and merged[-1][1] + merged[-1][2] == j:
                pi, pj, pn = merged[-1]
                merged[-1] = (pi, pj, pn + n)
            else:
                merged.append((i, j, n))
        merged.append((len(self.a), len(self.b), 0))
        self._blocks = merged
        return merged

    def opcodes(self):
        out = []
        i = j = 0
        for ai, bj, n in self.blocks():
            if i < ai and j < bj:
                out.append(('replace', i, ai, j, bj))
            elif i < ai:
                out.append(('delete', i, ai, j, bj))
            elif j < bj:
                out.append(('insert', i, ai, j, bj))
            i, j = ai + n, bj + n
            if n:
                out.append(('equal', ai, i, bj, j))
        return out

    def ratio(self):
        total = len(self.a) + len(self.b)
        if not total:
            return 1.0
        return 2.0 * sum(n for _, _, n in self.blocks()) / total

    def quick_ratio(self):
        total = len(self.a) + len(self.b)
        if not total:
            return 1.0
        counts = {}
        for x in self.b:
            counts[x] = counts.get(x, 0) + 1
        common = 0
        for x in self.a:
            c = counts.get(x, 0)
            if c > 0:
                common += 1
            counts[x] = c - 1
        return 2.0 * common / total


def _char_junk(ch):
    return ch in " \t"


def _dump(tag, lines, lo, hi):
    for i in range(lo, hi):
        yield '%s %s' % (tag, lines[i])


def _plain_replace(a, alo, ahi, b, blo, bhi):
    if bhi - blo < ahi - alo:
        yield from _dump('+', b, blo, bhi)
        yield from _dump('-', a, alo, ahi)
    else:
        yield from _dump('-', a, alo, ahi)
        yield from _dump('+', b, blo, bhi)


def _between(a, alo, ahi, b, blo, bhi):
    if alo < ahi:
        if blo < bhi:
            yield from _replace(a, alo, ahi, b, blo, bhi)
        else:
            yield from _dump('-', a, alo, ahi)
    elif blo < bhi:
        yield from _dump('+', b, blo, bhi)


def _hint(line, marks):
    """Marks under a line, keeping the line's tabs (and other spaces) where nothing is marked."""
    out = []
    for c, m in zip(line, marks):
        out.append(c if m == ' ' and c.isspace() else m)
    return ''.join(out).rstrip()


def _replace(a, alo, ahi, b, blo, bhi):
    """A block of changed lines: the most similar pair (ratio above 0.75) is shown with hints,
    the lines before and after it are handled the same way."""
    best = 0.74
    best_i = best_j = None
    same_i = same_j = None
    for j in range(blo, bhi):
        bj = b[j]
        for i in range(alo, ahi):
            ai = a[i]
            if ai == bj:
                if same_i is None:
                    same_i, same_j = i, j
                continue
            if min(len(ai), len(bj)) * 2.0 / (len(ai) + len(bj)) <= best:
                continue
            m = _Matcher(_char_junk, ai, bj)
            if m.quick_ratio() <= best:
                continue
            r = m.ratio()
            if r > best:
                best, best_i, best_j = r, i, j
    if best < 0.75:
        if same_i is None:
            yield from _plain_replace(a, alo, ahi, b, blo, bhi)
            return
        best_i, best_j = same_i, same_j
        identical = True
    else:
        identical = False
    yield from _between(a, alo, best_i, b, blo, best_j)
    aline, bline = a[best_i], b[best_j]
    if identical:
        yield '  ' + aline
    else:
        amarks = []
        bmarks = []
        for tag, i1, i2, j1, j2 in _Matcher(_char_junk, aline, bline).opcodes():
            if tag == 'replace':
                amarks.append('^' * (i2 - i1))
                bmarks.append('^' * (j2 - j1))
            elif tag == 'delete':
                amarks.append('-' * (i2 - i1))
            elif tag == 'insert':
                bmarks.append('+' * (j2 - j1))
            else:
                amarks.append(' ' * (i2 - i1))
                bmarks.append(' ' * (j2 - j1))
        amarks = _hint(aline, ''.join(amarks))
        bmarks = _hint(bline, ''.join(bmarks))
        yield '- ' + aline
        if amarks:
            yield '? %s\n' % amarks
        yield '+ ' + bline
        if bmarks:
            yield '? %s\n' % bmarks
    yield from _between(a, best_i + 1, ahi, b, best_j + 1, bhi)


def ndiff(a, b):
    """The lines of a human-readable delta between two lists of lines, as difflib.ndiff gives."""
    for tag, alo, ahi, blo, bhi in _Matcher(None, a, b).opcodes():
        if tag == 'replace':
            yield from _replace(a, alo, ahi, b, blo, bhi)
        elif tag == 'delete':
            yield from _dump('-', a, alo, ahi)
        elif tag == 'insert':
            yield from _dump('+', b, blo, bhi)
        else:
            yield from _dump(' ', a, alo, ahi)
