def f(a, a): pass
x = 1 = 2
