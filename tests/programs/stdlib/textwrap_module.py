# textwrap: wrap, fill, shorten, dedent, indent and TextWrapper's options; plus a seeded sweep.
import random
import textwrap

TEXT = ("The quick brown fox jumps over the lazy dog. Well-known e-mail addresses--and "
        "hyphenated-compound-words like state-of-the-art--are split where allowed. "
        "Supercalifragilisticexpialidocious is long.  Two  spaces\tand a tab.\nNew line here.")

for width in (70, 40, 20, 10, 5):
    print("width", width)
    for line in textwrap.wrap(TEXT, width=width):
        print(repr(line))
print(textwrap.fill(TEXT, width=30, initial_indent="* ", subsequent_indent="  "))
print(textwrap.fill(TEXT, width=30, break_on_hyphens=False))
print(textwrap.fill(TEXT, width=12, break_long_words=False))
print(textwrap.wrap(TEXT, width=25, drop_whitespace=False))
print(textwrap.wrap(TEXT, width=25, replace_whitespace=False, expand_tabs=False))
print(textwrap.wrap("a\tb\tc", width=20, tabsize=4))
print(textwrap.fill("First sentence. Second one! Third? Yes.", width=80, fix_sentence_endings=True))
print(textwrap.wrap(TEXT, width=30, max_lines=3))
print(textwrap.wrap(TEXT, width=30, max_lines=2, placeholder="..."))
print(textwrap.shorten("Hello  world!", width=12))
print(textwrap.shorten("Hello  world!", width=11))
print(textwrap.shorten(TEXT, width=50, placeholder=" (more)"))
print(textwrap.wrap(""), textwrap.wrap("   "), textwrap.fill("one"))
for bad in [dict(width=0), dict(width=5, max_lines=1, placeholder=" [too long...]")]:
    try:
        textwrap.wrap("some text here", **bad)
    except ValueError as e:
        print("ValueError:", e)

w = textwrap.TextWrapper(width=15, initial_indent="> ", subsequent_indent=">> ")
print(w.wrap("one two three four five six seven"))
w.width = 25
print(w.fill("one two three four five six seven"))

print(repr(textwrap.dedent("""\
    def f():
        return 1
      # odd
    """)))
print(repr(textwrap.dedent("  a\n\tb\n")))
print(repr(textwrap.dedent("    a\n  \n      b\n")))
print(repr(textwrap.dedent("no indent\n  x\n")))
print(repr(textwrap.indent("a\n\nb\n  \nc", "> ")))
print(repr(textwrap.indent("a\nb", "+ ", lambda line: True)))
print(repr(textwrap.indent("x\r\ny\n", "| ")))

random.seed(11)
PIECES = ["alpha", "be-ta", "gamma--delta", "x", "well-known", "e-mail", "ends.", "Q!", "  ",
          "\t", "\n", "superlongwordwithoutbreaks", "re-re-do", "--", "1-2"]
for i in range(60):
    text = " ".join(random.choice(PIECES) for _ in range(random.randint(0, 14)))
    width = random.choice([4, 7, 10, 15, 25])
    options = {}
    if random.random() < 0.3:
        options["break_on_hyphens"] = False
    if random.random() < 0.2:
        options["drop_whitespace"] = False
    if random.random() < 0.2:
        options["break_long_words"] = False
    if random.random() < 0.3:
        options["max_lines"] = random.randint(1, 3)
    try:
        lines = textwrap.wrap(text, width=width, **options)
    except ValueError as e:
        lines = "ValueError: %s" % e
    print(i, width, sorted(options.items()), lines)
