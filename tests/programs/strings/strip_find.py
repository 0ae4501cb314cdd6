# strip family, find/index/count/rfind, startswith/endswith with tuples.
s = "   xx--hello--xx   "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr(s.strip(" x")), repr(s.strip(" x-")))
print(repr("\t\n  mixed \r\n".strip()), repr("aaa".strip("a")), repr("".strip()))
t = "mississippi"
print(t.find("ss"), t.find("ss", 3), t.find("ss", 6), t.find("zz"), t.rfind("ss"), t.rfind("i"))
print(t.index("p"), t.rindex("s"), t.count("s"), t.count("ss"), t.count(""), t.count("i", 2, 8))
print(t.find(""), t.find("", 20), t.rfind(""), t.find("i", -3), t.find("s", 1, 3))
try:
    t.index("x")
except ValueError as e:
    print("ValueError", e)
print(t.startswith("miss"), t.startswith("iss", 1), t.endswith("pi"), t.endswith(("xx", "ppi")))
print(t.startswith(("a", "b")), t.startswith(""), t.endswith("i", 0, 4), t.startswith("s", 2, 3))
print(t.replace("ss", "SS"), t.replace("s", "", 2), t.replace("", "."), t.replace("i", "I", -1))
print("abc".removeprefix("ab"), "abc".removesuffix("bc"), "abc".removeprefix("x"))
url = "https://example.com/path/to/page.html?x=1"
scheme, _, rest = url.partition("://")
host, _, path = rest.partition("/")
path, _, query = path.partition("?")
print(scheme, host, path, query, path.rsplit("/", 1)[-1], path.rsplit(".", 1)[-1])
