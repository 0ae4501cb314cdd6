# The last line of stderr is the outermost exception of a chain.
def load(s):
    try:
        return int(s)
    except ValueError as e:
        raise RuntimeError("could not load value") from e
print(load("5"))
print(load("five"))
