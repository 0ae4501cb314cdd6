# Truth values of builtin and user objects; and/or return operands.
vals = [0, 1, -1, 0.0, 0.5, "", "a", [], [0], (), (None,), {}, {0: 0}, set(), {0}, None, True, False,
        range(0), range(3), b"", b"\x00", 0j, 1j]
for v in vals:
    print(repr(v), bool(v), not v)
print(0 or "default", "x" or "y", [] and 1, [1] and 2, None or 0 or "" or "last")
print(1 and 2 and 3, 1 and 0 and 3, (0 or None) is None)
class Empty:
    def __len__(self):
        return 0
class Falsy:
    def __bool__(self):
        return False
class Plain:
    pass
print(bool(Empty()), bool(Falsy()), bool(Plain()), not Empty())
x = Falsy() or "fallback"
print(x)
count = 0
def side(v):
    global count
    count += 1
    return v
r = side(0) and side(1)
r2 = side(1) or side(2)
print(r, r2, count)
print(True + 1, True == 1, False == 0, True is not False, isinstance(False, int))
print(str(True), repr(False), int(True), float(False), True * "ab", "ab" * False)
print(bool("False"), bool(" "), bool(-0.0))
