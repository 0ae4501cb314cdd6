# Private names (__x) inside classes are mangled to _Class__x, as CPython's compiler does.
def f(**kw): return kw
class C:
    __a = 1
    def __m(self, __p=2):
        return __p
    def go(self):
        self.__x = 5
        __local = 3
        return self.__m(), self.__x, f(__k=1), [__i for __i in range(2)], __local, sorted(vars())
    def g(self):
        global __gg
        __gg = 7
        import os as __os
        try:
            raise ValueError
        except ValueError as __e:
            pass
        return sorted(k for k in vars() if 'os' in k or 'e' in k)
class __D:
    __b = 2
class _E:
    __c = 3
class ___:
    __d = 4
print(sorted(k for k in C.__dict__ if not k.startswith('__') or k.startswith('_C')))
c = C()
print(c.go())
print(vars(c), C().g(), sorted(k for k in globals() if 'gg' in k))
print([k for k in __D.__dict__ if 'b' in k], [k for k in _E.__dict__ if 'c' in k], [k for k in ___.__dict__ if 'd' in k])
print(getattr(c, '_C__x'), C._C__a)
class P:
    def __init__(self):
        self.__v = 'P'
    def pv(self): return self.__v
class Q(P):
    def __init__(self):
        super().__init__()
        self.__v = 'Q'
    def qv(self): return self.__v
q = Q()
print(q.pv(), q.qv(), sorted(vars(q)))
class S:
    __slots__ = ('__s',)
    def __init__(self): self.__s = 1
print(S.__slots__, [k for k in dir(S) if 's' in k and k.startswith('_S')])
