# 'as' bindings, or-patterns binding the same names, guards with side effects, value patterns.
class Color:
    RED = "red"
    GREEN = "green"
    BLUE = "blue"
def paint(c):
    match c:
        case Color.RED:
            return "stop"
        case Color.GREEN | Color.BLUE as cool:
            return f"cool color {cool}"
        case str() as other:
            return f"other {other}"
print(paint("red"), paint("blue"), paint("pink"))
def pair(p):
    match p:
        case (x, 0) | (0, x):
            return f"axis value {x}"
        case ((a, b) as left, c):
            return f"nested {left} + {c}"
        case (x, y) as whole if x + y > 10:
            return f"big {whole}"
        case (x, y):
            return f"plain {x},{y}"
print(pair((5, 0)), pair((0, 7)), pair((6, 6)), pair(((1, 2), 3)), pair((1, 2)))
calls = []
def check(v):
    calls.append(v)
    return v > 2
for v in [1, 3]:
    match v:
        case n if check(n):
            print("guard passed", n)
        case n:
            print("fell through", n)
print(calls)
def status(code):
    match code:
        case int(c) as num if 200 <= c < 300:
            return f"ok {num}"
        case int(c) if 400 <= c < 500:
            return "client error"
        case _:
            return "other"
print(status(204), status(404), status(500), status("200"))
