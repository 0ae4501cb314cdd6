# an uncaught error raised inside a standard module written in Python
import copy
def gen():
    yield 1
copy.deepcopy({"g": gen()})
