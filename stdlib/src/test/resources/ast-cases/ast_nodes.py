import ast

print(ast.Name._fields, ast.Name._attributes, ast.Load._fields, ast.AST._fields, ast.arguments._fields)
print(ast.expr._attributes, ast.keyword._attributes, ast.Constant.kind, ast.Constant.end_lineno)
print(issubclass(ast.BinOp, ast.expr), issubclass(ast.Add, ast.operator), issubclass(ast.Module, ast.mod),
      issubclass(ast.ExceptHandler, ast.excepthandler), issubclass(ast.MatchAs, ast.pattern), ast.stmt.__bases__)
n = ast.Name('x', ast.Load(), lineno=1, col_offset=0)
print(n.id, type(n.ctx).__name__, n.lineno, ast.dump(n), ast.dump(n, include_attributes=True))
print(isinstance(n, ast.expr), isinstance(n, ast.AST), isinstance(n, ast.stmt))
b = ast.BinOp(left=ast.Constant(1), op=ast.Add(), right=ast.Constant(2))
print(ast.dump(b))
try:
    ast.Name(1, 2, 3)
except TypeError as e:
    print("TypeError", e)
try:
    ast.Return(1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    ast.Name(1, id=2)
except TypeError as e:
    print("TypeError", e)
try:
    ast.FunctionDef().body
except AttributeError as e:
    print("AttributeError")
try:
    ast.dump(3)
except TypeError as e:
    print("TypeError", e)
m = ast.Module(body=[ast.Expr(b)], type_ignores=[])
print(ast.dump(m))
ast.fix_missing_locations(m)
print(ast.dump(m, include_attributes=True))
t = ast.parse("x = 1\ny = x + 2\n")
print(t.body[1].value.left.id, t.body[1].lineno, t.body[1].end_col_offset)
print(list(ast.iter_fields(t.body[0]))[1][0], [type(c).__name__ for c in ast.iter_child_nodes(t.body[1])])
ast.increment_lineno(t, 3)
print(ast.dump(t, include_attributes=True))
c = ast.copy_location(ast.Constant(5), t.body[0].value)
print(ast.dump(c, include_attributes=True))
print(t.body[0].targets[0].ctx is t.body[1].value.left.ctx)

for s in ["1", "-2.5", "'a'", "(1, [2, {3: 4}], {5})", "set()", "1+2j", "-1-2j", "b'x'", "None", "  True", "{}"]:
    print(repr(ast.literal_eval(s)))
for bad in ["x", "1+2", "f()"]:
    try:
        ast.literal_eval(bad)
    except ValueError as e:
        print("ValueError", str(e).split(':')[0])

class Names(ast.NodeVisitor):
    def __init__(self):
        self.names = []
    def visit_Name(self, node):
        self.names.append(node.id)
        self.generic_visit(node)
    def visit_FunctionDef(self, node):
        self.names.append("def " + node.name)
        self.generic_visit(node)

v = Names()
v.visit(ast.parse("def f(a):\n    return a + b * g(c)\nz = [q for q in w]\n"))
print(v.names)

class Fold(ast.NodeTransformer):
    def visit_BinOp(self, node):
        self.generic_visit(node)
        if isinstance(node.left, ast.Constant) and isinstance(node.right, ast.Constant) and isinstance(node.op, ast.Add):
            return ast.copy_location(ast.Constant(node.left.value + node.right.value), node)
        return node
    def visit_Pass(self, node):
        return None
    def visit_Expr(self, node):
        self.generic_visit(node)
        return [node, ast.Pass()]

t = Fold().visit(ast.parse("x = 1 + 2 + y\npass\n(3 + 4)\n"))
print(ast.dump(t))

class MyNode(ast.expr):
    _fields = ('a', 'b')
print(ast.dump(MyNode(1, b=[ast.Name('q', ast.Store())])), isinstance(MyNode(), ast.AST))

try:
    ast.parse("x = = 1")
except SyntaxError as e:
    print("SyntaxError", e.msg, e.lineno, e.offset)
try:
    ast.parse("def f():\nreturn 1", filename="f.py")
except IndentationError as e:
    print("IndentationError", e.msg, e.filename, e.lineno)
print(ast.dump(ast.parse(b"x = 'caf\xc3\xa9'")))
print(ast.dump(ast.parse("def f(a, a): pass")))
