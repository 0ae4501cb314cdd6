import abc
from abc import ABC, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @property
    @abstractmethod
    def name(self): ...
    @classmethod
    @abstractmethod
    def make(cls): ...
print(sorted(Shape.__abstractmethods__))
try: Shape()
except TypeError as e: print(e)
class Sq(Shape):
    def area(self): return 4
    name = "sq"
try: Sq()
except TypeError as e: print(e)
class Sq2(Sq):
    @classmethod
    def make(cls): return cls()
print(Sq2.make().area(), Sq2.__abstractmethods__)
class Sized(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized:
            return any("__len__" in B.__dict__ for B in C.__mro__)
        return NotImplemented
print(isinstance([], Sized), isinstance(3, Sized), issubclass(dict, Sized))
class Reg(ABC): pass
Reg.register(int)
print(isinstance(3, Reg), issubclass(bool, Reg), isinstance("x", Reg))
@Reg.register
class Z: pass
print(issubclass(Z, Reg), Z.__name__)
try: Reg.register(3)
except TypeError as e: print(e)
try: issubclass(3, Reg)
except TypeError as e: print(e)
print(type(Reg), abc.ABCMeta.__name__)
class M(metaclass=abc.ABCMeta):
    @abstractmethod
    def a(self): pass
    @abstractmethod
    def b(self): pass
try: M()
except TypeError as e: print(e)
