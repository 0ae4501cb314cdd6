# Exception attributes: args, with_traceback returns self, KeyError str, OSError errno, StopIteration.value.
e = OSError(2, "No such file")
print(e.errno, e.strerror, e, e.args)
print(str(OSError("just message")), OSError("a", "b").args)
s = StopIteration(42)
print(s.value, s.args, StopIteration().value)
k = KeyError("key")
print(str(k), k.args[0], str(KeyError(("tuple", 1))))
u = UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")
print(u.encoding, u.object, u.start, u.end, u.reason, str(u))
se = SystemExit(3)
print(se.code, SystemExit().code, SystemExit("msg").code, SystemExit(1, 2).code)
ex = ValueError("a")
print(ex.with_traceback(None) is ex, isinstance(ex, BaseException))
a = AttributeError("x")
print(a.args, str(a))
try:
    object().missing
except AttributeError as err:
    print(err.name if hasattr(err, "name") else "?", err)
n = NameError("n")
print(n.args)
try:
    undefined_variable_xyz
except NameError as err:
    print(err, getattr(err, "name", "?"))
try:
    import nonexistent_module_xyz
except ImportError as err:
    print(type(err).__name__, err, err.name)
print(repr(ValueError()), repr(ValueError(1, "two")), str(ValueError(1, "two")))
print(BaseException("x").args, Exception(*range(3)).args)
