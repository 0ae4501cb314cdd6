"""Generates the expected results that the org.jyco.runtime.format tests check against.

Run with CPython 3.11 from the runtime module directory:  python3 tools/gen_format_cases.py
Writes src/test/resources/org/jyco/runtime/format/*.txt. Every expected output and error message
comes from CPython itself (repr, format, str.__mod__, str.format, str.format_map); the inputs are
hand-picked edge cases plus seeded random ones, so the files are reproducible.

float-repr-cases.txt    one case a line:  <hex bits of the double> TAB <repr(x)>
float-format-cases.txt  one case a line:  <hex bits> TAB <type> TAB <precision> TAB <flags> TAB <result>
                        (the arguments of FloatFormat.format; type '-' means no type; flags as
                        FloatFormat's bits: 1 sign, 2 add-dot-0, 4 alt, 8 no-neg-0)
spec-cases.jsonl, percent-cases.jsonl, strformat-cases.jsonl: one JSON object a line.
  A value is a tagged list: ["i","123"] int, ["f","<hex bits>"] float, ["s","text"] str,
  ["b",true] bool, ["n"] None, ["t",[values]] tuple, ["d",[[key,value],...]] dict.
  The result is "out": "<text>" or "err": ["<exception type>", "<str(exception)>"].
  spec:      {"v": value, "spec": "..."}                         format(v, spec)
  percent:   {"fmt": "...", "args": value}                       fmt % args
  strformat: {"fmt": "...", "args": [values], "kwargs": [[k,v],...] or null}   fmt.format(*args, **kwargs)
             {"fmt": "...", "map": value}                                      fmt.format_map(map)
"""
import json
import math
import os
import random
import struct
import sys

assert sys.version_info[:2] == (3, 11), "expectations must come from CPython 3.11"

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "src", "test", "resources", "org", "jyco", "runtime", "format")


def bits_of(x):
    return struct.unpack("<Q", struct.pack("<d", x))[0]


def of_bits(b):
    return struct.unpack("<d", struct.pack("<Q", b))[0]


def enc(v):
    if isinstance(v, bool):
        return ["b", v]
    if isinstance(v, int):
        return ["i", str(v)]
    if isinstance(v, float):
        return ["f", "%016x" % bits_of(v)]
    if isinstance(v, str):
        return ["s", v]
    if v is None:
        return ["n"]
    if isinstance(v, tuple):
        return ["t", [enc(x) for x in v]]
    if isinstance(v, dict):
        return ["d", [[enc(k), enc(x)] for k, x in v.items()]]
    raise TypeError(type(v))


def result(fn):
    try:
        return {"out": fn()}
    except Exception as e:  # noqa: BLE001 - every error is an expectation
        return {"err": [type(e).__name__, str(e)]}


# ---------------------------------------------------------------- doubles

def random_double(rnd):
    r = rnd.random()
    if r < 0.35:
        return of_bits(rnd.getrandbits(64))
    if r < 0.55:
        return round(rnd.uniform(-1e6, 1e6), rnd.randint(0, 8))
    if r < 0.70:
        return float("%.*g" % (rnd.randint(1, 17), rnd.random() * 10.0 ** rnd.randint(-325, 308)))
    if r < 0.80:
        return rnd.randint(-10 ** 6, 10 ** 6) / rnd.choice([1, 2, 4, 8, 16, 1024, 10, 100, 1000, 3])
    if r < 0.90:
        return of_bits(rnd.getrandbits(12) << 52 | rnd.choice([0, 1, 2, 3, (1 << 52) - 1, (1 << 52) - 2]))
    return of_bits(rnd.getrandbits(1) << 63 | rnd.getrandbits(rnd.randint(1, 52)))


def edge_doubles():
    xs = [0.0, -0.0, math.inf, -math.inf, math.nan, 1.0, -1.0, 0.1, 0.2, 0.3, 1 / 3, 2 / 3, 1e16, 1e15,
          9999999999999998.0, 1e-4, 1e-5, 0.00011, 5e-324, 1e-323, 2.2250738585072014e-308,
          2.225073858507201e-308, 1.7976931348623157e308, 123456789012345678.0, 1.2345678901234567e30,
          0.5, 1.5, 2.5, 100.0, 1e22, 1e23, 9007199254740993.0, 4.35, 0.015, 1.005, 2.675, 5e-5,
          123.456, 1e300, 1e-300, 3.141592653589793, 2.718281828459045, 6.02214076e23, 299792458.0]
    for k in range(-325, 309):
        for m in ("1e%d", "5e%d", "9.999999999999999e%d", "1.5e%d", "2.5e%d"):
            try:
                x = float(m % k)
            except OverflowError:
                continue
            if x != 0 and not math.isinf(x):
                xs.append(x)
    for e in range(-1074, 1024, 7):
        xs.append(math.ldexp(1.0, e))
    for c in range(1, 40):
        xs.append(of_bits(c))
    return xs


