# split/rsplit/splitlines/join and friends.
text = "the quick  brown\tfox\njumps over   the lazy dog"
print(text.split())
print(text.split(" "))
print(text.split(None, 2), text.rsplit(None, 2))
print("a,b,,c,".split(","), "a,b,,c,".split(",", 1), "a,b,,c,".rsplit(",", 2))
print("".split(), "".split(","), "   ".split(), " a ".split(" "))
print("one\ntwo\r\nthree\rfour\n".splitlines(), "x\n\ny\n".splitlines(True))
print("abc".split("abc"), "aXbXc".split("X", 0), "a--b--c".split("--"))
print(", ".join(["x", "y", "z"]), "".join([]), "-".join("abc"), " ".join(str(i) for i in range(5)))
try:
    "".join([1, 2])
except TypeError as e:
    print("TypeError", e)
try:
    "a".split("")
except ValueError as e:
    print("ValueError", e)
csv = "name,age,city\nAda,36,London\nAlan,41,Wilmslow\nGrace,85,Arlington"
rows = [line.split(",") for line in csv.splitlines()]
header, *body = rows
for r in body:
    print(dict(zip(header, r)))
print("|".join(h.upper() for h in header))
print("key=value=more".partition("="), "key=value=more".rpartition("="), "novalue".partition("="))
print("novalue".rpartition("="))
