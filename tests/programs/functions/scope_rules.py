# LEGB scope resolution, class scope vs function scope, comprehension scope.
x = "global"
def f():
    x = "enclosing"
    def g():
        return x
    return g()
print(f())
class A:
    x = "class"
    y = x + "!"
    def m(self):
        return x
    z = [x for _ in range(1)]
print(A.y, A().m(), A.z)
def builtin_shadow():
    len = lambda s: 42
    return len("abc")
print(builtin_shadow(), len("abc"))
def loop_var():
    for i in range(3):
        pass
    return i
print(loop_var())
def comp_leak():
    i = "before"
    _ = [i for i in range(5)]
    return i
print(comp_leak())
def del_local():
    v = 1
    del v
    try:
        return v
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
print(del_local())
def cond_define(flag):
    if flag:
        val = "set"
    try:
        return val
    except UnboundLocalError:
        return "unset"
print(cond_define(True), cond_define(False))
def uses_later():
    return later_defined()
def later_defined():
    return "found at call time"
print(uses_later())
