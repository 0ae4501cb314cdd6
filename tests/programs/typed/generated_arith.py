# Differential test of typed versions: generates many small functions with loops over int and
# float locals (deterministically, from a linear congruential generator), compiles them with
# exec and prints what they return for arguments that include 64-bit edge values.

seed = 20261125


def rnd(n):
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
    return (seed >> 33) % n


INT_OPS = ["+", "-", "*", "//", "%", "&", "|", "^", "<<", ">>"]
FLOAT_OPS = ["+", "-", "*", "/", "//", "%"]
CMPS = ["<", "<=", ">", ">=", "==", "!="]
BIG = ["0", "1", "-1", "7", "3", "2**62", "-2**63", "2**63 - 1", "9223372036854775807", "40", "63", "64"]
FLO = ["0.0", "-0.0", "1.5", "-2.25", "1e308", "3.0", "0.1"]


def int_expr(names, depth):
    if depth == 0 or rnd(3) == 0:
        return names[rnd(len(names))] if rnd(3) else BIG[rnd(len(BIG))]
    op = INT_OPS[rnd(len(INT_OPS))]
    left = int_expr(names, depth - 1)
    right = int_expr(names, depth - 1)
    if op in ("<<", ">>"):
        right = "(" + right + ") % 70"
    if rnd(5) == 0:
        return "-(" + left + " " + op + " " + right + ")"
    return "(" + left + " " + op + " " + right + ")"


def float_expr(fnames, inames, depth):
    if depth == 0 or rnd(3) == 0:
        k = rnd(4)
        if k == 0:
            return FLO[rnd(len(FLO))]
        if k == 1 and inames:
            return inames[rnd(len(inames))]
        return fnames[rnd(len(fnames))]
    op = FLOAT_OPS[rnd(len(FLOAT_OPS))]
    return "(" + float_expr(fnames, inames, depth - 1) + " " + op + " " + float_expr(fnames, inames, depth - 1) + ")"


def int_function(k):
    lines = ["def f%d(a, b):" % k, "    x = 0", "    y = 1", "    out = []"]
    names = ["a", "b", "x", "y", "i"]
    lines.append("    for i in range(%d):" % (rnd(6) + 1))
    for _ in range(rnd(4) + 1):
        target = ["x", "y"][rnd(2)]
        form = rnd(4)
        if form == 0:
            lines.append("        %s = %s" % (target, int_expr(names, 2)))
        elif form == 1:
            lines.append("        %s %s= %s" % (target, INT_OPS[rnd(5)], int_expr(names, 2)))
        elif form == 2:
            lines.append("        if %s %s %s:" % (int_expr(names, 1), CMPS[rnd(6)], int_expr(names, 1)))
            lines.append("            %s = %s" % (target, int_expr(names, 2)))
            lines.append("        else:")
            lines.append("            out.append(%s)" % int_expr(names, 2))
        else:
            lines.append("        out.append([x, y][%s %% 2])" % int_expr(names, 1))
    lines.append("    return x, y, out")
    return "\n".join(lines)


def float_function(k):
    lines = ["def g%d(p, q):" % k, "    u = 0.5", "    v = -1.0", "    n = 3"]
    fnames = ["p", "q", "u", "v"]
    lines.append("    for i in range(%d):" % (rnd(5) + 1))
    for _ in range(rnd(3) + 1):
        target = ["u", "v"][rnd(2)]
        if rnd(3):
            lines.append("        %s = %s" % (target, float_expr(fnames, ["i", "n"], 2)))
        else:
            lines.append("        if %s %s %s:" % (float_expr(fnames, [], 1), CMPS[rnd(6)], float_expr(fnames, [], 1)))
            lines.append("            %s += %s" % (target, float_expr(fnames, ["i"], 1)))
    lines.append("    return u, v")
    return "\n".join(lines)


def show(f, *args):
    try:
        r = f(*args)
    except Exception as e:
        r = type(e).__name__ + ": " + str(e)
    print(f.__name__, args, r)


INT_ARGS = [(0, 0), (3, -5), (2**62, 3), (-2**63, -1), (2**63 - 1, 2), (2**64, 1), (True, 2), (1.5, 2)]
FLOAT_ARGS = [(0.0, 1.0), (1.5, -0.25), (1e308, 1e308), (2, 3), (float("nan"), 1.0), (-0.0, 0.0)]

for k in range(150):
    src = int_function(k)
    ns = {}
    exec(src, ns)
    for args in INT_ARGS[rnd(3):]:
        show(ns["f%d" % k], *args)
for k in range(80):
    src = float_function(k)
    ns = {}
    exec(src, ns)
    for args in FLOAT_ARGS[rnd(2):]:
        show(ns["g%d" % k], *args)
