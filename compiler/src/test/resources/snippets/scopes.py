x = "global"
class C:
    x = "class"
    y = [x for _ in range(1)]
    def m(self):
        return x
print(C.y, C().m())

def outer():
    v = 1
    class Inner:
        w = v + 1
        def get(self):
            return v
    return Inner
I = outer()
print(I.w, I().get())

data = {k: v for k, v in zip("abc", range(3))}
print(data, {v for v in [1, 1, 2]}, [(a, b) for a in range(3) for b in range(a)])
print([y := 5, y ** 2], [z for z in range(10) if (w := z * 2) > 12], w)
matrix = [[1, 2], [3, 4]]
print([[row[i] for row in matrix] for i in range(2)])
def uses_locals():
    a = 1
    b = "two"
    return sorted(locals().items())
print(uses_locals())
g = globals()
g["dyn"] = 99
print(dyn)
print(eval("x + '!'"), eval("a * 2", {"a": 21}))
exec("made = 'by exec'")
print(made)
ns = {}
exec("def f(): return 7", ns)
print(ns["f"]())
del dyn
try:
    print(dyn)
except NameError as e:
    print(e)
