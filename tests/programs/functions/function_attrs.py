# Function introspection that is portable: __name__, __qualname__, __doc__, __defaults__, __dict__.
def documented(a, b=1, *args, c=2, **kw):
    """Docstring here."""
    return a
print(documented.__name__, documented.__qualname__, documented.__doc__, documented.__defaults__,
      documented.__kwdefaults__, documented.__module__)
class C:
    def method(self):
        def inner():
            pass
        return inner
print(C.method.__qualname__, C().method().__qualname__, C.method.__name__)
def nodoc():
    pass
print(nodoc.__doc__, nodoc(), nodoc.__dict__)
nodoc.attr = 5
print(nodoc.attr, nodoc.__dict__)
lam = lambda: None
print(lam.__name__, lam.__qualname__)
def annotated(x: int, y: "str" = "s") -> list:
    return [x, y]
print(annotated.__annotations__, annotated(1))