def gen_repr():
    rnd = random.Random(20240611 + SEED)
    xs = edge_doubles()
    xs += [random_double(rnd) for _ in range(6000 * SCALE)]
    with open(os.path.join(OUT, "float-repr-cases.txt"), "w") as f:
        for x in xs:
            f.write("%016x\t%s\n" % (bits_of(x), repr(x)))


def gen_float_format():
    rnd = random.Random(77 + SEED)
    xs = edge_doubles()[:120] + [random_double(rnd) for _ in range(4000 * SCALE)]
    lines = []
    for x in xs:
        for _ in range(2):
            t = rnd.choice("eEfFgG%-r")
            prec = rnd.choice([0, 1, 2, 3, 4, 5, 6, 8, 10, 12, 15, 16, 17, 18, 20, 25, 30, 40, 60, rnd.randint(0, 120)])
            fl = rnd.randint(0, 15)
            if t in "fF%" and abs(x) > 1e25 and prec > 20:
                prec = rnd.randint(0, 5)
            if t == "r":
                prec = -1
                fl |= 2
                ptext = ""
                tt = ""
            elif t == "-":
                fl |= 2
                if rnd.random() < 0.3:
                    prec = -1
                ptext = "" if prec < 0 else ".%d" % prec
                tt = ""
            else:
                fl &= ~2
                if rnd.random() < 0.1:
                    prec = -1
                ptext = "" if prec < 0 else ".%d" % prec
                tt = t
            spec = ("+" if fl & 1 else "") + ("z" if fl & 8 else "") + ("#" if fl & 4 else "") + ptext + tt
            lines.append("%016x\t%s\t%d\t%d\t%s\n" % (bits_of(x), t, prec, fl, format(x, spec)))
    with open(os.path.join(OUT, "float-format-cases.txt"), "w") as f:
        f.writelines(lines)


# ---------------------------------------------------------------- format specs

FILLS = [" ", "*", "0", "x", "\U0001f600", "=", "<", "{", "\u00e9", "1"]
TYPES_INT = "bcdoxXneEfFgG%"
TYPES_FLOAT = "eEfFgGn%"
JUNK = "sdqrZ \u00e9\x01,_.%c"


def random_spec(rnd, types):
    parts = []
    if rnd.random() < 0.4:
        if rnd.random() < 0.5:
            parts.append(rnd.choice(FILLS))
        parts.append(rnd.choice("<>^="))
    if rnd.random() < 0.3:
        parts.append(rnd.choice("+- "))
    if rnd.random() < 0.12:
        parts.append("z")
    if rnd.random() < 0.2:
        parts.append("#")
    if rnd.random() < 0.25:
        parts.append("0")
    if rnd.random() < 0.5:
        parts.append(str(rnd.choice([0, 1, 2, 5, 8, 10, 12, 15, 20, 25, rnd.randint(0, 40)])))
    if rnd.random() < 0.25:
        parts.append(rnd.choice([",", "_", ",", "_", ",", "_", ",", "_", ",_", "_,"]))
    if rnd.random() < (0.12 if types == TYPES_INT else 0.4):
        parts.append("." + str(rnd.choice([0, 1, 2, 3, 5, 6, 10, 17, 20, rnd.randint(0, 40)])) if rnd.random() < 0.95 else ".")
    if rnd.random() < 0.75:
        parts.append(rnd.choice(types) if rnd.random() < 0.9 else rnd.choice(JUNK))
    spec = "".join(parts)
    if rnd.random() < 0.05 and spec:
        i = rnd.randrange(len(spec) + 1)
        spec = spec[:i] + rnd.choice(JUNK) + spec[i:]
    return spec


