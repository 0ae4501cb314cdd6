"""Names for built-in types, SimpleNamespace, MappingProxyType and dynamic class creation
(Jyco's standard library, written for Jyco)."""

import sys

__all__ = ["FunctionType", "LambdaType", "CodeType", "MethodType", "BuiltinFunctionType",
           "BuiltinMethodType", "ModuleType", "GeneratorType", "CoroutineType", "AsyncGeneratorType",
           "MethodDescriptorType", "WrapperDescriptorType", "MethodWrapperType",
           "ClassMethodDescriptorType", "GetSetDescriptorType", "MemberDescriptorType",
           "MappingProxyType", "SimpleNamespace", "NoneType", "EllipsisType", "NotImplementedType",
           "GenericAlias", "UnionType", "TracebackType", "FrameType", "CellType",
           "new_class", "prepare_class", "resolve_bases", "coroutine", "DynamicClassAttribute"]


def _function():
    pass


FunctionType = type(_function)
LambdaType = type(lambda: None)
CodeType = type(_function.__code__)


class _Sample:
    __slots__ = ("member",)

    def method(self):
        pass


MethodType = type(_Sample().method)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
ModuleType = type(sys)
MethodDescriptorType = type(str.join)
WrapperDescriptorType = type(object.__init__)
MethodWrapperType = type(object().__str__)
ClassMethodDescriptorType = type(dict.__dict__["fromkeys"])
GetSetDescriptorType = type(FunctionType.__dict__["__code__"]) if "__code__" in FunctionType.__dict__ else None
MemberDescriptorType = type(_Sample.__dict__["member"])


def _generator():
    yield 1


GeneratorType = type(_generator())


async def _coroutine():
    pass


_c = _coroutine()
CoroutineType = type(_c)
_c.close()
del _c


async def _async_generator():
    yield 1


AsyncGeneratorType = type(_async_generator())

NoneType = type(None)
EllipsisType = type(...)
NotImplementedType = type(NotImplemented)
GenericAlias = type(list[int])
UnionType = type(int | str)


def _cell():
    x = 1

    def inner():
        return x
    return inner.__closure__[0] if getattr(inner, "__closure__", None) else None


_cell_object = _cell()
CellType = type(_cell_object) if _cell_object is not None else None
del _cell_object

try:
    raise TypeError
except TypeError as _e:
    TracebackType = type(_e.__traceback__)
FrameType = type(sys._getframe())


class SimpleNamespace:
    """A simple attribute-based namespace: SimpleNamespace(**kwargs)."""

    def __init__(self, /, **kwargs):
        self.__dict__.update(kwargs)

    def __repr__(self):
        name = "namespace" if type(self) is SimpleNamespace else type(self).__name__
        if getattr(self, "_SimpleNamespace__in_repr", False):
            return name + "(...)"
        object.__setattr__(self, "_SimpleNamespace__in_repr", True)
        try:
            items = ("%s=%r" % (k, v) for k, v in self.__dict__.items() if k != "_SimpleNamespace__in_repr")
            return "%s(%s)" % (name, ", ".join(items))
        finally:
            object.__delattr__(self, "_SimpleNamespace__in_repr")

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None

    def __reduce__(self):
        return (type(self), (), dict(self.__dict__))


class mappingproxy:
    """A read-only view of a mapping."""

    __slots__ = ("_mapping",)

    def __init__(self, mapping):
        if not hasattr(mapping, "keys") or not hasattr(mapping, "__getitem__") or isinstance(mapping, (list, tuple)):
            raise TypeError("mappingproxy() argument must be a mapping, not %s" % type(mapping).__name__)
        object.__setattr__(self, "_mapping", mapping)

    def __getitem__(self, key):
        return self._mapping[key]

    def __iter__(self):
        return iter(self._mapping)

    def __len__(self):
        return len(self._mapping)

    def __contains__(self, key):
        return key in self._mapping

    def __reversed__(self):
        return reversed(self._mapping)

    def get(self, key, default=None):
        return self._mapping.get(key, default)

    def keys(self):
        return self._mapping.keys()

    def values(self):
        return self._mapping.values()

    def items(self):
        return self._mapping.items()

    def copy(self):
        return self._mapping.copy()

    def __eq__(self, other):
        return self._mapping == other

    def __or__(self, other):
        return dict(self._mapping) | other

    def __ror__(self, other):
        return other | dict(self._mapping)

    def __repr__(self):
        return "mappingproxy(%r)" % (self._mapping,)

    def __str__(self):
        return str(self._mapping)


MappingProxyType = mappingproxy


def resolve_bases(bases):
    """Replaces the bases that define __mro_entries__ by what it returns."""
    new_bases = list(bases)
    changed = False
    shift = 0
    for i, base in enumerate(bases):
        if isinstance(base, type):
            continue
        if not hasattr(base, "__mro_entries__"):
            continue
        new = base.__mro_entries__(bases)
        changed = True
        if not isinstance(new, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        new_bases[i + shift:i + shift + 1] = new
        shift += len(new) - 1
    return tuple(new_bases) if changed else bases


def _calculate_meta(meta, bases):
    winner = meta
    for base in bases:
        base_meta = type(base)
        if issubclass(winner, base_meta):
            continue
        if issubclass(base_meta, winner):
            winner = base_meta
            continue
        raise TypeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                        "subclass of the metaclasses of all its bases")
    return winner


def prepare_class(name, bases=(), kwds=None):
    """Returns (metaclass, namespace, kwds) for a class statement with these parts."""
    kwds = {} if kwds is None else dict(kwds)
    if "metaclass" in kwds:
        meta = kwds.pop("metaclass")
    else:
        meta = type(bases[0]) if bases else type
    if isinstance(meta, type):
        meta = _calculate_meta(meta, bases)
    if hasattr(meta, "__prepare__"):
        ns = meta.__prepare__(name, bases, **kwds)
    else:
        ns = {}
    return meta, ns, kwds


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Creates a class as a class statement would."""
    resolved = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved is not bases:
        ns["__orig_bases__"] = bases
    return meta(name, resolved, ns, **kwds)


def coroutine(func):
    """Marks a generator function as usable in await (Jyco: its generators are awaitable already)."""
    if not callable(func):
        raise TypeError("types.coroutine() expects a callable")
    return func


class DynamicClassAttribute:
    """A property for instances; looking it up on the class raises AttributeError (so the
    class's __getattr__ runs)."""

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        self.__doc__ = doc if doc is not None else getattr(fget, "__doc__", None)
        self.__isabstractmethod__ = bool(getattr(fget, "__isabstractmethod__", False))

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self.__isabstractmethod__:
                return self
            raise AttributeError()
        if self.fget is None:
            raise AttributeError("unreadable attribute")
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("can't set attribute")
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("can't delete attribute")
        self.fdel(instance)

    def getter(self, fget):
        return type(self)(fget, self.fset, self.fdel, self.__doc__)

    def setter(self, fset):
        return type(self)(self.fget, fset, self.fdel, self.__doc__)

    def deleter(self, fdel):
        return type(self)(self.fget, self.fset, fdel, self.__doc__)


del sys
