# match with literal patterns, wildcard, None/True/False, negative numbers, strings.
def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case -1:
            return "minus one"
        case 3.5:
            return "three and a half"
        case "hello":
            return "greeting"
        case True:
            return "True"
        case None:
            return "None"
        case _:
            return f"other: {x!r}"
for v in [0, 1, 3, -1, 3.5, "hello", True, False, None, 1.0, "bye", 2 + 0j, 99]:
    print(repr(v), "->", describe(v))
def http(status):
    match status:
        case 200 | 201 | 204:
            return "success"
        case 301 | 302:
            return "redirect"
        case 404:
            return "not found"
        case 500:
            return "server error"
    return "unknown"
print([http(s) for s in (200, 204, 302, 404, 500, 418)])
def bools(b):
    match b:
        case False:
            return "is False"
        case 0:
            return "is 0"
    return "neither"
print(bools(False), bools(0), bools(0.0))