def random_int(rnd):
    r = rnd.random()
    if r < 0.3:
        return rnd.randint(-1000, 1000)
    if r < 0.5:
        return rnd.randint(-10 ** 9, 10 ** 9)
    if r < 0.65:
        return rnd.randint(-2 ** 63, 2 ** 63 - 1)
    if r < 0.75:
        return rnd.choice([0, 1, -1, 2 ** 63 - 1, -2 ** 63, 2 ** 63, -2 ** 63 - 1, 65, 0x10ffff, 0x110000, 1234567])
    if r < 0.9:
        return rnd.randint(-10 ** 40, 10 ** 40)
    return rnd.randint(0, 0x10ffff)


def random_str(rnd):
    alphabet = "abcXYZ 019-_.\u00e9\u00df\u4e2d\U0001f600\U00010348'\""
    return "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 12)))


def gen_spec():
    rnd = random.Random(4242 + SEED)
    cases = []
    fixed = [
        (1, "x05"), (1, "."), (1, ".2"), (1, "z"), (1.0, "zd"), (1, "z.2f"), ("a", "z"), ("a", "+"),
        ("a", "#"), ("a", "="), ("a", "=5"), ("a", ","), ("a", "_"), ("a", "d"), (1.0, "d"), (1, "s"),
        (1, ",c"), (1, "_c"), (1, ",x"), (1, "_x"), (1, ",_"), (1, "_,"), (1, ",,"), (1, "__"), (1, ",n"),
        (1, "_n"), (1.0, "_n"), (1, "+c"), (1, "#c"), (1, "=c"), (-1, "c"), (0x110000, "c"),
        (1, "99999999999999999999"), (1, ".99999999999999999999"), (1.0, ".99999999999999999999f"),
        ("a", ".0"), ("a", ".1"), (1, "\x01"), (1, ",\x01"), (1, "\u00f1"), ("a", "\u00f1"), (1, ".2\u00f1"),
        (1.0, "%%"), (1, "5.3"), (2 ** 70, "c"), (-2 ** 70, "c"), (2 ** 1100, "e"), (1, "=^5"),
        (1, "\U0001f600^5"), ("ab", "\U0001f600^5"), (True, "c"), (False, "5"), (True, "x05"), (True, ""),
        (1, " c"), (1, "-c"), (1.5, "c"), (1, ""), (1.0, ","), (1.0, "_"), (1.0, "_g"), (1.0, ",%"), (1.0, "z"),
        (-0.0, "z"), ("a", "<z"), (1, "5,."), ("a", "5,s"), ("ab", "5_.1s"), (1, "0,"), (1, "00,"), (1, "000"),
        (1.0, ".2147483648f"), (1, ".2147483648e"), ("a", ".2147483648"), (1, " "), (1, " x"),
        (1, "\U0001f600"), (-5, "#x"), (-5, "#X"), (255, "#o"), (5, "#b"), (5, "#d"), (5, "#n"),
        (2 ** 100, "x"), (1234567, "n"), (10, "%"), (10, "e"), (2 ** 60 + 1, "f"), (1, "#"), (1.0, ".3%"),
        (1.5, "#.0%"), (math.inf, "%"), (math.inf, "010"), (math.nan, "=+10"), (-math.inf, "010,.2f"),
        (-1.0, "=^10"), (1e100, "f"), (1, "\u0665"), (1.5, ".\u0662f"), ("a", "\u0663"),
        (12345, "\u0661\u0660,"), (1, "\U0001d7d8"), (1234, "010,"), (-1234, "010_"), (0x12345, "#012_x"),
        (1234, "0=10,"), (1234, "x=10,"), (1234, "0>10,"), ("ab", "05"), (12, "<05"), (12, "^05"),
        (12, "x<05"), (65, "05c"), (49, "0=5c"), (-0.0, "z.3f"), (-0.0001, "z.2f"), (-0.0, "+z"),
        (123.0, ".3"), (1234.5, ".4"), (1e16, ".3"), (1.0, "#"), (1e16, "#"), (0.0, "#.3"), (float("-nan"), "+"),
        ("\U0001f600\U0001f600abc", "^9.3"), ("x", "\U0001f600>3"), (1.5, "\U0001f600<8.2f"),
        (10 ** 30, ","), (-10 ** 30, "_"), (10 ** 30, "_b"), (2 ** 64, "#_x"), (-(2 ** 63), "d"),
        (1.0, "0=+12,.3e"), (1e6, ",.2f"), (1e-7, ",g"), (123456789.123, "_.3f"), (1234567.0, "020,.1f"),
    ]
    for v, s in fixed:
        cases.append((v, s))
    for _ in range(2500 * SCALE):
        cases.append((random_int(rnd), random_spec(rnd, TYPES_INT)))
    for _ in range(2500 * SCALE):
        x = random_double(rnd) if rnd.random() < 0.8 else rnd.choice([0.0, -0.0, math.inf, -math.inf, math.nan, 1.0, -1.5, 1e16, 1e-5])
        cases.append((x, random_spec(rnd, TYPES_FLOAT)))
    for _ in range(1200 * SCALE):
        cases.append((random_str(rnd), random_spec(rnd, "s" * 10 + "d")))
    for _ in range(100 * SCALE):
        cases.append((rnd.choice([True, False]), random_spec(rnd, TYPES_INT)))
    with open(os.path.join(OUT, "spec-cases.jsonl"), "w") as f:
        for v, s in cases:
            rec = {"v": enc(v), "spec": s}
            rec.update(result(lambda: format(v, s)))
            f.write(json.dumps(rec) + "\n")


