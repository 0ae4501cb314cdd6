import dataclasses
from dataclasses import dataclass, field, fields, asdict, astuple, replace, FrozenInstanceError, InitVar, KW_ONLY
@dataclass
class P:
    x: int
    y: int = 0
def t(f):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
t(lambda: P())
t(lambda: P(1, 2, 3))
t(lambda: P(1, z=3))
t(lambda: P(1, x=3))
t(lambda: P(1, y=2, z=3, w=4))
t(lambda: [(f.name, f.type, f.default is dataclasses.MISSING) for f in fields(P)])
t(lambda: fields(3))
t(lambda: replace(P(1), z=2))
t(lambda: exec("from dataclasses import dataclass\n@dataclass\nclass Q:\n  a: list = []"))
t(lambda: exec("from dataclasses import dataclass\n@dataclass\nclass Q:\n  a: int = 1\n  b: int"))
t(lambda: exec("from dataclasses import dataclass\n@dataclass(order=True)\nclass Q:\n  a: int = 1\n  def __lt__(s, o): pass"))
@dataclass(frozen=True)
class F:
    a: int
t(lambda: setattr(F(1), "a", 2))
t(lambda: delattr(F(1), "a"))
t(lambda: P(1) < P(2))
t(lambda: repr(fields(P)[1]).split(",default_factory")[0])
t(lambda: asdict(3))
