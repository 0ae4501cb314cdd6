# Matching tokens produced by a small lexer: classes of builtins, tuples, and constants via dotted names.
class Tok:
    NUM = "NUM"
    OP = "OP"
    NAME = "NAME"
def lex(s):
    out = []
    i = 0
    while i < len(s):
        c = s[i]
        if c.isdigit():
            j = i
            while j < len(s) and s[j].isdigit():
                j += 1
            out.append((Tok.NUM, int(s[i:j])))
            i = j
        elif c.isalpha():
            j = i
            while j < len(s) and s[j].isalpha():
                j += 1
            out.append((Tok.NAME, s[i:j]))
            i = j
        elif c in "+-*/()":
            out.append((Tok.OP, c))
            i += 1
        else:
            i += 1
    return out
def describe(tok):
    match tok:
        case (Tok.NUM, 0):
            return "zero"
        case (Tok.NUM, int(n)) if n > 100:
            return f"big number {n}"
        case (Tok.NUM, n):
            return f"number {n}"
        case (Tok.OP, "+" | "-" as op):
            return f"additive {op}"
        case (Tok.OP, "(" | ")"):
            return "paren"
        case (Tok.OP, op):
            return f"multiplicative {op}"
        case (Tok.NAME, name) if name.isupper():
            return f"CONSTANT {name}"
        case (Tok.NAME, name):
            return f"name {name}"
for t in lex("x1 + 250 * (PI - 0) / y7"):
    print(t, "->", describe(t))
def evaluate(expr):
    match expr:
        case int() | float() as n:
            return n
        case ("+", a, b):
            return evaluate(a) + evaluate(b)
        case ("*", a, b):
            return evaluate(a) * evaluate(b)
        case ("neg", a):
            return -evaluate(a)
        case ("sum", *items):
            return sum(evaluate(i) for i in items)
        case _:
            raise ValueError(f"bad expression {expr!r}")
print(evaluate(("+", 1, ("*", 2, 3))), evaluate(("sum", 1, 2.5, ("neg", 4))), evaluate(7))
try:
    evaluate(("pow", 2, 3))
except ValueError as e:
    print("ValueError", e)