# ---------------------------------------------------------------- str % args

def gen_percent():
    rnd = random.Random(9090 + SEED)
    inf, nan = math.inf, math.nan
    fixed = [
        ("%5%", ()), ("%-5%", ()), ("%(a)%", {"a": 1}), ("%ld", 5), ("%hd", 5), ("%Lf", 1.5), ("%y", ()),
        ("%05s", "ab"), ("%-05d", 5), ("%.0d", 0), ("%.0x", 0), ("%010f", inf), ("%010f", -nan),
        ("%+f", nan), ("%05c", "a"), ("%05r", "a"), ("%(a)s %s", {"a": 1}), ("abc", 5), ("%.*f", (-3, 1.5)),
        ("%*d", (-5, 1)), ("%*d", (1.0, 1)), ("%.*d", ("a", 1)), ("%d", 1.5), ("%d", -1.5), ("%d", nan),
        ("%d", inf), ("%x", 1.5), ("%c", 1.5), ("%c", -1), ("%c", 2 ** 70), ("%c", "ab"), ("%c", ""),
        ("%#.5x", 255), ("%#x", -255), ("%#5o", 8), ("%#05o", 8), ("% d", 5), ("%+ d", 5), ("% +d", 5),
        ("%+05d", -5), ("%-+5d", 5), ("%u", 5), ("%i", 5), ("%(a", {"a": 1}), ("%(a(b))s", {"a(b)": 1}),
        ("%(a)", {"a": 1}), ("%", ()), ("abc%", ()), ("%s %", (1,)), ("%*", (1,)), ("%.", ()), ("%d", "5"),
        ("%x", "5"), ("%e", "5"), ("%s %s", (1,)), ("%s", (1, 2)), ("%\u00e9", 1), ("%\x01", 1),
        ("%\U0001f600", 1), ("\U0001f600%y", 1), ("%99999999999999999999d", 1), ("%.99999999999999999999d", 1),
        ("%s", ()), ("", ()), ("", 5), ("", {"a": 1}), ("%*s", (2 ** 64, 1)), ("%.*s", (2 ** 64, "a")),
        ("%(a)*d", {"a": 5}), ("%d", True), ("%x", True), ("%c", True), ("%.3s", "abcdef"),
        ("%-5.2s|", "abc"), ("%5c", "\U0001f600"), ("%05.1f", -2.5), ("%#.0f", 2.5), ("%#g", 2.0),
        ("%.3g", 1234567.0), ("%G", 1e-10), ("%E", -inf), ("%F", nan), ("%#X", 255), ("%o", -8),
        ("%.3d", -5), ("%010.3d", -5), ("%-010.3d|", -5), ("%5%", (1,)), ("%\x7f", 1), ("%.*s", (-1, "abc")),
        ("%*.*s", (5, 2, "abc")), ("%c", -2 ** 70), ("%d", 2 ** 100), ("%x", -2 ** 100), ("%.3f", 2 ** 2000),
        ("%s", None), ("%r", "a\n"), ("%a", "\u00e9"), ("%(a)s", {"b": 1}), ("%(a)s %(b)d", {"a": "x", "b": 2}),
        ("%(a)s", ()), ("%(a)s", (1,)), ("%(a)s", "abc"), ("%.*s", (-2 ** 40, "abc")), ("%c", 0x10ffff),
        ("%5.1c", "ab"), ("%05d", 2 ** 70), ("%+.2e", -0.0), ("%.2f", -0.001), ("%s", 2 ** 70), ("%d", False),
        ("%#.0e", 1.0), ("%#5.0g", 1.0), ("%s", 1.5), ("%r", 1e16), ("%s %r %a", ("\u00e9", "\u00e9", "\u00e9")),
        ("%(x)s-%(y)r", {"x": 1.0, "y": "q"}), ("%%%s%%", "z"), ("%s", ("a",)), ("%s", (("a", 1),)),
        ("%r", ((),)), ("%s", (None, )), ("%-*s|", (4, "ab")), ("%0*d", (6, -42)), ("%+.3d", 7), ("%#o", 0),
        ("%#x", 0), ("%x", 2 ** 64), ("%X", -(2 ** 63)), ("%o", 2 ** 64 + 7), ("%d", -(2 ** 63)),
        ("%i", 3.99), ("%u", -3.99), ("%d", 1e20), ("%d", -1e300), ("%e", 2 ** 63), ("%f", True),
        ("%g", 10 ** 20), ("%s %s %s", (1, 2)), ("%(a)s %(a)s", {"a": "rep"}), ("%c%c", (72, "i")),
        ("%-3c|", 65), ("%3c|", "\u00e9"), ("% 010.2f", 3.14159), ("%+010.2f", -3.14159), ("%-+10.2e|", 12345.678),
        ("%#10x|", 255), ("%-#10o|", 8), ("%#010X", 255), ("%.0f", 0.5), ("%.0f", 1.5), ("%.0f", 2.5),
        ("%.1f", 0.25), ("%.2f", 1.005), ("%.20f", 0.1), ("%.60f", 1e-50), ("%.17g", 0.1), ("%.300f", 1.0),
    ]
    cases = list(fixed)
    convs = "diouxXeEfFgGcrsa"
    for _ in range(2500 * SCALE):
        n = rnd.randint(1, 3)
        fmt = ""
        args = []
        for _ in range(n):
            fmt += rnd.choice(["", "", "x", " ", "ab", "\u00e9", "%%", "[", "\U0001f600"])
            conv = rnd.choice(convs) if rnd.random() < 0.97 else rnd.choice("yqZ%\u00e9")
            flags = "".join(rnd.choice("-+ #0") for _ in range(rnd.choice([0, 0, 1, 1, 2, 3])))
            width = rnd.choice(["", "", "", "1", "5", "8", "12", "20", "*"])
            prec = rnd.choice(["", "", "", ".0", ".1", ".3", ".6", ".10", ".17", ".*"])
            fmt += "%" + flags + width + prec + conv
            if width == "*":
                args.append(rnd.choice([3, 7, -6, 0, 10]))
            if prec == ".*":
                args.append(rnd.choice([0, 2, 5, -1]))
            if conv in "diouxX":
                a = random_int(rnd) if rnd.random() < 0.8 else rnd.choice([1.5, -2.7, True, "s", 1e19])
            elif conv in "eEfFgG":
                a = random_double(rnd) if rnd.random() < 0.85 else rnd.choice([3, -(10 ** 20), True, "x", 0.0, -0.0, inf, nan])
            elif conv == "c":
                a = rnd.choice([65, 0x4e2d, 0x1f600, "q", "\U0001f600", 0x110000, "ab", 9.5, -1])
            else:
                a = rnd.choice([random_int(rnd), random_double(rnd), random_str(rnd), None, True, (1, "a"), ()])
            args.append(a)
        if rnd.random() < 0.05:
            args.append(1)
        if rnd.random() < 0.05 and args:
            args.pop()
        if len(args) == 1 and not isinstance(args[0], tuple) and rnd.random() < 0.6:
            cases.append((fmt, args[0]))
        else:
            cases.append((fmt, tuple(args)))
    for _ in range(300 * SCALE):
        keys = ["a", "b", "x y", "\u00e9"]
        fmt = ""
        d = {}
        for _ in range(rnd.randint(1, 3)):
            k = rnd.choice(keys)
            conv = rnd.choice("sdrxf")
            fmt += "%(" + k + ")" + rnd.choice(["", "5", "-6", "05", ".2", "+"]) + conv + rnd.choice([" ", ",", ""])
            if rnd.random() < 0.9:
                d[k] = rnd.choice([random_int(rnd), random_double(rnd), random_str(rnd)])
        cases.append((fmt, d))
    with open(os.path.join(OUT, "percent-cases.jsonl"), "w") as f:
        for fmt, args in cases:
            rec = {"fmt": fmt, "args": enc(args)}
            rec.update(result(lambda: fmt % args))
            f.write(json.dumps(rec) + "\n")


