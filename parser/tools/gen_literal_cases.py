"""Generates the expected results that StringLiteralsTest and NumberLiteralsTest check against.

Run with CPython 3.11 from the parser module directory:  python3 tools/gen_literal_cases.py
Writes src/test/resources/org/jyco/parser/{string,number}-literal-cases.txt. Every expected value,
position and error message comes from CPython itself (ast.parse / compile / eval).

string-literal-cases.txt, one block per case (fields separated by tabs, strings escaped with
\\\\ \\n \\r \\t and \\u{hex} for anything outside printable ASCII):
    CASE  <source>
    TOK   line col endLine endCol charCol endCharCol <text>     (one per STRING token of the run)
    NEXT  line col endLine endCol charCol endCharCol            (the token after the run)
    EXPECT <tree>   or   ERROR <msg> lineno offset end_lineno end_offset
A tree is rendered compactly: C(s"..."[,u]@pos) C(b"hex"@pos) J([...]@pos) F(value,conv,spec|-@pos)
with a field's value as N(id@pos) or E@pos for any other expression; pos is line:col-endLine:endCol (byte columns).
"""
import ast
import io
import os
import struct
import tempfile
import tokenize
import warnings

HERE = os.path.dirname(__file__)
OUT = os.path.join(HERE, "..", "src", "test", "resources", "org", "jyco", "parser")


def esc(s):
    out = []
    for c in s:
        if c == "\\":
            out.append("\\\\")
        elif c == "\n":
            out.append("\\n")
        elif c == "\r":
            out.append("\\r")
        elif c == "\t":
            out.append("\\t")
        elif " " <= c <= "~":
            out.append(c)
        else:
            out.append("\\u{%x}" % ord(c))
    return "".join(out)


def val(s):
    return "".join(c if " " <= c <= "~" and c not in '\\"' else "\\u{%x}" % ord(c) for c in s)


def pos(n):
    return "@%d:%d-%d:%d" % (n.lineno, n.col_offset, n.end_lineno, n.end_col_offset)


def render(n):
    if isinstance(n, ast.Constant):
        if isinstance(n.value, bytes):
            return 'C(b"%s"%s)' % (n.value.hex(), pos(n))
        if isinstance(n.value, str):
            return 'C(s"%s"%s%s)' % (val(n.value), ",u" if n.kind == "u" else "", pos(n))
    if isinstance(n, ast.JoinedStr):
        return "J([%s]%s)" % (",".join(render(v) for v in n.values), pos(n))
    if isinstance(n, ast.FormattedValue):
        spec = render(n.format_spec) if n.format_spec is not None else "-"
        value = ("N(%s%s)" % (n.value.id, pos(n.value))) if isinstance(n.value, ast.Name) else "E" + pos(n.value)
        return "F(%s,%d,%s%s)" % (value, n.conversion, spec, pos(n))
    raise ValueError(n)


def split_lines(src):
    """Char offsets of line starts, with \\r\\n, \\r and \\n as line ends (like Source.java)."""
    starts = [0]
    i = 0
    while i < len(src):
        c = src[i]
        if c == "\r" and i + 1 < len(src) and src[i + 1] == "\n":
            i += 1
        if c in "\r\n":
            starts.append(i + 1)
        i += 1
    return starts


