"""Weak references (Jyco's standard library, written for Jyco).

ref, getweakrefcount and getweakrefs come from _weakref (Java, on the JVM's garbage
collector); the weak containers, finalize, WeakMethod and proxy are built on them. An object is
only known to be gone after a collection (gc.collect()), not the moment its last reference goes
as in CPython.
"""

from _weakref import ref, ReferenceType, getweakrefcount, getweakrefs
from collections.abc import MutableMapping, MutableSet
import sys

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs", "WeakKeyDictionary", "ReferenceType",
           "ProxyType", "CallableProxyType", "ProxyTypes", "WeakValueDictionary", "WeakSet",
           "WeakMethod", "finalize"]


class WeakMethod(ref):
    """A weak reference to a bound method: calling it gives the method back while its object
    and its function are both alive."""

    __slots__ = ("_func_ref", "_meth_type", "_alive", "__weakref__")

    def __new__(cls, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not {}".format(type(meth))) from None

        def _cb(arg):
            self = self_wr()
            if self._alive:
                self._alive = False
                if callback is not None:
                    callback(self)
        self = ref.__new__(cls, obj, _cb)
        self._func_ref = ref(func, _cb)
        self._meth_type = type(meth)
        self._alive = True
        self_wr = ref(self)
        return self

    def __call__(self):
        obj = super().__call__()
        func = self._func_ref()
        if obj is None or func is None:
            return None
        return self._meth_type(func, obj)

    def __eq__(self, other):
        if isinstance(other, WeakMethod):
            if not self._alive or not other._alive:
                return self is other
            return ref.__eq__(self, other) and self._func_ref == other._func_ref
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, WeakMethod):
            if not self._alive or not other._alive:
                return self is not other
            return ref.__ne__(self, other) or self._func_ref != other._func_ref
        return NotImplemented

    __hash__ = ref.__hash__


class ProxyType:
    """proxy(obj): uses obj through a weak reference (ReferenceError once obj is collected)."""

    __slots__ = ("_proxy_ref", "__weakref__")

    def __init__(self, obj, callback=None):
        if callback is None:
            object.__setattr__(self, "_proxy_ref", ref(obj))
        else:
            object.__setattr__(self, "_proxy_ref", ref(obj, lambda r: callback(self)))

    def _target(self):
        o = object.__getattribute__(self, "_proxy_ref")()
        if o is None:
            raise ReferenceError("weakly-referenced object no longer exists")
        return o

    def __getattr__(self, name):
        return getattr(ProxyType._target(self), name)

    def __setattr__(self, name, value):
        setattr(ProxyType._target(self), name, value)

    def __delattr__(self, name):
        delattr(ProxyType._target(self), name)

    def __repr__(self):
        o = ProxyType._target(self)
        return "<weakproxy at %#x; to '%s' at %#x>" % (id(self), type(o).__name__, id(o))

    def __str__(self):
        return str(ProxyType._target(self))

    def __bool__(self):
        return bool(ProxyType._target(self))

    def __len__(self):
        return len(ProxyType._target(self))

    def __iter__(self):
        return iter(ProxyType._target(self))

    def __contains__(self, x):
        return x in ProxyType._target(self)

    def __getitem__(self, k):
        return ProxyType._target(self)[k]

    def __setitem__(self, k, v):
        ProxyType._target(self)[k] = v

    def __delitem__(self, k):
        del ProxyType._target(self)[k]

    def __eq__(self, other):
        return ProxyType._target(self) == other

    def __ne__(self, other):
        return ProxyType._target(self) != other

    def __lt__(self, other):
        return ProxyType._target(self) < other

    def __le__(self, other):
        return ProxyType._target(self) <= other

    def __gt__(self, other):
        return ProxyType._target(self) > other

    def __ge__(self, other):
        return ProxyType._target(self) >= other

    def __add__(self, other):
        return ProxyType._target(self) + other

    def __sub__(self, other):
        return ProxyType._target(self) - other

    def __mul__(self, other):
        return ProxyType._target(self) * other

    def __hash__(self):
        raise TypeError("unhashable type: 'weakref.ProxyType'")


