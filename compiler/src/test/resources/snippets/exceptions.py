class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code

def risky(x):
    if x < 0:
        raise AppError(42, "negative")
    return x

for v in [1, -1]:
    try:
        print(risky(v))
    except AppError as e:
        print("AppError", e.code, e, e.args)
    else:
        print("no error")
    finally:
        print("done", v)

def order():
    try:
        return "try"
    finally:
        print("finally runs before return")
print(order())

try:
    try:
        {}["missing"]
    except KeyError as e:
        raise ValueError("converted") from e
except ValueError as e:
    print(type(e.__cause__).__name__, e.__cause__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        undefined_name
except NameError as e:
    print("context:", type(e.__context__).__name__, "|", e)

class Ctx:
    def __init__(self, suppress):
        self.suppress = suppress
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, t, v, tb):
        print("exit", t.__name__ if t else None)
        return self.suppress

with Ctx(True):
    raise RuntimeError("suppressed")
try:
    with Ctx(False) as c:
        raise RuntimeError("passes")
except RuntimeError as e:
    print("outer caught", e)

for i in range(3):
    try:
        if i == 1:
            continue
        print("body", i)
    finally:
        print("fin", i)

def unbound():
    print(x)
    x = 1
try:
    unbound()
except UnboundLocalError as e:
    print(e)
print([1, 2][5])
