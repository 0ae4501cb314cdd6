# Strings built with += (and s = s + x) inside loops are kept in a builder by the typed version;
# every way the assumptions can fail must behave as CPython.


def digits(n):
    r = ""
    for i in range(n):
        r += str(i % 10)
    return r


def aliases(n):
    s = "a"
    seen = []
    for i in range(n):
        t = s
        s += "b"
        seen.append(t)
    return s, seen


def plus(n):
    out = ""
    for i in range(n):
        out = out + "xy"
        if i % 3 == 0:
            out = out + "|"
    return out


class Loud(str):
    def __radd__(self, other):
        return other + self.upper()


def subclass_values():
    s = "start:"
    for w in ("a", Loud("b"), "c"):
        s += w
    return s, type(s).__name__


def bad_value(n):
    s = ""
    for i in range(n):
        s += i
    return s


def becomes_other(n):
    s = ""
    for i in range(n):
        s += "z"
        if i == 2:
            s = len(s)
            break
    return s


def unbound(n):
    for i in range(n):
        s += "x"  # noqa: F821
    return s


def reads(n):
    s = ""
    lengths = []
    for i in range(n):
        s += "ab"
        lengths.append(len(s))
        if s.endswith("abab"):
            s += "!"
    return s, lengths


def multiply(n):
    s = "q"
    for i in range(n):
        s += "w"
    s *= 2
    return s


print(len(digits(1000)), digits(25))
print(aliases(3))
print(plus(5))
print(subclass_values())
for f in (bad_value, unbound):
    try:
        f(2)
    except (TypeError, UnboundLocalError) as e:
        print(type(e).__name__, e)
print(becomes_other(5), reads(4), multiply(3))
