# Comprehension scoping: own scope, closures over loop vars, walrus inside, class bodies.
x = "global"
res = [x for x in range(3)]
print(res, x)
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [(lambda j: lambda: j)(i) for i in range(3)]
print([f() for f in funcs])
total = 0
partial = [total := total + v for v in [1, 2, 3, 4]]
print(partial, total)
values = [5, 12, 7, 20]
if any((big := v) > 10 for v in values):
    print("first big", big)
class K:
    base = 10
    items = [i for i in range(3)]
    try:
        bad = [base + i for i in range(3)]
    except NameError as e:
        err = str(e)
print(K.items, K.err)
def outer():
    n = 5
    return [n * i for i in range(3)], {i: n for i in range(2)}, list(n + i for i in range(2))
print(outer())
matrix = [[1, 2], [3, 4]]
flat = [v for row in matrix for v in row]
print(flat, [row for row in matrix if (s := sum(row)) > 3], s)
