# import module, from-import, aliases; module attributes and state.
print("main: before import")
import _helpers
print("main: after import")
import _helpers as h
from _helpers import greet, square as sq, Counter
print(_helpers.greet("Ann"), h.greet("Bob"), greet("Cy"), _helpers.calls, h is _helpers)
print(sq(12), _helpers.square(3), _helpers._private, _helpers.GREETING)
c = Counter()
c.tick(); c.tick()
print(c.tick(), type(c).__name__, type(c).__module__, _helpers.__name__)
_helpers.GREETING = "changed"
print(greet("Dee"))
print(type(_helpers).__name__, hasattr(_helpers, "greet"), getattr(_helpers, "nothing", "missing"))
print(_helpers.__file__.endswith("_helpers.py"), __name__)
