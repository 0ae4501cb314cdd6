a = x is not y
b = not x is not y
c = not not x
d = a or b and not c or d
e = (a or b) or c
f = a < b < c == d is not e not in f
g = (a < b) < c
h = not a < b
