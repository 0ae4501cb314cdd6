import ast
print(ast.dump(ast.Name(ctx=ast.Load()), annotate_fields=False))
print(ast.dump(ast.BinOp(ast.Constant(1), right=ast.Constant(2)), annotate_fields=False))
print(ast.Constant(value=1).kind, ast.arg('a').annotation, ast.Name.end_lineno)
print(ast.dump(ast.parse('x'), indent=-1))
print(ast.dump(ast.parse('x'), indent=''))
node = ast.parse("f(1, y=2)").body[0].value
match node:
    case ast.Call(ast.Name(id=name), [ast.Constant(value=v)], [ast.keyword(arg=k)]):
        print("matched", name, v, k)
print(ast.Call.__match_args__, ast.AST._attributes, ast.mod._attributes if hasattr(ast.mod, '_attributes') else 'none')
print(ast.dump(ast.parse("x = 1  # type: int", type_comments=False)))
print(ast.literal_eval(ast.parse("[1, -2]", mode="eval")), ast.literal_eval(ast.Constant(3)))
print(type(ast.parse("x").body[0]).__module__, ast.AST.__name__, ast.NodeVisitor.__module__)
t = ast.parse("a\nb\n")
print([ast.dump(n) for n in ast.iter_child_nodes(t)])
e = ast.Expression(body=ast.Constant(1))
print(ast.dump(e, include_attributes=True))
print(ast.dump(ast.fix_missing_locations(ast.Expression(body=ast.Name('q', ast.Load()))), include_attributes=True))
print(ast.dump(ast.parse("'''doc'''\nx=1")), ast.get_docstring(ast.parse("'''  doc\n   more\n'''")))
try:
    ast.get_docstring(ast.Name())
except TypeError as ex:
    print(ex)
print(ast.dump(ast.parse("x = \"a'b\" + '\\u00e9\\x01' + 1e100 + 0.1 + 1_000")))