# ---------------------------------------------------------------- str.format / format_map

def gen_strformat():
    rnd = random.Random(31337 + SEED)
    fixed = [
        ("{0[}]}", ({"}": 1},), None), ("{0[:]}", ({":": 1},), None), ("{0[!]}", ({"!": 1},), None),
        ("{[a]}", ({"a": 1},), None), ("{0!}", (1,), None), ("{0!rx}", (1,), None), ("{0!x}", (1,), None),
        ("{0!\u00e9}", (1,), None), ("{0!r:>5}", ("a",), None), ("{0!}}", (1,), None), ("{", (), None),
        ("}", (), None), ("{0", (1,), None), ("{0:", (1,), None), ("{0{}", (1,), None), ("{0.}", (1,), None),
        ("{0[]}", ((1,),), None), ("{0[0}", ((1,),), None), ("{0[0]x}", ((1,),), None), ("{0[0]}", ((7,),), None),
        ("{0[-1]}", ((7,),), None), ("{0[ 1]}", ({" 1": 2},), None), ("{a.real}", (), {"a": 3}),
        ("{}{1}", (1, 2), None), ("{1}{}", (1, 2), None), ("{a}{}", (1,), {"a": 2}), ("{2}", (1,), None),
        ("{}{}", (1,), None), ("{a}", (), None), ("{a}", (), {"b": 1}), ("{:{}}", (1, 5), None),
        ("{0:{1:{2}}}", (1, 2, 3), None), ("{0:{1}}", (1, 5), None), ("{0:{{}}}", (1,), None), ("{!r}", ("a",), None),
        ("{:}", (1,), None), ("{0:x}", (1.5,), None), ("{99999999999999999999}", (1,), None),
        ("{0[99999999999999999999]}", ((1,),), None), ("{0[0]!r:^9}", (("a",),), None), ("{0:}}", (1,), None),
        ("{{{0}}}", (1,), None), ("{0}}", (1,), None), ("a{0!s:{1}}b", ("x", 3), None), ("{0!a}", ("\u00e9",), None),
        ("{0:%}", (1,), None), ("{0[1][0]}", ((1, (2,)),), None), ("{0.real.imag}", (5,), None),
        ("{0[a][b]}", ({"a": {"b": 3}},), None), ("{:{}}{}", (1, 2, 3), None), ("{:{:{}}}", (1, 2, 3), None),
        ("{0:{a}}", (1,), {"a": 4}), ("{0!r!s}", (1,), None), ("{ 0}", (1,), None), ("{-1}", (1,), None),
        ("{0 }", (1,), None), ("{00}", (1,), None), ("{0:{}}", (1,), None), ("{\u0660}", (7,), None),
        ("{0[\u0661]}", ((1, 2),), None), ("{0.imag}", (1.5,), None), ("{0.nope}", (1,), None),
        ("{0!s:>{1}.{2}}", ("abcdef", 8, 3), None), ("{0:{1}{2}}", (3.14159, ".3", "f"), None),
        ("{x:{w}.{p}f}|{y!r:^{w}}", (), {"x": 2.5, "y": "s", "w": 9, "p": 2}), ("{0}{1}{0}", ("ab", "cd"), None),
        ("{}", (None,), None), ("{:5}", (None,), None), ("{!r:5}", (None,), None), ("{0:,}", (10 ** 12,), None),
        ("{0:_x}", (2 ** 40,), None), ("{0:\U0001f600^7}", ("\U0001f600",), None), ("\U0001f600{}\U0001f600", (1,), None),
        ("{0[5]}", ("ab",), None),
        ("{0[a]}", ((1,),), None), ("{0[0]}", (5,), None), ("{0.real[0]}", (5,), None), ("{a[b]}", (), {"a": {"b": "c"}}),
        ("{a[c]}", (), {"a": {"b": "c"}}), ("}}{{", (), None), ("{{}}", (), None), ("{}}}", (1,), None), ("{{{}", (1,), None),
        ("{0!a:*<6}", ("\u00df",), None), ("{0:=+8}", (-3,), None), ("{0:08.3f}", (-3.14159,), None), ("", (), None),
        ("plain", (1, 2), {"k": 3}), ("{0:{1}}", ("x", "{2}"), None), ("{!}", (1,), None), ("{0!", (1,), None),
        ("{0!s", (1,), None), ("{0!s:", (1,), None), ("{a.b.c}", (), {"a": 1}), ("{0:\x00}", (1,), None),
    ]
    cases = [("f", fmt, args, kw) for fmt, args, kw in fixed]
    for fmt, m in [("{0}", {}), ("{a}", {}), ("{a}", {"a": 1}), ("{}", {}), ("{a[0]}", {"a": (1,)}),
                   ("{a:{b}}", {"a": 1, "b": 3}), ("{a!r:>{w}}", {"a": "q", "w": 6}), ("{a}{b}", {"a": 1}),
                   ("{a.real:+}", {"a": 2}), ("{{a}}", {}), ("{a", {"a": 1}), ("x", {})]:
        cases.append(("m", fmt, m, None))
    names = ["a", "b", "long_name"]
    for _ in range(1500 * SCALE):
        auto = rnd.random() < 0.5
        args = []
        kw = {}
        fmt = ""
        for j in range(rnd.randint(1, 3)):
            fmt += rnd.choice(["", "", "x", " ", "{{", "}}", "\u00e9", "-"])
            r = rnd.random()
            if r < 0.2:
                name = rnd.choice(names)
            elif auto:
                name = ""
            elif args and rnd.random() < 0.2:
                name = str(rnd.randrange(len(args)))
            else:
                name = str(len(args))
            v = rnd.choice([random_int(rnd), random_double(rnd), random_str(rnd), None, True, (1, "b", 2.5)])
            if name and not name.isdigit():
                kw[name] = v
            elif name == "" or int(name) == len(args):
                args.append(v)
            else:
                v = args[int(name)]
            sel = ""
            if isinstance(v, tuple) and rnd.random() < 0.5:
                sel = "[%d]" % rnd.randint(0, 3)
                v = v[int(sel[1])] if int(sel[1]) < 3 else v
            elif isinstance(v, (int, float)) and not isinstance(v, bool) and rnd.random() < 0.2:
                sel = rnd.choice([".real", ".imag"])
            conv = rnd.choice(["", "", "", "!r", "!s", "!a"])
            if isinstance(v, bool) or v is None or isinstance(v, tuple) or conv:
                spec = rnd.choice(["", "", "", "", "", "", ">8", "<5", "^9", "*^11"])
            elif isinstance(v, str):
                spec = random_spec(rnd, "s")
            elif isinstance(v, int):
                spec = random_spec(rnd, TYPES_INT)
            else:
                spec = random_spec(rnd, TYPES_FLOAT)
            if rnd.random() < 0.1 and spec:
                spec = "{}" if auto else "{%d}" % len(args)
                args.append(rnd.choice([5, ">6", "", "x"]))
            spec = spec.replace("{", "{" if spec.startswith("{") else "").replace("}", "}" if spec.startswith("{") else "")
            fmt += "{" + name + sel + conv + (":" + spec if spec or rnd.random() < 0.1 else "") + "}"
        if rnd.random() < 0.05:
            args = args[:-1]
        cases.append(("f", fmt, tuple(args), kw or None))
    with open(os.path.join(OUT, "strformat-cases.jsonl"), "w") as f:
        for kind, fmt, a, kw in cases:
            if kind == "f":
                rec = {"fmt": fmt, "args": [enc(x) for x in a],
                       "kwargs": None if kw is None else [[k, enc(x)] for k, x in kw.items()]}
                rec.update(result(lambda: fmt.format(*a, **(kw or {}))))
            else:
                rec = {"fmt": fmt, "map": enc(a)}
                rec.update(result(lambda: fmt.format_map(a)))
            f.write(json.dumps(rec) + "\n")


SEED = 0   # --seed N: other random cases (for fuzzing locally; commit the default files)
SCALE = 1  # --scale K: K times as many random cases


def main():
    global OUT, SEED, SCALE
    args = sys.argv[1:]
    while args:
        opt, val = args[0], args[1]
        args = args[2:]
        if opt == "--seed":
            SEED = int(val)
        elif opt == "--scale":
            SCALE = int(val)
        elif opt == "--out":
            OUT = val
        else:
            raise SystemExit("usage: gen_format_cases.py [--seed N] [--scale K] [--out DIR]")
    os.makedirs(OUT, exist_ok=True)
    gen_repr()
    gen_float_format()
    gen_spec()
    gen_percent()
    gen_strformat()


if __name__ == "__main__":
    main()
