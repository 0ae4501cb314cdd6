# A JSON parser and serializer written from scratch, with pretty printing, a path query helper,
# error reporting with line/column, and round-trip checks.

class JSONError(Exception):
    def __init__(self, msg, text, pos):
        line = text.count("\n", 0, pos) + 1
        col = pos - (text.rfind("\n", 0, pos) + 1) + 1
        super().__init__(f"{msg} at line {line} column {col}")
        self.pos = pos

WS = " \t\n\r"
ESCAPES = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}

class Parser:
    def __init__(self, text):
        self.text = text
        self.pos = 0
    def error(self, msg):
        raise JSONError(msg, self.text, self.pos)
    def skip(self):
        while self.pos < len(self.text) and self.text[self.pos] in WS:
            self.pos += 1
    def peek(self):
        self.skip()
        return self.text[self.pos] if self.pos < len(self.text) else ""
    def parse(self):
        value = self.value()
        if self.peek():
            self.error("extra data")
        return value
    def value(self):
        c = self.peek()
        if c == "{":
            return self.obj()
        if c == "[":
            return self.arr()
        if c == '"':
            return self.string()
        if c == "-" or c.isdigit():
            return self.number()
        for word, val in (("true", True), ("false", False), ("null", None)):
            if self.text.startswith(word, self.pos):
                self.pos += len(word)
                return val
        if not c:
            self.error("unexpected end of input")
        self.error(f"unexpected character {c!r}")
    def obj(self):
        self.pos += 1
        result = {}
        if self.peek() == "}":
            self.pos += 1
            return result
        while True:
            if self.peek() != '"':
                self.error("expected string key")
            key = self.string()
            if self.peek() != ":":
                self.error("expected ':'")
            self.pos += 1
            result[key] = self.value()
            c = self.peek()
            self.pos += 1
            if c == "}":
                return result
            if c != ",":
                self.pos -= 1
                self.error("expected ',' or '}'")
    def arr(self):
        self.pos += 1
        result = []
        if self.peek() == "]":
            self.pos += 1
            return result
        while True:
            result.append(self.value())
            c = self.peek()
            self.pos += 1
            if c == "]":
                return result
            if c != ",":
                self.pos -= 1
                self.error("expected ',' or ']'")
    def string(self):
        self.pos += 1
        out = []
        text = self.text
        while True:
            if self.pos >= len(text):
                self.error("unterminated string")
            c = text[self.pos]
            if c == '"':
                self.pos += 1
                return "".join(out)
            if c == "\\":
                esc = text[self.pos + 1:self.pos + 2]
                if esc == "u":
                    hexdigits = text[self.pos + 2:self.pos + 6]
                    try:
                        out.append(chr(int(hexdigits, 16)))
                    except ValueError:
                        self.error("bad unicode escape")
                    self.pos += 6
                    continue
                if esc not in ESCAPES:
                    self.error(f"bad escape \\{esc}")
                out.append(ESCAPES[esc])
                self.pos += 2
                continue
            if c < " ":
                self.error("control character in string")
            out.append(c)
            self.pos += 1
    def number(self):
        start = self.pos
        text = self.text
        if text[self.pos] == "-":
            self.pos += 1
        while self.pos < len(text) and text[self.pos].isdigit():
            self.pos += 1
        is_float = False
        if self.pos < len(text) and text[self.pos] == ".":
            is_float = True
            self.pos += 1
            while self.pos < len(text) and text[self.pos].isdigit():
                self.pos += 1
        if self.pos < len(text) and text[self.pos] in "eE":
            is_float = True
            self.pos += 1
            if self.pos < len(text) and text[self.pos] in "+-":
                self.pos += 1
            while self.pos < len(text) and text[self.pos].isdigit():
                self.pos += 1
        literal = text[start:self.pos]
        if literal in ("-", "") or literal.endswith((".", "e", "E", "+", "-")):
            self.error(f"bad number {literal!r}")
        return float(literal) if is_float else int(literal)

def loads(text):
    return Parser(text).parse()

def quote(s):
    out = ['"']
    for ch in s:
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ord(ch) < 0x20 or ord(ch) > 0x7E:
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)

