# exec and eval with explicit globals/locals dictionaries.
g = {"x": 10}
print(eval("x * 2 + 1", g), eval("[i * x for i in range(3)]", g))
print(eval("a + b", {}, {"a": 1, "b": 2}), eval("len('abc')", {}), eval("  42  "))
exec("y = x + 5\ndef f(n):\n    return n * y\nz = f(2)", g)
print(g["y"], g["z"], g["f"](10), sorted(k for k in g if k != "__builtins__"))
loc = {}
exec("a = 1\nb = a + 1\nc = [a, b]", {}, loc)
print(loc)
code = """
total = 0
for i in range(5):
    total += i
result = f"total={total}"
"""
ns = {}
exec(code, ns)
print(ns["result"], ns["total"])
ns2 = {"data": [3, 1, 2]}
exec("data.sort()\nfirst = data[0]", ns2)
print(ns2["data"], ns2["first"])
try:
    eval("1 +", {})
except SyntaxError as e:
    print("SyntaxError", e.msg)
try:
    eval("undefined_thing", {})
except NameError as e:
    print("NameError", e)
try:
    exec("raise ValueError('from exec')", {})
except ValueError as e:
    print("ValueError", e)
print(eval("__name__", {"__name__": "custom"}), eval("sum", {}) is sum)
env = {"__builtins__": {"len": len}}
print(eval("len([1, 2])", env))
try:
    eval("print", {"__builtins__": {}})
except NameError as e:
    print("NameError", e)
calc = {"sqrt2": 2 ** 0.5}
for expr in ["sqrt2 ** 2", "round(sqrt2, 3)", "10 // 3", "'ab' * 2", "(1, 2) + (3,)"]:
    print(expr, "=", eval(expr, calc))
class_ns = {}
exec("class K:\n    v = 7\n    def get(self):\n        return self.v\nobj = K()", class_ns)
print(class_ns["obj"].get(), class_ns["K"].__name__)