def string_case(src):
    if not src.endswith(("\n", "\r")):
        src += "\n"
    norm = src.replace("\r\n", "\n").replace("\r", "\n")
    starts = split_lines(src)

    def line_text(line):
        return src[starts[line - 1]:starts[line] if line < len(starts) else len(src)]

    def bcol(line, col):
        return len(line_text(line)[:col].encode("utf-8"))

    toks = [t for t in tokenize.generate_tokens(io.StringIO(norm).readline)
            if t.type not in (tokenize.NL, tokenize.COMMENT)]
    i = next(k for k, t in enumerate(toks) if t.type == tokenize.STRING)
    run = []
    while toks[i].type == tokenize.STRING:
        run.append(toks[i])
        i += 1
    nxt = toks[i]
    lines = ["CASE\t" + esc(src)]
    for t in run:
        (l1, c1), (l2, c2) = t.start, t.end
        text = src[starts[l1 - 1] + c1:starts[l2 - 1] + c2]
        lines.append("TOK\t%d\t%d\t%d\t%d\t%d\t%d\t%s" % (l1, bcol(l1, c1), l2, bcol(l2, c2), c1, c2, esc(text)))
    (l1, c1), (l2, c2) = nxt.start, nxt.end
    if nxt.type == tokenize.NEWLINE:
        (l2, c2) = (l1, c1)  # CPython's own tokenizer leaves the line end out of NEWLINE
    lines.append("NEXT\t%d\t%d\t%d\t%d\t%d\t%d" % (l1, bcol(l1, c1), l2, bcol(l2, c2), c1, c2))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            # compiled from a real file, as CPython reports errors for modules: for a string it
            # converts byte columns to characters with the wrong line after multi-line tokens
            with tempfile.NamedTemporaryFile("w", suffix=".py", encoding="utf-8", newline="", delete=False) as f:
                f.write(src)
            try:
                tree = compile(src, f.name, "exec", ast.PyCF_ONLY_AST)
            finally:
                os.unlink(f.name)
        except SyntaxError as e:
            lines.append("ERROR\t%s\t%d\t%d\t%d\t%d" % (esc(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset))
            return lines
    l1, c1 = run[0].start
    node = next(n for n in ast.walk(tree) if isinstance(n, (ast.Constant, ast.JoinedStr))
                and (n.lineno, n.col_offset) == (l1, bcol(l1, c1)))
    lines.append("EXPECT\t" + render(node))
    return lines


STRING_CASES = [
    # plain str, prefixes, quotes
    'x = "abc"', "x = 'abc'", 'x = ""', "x = ''", 'x = """"""', "x = ''''''", 'x = """a"b""c"""',
    "x = '''it's'''", 'x = u"abc"', 'x = U"abc"', 'x = r"a\\b"', 'x = R"a\\n"', 'x = "a" "b" "c"',
    'x = ("a"\n     "b")', 'x = "a" u"b"', 'x = u"a" "b"', 'x = "é" "ü€😀"', 'x = "😀" + 1',
    'x = ("α" # c\n  "β")', 'x = b"abc"', 'x = B"a" b"b"', 'x = rb"a\\x"', 'x = bR"\\n"', 'x = Rb"\\N{x}"',
    'x = br"\\u1234"', 'x = b""', 'x = b"a" b"" b"c"',
    # escapes in str
    'x = "\\n\\t\\r\\\\\\\'\\"\\a\\b\\f\\v"', 'x = "\\0\\7\\77\\777\\1234\\08\\8\\9"', 'x = "\\x41\\xfF\\u0041\\u20ac\\U0001F600\\U00000041"',
'x = "\\N{LATIN SMALL LETTER A}\\N{EM DASH}"', 'x = "\\N{latin small letter a}"',
    'x = "\\N{NUL}\\N{LF}\\N{BOM}\\N{ZWJ}\\N{nbsp}"', 'x = "\\N{CJK UNIFIED IDEOGRAPH-4E00}\\N{CJK UNIFIED IDEOGRAPH-2B738}"',
    'x = "\\N{HANGUL SYLLABLE GA}\\N{HANGUL SYLLABLE GGAG}\\N{HANGUL SYLLABLE A}"',
    'x = "\\N{TOTO LETTER PA}\\N{LATIN CAPITAL LETTER GHA}"',
    'x = "\\d\\w\\{\\}\\ \\%"', 'x = "\\é"', 'x = "\\\\é"', 'x = "a\\\nb"', 'x = """a\\\nb\nc"""',
    'x = """a\r\nb\rc"""', 'x = "a\\\r\nb"', 'x = b"a\\\r\nb"',
    # escapes in bytes
    'x = b"\\n\\t\\r\\\\\\\'\\"\\a\\b\\f\\v"', 'x = b"\\0\\7\\77\\777\\400\\08"', 'x = b"\\x41\\xfF\\x00"',
    'x = b"\\u1234\\U00012345\\N{DASH}\\d\\%"', 'x = b"a\\\nb"',
    # str errors
    'x = "\\x"', 'x = "\\x4"', 'x = "\\xg1"', 'x = "ab\\x4"', 'x = "é\\x" + 1', 'x = "\\xé" + 1',
    'x = "😀é\\u12" + 1', 'x = "\\é\\x"', 'x = "\\u"', 'x = "\\u123"', 'x = "\\U1234567"', 'x = "\\U00110000"',
    'x = "\\UFFFFFFFF"', 'x = "\\N"', 'x = "\\Nx"', 'x = "\\N{"', 'x = "\\N{}"', 'x = "\\N{foo"', 'x = "\\N{foo}"',
    'x = "\\N{é}" + 1', 'x = "\\N{ LATIN SMALL LETTER A}"', 'x = "\\N{LATIN SMALL LETTER A }"',
    'x = "\\N{LATIN  SMALL LETTER A}"', 'x = "\\N{hangul syllable ga}"', 'x = "\\N{cjk unified ideograph-4e00}"',
    'x = "\\N{CJK UNIFIED IDEOGRAPH-4e00}"', 'x = "\\N{CJK UNIFIED IDEOGRAPH-3134B}"', 'x = "\\N{HANGUL SYLLABLE }"',
    'x = "\\N{LINE FEED (LF)}"', 'x = "\\N{BASIC LATIN 41}"', 'x = "\\N{CJK UNIFIED IDEOGRAPHS 4E00}"',
    'x = "\\N{LATIN CAPITAL LETTER A WITH MACRON AND GRAVE}"',
    'x = ("ok"\n     "\\x1")', 'x = "a" "b" "\\x" + 1',
    # bytes errors
    'x = b"\\x"', 'x = b"\\x4"', 'x = b"ab\\xg0"', 'x = b"é"', 'x = (b"a"\n  rb"\\é")', 'x = b"a" "b"',
    'x = "a" b"b" + 1', 'x = b"a" f"b"', 'x = f"{x}" b"a"', 'x = b"\\x" "a"', 'x = "a" b"\\x"', 'x = "a" b"é"',
    # f-strings
    'x = f""', 'x = f"abc"', 'x = f"" ""', 'x = "" f""', 'x = f"{x}"', 'x = f"a{x}b"', 'x = F"{x}{y}"',
    'x = f"a" "b" f"{c}d"', 'x = u"a" f"{x}"', 'x = "a" u"b" f"{x}"', 'x = u"" f"{x:a{y}}"',
    'x = f"{x=}"', 'x = f"{ x = }"', 'x = f"{x=:>5}"', 'x = f"{x=!s}"', 'x = f"{x=!r:^20}"', 'x = f"a{x=}b{y}"',
    'x = f"{x!r}"', 'x = f"{x!s}"', 'x = f"{x!a}"', 'x = f"{x!r:>{w}}"', 'x = f"{x:}"', 'x = f"{x:>10}"',
    'x = f"{x:{y}}"', 'x = f"{x:a{y}b}"', 'x = f"{x:{y:}}"', 'x = f"{x:{y!r}}"', 'x = f"{x:{y=}}"',
    'x = f"{x:{{}}}"', 'x = f"{x:\\x41}"', 'x = f"{x:\\N{DASH}}"',
    'x = f"{{}}"', 'x = f"a}}b{{c"', 'x = f"{{x}}"', 'x = f"{{{x}}}"', 'x = f"\\{{"', 'x = f"\\{6}"',
    'x = f"\\N{LEFT CURLY BRACKET}{x}"', 'x = rf"\\N{x}"', 'x = rf"\\{x}\\n"', 'x = fr"a\\{{b"',
    'x = f"\\n{x}\\t"', 'x = f"é{ x }ü"', 'x = "é" f"é{ x }"', 'x = ("é",  f"é{ x }")', 'x = f"😀{x}"',
    'x = f"{x!r}" f"{y}"', 'x = f"{a}" "b" f"{c}" "d"', 'x = f"{a}" f"" f"{b}"',
    'x = f"{\'a\'}"', 'x = f"{\'{\'}"', 'x = f"{\'}\'}"', 'x = f"""{"a"}"""', "x = f'''{'''a'''}'''",
    'x = f"{\'\'\'a\'\'\'}"', 'x = f"{a == b}"', 'x = f"{a != b}"', 'x = f"{a <= b}"', 'x = f"{a >= b}"',
    'x = f"{a < b}"', 'x = f"{a > b}"', 'x = f"{ {} }"', 'x = f"{[a]}"', 'x = f"{a[1]}"', 'x = f"{a(b=1)}"',
    'x = f"{a:=b}"', 'x = f"{x!r:}"',
    'x = ("a"\n  f"{x:{y}>3}" "b"\n f"c{z!r:{w}}" u"d")', 'x = f"""ab\n  {x:{y}>3}""" f"{w}"',
    'x = f"""ab\n  {\nx}"""', 'x = f"""ab\n      cd {x\n }"""', 'x = f"""\n{x}\n{y:{z}}\n"""',
    'x = f"""{\n x = }"""', 'x = f"""a\r\n{x}"""',
    # f-string errors
    'x = f"}"', 'x = f"{"', 'x = f"{x"', 'x = f"{}"', 'x = f"{ }"', 'x = f"{!r}"', 'x = f"{:x}"', 'x = f"{=}"',
    'x = f"{x!}"', 'x = f"{x!z}"', 'x = f"{x!r=}"', 'x = f"{x!rr}"', 'x = f"{x)}"', 'x = f"{(x]}"',
    'x = f"{(x}"', 'x = f"{[x}"', 'x = f"{\'x}"', 'x = f"{x#}"', 'x = f"{x\\n}"', 'x = f"{\'\\n\'}"',
    'x = f"{x:}}"', 'x = f"{x:{y}}}"', 'x = f"{x!r:"', 'x = f"{x!r"', 'x = f"{x="', 'x = f"{x:"', 'x = f"{x!"',
    'x = f"{x!="', 'x = f"{x:{"', 'x = f"{x:{{}}"', 'x = f"{x:{y:{z}}}"', 'x = f"\\}"', 'x = f"\\N}"',
    'x = f"\\x{y}"', 'x = f"{y}\\x"', 'x = f"a{{\\x"', 'x = f"{x:\\x}"', 'x = "a" f"{"', 'x = f"{" b"a"',
    'x = f"{x}" "\\x"', 'x = "\\x" f"{"', 'x = f"{" "\\x"', 'x = f"{x=     "', 'x = f"{ ! }"',
    'x = (f"{x}"\n  f"{")', 'x = f"{x:{y=}}}"', 'x = f"{x)" + 1', 'x = f"{x:{y}{z}}"', 'x = f"{{}"',
    'x = f"{a!r:{b!s:{c}}}"',
    # found by random testing: multi-line tokens with non-ASCII text, tabs, CRLF
    'x = (rb"""\\\n{x}😀<}}""")', 'x = (u"y😀a\\\n=\\N{DASH}")', 'x = f"""a\r\n  {x}\r\n{y}"""',
    'x = f"{\tx\t}"', 'x = f"""{\n\tx = }"""', 'x = [1,\n  f"{x}" "é"]', 'if 1:\n    é = (f"""é\n {é!r:{x}>}""")',
]


NUMBER_CASES = [
    "0", "00", "0_0", "7", "1_000", "123456789", "999999999999999999", "1000000000000000000",
    "9223372036854775807", "9223372036854775808", "18446744073709551616", "1_2_3_4_5_6_7_8_9_0_1_2_3_4_5_6_7_8_9",
    "123456789012345678901234567890123456789012345678901234567890",
    "0x0", "0xff", "0XFF", "0x_dead_BEEF", "0x7fffffffffffffff", "0x8000000000000000", "0xffffffffffffffffffffffff",
    "0o0", "0o777", "0O_7_7", "0o777777777777777777777", "0o1777777777777777777777", "0o7777777777777777777777777",
    "0b0", "0b1", "0B_1010", "0b" + "1" * 63, "0b" + "1" * 64, "0b1" + "0" * 100,
    "0.0", "1.", ".5", "1e-3", "1E+3", "1_000.0_1", "1e400", "1e-400", "1e308", "1.7976931348623157e308",
    "1.7976931348623158e308", "1.7976931348623159e308", "2.2250738585072011e-308", "2.2250738585072014e-308",
    "4.9e-324", "2.4703282292062328e-324", "2.4703282292062327e-324", "9007199254740993.0", "0.1", "0.3",
    "123456789012345678901234567890.0", "0.000000000000000000000000000001", "1_0e1_0", "0e0", "00.5", "0e5",
    "3.141592653589793238462643383279502884197", "1" * 400 + ".0", "0." + "0" * 300 + "1",
    "3j", "1.5J", "1e3j", "0j", "10j", "1_0j", "09j", "00j", ".5j", "1.j", "1e400j", "9007199254740993j",
]


def number_line(lit):
    v = eval(lit)
    if isinstance(v, int):
        return "%s\tint\t%d" % (lit, v)
    if isinstance(v, float):
        return "%s\tfloat\t%016x" % (lit, struct.unpack("<Q", struct.pack("<d", v))[0])
    assert isinstance(v, complex) and v.real == 0
    return "%s\timag\t%016x" % (lit, struct.unpack("<Q", struct.pack("<d", v.imag))[0])


def main():
    out = []
    for src in STRING_CASES:
        out.extend(string_case(src))
    with open(os.path.join(OUT, "string-literal-cases.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")
    with open(os.path.join(OUT, "number-literal-cases.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(number_line(n) for n in NUMBER_CASES) + "\n")
    print(len(STRING_CASES), "string cases,", len(NUMBER_CASES), "number cases")


if __name__ == "__main__":
    main()
