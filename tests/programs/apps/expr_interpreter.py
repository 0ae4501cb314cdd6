# A small expression language: tokenizer, Pratt parser, tree-walking evaluator with closures.
#
# Language:
#   let x = expr;            fn name(a, b) { ... }     if (c) { ... } else { ... }
#   while (c) { ... }        return expr;              print(expr, ...);
#   expressions: numbers, strings, true/false/nil, identifiers, calls, lists [a, b],
#   indexing a[i], unary - and !, binary + - * / % == != < <= > >= && ||, anonymous fn(x) { ... }

class Token:
    __slots__ = ("kind", "text", "line")
    def __init__(self, kind, text, line):
        self.kind = kind
        self.text = text
        self.line = line
    def __repr__(self):
        return f"{self.kind}:{self.text!r}"

class LangError(Exception):
    pass

KEYWORDS = {"let", "fn", "if", "else", "while", "return", "true", "false", "nil", "print"}
TWO_CHAR = {"==", "!=", "<=", ">=", "&&", "||"}
ONE_CHAR = set("+-*/%<>=!(){}[],;")

def tokenize(src):
    tokens = []
    i = 0
    line = 1
    n = len(src)
    while i < n:
        c = src[i]
        if c == "\n":
            line += 1
            i += 1
        elif c.isspace():
            i += 1
        elif c == "#":
            while i < n and src[i] != "\n":
                i += 1
        elif c.isdigit():
            j = i
            while j < n and (src[j].isdigit() or src[j] == "."):
                j += 1
            tokens.append(Token("num", src[i:j], line))
            i = j
        elif c.isalpha() or c == "_":
            j = i
            while j < n and (src[j].isalnum() or src[j] == "_"):
                j += 1
            word = src[i:j]
            tokens.append(Token("kw" if word in KEYWORDS else "id", word, line))
            i = j
        elif c == '"':
            j = i + 1
            buf = []
            while j < n and src[j] != '"':
                if src[j] == "\\" and j + 1 < n:
                    buf.append({"n": "\n", "t": "\t"}.get(src[j + 1], src[j + 1]))
                    j += 2
                else:
                    buf.append(src[j])
                    j += 1
            if j >= n:
                raise LangError(f"line {line}: unterminated string")
            tokens.append(Token("str", "".join(buf), line))
            i = j + 1
        elif src[i:i + 2] in TWO_CHAR:
            tokens.append(Token("op", src[i:i + 2], line))
            i += 2
        elif c in ONE_CHAR:
            tokens.append(Token("op", c, line))
            i += 1
        else:
            raise LangError(f"line {line}: unexpected character {c!r}")
    tokens.append(Token("eof", "", line))
    return tokens

PRECEDENCE = {"||": 1, "&&": 2, "==": 3, "!=": 3, "<": 4, "<=": 4, ">": 4, ">=": 4,
              "+": 5, "-": 5, "*": 6, "/": 6, "%": 6}

