# Boolean algebra and bool as int.
from_table = []
for a in (False, True):
    for b in (False, True):
        print(a, b, a and b, a or b, a ^ b, a & b, a | b, a == b, a != b, a < b, a + b)
print(sum([True, True, False, True]), sum(x > 2 for x in range(10)))
print(True.__class__.__name__, bool.__bases__[0].__name__, issubclass(bool, int))
print(bool(), bool(0), bool(42), bool([1, 2]))
print(~False, -True, True // 1, True / 2, True ** 10, divmod(True, True))
print(f"{True}", "%s %d %r" % (True, True, False), format(True, ""), format(True, "d"))
try:
    bool.__new__(bool, 1)
    print("ok")
except Exception as e:
    print(type(e).__name__)
try:
    class B(bool):
        pass
except TypeError as e:
    print("TypeError", e)
print(all([]), any([]), all([1, True, "x"]), any([0, "", None]), any(iter([0, 0, 3])))
print(max(True, False), min([True, 0]), sorted([True, False, True]))
print(True is True, (1 == 1) is True, (not 0) is True)
