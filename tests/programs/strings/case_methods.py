# Case conversion and classification predicates.
words = ["hello", "WORLD", "Title Case", "mIxEd", "snake_case_name", "123abc", "", "  ", "ß", "ǅ"]
for w in words:
    print(repr(w), w.upper(), w.lower(), w.title(), w.capitalize(), w.swapcase(), w.casefold())
for w in ["abc", "ABC", "Abc", "123", "12.5", "abc123", " ", "", "\t\n", "Ab Cd", "½", "x_y"]:
    print(repr(w), w.isalpha(), w.isdigit(), w.isalnum(), w.isupper(), w.islower(), w.isspace(),
          w.istitle(), w.isdecimal(), w.isnumeric(), w.isidentifier(), w.isprintable(), w.isascii())
def to_snake(name):
    out = []
    for i, ch in enumerate(name):
        if ch.isupper() and i:
            out.append("_")
        out.append(ch.lower())
    return "".join(out)
def to_camel(name):
    parts = name.split("_")
    return parts[0] + "".join(p.capitalize() for p in parts[1:])
for n in ["parseHttpResponse", "XMLParser", "simple"]:
    print(n, to_snake(n), to_camel(to_snake(n)))
print("they're bill's friends".title(), "hello world".title().swapcase())
