# repr/str/ascii/format on builtin types, nested containers, recursive containers.
vals = [1, -2.5, 1e100, "s'q", 'd"q', "both'\"", "\n\t", b"by\x00", None, True, [1, "a"], (1,), (), {"k": [1]},
        {1, 2}, frozenset({3}), set(), range(3), slice(1, 2), 3 + 4j, ..., NotImplemented, [[], [[]]], {"a": {"b": ()}}]
for v in vals:
    print(repr(v), "|", str(v))
l = [1]
l.append(l)
d = {"self": None}
d["self"] = d
print(repr(l), repr(d), str(l))
print(ascii("ünï"), ascii(["é"]), format(12, "x"), format("s", ">3"), format(1.5), format(None), str(b"x", "ascii"))
print(repr(int), repr(str), repr(type), str(ValueError), repr(ValueError("m")))
print(repr(len), repr(print))
class C:
    pass
print(repr(C).startswith("<class '__main__.C'>"), str(C))
