"""Helpers of the unittest package: short reprs, class names, count differences (written for Jyco)."""

from collections import Counter

_LIMIT = 80          # longest repr shown whole
_HOLE = 12           # room taken by a "[N chars]" placeholder
_KEEP_START = 5      # characters kept before a placeholder
_KEEP_END = 5        # characters kept after a placeholder
_KEEP_COMMON = 5     # characters of a common prefix kept when both sides are cut
_KEEP_DIFF = _LIMIT - (_KEEP_START + _HOLE + _KEEP_COMMON + _HOLE + _KEEP_END)


def safe_repr(obj, short=False):
    try:
        text = repr(obj)
    except Exception:
        text = object.__repr__(obj)
    if short and len(text) >= _LIMIT:
        return text[:_LIMIT] + ' [truncated]...'
    return text


def strclass(cls):
    return "%s.%s" % (cls.__module__, cls.__qualname__)


def _elide(text, head, tail):
    """text with its middle replaced by "[N chars]" if that saves enough."""
    cut = len(text) - head - tail
    if cut > _HOLE:
        return '%s[%d chars]%s' % (text[:head], cut, text[len(text) - tail:])
    return text


def _shared_prefix(texts):
    first = min(texts)
    last = max(texts)
    n = 0
    while n < len(first) and n < len(last) and first[n] == last[n]:
        n += 1
    return first[:n]


def _common_shorten_repr(*objs):
    """The reprs of objs, shortened alike so that a failure message stays readable."""
    reprs = tuple(safe_repr(o) for o in objs)
    longest = max(len(r) for r in reprs)
    if longest <= _LIMIT:
        return reprs
    prefix = _shared_prefix(reprs)
    plen = len(prefix)
    room = _LIMIT - (longest - plen + _KEEP_START + _HOLE)
    if room > _KEEP_COMMON:
        prefix = _elide(prefix, _KEEP_START, room)
        return tuple(prefix + r[plen:] for r in reprs)
    prefix = _elide(prefix, _KEEP_START, _KEEP_COMMON)
    return tuple(prefix + _elide(r[plen:], _KEEP_DIFF, _KEEP_END) for r in reprs)


def three_way_cmp(x, y):
    return (x > y) - (x < y)


def _count_diff_hashable(actual, expected):
    """(count in actual, count in expected, element) for each element whose counts differ."""
    a = Counter(actual)
    e = Counter(expected)
    out = []
    for elem, n in a.items():
        m = e.get(elem, 0)
        if n != m:
            out.append((n, m, elem))
    for elem, m in e.items():
        if elem not in a:
            out.append((0, m, elem))
    return out


def _count_diff_all_purpose(actual, expected):
    """As _count_diff_hashable for elements that may be unhashable (compared with ==)."""
    left = list(actual)
    right = list(expected)
    done = object()
    out = []
    for i in range(len(left)):
        elem = left[i]
        if elem is done:
            continue
        n = 0
        for j in range(i, len(left)):
            if left[j] == elem:
                n += 1
                left[j] = done
        m = 0
        for j in range(len(right)):
            if right[j] == elem:
                m += 1
                right[j] = done
        if n != m:
            out.append((n, m, elem))
    for i in range(len(right)):
        elem = right[i]
        if elem is done:
            continue
        m = 0
        for j in range(i, len(right)):
            if right[j] == elem:
                m += 1
                right[j] = done
        out.append((0, m, elem))
    return out