class CallableProxyType(ProxyType):
    __slots__ = ()

    def __call__(self, *args, **kwargs):
        return ProxyType._target(self)(*args, **kwargs)


ProxyTypes = (ProxyType, CallableProxyType)


def proxy(obj, callback=None):
    """A proxy to obj that uses a weak reference."""
    if callable(obj):
        return CallableProxyType(obj, callback)
    return ProxyType(obj, callback)


class WeakValueDictionary(MutableMapping):
    """A mapping whose values are held weakly: an entry goes when its value is collected."""

    def __init__(self, other=(), /, **kw):
        def remove(wr, selfref=ref(self)):
            self = selfref()
            if self is not None:
                d = self.data
                if d.get(wr.key) is wr:
                    del d[wr.key]
        self._remove = remove
        self.data = {}
        self.update(other, **kw)

    def _ref(self, key, value):
        r = _KeyedRef(value, self._remove, key)
        return r

    def __getitem__(self, key):
        o = self.data[key]()
        if o is None:
            raise KeyError(key)
        return o

    def __delitem__(self, key):
        del self.data[key]

    def __len__(self):
        return sum(1 for wr in list(self.data.values()) if wr() is not None)

    def __contains__(self, key):
        try:
            o = self.data[key]()
        except KeyError:
            return False
        return o is not None

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def __setitem__(self, key, value):
        self.data[key] = self._ref(key, value)

    def __iter__(self):
        for k, wr in list(self.data.items()):
            if wr() is not None:
                yield k

    def copy(self):
        new = WeakValueDictionary()
        for key, wr in list(self.data.items()):
            o = wr()
            if o is not None:
                new[key] = o
        return new

    __copy__ = copy

    def get(self, key, default=None):
        try:
            wr = self.data[key]
        except KeyError:
            return default
        o = wr()
        return default if o is None else o

    def items(self):
        for k, wr in list(self.data.items()):
            v = wr()
            if v is not None:
                yield k, v

    def keys(self):
        return iter(self)

    def values(self):
        for wr in list(self.data.values()):
            o = wr()
            if o is not None:
                yield o

    def valuerefs(self):
        return list(self.data.values())

    def itervaluerefs(self):
        yield from list(self.data.values())

    def popitem(self):
        while True:
            key, wr = self.data.popitem()
            o = wr()
            if o is not None:
                return key, o

    def pop(self, key, *args):
        try:
            o = self.data.pop(key)()
        except KeyError:
            o = None
        if o is None:
            if args:
                return args[0]
            raise KeyError(key)
        return o

    def setdefault(self, key, default=None):
        try:
            o = self.data[key]()
        except KeyError:
            o = None
        if o is None:
            self[key] = default
            return default
        return o

    def update(self, other=None, /, **kwargs):
        if other is not None:
            if not hasattr(other, "items"):
                other = dict(other)
            for key, o in other.items():
                self[key] = o
        for key, o in kwargs.items():
            self[key] = o


class _KeyedRef(ref):
    """A weak reference that remembers the key it is stored under."""

    __slots__ = ("key",)

    def __new__(cls, ob, callback, key):
        self = ref.__new__(cls, ob, callback)
        self.key = key
        return self

    def __init__(self, ob, callback, key):
        pass


KeyedRef = _KeyedRef


