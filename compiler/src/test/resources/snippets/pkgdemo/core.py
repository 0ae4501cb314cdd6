from . import sub
from .sub.helpers import shout

def greet(name):
    return shout("hello " + name) + sub.MARK
