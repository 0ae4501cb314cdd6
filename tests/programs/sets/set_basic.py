# Sets of ints: creation, membership, add/remove/discard/pop, iteration of small ints.
s = {3, 1, 4, 1, 5, 9, 2, 6, 5, 3}
print(s, len(s), 4 in s, 7 in s, sorted(s))
s.add(7)
s.add(3)
s.discard(100)
s.discard(1)
s.remove(9)
print(s)
try:
    s.remove(42)
except KeyError as e:
    print("KeyError", e)
print(set(), set([1, 2, 2]), set(range(5)), set("aab") == {"a", "b"}, set((1, 2)) == {2, 1})
e = {0, 1, 2, 3}
print(e.pop(), e)
e.clear()
print(e, len(e))
try:
    e.pop()
except KeyError as e2:
    print("KeyError", e2)
s2 = {n % 7 for n in range(30)}
print(s2, list(s2), sum(s2), max(s2))
c = s.copy()
c.add(0)
print(s, c, s == c, s < c, c > s)
print({x * x for x in range(-3, 4)}, set([10, 20, 30]), {-1, -2, -3} == {-3, -2, -1})
try:
    {[1, 2]}
except TypeError as e:
    print("TypeError", e)
