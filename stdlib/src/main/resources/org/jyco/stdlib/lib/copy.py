"""Shallow and deep copying (Jyco's standard library, written for Jyco).

copy(x) returns a shallow copy of x, deepcopy(x) a deep one. A class controls how its
instances are copied with __copy__() and __deepcopy__(memo), with __getstate__/__setstate__,
or with __reduce_ex__/__reduce__ (the pickle protocol's reconstruction recipe).
"""

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error


def _function():
    pass


class _C:
    def _m(self):
        pass


_method = type(_C()._m)


# Objects that are their own copy, shallow or deep.
_ATOMIC = {
    type(None), type(Ellipsis), type(NotImplemented), int, float, bool, complex, str, bytes,
    type, range, type(_function), type(len), property, slice,
}
# Containers copied shallowly by a type-specific recipe.
_SHALLOW = {
    list: lambda x: x[:],
    dict: lambda x: x.copy(),
    set: lambda x: x.copy(),
    bytearray: lambda x: bytearray(x),
    tuple: lambda x: x,
    frozenset: lambda x: x,
}


def copy(x):
    """A shallow copy of x."""
    cls = type(x)
    if cls in _ATOMIC or cls is _method or issubclass(cls, type):
        return x
    recipe = _SHALLOW.get(cls)
    if recipe is not None:
        return recipe(x)
    hook = getattr(cls, "__copy__", None)
    if hook is not None:
        return hook(x)
    return _copy_object(x, cls, None)


def deepcopy(x, memo=None, _nil=[]):
    """A deep copy of x; memo maps id(original) to its copy (shared and recursive structures)."""
    if memo is None:
        memo = {}
    key = id(x)
    y = memo.get(key, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _ATOMIC or issubclass(cls, type):
        y = x
    elif cls is list:
        y = []
        memo[key] = y
        for item in x:
            y.append(deepcopy(item, memo))
    elif cls is dict:
        y = {}
        memo[key] = y
        for k, v in x.items():
            y[deepcopy(k, memo)] = deepcopy(v, memo)
    elif cls is tuple:
        items = [deepcopy(item, memo) for item in x]
        # a tuple that contains itself (through a list) was copied while copying its items
        if key in memo:
            return memo[key]
        y = x
        for a, b in zip(x, items):
            if a is not b:
                y = tuple(items)
                break
    elif cls is set or cls is frozenset:
        items = [deepcopy(item, memo) for item in x]
        y = cls(items)
    elif cls is bytearray:
        y = bytearray(x)
    elif cls is _method:
        y = x.__func__.__get__(deepcopy(x.__self__, memo))
    else:
        hook = getattr(x, "__deepcopy__", None)
        if hook is not None:
            y = hook(memo)
        else:
            y = _copy_object(x, cls, memo)
    if y is not x:
        memo[key] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    """Keeps the original alive as long as the memo is, so its id is not reused meanwhile."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _default(cls, name):
    return getattr(cls, name, None) is getattr(object, name, None)


def _copy_object(x, cls, memo):
    """Copies an instance: by its reduce recipe when its class defines one, else by its state."""
    if not (_default(cls, "__reduce_ex__") and _default(cls, "__reduce__")):
        if not _default(cls, "__reduce_ex__"):
            rv = x.__reduce_ex__(4)
        else:
            rv = x.__reduce__()
        if isinstance(rv, str):
            return x
        return _reconstruct(x, memo, *rv)
    try:
        y = cls.__new__(cls)
    except TypeError:
        raise TypeError("cannot pickle %r object" % cls.__name__) from None
    if memo is not None:
        memo[id(x)] = y
    if isinstance(x, dict):
        for k, v in x.items():
            if memo is not None:
                k, v = deepcopy(k, memo), deepcopy(v, memo)
            y[k] = v
    elif isinstance(x, list):
        for v in x:
            y.append(v if memo is None else deepcopy(v, memo))
    elif isinstance(x, (set, frozenset)) and isinstance(y, set):
        for v in x:
            y.add(v if memo is None else deepcopy(v, memo))
    state = _get_state(x, cls)
    if state is not None:
        if memo is not None:
            state = deepcopy(state, memo)
        _set_state(y, state)
    return y


def _slot_names(cls):
    names = []
    for klass in cls.__mro__:
        slots = klass.__dict__.get("__slots__", ())
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ("__dict__", "__weakref__"):
                continue
            if name.startswith("__") and not name.endswith("__"):
                mangled = "_%s%s" % (klass.__name__.lstrip("_"), name)
                if mangled in klass.__dict__:
                    name = mangled
            names.append(name)
    return names


def _get_state(x, cls):
    if not _default(cls, "__getstate__"):
        return x.__getstate__()
    d = getattr(x, "__dict__", None)
    d = dict(d) if d else None
    slots = {}
    for name in _slot_names(cls):
        try:
            slots[name] = getattr(x, name)
        except AttributeError:
            pass
    if slots:
        return (d, slots)
    return d


def _set_state(y, state):
    setter = getattr(y, "__setstate__", None)
    if setter is not None:
        setter(state)
        return
    slots = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slots = state
    if state:
        y.__dict__.update(state)
    if slots:
        for name, value in slots.items():
            setattr(y, name, value)


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None, *rest):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        _set_state(y, state)
    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for k, v in dictiter:
            if deep:
                k, v = deepcopy(k, memo), deepcopy(v, memo)
            y[k] = v
    return y
