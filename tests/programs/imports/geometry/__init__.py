from .vector import Vector
from .ops import dot, norm2
__all__ = ["Vector", "dot", "norm2"]
