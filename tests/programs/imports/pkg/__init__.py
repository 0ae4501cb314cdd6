print("pkg/__init__ running, __name__ =", __name__)
from .shapes import Square, area_of
from . import util
VERSION = (1, 2, 0)
def version():
    return ".".join(map(str, VERSION))