class Parser:
    def __init__(self, tokens):
        self.toks = tokens
        self.pos = 0
    def peek(self):
        return self.toks[self.pos]
    def next(self):
        t = self.toks[self.pos]
        self.pos += 1
        return t
    def at(self, text):
        t = self.peek()
        return t.kind in ("op", "kw") and t.text == text
    def expect(self, text):
        t = self.next()
        if t.text != text or t.kind not in ("op", "kw"):
            raise LangError(f"line {t.line}: expected {text!r}, got {t.text!r}")
        return t
    def program(self):
        stmts = []
        while self.peek().kind != "eof":
            stmts.append(self.statement())
        return ("block", stmts)
    def block(self):
        self.expect("{")
        stmts = []
        while not self.at("}"):
            stmts.append(self.statement())
        self.expect("}")
        return ("block", stmts)
    def statement(self):
        t = self.peek()
        if self.at("let"):
            self.next()
            name = self.next()
            self.expect("=")
            value = self.expression(0)
            self.expect(";")
            return ("let", name.text, value)
        if self.at("fn") and self.toks[self.pos + 1].kind == "id":
            self.next()
            name = self.next().text
            params, body = self.function_rest()
            return ("let", name, ("fn", params, body, name))
        if self.at("if"):
            self.next()
            self.expect("(")
            cond = self.expression(0)
            self.expect(")")
            then = self.block()
            other = None
            if self.at("else"):
                self.next()
                other = self.statement() if self.at("if") else self.block()
            return ("if", cond, then, other)
        if self.at("while"):
            self.next()
            self.expect("(")
            cond = self.expression(0)
            self.expect(")")
            return ("while", cond, self.block())
        if self.at("return"):
            self.next()
            value = ("lit", None) if self.at(";") else self.expression(0)
            self.expect(";")
            return ("return", value)
        if self.at("print"):
            self.next()
            self.expect("(")
            args = self.arguments(")")
            self.expect(";")
            return ("print", args)
        expr = self.expression(0)
        if self.at("="):
            self.next()
            value = self.expression(0)
            self.expect(";")
            if expr[0] == "var":
                return ("assign", expr[1], value)
            if expr[0] == "index":
                return ("setindex", expr[1], expr[2], value)
            raise LangError(f"line {t.line}: invalid assignment target")
        self.expect(";")
        return ("expr", expr)
    def function_rest(self):
        self.expect("(")
        params = []
        while not self.at(")"):
            params.append(self.next().text)
            if not self.at(")"):
                self.expect(",")
        self.expect(")")
        return params, self.block()
    def arguments(self, close):
        args = []
        while not self.at(close):
            args.append(self.expression(0))
            if not self.at(close):
                self.expect(",")
        self.expect(close)
        return args
    def expression(self, min_prec):
        left = self.unary()
        while True:
            t = self.peek()
            prec = PRECEDENCE.get(t.text) if t.kind == "op" else None
            if prec is None or prec <= min_prec:
                return left
            self.next()
            right = self.expression(prec)
            left = ("bin", t.text, left, right)
    def unary(self):
        if self.at("-") or self.at("!"):
            op = self.next().text
            return ("un", op, self.unary())
        return self.postfix(self.primary())
    def postfix(self, expr):
        while True:
            if self.at("("):
                self.next()
                expr = ("call", expr, self.arguments(")"))
            elif self.at("["):
                self.next()
                idx = self.expression(0)
                self.expect("]")
                expr = ("index", expr, idx)
            else:
                return expr
    def primary(self):
        t = self.next()
        if t.kind == "num":
            return ("lit", float(t.text) if "." in t.text else int(t.text))
        if t.kind == "str":
            return ("lit", t.text)
        if t.kind == "id":
            return ("var", t.text)
        if t.kind == "kw" and t.text in ("true", "false", "nil"):
            return ("lit", {"true": True, "false": False, "nil": None}[t.text])
        if t.kind == "kw" and t.text == "fn":
            params, body = self.function_rest()
            return ("fn", params, body, "<anon>")
        if t.text == "(":
            e = self.expression(0)
            self.expect(")")
            return e
        if t.text == "[":
            return ("list", self.arguments("]"))
        raise LangError(f"line {t.line}: unexpected token {t.text!r}")

class Env:
    def __init__(self, parent=None):
        self.vars = {}
        self.parent = parent
    def find(self, name):
        e = self
        while e is not None:
            if name in e.vars:
                return e
            e = e.parent
        raise LangError(f"undefined variable {name}")
    def get(self, name):
        return self.find(name).vars[name]
    def set(self, name, value):
        self.find(name).vars[name] = value

class Function:
    def __init__(self, params, body, env, name):
        self.params, self.body, self.env, self.name = params, body, env, name
    def __repr__(self):
        return f"<fn {self.name}/{len(self.params)}>"

class ReturnSignal(Exception):
    def __init__(self, value):
        self.value = value

def show(v):
    if v is None:
        return "nil"
    if v is True:
        return "true"
    if v is False:
        return "false"
    if isinstance(v, list):
        return "[" + ", ".join(show(x) for x in v) + "]"
    return str(v)

