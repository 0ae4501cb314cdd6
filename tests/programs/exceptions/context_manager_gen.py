# A generator-based context manager written by hand (no contextlib).
class contextmanager_like:
    def __init__(self, genfunc):
        self.genfunc = genfunc
    def __call__(self, *args):
        return _GenCM(self.genfunc(*args))
class _GenCM:
    def __init__(self, gen):
        self.gen = gen
    def __enter__(self):
        return next(self.gen)
    def __exit__(self, t, e, tb):
        if t is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        try:
            self.gen.throw(e)
        except StopIteration:
            return True
        except BaseException as exc:
            if exc is e:
                return False
            raise
        raise RuntimeError("generator didn't stop after throw")
@contextmanager_like
def tag(name):
    print(f"<{name}>")
    try:
        yield name
    finally:
        print(f"</{name}>")
@contextmanager_like
def ignoring(exc_type):
    try:
        yield
    except exc_type as e:
        print("ignored", type(e).__name__, e)
with tag("html"):
    with tag("body") as b:
        print("content in", b)
with ignoring(ValueError):
    int("zz")
print("after ignoring")
try:
    with tag("p"):
        raise KeyError("propagates")
except KeyError as e:
    print("caught outside", e)
@contextmanager_like
def indent_level(levels):
    levels.append(len(levels))
    yield len(levels)
    levels.pop()
lv = []
with indent_level(lv) as a:
    with indent_level(lv) as b:
        print(a, b, lv)
print(lv)
