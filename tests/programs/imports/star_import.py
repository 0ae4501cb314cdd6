# from module import * honours __all__ and skips underscore names otherwise.
from _stars import *
from _nostars import *
print(public_a, public_b, visible, func())
for name in ["not_exported", "_underscored", "_hidden"]:
    print(name, name in globals())
import _stars
print(_stars.not_exported, _stars._underscored(), sorted(_stars.__all__))
from geometry import *
v = Vector(1, 2, 3) + Vector(1, 1, 1)
print(v, dot(v, v), norm2(Vector(3, 4)))
print("ops" in globals(), "vector" in globals())
