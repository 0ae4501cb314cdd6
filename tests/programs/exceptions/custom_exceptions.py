# Custom exception classes with args, attributes, __str__, hierarchy of app errors.
class ValidationError(Exception):
    def __init__(self, field, problem):
        super().__init__(field, problem)
        self.field = field
        self.problem = problem
    def __str__(self):
        return f"{self.field}: {self.problem}"
class RangeError(ValidationError):
    def __init__(self, field, lo, hi, got):
        super().__init__(field, f"{got} not in [{lo}, {hi}]")
        self.got = got
class Plain(Exception):
    pass
def validate(rec):
    if not rec.get("name"):
        raise ValidationError("name", "missing")
    if not 0 <= rec.get("age", -1) <= 150:
        raise RangeError("age", 0, 150, rec.get("age"))
    return "ok"
for rec in [{"name": "a", "age": 5}, {"age": 1}, {"name": "b", "age": 200}, {"name": "c"}]:
    try:
        print(validate(rec))
    except RangeError as e:
        print("RangeError", e, e.args, e.got, isinstance(e, ValidationError))
    except ValidationError as e:
        print("ValidationError", e, e.args, e.field)
p = Plain("a", 2, [3])
print(p, repr(p), p.args, str(Plain()), repr(Plain()), str(Plain("one")), repr(Plain("one")))
print(str(KeyError("k")), repr(KeyError("k")), str(KeyError("a", "b")), str(KeyError()))
class WithDefault(Exception):
    def __init__(self, msg="default message"):
        super().__init__(msg)
try:
    raise WithDefault
except WithDefault as e:
    print(e, e.args)
class NoSuperInit(Exception):
    def __init__(self, code):
        self.code = code
try:
    raise NoSuperInit(42)
except NoSuperInit as e:
    print(e.code, e.args, repr(str(e)))
e = ValueError("x")
e.args = ("changed", 1)
print(e, e.args)
try:
    raise Plain
except Plain as e:
    print(type(e).__name__, e.args)
class Retry(Exception):
    attempts = 0
def flaky():
    Retry.attempts += 1
    if Retry.attempts < 3:
        raise Retry(f"attempt {Retry.attempts}")
    return "success"
while True:
    try:
        print(flaky())
        break
    except Retry as r:
        print("retrying after", r)
