# Portable parts of the sys module.
import sys
print(sys.maxsize, sys.version_info[0], sys.version_info.major, sys.version_info >= (3, 0))
print(type(sys.path).__name__, type(sys.modules).__name__, "sys" in sys.modules, "builtins" in sys.modules)
print(sys.modules["__main__"].__name__, sys.modules[__name__] is sys.modules["__main__"])
print(sys.getrecursionlimit())
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)
print(deep(1500))
sys.stdout.write("written via sys.stdout\n")
sys.stderr.write("stderr line\n")
print(sys.float_info.max > 1e308, sys.float_info.epsilon)
print(sys.exc_info())
