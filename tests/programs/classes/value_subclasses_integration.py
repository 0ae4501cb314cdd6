import json, math
class I(int): pass
class F(float): pass
class S(str): pass
i, f, s = I(3), F(2.5), S("key")
print(json.dumps({s: [i, f]}), json.dumps(i), json.dumps(s))
print(math.sqrt(I(16)), math.floor(F(2.7)), math.gcd(I(12), 8), round(F(2.567), 2))
print(list(range(I(3))), [0, 1, 2, 3][I(2)], "abcd"[I(1)], (1, 2)[I(0)], sum([I(1), I(2)]), max([F(1.5), 2.0]))
print(f"{i!r} {f!r} {s!r} {s!s} {i:x} {f:.2f}", "%r %s %d %.1f" % (s, s, i, f))
print(sorted([S("b"), "a", S("c")]), s.upper(), s.replace("k", "K"), type(s.replace("k", "K")).__name__)
print(s.encode(), bytes(s, "utf-8"), S("%d-%s") % (1, "x"), S("{}!").format(5), s.format_map({}))
print(divmod(I(7), 2), pow(I(2), 10), I(5) & 3, I(5) << 2, ~I(5), I(7) / 2, F(7.0) // 2)
x = I(10)
x += 5
print(x, type(x).__name__)
print(I.__mro__, S.__mro__)
print(I() , F(), S(), I("  42 "), F(" 1e3 "), S(12))
print(hash(S("k")) == hash("k"), S("k") in {"k"}, "k" in {S("k")}, {S("a"): 1} == {"a": 1})
print(isinstance(i, (float, int)), isinstance(f, float), isinstance(s, str), type(i) is int)
class Weird(int):
    def __eq__(self, o):
        return True
    __hash__ = int.__hash__
print(Weird(1) == 2, 2 == Weird(1), Weird(3) + 1)
