import ast

SOURCES = [
    "x = 1",
    "a + b * -c ** 2",
    "def f(a, /, b=2, *args, c, d=4, **kw) -> int:\n    '''doc'''\n    return a if b else c\n",
    "async def g():\n    async with a as b, c:\n        await x\n    async for i in y:\n        yield i\n",
    "class C(B, metaclass=M):\n    @dec\n    def m(self): pass\n",
    "import os.path as p, sys\nfrom . import x\nfrom ..a.b import (c as d, e)\n",
    "try:\n    pass\nexcept (A, B) as e:\n    raise X from e\nelse:\n    pass\nfinally:\n    del x[0], y.z\n",
    "try:\n    pass\nexcept* E:\n    pass\n",
    "with open(f) as g: g.read()",
    "x[1:2, ::3] = [i for i in range(10) if i % 2]",
    "{k: v for k, v in d.items()}; {a, *b}; (x for x in y); {**a, 'b': 1}",
    "f'{x!r:>{width}} and {y=}' 'lit'",
    "b'\\x00bytes' + 'str\\n' + 1.5 + 2j + 10**30 + ... + None + True",
    "match p:\n    case [1, 2, *rest]: pass\n    case {'k': v, **kw}: pass\n    case Point(x=0, y=_) | None: pass\n    case str() as s if s: pass\n",
    "global a\nnonlocal b\nassert x, 'msg'\nwhile 1:\n    break\nelse:\n    continue\n",
    "lambda x, *, y=1: (x := y)",
    "a < b <= c is not d not in e",
    "x: int = 5\ny: 'str'\nx += 1\n",
    "u'unicode' r'raw\\n'",
]

for src in SOURCES:
    t = ast.parse(src)
    print(ast.dump(t))
    print(ast.dump(t, include_attributes=True))
    print(ast.dump(t, indent=2))
    print(ast.dump(t, annotate_fields=False))

print(ast.dump(ast.parse("1 + 2", mode="eval"), indent="--"))
print(ast.dump(ast.parse("x = 1", mode="single"), indent=0))
print(ast.dump(ast.parse("(int, str) -> None", mode="func_type")))

# a chunk of real library code
CHUNK = '''
def cleandoc(doc):
    """Clean up indentation from docstrings.

    Any whitespace that can be uniformly removed from the second line
    onwards is removed."""
    try:
        lines = doc.expandtabs().split('\\n')
    except UnicodeError:
        return None
    else:
        margin = sys.maxsize
        for line in lines[1:]:
            content = len(line.lstrip())
            if content:
                indent = len(line) - content
                margin = min(margin, indent)
        if lines:
            lines[0] = lines[0].lstrip()
        if margin < sys.maxsize:
            for i in range(1, len(lines)): lines[i] = lines[i][margin:]
        while lines and not lines[-1]:
            lines.pop()
        return '\\n'.join(lines)

class Counter(dict):
    def __init__(self, iterable=None, /, **kwds):
        super().__init__()
        self.update(iterable, **kwds)

    def most_common(self, n=None):
        if n is None:
            return sorted(self.items(), key=_itemgetter(1), reverse=True)
        import heapq
        return heapq.nlargest(n, self.items(), key=_itemgetter(1))
'''
t = ast.parse(CHUNK, filename="<chunk>")
print(ast.dump(t, include_attributes=True, indent=4))
print(ast.get_docstring(t.body[0]))
print(repr(ast.get_docstring(t.body[0], clean=False)))
print(ast.get_docstring(t.body[1]))
print(len(list(ast.walk(t))), sorted({type(n).__name__ for n in ast.walk(t)}))
