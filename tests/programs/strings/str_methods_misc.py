# Miscellaneous str methods: translate/maketrans, encode, join patterns, comparisons.
table = str.maketrans("abc", "xyz", "d")
print("abcdabcd".translate(table), "hello".translate({ord("l"): "L", ord("o"): None}))
print(str.maketrans({"a": "1"}) == {97: "1"})
print("a b c".split(" ", 1), "x".join("123"), "-".join(["only"]))
print("abc" < "abd", "abc" < "ab", "B" < "a", sorted(["banana", "Apple", "cherry", "apple"]))
print(sorted(["banana", "Apple", "cherry", "apple"], key=str.lower))
print(min("hello"), max("hello"), sorted("hello"), "".join(sorted("hello", reverse=True)))
print("abc".__contains__("b"), "abc".__add__("d"), "ab".__mul__(2), "a".__eq__("a"))
print(str(123), str(1.5), str([1, "a"]), str(("t",)), str({"a": 1}), str(b"x"), str(None))
print(str(), repr(""), str("x") is not None, str(object)[:6])
print("Hello".encode(), "Hello".encode("utf-16-le"))
print("%s" % "x".join(map(str, range(5))), "ab".join("cd").join("ef"))
s = "The rain in Spain stays mainly in the plain"
print([w for w in s.split() if "ain" in w], s.count("ain"), s.lower().count("the"))
print(s.upper().find("SPAIN"), s.index("in", 10), s[s.find("Spain"):s.find("Spain") + 5])
acc = ""
for i in range(10):
    acc += str(i) * (i % 3)
print(acc, len(acc))
print("x".isidentifier(), "1x".isidentifier(), "_".isidentifier(), "class".isidentifier())
