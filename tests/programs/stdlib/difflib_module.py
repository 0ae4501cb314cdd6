import difflib

print("--- SequenceMatcher")
s = difflib.SequenceMatcher(None, "abxcd", "abcd")
print(s.ratio(), s.quick_ratio(), s.real_quick_ratio())
print(s.get_matching_blocks())
print(s.get_opcodes())
print(s.find_longest_match(0, 5, 0, 4))
print(s.find_longest_match())

s = difflib.SequenceMatcher(lambda x: x == " ", "private Thread currentThread;",
                            "private volatile Thread currentThread;")
print(round(s.ratio(), 3), s.get_matching_blocks())
for tag, i1, i2, j1, j2 in s.get_opcodes():
    print("%7s a[%d:%d] (%s) b[%d:%d] (%s)" % (tag, i1, i2, s.a[i1:i2], j1, j2, s.b[j1:j2]))

s = difflib.SequenceMatcher(None, " abcd", "abcd abcd")
print(s.find_longest_match(0, 5, 0, 9))
s = difflib.SequenceMatcher(lambda x: x == " ", " abcd", "abcd abcd")
print(s.find_longest_match(0, 5, 0, 9))

a = list(range(10)) + [7] * 5 + list(range(10, 20))
b = list(range(12)) + [3, 4] + list(range(15, 22))
s = difflib.SequenceMatcher(None, a, b)
print(s.get_opcodes())
print(list(s.get_grouped_opcodes(2)))
print(s.ratio())

s.set_seqs("kitten", "sitting")
print(s.ratio(), s.get_opcodes())
s.set_seq1("mitten")
print(s.ratio())
s.set_seq2("")
print(s.ratio(), s.get_opcodes(), list(s.get_grouped_opcodes()))
print(difflib.SequenceMatcher(None, "", "").ratio())

print("--- autojunk")
big_a = "x" * 300 + "abc"
big_b = "y" + "x" * 300 + "abc"
s1 = difflib.SequenceMatcher(None, big_a, big_b)
s2 = difflib.SequenceMatcher(None, big_a, big_b, autojunk=False)
print(sorted(s1.bpopular), s1.get_matching_blocks())
print(s2.bpopular, s2.get_matching_blocks(), round(s2.ratio(), 6))
s3 = difflib.SequenceMatcher(lambda c: c in "xz", "axbxc", "zaxbc")
print(sorted(s3.bjunk), s3.get_matching_blocks(), s3.get_opcodes())

print("--- get_close_matches")
print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"]))
import keyword
print(difflib.get_close_matches("wheel", keyword.kwlist))
print(difflib.get_close_matches("pineapple", keyword.kwlist))
print(difflib.get_close_matches("accept", keyword.kwlist))
print(difflib.get_close_matches("abc", ["abd", "abe", "abf", "xbc", "abc"], n=2))
print(difflib.get_close_matches("abc", ["abd", "abc", "xyz"], cutoff=0.0, n=5))
for bad in [dict(n=0), dict(cutoff=1.5)]:
    try:
        difflib.get_close_matches("x", ["y"], **bad)
    except ValueError as e:
        print(e)

print("--- ndiff")
one = "one\ntwo\nthree\n".splitlines(keepends=True)
two = "ore\ntree\nemu\n".splitlines(keepends=True)
diff = list(difflib.ndiff(one, two))
print("".join(diff), end="")
print("".join(difflib.restore(diff, 1)), end="")
print("".join(difflib.restore(diff, 2)), end="")
try:
    list(difflib.restore(diff, 3))
except ValueError as e:
    print(e)

text1 = """  1. Beautiful is better than ugly.
  2. Explicit is better than implicit.
  3. Simple is better than complex.
  4. Complex is better than complicated.
""".splitlines(keepends=True)
text2 = """  1. Beautiful is better than ugly.
  3.   Simple is better than complex.
  4. Complicated is better than complex.
  5. Flat is better than nested.
""".splitlines(keepends=True)
print("".join(difflib.Differ().compare(text1, text2)), end="")
print("".join(difflib.ndiff(["\tindented tab\n", "same\n"], ["\tindented  tab!\n", "same\n"])), end="")
print("".join(difflib.ndiff(["abc\n", "def\n"], ["xyz\n", "uvw\n", "def\n"])), end="")
print("".join(difflib.ndiff(["a\n", "b\n", "c\n"], ["a\n", "c\n", "d\n"])), end="")
print("".join(difflib.ndiff(["x = 1\n", "y = 2\n", "z\n"], ["y = 2\n", "x = 1\n", "w\n"])), end="")
print(list(difflib.ndiff(["1 2 3"], ["1 2 4"])))

print("--- unified_diff")
a = ["line %d\n" % i for i in range(1, 21)]
b = list(a)
b[2] = "line three\n"
del b[10]
b.insert(15, "inserted\n")
b.append("tail\n")
print("".join(difflib.unified_diff(a, b, fromfile="before.txt", tofile="after.txt")), end="")
print("".join(difflib.unified_diff(a, b, "a", "b", "2020-01-01", "2020-01-02", n=1)), end="")
print(list(difflib.unified_diff(["x", "y"], ["x", "z"], lineterm="")))
print(list(difflib.unified_diff(["same\n"], ["same\n"])))
print(list(difflib.unified_diff([], ["new\n"])))
print(list(difflib.unified_diff(["old\n"], [])))
print(list(difflib.unified_diff(["a\n", "b\n"], ["a\n", "b\n", "c\n"], n=0)))

print("--- context_diff")
print("".join(difflib.context_diff(a, b, fromfile="before.txt", tofile="after.txt")), end="")
print("".join(difflib.context_diff(["a\n", "b\n", "c\n"], ["a\n", "c\n"], n=0)), end="")
print("".join(difflib.context_diff(["a\n"], ["a\n", "b\n"])), end="")
s1 = ["bacon\n", "eggs\n", "ham\n", "guido\n"]
s2 = ["python\n", "eggy\n", "hamster\n", "guido\n"]
print("".join(difflib.context_diff(s1, s2, fromfile="before.py", tofile="after.py")), end="")
try:
    list(difflib.unified_diff([b"x"], ["y"]))
except TypeError as e:
    print(e)
try:
    list(difflib.unified_diff(["x"], ["y"], fromfile=1))
except TypeError as e:
    print(e)

print("--- junk predicates")
print(difflib.IS_LINE_JUNK("\n"), difflib.IS_LINE_JUNK("  #   \n"), difflib.IS_LINE_JUNK("hello\n"))
print(difflib.IS_CHARACTER_JUNK(" "), difflib.IS_CHARACTER_JUNK("\t"), difflib.IS_CHARACTER_JUNK("x"))
print(difflib.Match(1, 2, 3), difflib.Match(1, 2, 3).size)
print(list(difflib.diff_bytes(difflib.unified_diff, [b"a\n"], [b"b\n"])))