def dumps(value, indent=None, sort_keys=False, _level=0):
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, (int, float)):
        if isinstance(value, float) and value != value:
            raise ValueError("NaN is not allowed")
        return repr(value)
    if isinstance(value, str):
        return quote(value)
    if isinstance(value, (list, tuple)):
        if not value:
            return "[]"
        items = [dumps(v, indent, sort_keys, _level + 1) for v in value]
        if indent is None:
            return "[" + ", ".join(items) + "]"
        pad = " " * (indent * (_level + 1))
        return "[\n" + ",\n".join(pad + i for i in items) + "\n" + " " * (indent * _level) + "]"
    if isinstance(value, dict):
        if not value:
            return "{}"
        keys = sorted(value) if sort_keys else list(value)
        for k in keys:
            if not isinstance(k, str):
                raise TypeError(f"keys must be str, not {type(k).__name__}")
        items = [quote(k) + ": " + dumps(value[k], indent, sort_keys, _level + 1) for k in keys]
        if indent is None:
            return "{" + ", ".join(items) + "}"
        pad = " " * (indent * (_level + 1))
        return "{\n" + ",\n".join(pad + i for i in items) + "\n" + " " * (indent * _level) + "}"
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")

def query(doc, path):
    cur = doc
    for part in path.split("."):
        if isinstance(cur, list):
            cur = cur[int(part)]
        else:
            cur = cur[part]
    return cur

def stats(value, depth=0, acc=None):
    if acc is None:
        acc = {"objects": 0, "arrays": 0, "strings": 0, "numbers": 0, "literals": 0, "max_depth": 0}
    acc["max_depth"] = max(acc["max_depth"], depth)
    if isinstance(value, dict):
        acc["objects"] += 1
        for v in value.values():
            stats(v, depth + 1, acc)
    elif isinstance(value, list):
        acc["arrays"] += 1
        for v in value:
            stats(v, depth + 1, acc)
    elif isinstance(value, str):
        acc["strings"] += 1
    elif isinstance(value, bool) or value is None:
        acc["literals"] += 1
    else:
        acc["numbers"] += 1
    return acc

DOCUMENT = """
{
  "name": "jyco",
  "version": [0, 1, 0],
  "description": "Python \\u2192 JVM \\"compiler\\"\\n(second line)",
  "ratio": 0.875, "big": 12345678901234567890, "neg": -1.5e-3, "exp": 2E+10,
  "flags": {"debug": false, "verbose": true, "level": null},
  "modules": [
    {"name": "parser", "files": 12, "tags": ["antlr", "ast"]},
    {"name": "runtime", "files": 48, "tags": []},
    {"name": "compiler", "files": 20, "tags": ["asm", "indy"], "extra": {}}
  ],
  "path": "C:\\\\tmp\\/x"
}
"""

doc = loads(DOCUMENT)
print(dumps(doc))
print(dumps(doc, indent=2, sort_keys=True))
print(query(doc, "modules.2.tags.1"), query(doc, "flags.verbose"), query(doc, "version.1"), query(doc, "big"))
print(doc["description"])
print(repr(doc["path"]), doc["exp"], doc["neg"], type(doc["big"]).__name__)
print(stats(doc))
print("total files:", sum(m["files"] for m in doc["modules"]))
print("round trip:", loads(dumps(doc)) == doc, loads(dumps(doc, indent=4)) == doc)
for text in ["[]", "{}", "  42  ", "-0", "3.25", '"\\t"', "[1, [2, [3, [4]]]]", '{"a": {"b": {"c": null}}}', "true"]:
    v = loads(text)
    print(f"{text.strip():<28} -> {v!r:<28} -> {dumps(v)}")
BAD = ['{"a": 1,}', "[1 2]", '{"a" 1}', '"unterminated', "tru", "[1, 2", "01x", '{"x": "\\q"}', "", "{1: 2}",
       '[1]\n  [2]', '"\\u12G4"', "-", "1.", '{"k": [1, 2, {"z": ]}}']
for text in BAD:
    try:
        loads(text)
        print("parsed?!", text)
    except JSONError as e:
        print(f"{text!r:<26} error: {e}")
for bad in [{"k": {1, 2}}, {1: "x"}, float("nan")]:
    try:
        dumps(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
