import types
ns = types.SimpleNamespace(a=1, b="x")
ns.c = [1]
print(ns, ns == types.SimpleNamespace(a=1, b="x", c=[1]), vars(ns))
mp = types.MappingProxyType({"k": 1})
print(mp["k"], len(mp), list(mp), mp.get("z", 0), "k" in mp, mp | {"j": 2})
try:
    mp["z"] = 3
except TypeError as e:
    print("TypeError:", e)
print(types.FunctionType, types.ModuleType, types.GeneratorType, types.NoneType, types.GenericAlias, types.UnionType)
print(isinstance(len, types.BuiltinFunctionType), isinstance(lambda: 0, types.FunctionType))
C = types.new_class("C", (object,), {}, lambda ns: ns.update({"x": 5}))
print(C.__name__, C.x, types.resolve_bases((int, list[int])))
m = types.ModuleType("mymod", "doc")
m.v = 3
print(m.__name__, m.__doc__, m.v)
print(list[int], dict[str, int] == dict[str, int], (int | None) == (None | int), int | str | int, list[int]([1, 2]))
class MyList(list[int]):
    pass
print(MyList.__mro__, MyList([1]))
try:
    isinstance([], list[int])
except TypeError as e:
    print("TypeError:", e)
print(isinstance(None, int | None), issubclass(bool, int | str), tuple[int, ...], dict[str, list[int]])
