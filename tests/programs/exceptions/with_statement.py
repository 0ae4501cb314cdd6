# Context managers: __enter__/__exit__ order, exception info, suppression, nesting.
class Tracker:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print(f"enter {self.name}")
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        info = exc_type.__name__ if exc_type else None
        print(f"exit {self.name} exc={info} msg={exc}")
        return self.suppress
with Tracker("a") as v:
    print("body sees", v)
with Tracker("outer") as o, Tracker("inner") as i:
    print("nested", o, i)
try:
    with Tracker("raising"):
        raise ValueError("oops")
except ValueError as e:
    print("propagated", e)
with Tracker("suppressing", suppress=True):
    raise KeyError("hidden")
print("continued after suppression")
def early_return():
    with Tracker("ret"):
        return "returned value"
print(early_return())
for i in range(3):
    with Tracker(f"loop{i}"):
        if i == 1:
            continue
        if i == 2:
            break
        print("loop body", i)
class Resource:
    opened = []
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        Resource.opened.append(self.n)
        return self
    def __exit__(self, *exc):
        Resource.opened.remove(self.n)
        return False
with Resource(1) as r1:
    with Resource(2) as r2:
        print("open:", Resource.opened)
    print("open:", Resource.opened)
print("open:", Resource.opened)
class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, t, e, tb):
        if t is not None and issubclass(t, self.types):
            self.caught = e
            return True
        return False
with Suppress(ZeroDivisionError) as s:
    1 / 0
print("caught", repr(s.caught))
try:
    with Suppress(KeyError):
        [][0]
except IndexError as e:
    print("not suppressed:", e)
class NoEnter:
    pass
try:
    with NoEnter():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__)