class WeakKeyDictionary(MutableMapping):
    """A mapping whose keys are held weakly: an entry goes when its key is collected."""

    def __init__(self, dict=None):
        self.data = {}

        def remove(k, selfref=ref(self)):
            self = selfref()
            if self is not None:
                try:
                    del self.data[k]
                except KeyError:
                    pass
        self._remove = remove
        if dict is not None:
            self.update(dict)

    def __delitem__(self, key):
        del self.data[ref(key)]

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __len__(self):
        return sum(1 for k in list(self.data) if k() is not None)

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def __setitem__(self, key, value):
        self.data[ref(key, self._remove)] = value

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data

    def __iter__(self):
        for wr in list(self.data):
            o = wr()
            if o is not None:
                yield o

    def copy(self):
        new = WeakKeyDictionary()
        for key, value in list(self.data.items()):
            o = key()
            if o is not None:
                new[o] = value
        return new

    __copy__ = copy

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def items(self):
        for wr, value in list(self.data.items()):
            key = wr()
            if key is not None:
                yield key, value

    def keys(self):
        return iter(self)

    def values(self):
        for wr, value in list(self.data.items()):
            if wr() is not None:
                yield value

    def keyrefs(self):
        return list(self.data)

    def popitem(self):
        while True:
            key, value = self.data.popitem()
            o = key()
            if o is not None:
                return o, value

    def pop(self, key, *args):
        return self.data.pop(ref(key), *args)

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key, self._remove), default)

    def update(self, dict=None, /, **kwargs):
        if dict is not None:
            if not hasattr(dict, "items"):
                dict = type({})(dict)
            for key, value in dict.items():
                self[key] = value
        if kwargs:
            self.update(kwargs)


class WeakSet(MutableSet):
    """A set whose elements are held weakly."""

    def __init__(self, data=None):
        self.data = set()

        def _remove(item, selfref=ref(self)):
            self = selfref()
            if self is not None:
                self.data.discard(item)
        self._remove = _remove
        if data is not None:
            self.update(data)

    def __iter__(self):
        for itemref in list(self.data):
            item = itemref()
            if item is not None:
                yield item

    def __len__(self):
        return sum(1 for r in list(self.data) if r() is not None)

    def __contains__(self, item):
        try:
            wr = ref(item)
        except TypeError:
            return False
        return wr in self.data

    def add(self, item):
        self.data.add(ref(item, self._remove))

    def clear(self):
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def pop(self):
        while True:
            try:
                itemref = self.data.pop()
            except KeyError:
                raise KeyError("pop from empty WeakSet") from None
            item = itemref()
            if item is not None:
                return item

    def remove(self, item):
        self.data.remove(ref(item))

    def discard(self, item):
        self.data.discard(ref(item))

    def update(self, other):
        for element in other:
            self.add(element)

    def __ior__(self, other):
        self.update(other)
        return self

    def __repr__(self):
        return repr(self.data)

    @classmethod
    def _from_iterable(cls, it):
        return cls(it)


class finalize:
    """finalize(obj, func, *args, **kwargs): calls func(*args, **kwargs) once, when obj is
    collected, when the finalizer is called, or at exit (if atexit is true)."""

    _registry = {}

    class _Info:
        __slots__ = ("weakref", "func", "args", "kwargs", "atexit", "index")

    _index = 0

    def __init__(self, obj, func, /, *args, **kwargs):
        info = self._Info()
        info.weakref = ref(obj, self)
        info.func = func
        info.args = args
        info.kwargs = kwargs or None
        info.atexit = True
        finalize._index += 1
        info.index = finalize._index
        self._registry[self] = info

    def __call__(self, _=None):
        info = self._registry.pop(self, None)
        if info:
            return info.func(*info.args, **(info.kwargs or {}))

    def detach(self):
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is not None and self._registry.pop(self, None):
            return (obj, info.func, info.args, info.kwargs or {})

    def peek(self):
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is not None:
            return (obj, info.func, info.args, info.kwargs or {})

    @property
    def alive(self):
        return self in self._registry

    @property
    def atexit(self):
        info = self._registry.get(self)
        return bool(info) and info.atexit

    @atexit.setter
    def atexit(self, value):
        info = self._registry.get(self)
        if info:
            info.atexit = bool(value)

    def __repr__(self):
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is None:
            return "<%s object at %#x; dead>" % (type(self).__name__, id(self))
        return "<%s object at %#x; for %r at %#x>" % (type(self).__name__, id(self), type(obj).__name__, id(obj))
