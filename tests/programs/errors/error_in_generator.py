# An exception raised while iterating a generator propagates out of the for loop.
def readings():
    yield 10
    yield 20
    raise OSError("sensor disconnected")
for r in readings():
    print("reading", r)
