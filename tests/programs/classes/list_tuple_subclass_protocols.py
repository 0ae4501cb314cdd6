class L(list):
    def __len__(self): return 42
    def __bool__(self): return False
    def __iter__(self): return iter([7, 8])
    def __getitem__(self, i): return ("g", i)
class T(tuple):
    def __iter__(self): return iter("xy")
l = L([1, 2, 3])
print(len(l), bool(l), l[0], list(l), [*l])
a, b = l
print(a, b)
t = T((1, 2))
c, d = t
print(c, d, [*t], len(t))
def f(*args): return args
print(f(*l), f(*t))