class Interpreter:
    def __init__(self, out):
        self.out = out
        self.globals = Env()
        self.steps = 0
        self.globals.vars["len"] = lambda xs: len(xs)
        self.globals.vars["push"] = lambda xs, v: xs.append(v) or xs
        self.globals.vars["str"] = show
    def run(self, src):
        tree = Parser(tokenize(src)).program()
        self.execute(tree, self.globals)
    def execute(self, node, env):
        kind = node[0]
        self.steps += 1
        if kind == "block":
            for s in node[1]:
                self.execute(s, env)
        elif kind == "let":
            env.vars[node[1]] = self.eval(node[2], env)
        elif kind == "assign":
            env.set(node[1], self.eval(node[2], env))
        elif kind == "setindex":
            target = self.eval(node[1], env)
            target[self.eval(node[2], env)] = self.eval(node[3], env)
        elif kind == "if":
            if self.truthy(self.eval(node[1], env)):
                self.execute(node[2], Env(env))
            elif node[3] is not None:
                self.execute(node[3], Env(env))
        elif kind == "while":
            while self.truthy(self.eval(node[1], env)):
                self.execute(node[2], Env(env))
        elif kind == "return":
            raise ReturnSignal(self.eval(node[1], env))
        elif kind == "print":
            self.out.append(" ".join(show(self.eval(a, env)) for a in node[1]))
        elif kind == "expr":
            self.eval(node[1], env)
        else:
            raise LangError(f"unknown statement {kind}")
    @staticmethod
    def truthy(v):
        return v is not None and v is not False and v != 0
    def eval(self, node, env):
        kind = node[0]
        if kind == "lit":
            return node[1]
        if kind == "var":
            return env.get(node[1])
        if kind == "list":
            return [self.eval(e, env) for e in node[1]]
        if kind == "index":
            seq = self.eval(node[1], env)
            i = self.eval(node[2], env)
            if not 0 <= i < len(seq):
                raise LangError(f"index {i} out of range")
            return seq[i]
        if kind == "fn":
            return Function(node[1], node[2], env, node[3])
        if kind == "un":
            v = self.eval(node[2], env)
            return -v if node[1] == "-" else not self.truthy(v)
        if kind == "bin":
            op = node[1]
            if op == "&&":
                l = self.eval(node[2], env)
                return self.eval(node[3], env) if self.truthy(l) else l
            if op == "||":
                l = self.eval(node[2], env)
                return l if self.truthy(l) else self.eval(node[3], env)
            a, b = self.eval(node[2], env), self.eval(node[3], env)
            if op == "+":
                if isinstance(a, str) or isinstance(b, str):
                    return show(a) + show(b)
                return a + b
            if op == "-": return a - b
            if op == "*": return a * b
            if op == "/":
                if b == 0:
                    raise LangError("division by zero")
                return a // b if isinstance(a, int) and isinstance(b, int) else a / b
            if op == "%": return a % b
            if op == "==": return a == b
            if op == "!=": return a != b
            if op == "<": return a < b
            if op == "<=": return a <= b
            if op == ">": return a > b
            if op == ">=": return a >= b
        if kind == "call":
            f = self.eval(node[1], env)
            args = [self.eval(a, env) for a in node[2]]
            if isinstance(f, Function):
                if len(args) != len(f.params):
                    raise LangError(f"{f.name} expects {len(f.params)} args, got {len(args)}")
                local = Env(f.env)
                local.vars.update(zip(f.params, args))
                try:
                    self.execute(f.body, local)
                except ReturnSignal as r:
                    return r.value
                return None
            if callable(f):
                return f(*args)
            raise LangError(f"cannot call {show(f)}")
        raise LangError(f"unknown expression {kind}")

PROGRAMS = [
    ("arithmetic", """
        print(1 + 2 * 3, (1 + 2) * 3, 10 / 4, 10.0 / 4, 7 % 3, -5 + 2, !true, !0);
        print("str" + 1, "a" + "b", 1 < 2 && 2 < 3, 1 > 2 || nil, 3 == 3, 3 != 3);
    """),
    ("recursion", """
        fn fib(n) { if (n < 2) { return n; } return fib(n - 1) + fib(n - 2); }
        let i = 0;
        let out = [];
        while (i < 15) { push(out, fib(i)); i = i + 1; }
        print(out);
        fn fact(n) { if (n <= 1) { return 1; } return n * fact(n - 1); }
        print(fact(20), fact(25));
    """),
    ("closures", """
        fn counter() { let n = 0; return fn() { n = n + 1; return n; }; }
        let a = counter(); let b = counter();
        a(); a();
        print(a(), b(), a());
        fn compose(f, g) { return fn(x) { return f(g(x)); }; }
        let inc = fn(x) { return x + 1; };
        let dbl = fn(x) { return x * 2; };
        print(compose(inc, dbl)(5), compose(dbl, inc)(5));
        fn map(xs, f) { let r = []; let i = 0; while (i < len(xs)) { push(r, f(xs[i])); i = i + 1; } return r; }
        print(map([1, 2, 3, 4], fn(x) { return x * x; }), inc, map);
    """),
    ("lists", """
        let xs = [5, 3, 8, 1, 9, 2];
        fn sort(xs) {
            let n = len(xs); let i = 0;
            while (i < n) {
                let j = 0;
                while (j < n - i - 1) {
                    if (xs[j] > xs[j + 1]) { let t = xs[j]; xs[j] = xs[j + 1]; xs[j + 1] = t; }
                    j = j + 1;
                }
                i = i + 1;
            }
            return xs;
        }
        print(sort(xs), len(xs), [1, [2, [3, nil]], "s", true]);
    """),
    ("fizzbuzz", """
        let i = 1; let line = "";
        while (i <= 15) {
            if (i % 15 == 0) { line = line + "FizzBuzz "; }
            else if (i % 3 == 0) { line = line + "Fizz "; }
            else if (i % 5 == 0) { line = line + "Buzz "; }
            else { line = line + i + " "; }
            i = i + 1;
        }
        print(line);
    """),
    ("errors1", "print(undefined_var);"),
    ("errors2", "let x = 1 / 0;"),
    ("errors3", "fn f(a) { return a; } f(1, 2);"),
    ("errors4", "let s = \"unterminated;"),
    ("errors5", "let = 5;"),
    ("errors6", "print([1, 2][5]);"),
    ("errors7", "let x = 5 @ 3;"),
]

for name, src in PROGRAMS:
    out = []
    interp = Interpreter(out)
    try:
        interp.run(src)
        status = "ok"
    except LangError as e:
        status = f"error: {e}"
    print(f"== {name} ({status})")
    for line in out:
        print("  " + line)
print("tokens:", tokenize("let x = fib(10) >= 3 && y;")[:6])
