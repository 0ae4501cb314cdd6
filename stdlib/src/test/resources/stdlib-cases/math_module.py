# The module object itself.
import math
from math import sqrt, pi as PI
from math import *

print(repr(math).startswith("<module 'math'"))
print(math.__name__, sqrt(16), PI, floor(2.5), factorial(5))
print([n for n in dir(math) if not n.startswith('_')])
print(math.sqrt, repr(math.log), math.sqrt.__name__)
print(type(math).__name__, type(math.sqrt).__name__)
import math as m2
print(m2 is math)
print(callable(math.hypot), hasattr(math, 'sumprod'), hasattr(math, 'cbrt'), hasattr(math, 'exp2'))
