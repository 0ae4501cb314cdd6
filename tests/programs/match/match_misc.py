# Miscellaneous: match on dict/tuple types, strings vs sequences, mapping vs class, capture of subject.
def what(x):
    match x:
        case str():
            return "string (not a sequence pattern)"
        case bytes():
            return "bytes"
        case [*_]:
            return "sequence"
        case {**kw}:
            return f"mapping with {len(kw)}"
        case _:
            return "scalar"
print([what(v) for v in ["abc", b"ab", [1], (1, 2), {"a": 1}, 5, range(2)]])
match (1, 2):
    case [a, b]:
        print("tuple matched list pattern", a, b)
match [1, [2, [3, [4]]]]:
    case [_, [_, [_, [deep]]]]:
        print("deep", deep)
subject = {"name": "x", "tags": ["a", "b"]}
match subject:
    case {"name": str(name), "tags": [first_tag, *_]}:
        print(name, first_tag)
x = 42
match x:
    case y:
        print("irrefutable capture", y)
print("y still bound:", y)
match 5:
    case 1:
        print("no")
print("no case matched, continuing")
