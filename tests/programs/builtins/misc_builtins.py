# Less common builtins: globals/locals, __import__, id-free object(), input-free, open-free, iter with sentinel.
def f(a, b=2):
    c = a + b
    return sorted(locals().items())
print(f(1))
print("f" in globals(), type(globals()).__name__)
o = object()
print(type(o).__name__, o == o, o != object(), isinstance(o, object))
try:
    o.x = 1
except AttributeError as e:
    print("AttributeError", e)
vals = iter([5, 4, 3, 0, 2])
print(list(iter(lambda: next(vals), 0)))
print(format(3.14159, ".2f"), format(42, "08b"), format("x", "*^5"))
print(bool.__name__, NotImplemented, Ellipsis, type(NotImplemented).__name__)
print(all(isinstance(x, type) for x in [int, str, list, dict, type]))
print(sorted(vars(f) if False else []), len(dir(int)) > 50, "append" in dir([]), "keys" in dir({}))
print(divmod(-7, 2), pow(3, 4, 5), round(-0.5), abs(-7.25))
import sys
print(sys.maxsize == 2 ** 63 - 1, type(sys.version_info[0]).__name__, sys.version_info[:2] >= (3, 11))
