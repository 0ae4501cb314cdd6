# print(): sep, end, file=sys.stdout/stderr, flush, multiple args, no args.
import sys
print()
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", "c", sep=", ", end=".\n")
print(1, 2.0, None, True, [1], {"k": "v"}, sep=" | ")
print("no newline", end="")
print(" <- continued")
print("to stdout", file=sys.stdout)
print("to stderr (not compared)", file=sys.stderr)
print("flushed", flush=True)
print(*range(5))
print(*[], sep="x")
print("multi\nline\nstring")
print("", end="")
print("tab\tseparated", "values", sep="\t")
sys.stdout.write("direct write\n")
n = sys.stdout.write("returns length\n")
print(n)
print("sep None", "end None", sep=None, end=None)
try:
    print("x", sep=5)
except TypeError as e:
    print("TypeError", e)
class S:
    def __str__(self):
        return "custom str"
print(S(), [S] if False else "", S())
