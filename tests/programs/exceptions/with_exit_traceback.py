# An exception leaving a with block already has the frame's traceback entry when __exit__ sees it
# (and only once when it propagates further); tb_frame gives each entry's function name.


def entries(tb):
    out = []
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out


class Show:
    def __enter__(self):
        return self

    def __exit__(self, typ, value, tb):
        print("exit sees:", entries(tb))
        return self.swallow

    def __init__(self, swallow):
        self.swallow = swallow


def inner():
    raise ValueError("inner")


def body(swallow):
    with Show(swallow):
        inner()
    return "swallowed"


print(body(True))
try:
    body(False)
except ValueError as e:
    print("caught:", entries(e.__traceback__))


def gen():
    with Show(False):
        yield 1
        inner()


try:
    for x in gen():
        pass
except ValueError as e:
    print("from generator:", entries(e.__traceback__))


def nested():
    with Show(False):
        with Show(False):
            inner()


try:
    nested()
except ValueError as e:
    print("nested:", entries(e.__traceback__))


def in_except():
    try:
        raise KeyError("k")
    except KeyError:
        with Show(False):
            inner()


try:
    in_except()
except ValueError as e:
    print("context:", type(e.__context__).__name__, entries(e.__traceback__))
