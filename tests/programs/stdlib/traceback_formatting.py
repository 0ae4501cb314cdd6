# traceback: format_exception / format_exc / print_exc / format_exception_only / format_tb, limit and chain.
import sys
import traceback


def clean(text):
    return text.replace(__file__, "FILE")


def level2():
    raise ValueError("bad value")


def level1():
    level2()


try:
    level1()
except ValueError as e:
    print(clean(traceback.format_exc()), end="")
    print(clean("".join(traceback.format_exception(e))), end="")
    print(clean("".join(traceback.format_exception(type(e), e, e.__traceback__, limit=1))), end="")
    print(clean("".join(traceback.format_exception(type(e), e, e.__traceback__.tb_next))), end="")
    print(traceback.format_exception_only(type(e), e))
    print(traceback.format_exception_only(e))
    print(clean("".join(traceback.format_tb(e.__traceback__))), end="")
    print(len(traceback.format_tb(e.__traceback__)), len(traceback.format_tb(e.__traceback__, limit=2)))
    traceback.print_exc(file=sys.stdout) if False else None
    print(e.__traceback__.tb_frame.f_code.co_name, e.__traceback__.tb_next.tb_frame.f_code.co_name)

try:
    try:
        raise KeyError("missing")
    except KeyError:
        raise RuntimeError("while handling")
except RuntimeError as e:
    print(clean("".join(traceback.format_exception(e))), end="")
    print(clean("".join(traceback.format_exception(e, chain=False))), end="")


class Out:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


try:
    raise TypeError("printed")
except TypeError as e:
    o = Out()
    traceback.print_exc(file=o)
    print(clean("".join(o.parts)), end="")
    o = Out()
    traceback.print_exception(e, file=o, limit=0)
    print(clean("".join(o.parts)), end="")
print(traceback.format_exc(), end="")
