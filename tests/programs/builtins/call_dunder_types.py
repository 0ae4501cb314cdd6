def f(): pass
class C:
    def m(self): pass
for x in (len, f, C().m, C, [].append, str.join, lambda: 0, print, type):
    print(type(x).__name__, "__call__" in type(x).__dict__ or any("__call__" in k.__dict__ for k in type(x).__mro__[:-1]))
