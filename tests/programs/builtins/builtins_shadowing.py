# Shadowing builtins locally and globally, then restoring via del; builtins module access.
import builtins
def use_len(x):
    return len(x)
print(use_len("abc"))
len = lambda x: "shadowed"
print(use_len("abc"), len([1]))
del len
print(use_len("abc"), len([1]))
print(builtins.len("four"), builtins.max(1, 9), builtins.abs is abs)
def local_shadow():
    list = "not a list"
    return list
print(local_shadow(), list("ok"))
original_print = print
def print(*args, **kwargs):
    original_print(">>", *args, **kwargs)
print("wrapped print")
del print
print("original print again")
print(type(builtins).__name__, builtins.__name__)
