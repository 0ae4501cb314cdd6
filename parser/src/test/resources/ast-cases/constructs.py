@dec
@dec.attr(1, k=(2))
class C(Base, metaclass=(M)):
    """doc"""
    x: int = 1
    y: (int)
    def f(self, a, /, b=(1), *args, c, d=2, **kw) -> (None):
        return (a)
    async def g(self):
        async with a as (b), c:
            pass
        async for x in y:
            await z
        return [i async for i in aiter() if await i]

def gen():
    yield (1)
    yield from (x)
    x = yield
    lambda a=(1), *b, c=(2), **d: (a)

a[1:2, ::3, (4):]
a[(1), 2]
a[b:=1]
print(*a, **k, sep='')
f(x for x in y)
f((x for x in y), z)
x = 1 < (2) <= 3 != (4)
y = not (a) and b or (c)
z = -(a) ** -(b)
w = (a if (b) else c)
v = {**a, 'b': (1), **c}
u = {a for a in b for c in d if (e) if f}
t = {k: (v) for k, v in x.items()}
s = ('a' 'b'
     'c')
r = b'x' rb'y'
q = 1_000 + 0x_ff + 1e10 + 1.5j + .5 + 5.
p = ...
global g1, g2
del a, (b), [c]
assert (x), (y)
raise (E) from (F)
import a.b.c as d, e
from ..m import (n as o, p)
from . import *
for (a, *b) in c:
    break
else:
    continue
while (x):
    pass
try:
    pass
except* (E) as e:
    pass
try:
    pass
except E:
    pass
else:
    pass
finally:
    pass
with (open(a) as b, open(c) as d):
    pass
with (a, b):
    pass
match (x):
    case [1, *rest] if (rest):
        pass
    case {"k": (v), **kw}:
        pass
    case Point(x=0, y=(0)) | Point(1, 2) as p:
        pass
    case -1 + 2j | 1.5 | "s" | None | True:
        pass
    case (a, b,):
        pass
    case _:
        pass
x = [
    1,
    2,
]
if (a := 10) > 5: pass
nonlocal_like = (yield)
