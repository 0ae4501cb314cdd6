# Capture patterns and sequence patterns with star and nesting.
def seq(x):
    match x:
        case []:
            return "empty"
        case [a]:
            return f"one: {a}"
        case [a, b]:
            return f"two: {a}, {b}"
        case [first, *middle, last] if len(middle) > 2:
            return f"long: {first}..{last} ({len(middle)} in middle)"
        case [first, *rest]:
            return f"first {first}, rest {rest}"
for v in [[], [1], [1, 2], (1, 2, 3), [1, 2, 3, 4, 5, 6], "ab", range(3)]:
    print(repr(v), "->", seq(v))
def nested(x):
    match x:
        case [(a, b), [c, *_]]:
            return f"pair {a},{b} then list starting {c}"
        case [[x1, y1], [x2, y2]] if x1 == x2:
            return "vertical"
        case [int(n), str(s)]:
            return f"int {n} and str {s}"
        case (1, *_, 9):
            return "starts 1 ends 9"
        case _:
            return "no match"
for v in [[(1, 2), [3, 4]], [[0, 0], [0, 5]], [7, "x"], [1, 5, 6, 9], [1, 9], ["a", 1], "str"]:
    print(v, "->", nested(v))
def command(cmd):
    match cmd.split():
        case ["go", direction]:
            return f"going {direction}"
        case ["pick", "up", item] | ["take", item]:
            return f"taking {item}"
        case ["drop", *items] if items:
            return f"dropping {', '.join(items)}"
        case ["quit" | "exit"]:
            return "bye"
        case [verb, *_]:
            return f"unknown verb {verb!r}"
        case []:
            return "nothing"
for c in ["go north", "pick up lamp", "take key", "drop a b c", "drop", "exit", "dance now", ""]:
    print(repr(c), "->", command(c))
