# A tiny spreadsheet: cells hold numbers, text or formulas (=A1+B2*2, =SUM(A1:A3), =IF(...)).
# Formulas are parsed with a recursive-descent parser, evaluated lazily with memoization,
# cycles and errors are reported per cell like a real spreadsheet (#CYCLE!, #DIV/0!, #REF!, #NAME?).

class CellError(Exception):
    def __init__(self, code):
        super().__init__(code)
        self.code = code

def col_index(letters):
    n = 0
    for ch in letters:
        n = n * 26 + (ord(ch) - 64)
    return n - 1

def col_name(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s

def split_ref(ref):
    i = 0
    while i < len(ref) and ref[i].isalpha():
        i += 1
    if i == 0 or i == len(ref) or not ref[i:].isdigit():
        raise CellError("#REF!")
    return ref[:i].upper(), int(ref[i:])

def tokenize(src):
    toks = []
    i = 0
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit() or c == ".":
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            toks.append(("num", float(src[i:j])))
            i = j
        elif c.isalpha():
            j = i
            while j < len(src) and src[j].isalnum():
                j += 1
            toks.append(("name", src[i:j].upper()))
            i = j
        elif c == '"':
            j = src.index('"', i + 1)
            toks.append(("str", src[i + 1:j]))
            i = j + 1
        elif src[i:i + 2] in ("<=", ">=", "<>"):
            toks.append(("op", src[i:i + 2]))
            i += 2
        elif c in "+-*/^(),:<>=&":
            toks.append(("op", c))
            i += 1
        else:
            raise CellError("#PARSE!")
    return toks

class FormulaParser:
    LEVELS = [("=", "<>", "<", ">", "<=", ">="), ("&",), ("+", "-"), ("*", "/"), ("^",)]
    def __init__(self, toks):
        self.toks = toks
        self.i = 0
    def peek(self):
        return self.toks[self.i] if self.i < len(self.toks) else ("end", None)
    def take(self, value=None):
        t = self.peek()
        if value is not None and t[1] != value:
            raise CellError("#PARSE!")
        self.i += 1
        return t
    def parse(self):
        e = self.binary(0)
        if self.peek()[0] != "end":
            raise CellError("#PARSE!")
        return e
    def binary(self, level):
        if level == len(self.LEVELS):
            return self.unary()
        left = self.binary(level + 1)
        while self.peek()[0] == "op" and self.peek()[1] in self.LEVELS[level]:
            op = self.take()[1]
            left = ("bin", op, left, self.binary(level + 1))
        return left
    def unary(self):
        if self.peek() == ("op", "-"):
            self.take()
            return ("neg", self.unary())
        return self.atom()
    def atom(self):
        kind, val = self.take()
        if kind == "num" or kind == "str":
            return ("lit", val)
        if kind == "op" and val == "(":
            e = self.binary(0)
            self.take(")")
            return e
        if kind == "name":
            if self.peek() == ("op", "("):
                self.take()
                args = []
                while self.peek() != ("op", ")"):
                    args.append(self.range_or_expr())
                    if self.peek() == ("op", ","):
                        self.take()
                self.take(")")
                return ("call", val, args)
            if val in ("TRUE", "FALSE"):
                return ("lit", val == "TRUE")
            return ("ref", val)
        raise CellError("#PARSE!")
    def range_or_expr(self):
        if self.peek()[0] == "name" and self.i + 1 < len(self.toks) and self.toks[self.i + 1] == ("op", ":"):
            a = self.take()[1]
            self.take(":")
            b = self.take()[1]
            return ("range", a, b)
        return self.binary(0)

def num(v):
    if isinstance(v, bool):
        return 1.0 if v else 0.0
    if isinstance(v, (int, float)):
        return float(v)
    if v == "":
        return 0.0
    raise CellError("#VALUE!")

FUNCS = {
    "SUM": lambda vals: sum(num(v) for v in vals),
    "AVG": lambda vals: sum(num(v) for v in vals) / len(vals) if vals else _raise("#DIV/0!"),
    "MIN": lambda vals: min(num(v) for v in vals),
    "MAX": lambda vals: max(num(v) for v in vals),
    "COUNT": lambda vals: float(sum(1 for v in vals if isinstance(v, float))),
    "CONCAT": lambda vals: "".join(show(v) for v in vals),
    "LEN": lambda vals: float(len(show(vals[0]))),
}

def _raise(code):
    raise CellError(code)

def show(v):
    if isinstance(v, bool):
        return "TRUE" if v else "FALSE"
    if isinstance(v, float):
        return str(int(v)) if v == int(v) and abs(v) < 1e15 else f"{v:.4g}"
    return str(v)

class Sheet:
    def __init__(self):
        self.raw = {}
        self.cache = {}
        self.evaluating = set()
        self.evals = 0
    def set(self, ref, text):
        self.raw[ref.upper()] = text
        self.cache.clear()
    def get(self, ref):
        ref = ref.upper()
        split_ref(ref)
        if ref in self.cache:
            return self.cache[ref]
        if ref in self.evaluating:
            raise CellError("#CYCLE!")
        self.evaluating.add(ref)
        try:
            value = self.compute(self.raw.get(ref, ""))
        finally:
            self.evaluating.discard(ref)
        self.cache[ref] = value
        return value
    def compute(self, text):
        self.evals += 1
        if text.startswith("="):
            return self.eval(FormulaParser(tokenize(text[1:])).parse())
        try:
            return float(text)
        except ValueError:
            return text
    def cells_in(self, a, b):
        ca, ra = split_ref(a)
        cb, rb = split_ref(b)
        return [col_name(c) + str(r) for r in range(min(ra, rb), max(ra, rb) + 1)
                for c in range(min(col_index(ca), col_index(cb)), max(col_index(ca), col_index(cb)) + 1)]
    def eval(self, node):
        kind = node[0]
        if kind == "lit":
            return node[1]
        if kind == "ref":
            return self.get(node[1])
        if kind == "neg":
            return -num(self.eval(node[1]))
        if kind == "call":
            name, args = node[1], node[2]
            if name == "IF":
                cond = self.eval(args[0])
                return self.eval(args[1] if num(cond) else args[2])
            if name not in FUNCS:
                raise CellError("#NAME?")
            vals = []
            for a in args:
                if a[0] == "range":
                    vals.extend(self.get(r) for r in self.cells_in(a[1], a[2]))
                else:
                    vals.append(self.eval(a))
            return FUNCS[name](vals)
        if kind == "bin":
            op, l, r = node[1], self.eval(node[2]), self.eval(node[3])
            if op == "&":
                return show(l) + show(r)
            if op in ("=", "<>"):
                return (l == r) == (op == "=")
            a, b = num(l), num(r)
            if op == "+": return a + b
            if op == "-": return a - b
            if op == "*": return a * b
            if op == "^": return a ** b
            if op == "/":
                if b == 0:
                    raise CellError("#DIV/0!")
                return a / b
            return {"<": a < b, ">": a > b, "<=": a <= b, ">=": a >= b}[op]
        raise CellError("#PARSE!")
    def display(self, ref):
        try:
            return show(self.get(ref))
        except CellError as e:
            return e.code
    def render(self, cols, rows, width=10):
        print("    " + "".join(f"{c:^{width}}" for c in cols))
        for r in range(1, rows + 1):
            cells = [self.display(f"{c}{r}")[:width - 1] for c in cols]
            print(f"{r:>3} " + "".join(f"{v:>{width}}" for v in cells))

sheet = Sheet()
data = {
    "A1": "Item", "B1": "Qty", "C1": "Price", "D1": "Total",
    "A2": "apples", "B2": "12", "C2": "0.5", "D2": "=B2*C2",
    "A3": "pears", "B3": "7", "C3": "0.75", "D3": "=B3*C3",
    "A4": "melons", "B4": "2", "C4": "3.2", "D4": "=B4*C4",
    "A5": "total", "B5": "=SUM(B2:B4)", "D5": "=SUM(D2:D4)", "C5": "=AVG(C2:C4)",
    "A6": "max qty", "B6": "=MAX(B2:B4)", "C6": "=IF(D5>20, \"big\", \"small\")", "D6": "=D5^2/100",
    "A7": "=CONCAT(A2, \"+\", A3)", "B7": "=LEN(A4)", "C7": "=B2/(B3-7)", "D7": "=E7+1",
    "E7": "=D7*2", "A8": "=NOPE(1)", "B8": "=A2+1", "C8": "=COUNT(A1:D4)", "D8": "=-B2+3*(2-B4)",
    "E1": "=(B2>B3)&\"/\"&(B2=12)", "E2": "=1+", "E3": "=ZZ999999999", "E4": "=B2<>12",
}
for ref, text in data.items():
    sheet.set(ref, text)
sheet.render("ABCDE", 8)
print("evaluations:", sheet.evals)
sheet.set("B2", "20")
print("after B2=20: D2 =", sheet.display("D2"), "D5 =", sheet.display("D5"), "C6 =", sheet.display("C6"))
sheet.set("E7", "5")
print("cycle broken: D7 =", sheet.display("D7"))
print([col_name(i) for i in (0, 1, 25, 26, 27, 51, 52, 701, 702)], [col_index(s) for s in ("A", "Z", "AA", "ZZ", "AAA")])
print(sheet.cells_in("B2", "C3"), sheet.cells_in("C3", "B2"))
