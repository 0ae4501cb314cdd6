class C:
    def __radd__(s, o): return 'radd'
    def __rmul__(s, o): return 'rmul'
print((1,) + C(), [1] + C(), "a" + C(), [1] * C(), "ab" * C())
for expr in ['"a" + 1', '[1] + (2,)', '(1,) + [2]', '[1] * 2.0', '2.0 * [1]', '"" * "a"', 'b"a" + "b"', '1 + "a"']:
    try:
        eval(expr)
    except TypeError as e:
        print(expr, "->", e)
s = "x"
try:
    s += 1
except TypeError as e:
    print(e)
print("ab" * 3, 2 * [0], (1,) * 2, [1] + [2])
