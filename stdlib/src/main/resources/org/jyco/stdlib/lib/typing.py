"""Type hints at run time (Jyco's standard library, written for Jyco): a practical subset.

Annotated programs import and run: the special forms, generic aliases (List[int],
Optional[str], Callable[[int], str]...) with CPython's repr, __origin__/__args__,
TypeVar, Generic, Protocol, NamedTuple, TypedDict, cast, overload, final, NewType and
get_type_hints. No type checking happens at run time.
"""

import collections
import functools
import sys

__all__ = ["Any", "AnyStr", "Annotated", "Callable", "ClassVar", "Concatenate", "Dict", "Final",
           "FrozenSet", "Generic", "List", "Literal", "NamedTuple", "NewType", "NoReturn", "Never",
           "Optional", "ParamSpec", "Protocol", "Self", "Set", "Text", "Tuple", "Type", "TypeAlias",
           "TypeGuard", "TypeVar", "TypedDict", "Union", "TYPE_CHECKING", "cast", "final",
           "get_args", "get_origin", "get_type_hints", "no_type_check", "overload",
           "runtime_checkable", "assert_never", "assert_type", "reveal_type", "Iterable",
           "Iterator", "Sequence", "Mapping", "MutableMapping", "MutableSequence", "Hashable",
           "Sized", "Collection", "Container", "Generator", "Awaitable", "Coroutine",
           "AsyncIterator", "AsyncIterable", "DefaultDict", "OrderedDict", "Counter", "Deque",
           "LiteralString", "Required", "NotRequired", "ChainMap", "IO", "TextIO", "BinaryIO",
           "Pattern", "Match", "SupportsInt", "SupportsFloat", "SupportsIndex", "SupportsAbs",
           "Reversible", "MutableSet", "AbstractSet", "ItemsView", "KeysView", "ValuesView"]

TYPE_CHECKING = False


def _type_repr(obj):
    if isinstance(obj, type) and not isinstance(obj, _Alias):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return "%s.%s" % (obj.__module__, obj.__qualname__)
    if obj is ...:
        return "..."
    if isinstance(obj, type(_type_repr)):
        return obj.__name__
    if obj is None or obj is type(None):
        return "None"
    return repr(obj)


def _type_check(arg, msg):
    if arg is None:
        return type(None)
    if isinstance(arg, str):
        return ForwardRef(arg)
    return arg


class ForwardRef:
    """A type written as a string, evaluated by get_type_hints."""

    def __init__(self, arg):
        if not isinstance(arg, str):
            raise TypeError("Forward reference must be a string -- got %r" % (arg,))
        self.__forward_arg__ = arg

    def __eq__(self, other):
        return isinstance(other, ForwardRef) and self.__forward_arg__ == other.__forward_arg__

    def __hash__(self):
        return hash(self.__forward_arg__)

    def __repr__(self):
        return "ForwardRef(%r)" % (self.__forward_arg__,)

    def _evaluate(self, globalns, localns):
        return _eval_hint(eval(self.__forward_arg__, globalns, localns), globalns, localns)


class _Final:
    """Base of typing's objects: not subclassable by users."""

    def __init_subclass__(cls, /, *args, _root=False, **kwds):
        if "_root" not in kwds and not _root:
            raise TypeError("Cannot subclass special typing classes")


class _Alias:
    """Marks typing's alias objects for _type_repr."""


class _SpecialForm(_Alias):
    def __init__(self, name, doc, getitem=None):
        self._name = name
        self.__doc__ = doc
        self._getitem = getitem

    def __repr__(self):
        return "typing." + self._name

    def __reduce__(self):
        return self._name

    def __call__(self, *args, **kwds):
        if self._name == "Any":
            raise TypeError("Any cannot be instantiated")
        raise TypeError("Cannot instantiate %r" % self)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        raise TypeError("%s cannot be used with isinstance()" % self)

    def __subclasscheck__(self, cls):
        raise TypeError("%s cannot be used with issubclass()" % self)

    def __getitem__(self, parameters):
        if self._getitem is None:
            raise TypeError("%s is not subscriptable" % self)
        return self._getitem(self, parameters)

    def __mro_entries__(self, bases):
        raise TypeError("Cannot subclass %r" % self)


def _one_arg(form, parameters):
    if isinstance(parameters, tuple):
        if len(parameters) != 1:
            raise TypeError("%s accepts only single type." % form._name)
        parameters = parameters[0]
    return _GenericAlias(form, (_type_check(parameters, ""),), name=form._name)


def _union_getitem(form, parameters):
    if parameters == ():
        raise TypeError("Cannot take a Union of no types.")
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    flat = []
    for p in parameters:
        p = _type_check(p, "")
        if isinstance(p, _UnionAlias):
            flat.extend(p.__args__)
        elif isinstance(p, tuple):
            flat.extend(_type_check(q, "") for q in p)
        else:
            flat.append(p)
    args = []
    for p in flat:
        if p not in args:
            args.append(p)
    if len(args) == 1:
        return args[0]
    return _UnionAlias(tuple(args))


def _optional_getitem(form, parameter):
    if isinstance(parameter, tuple):
        if len(parameter) != 1:
            raise TypeError("Optional accepts only single type.")
        parameter = parameter[0]
    return Union[parameter, None]


def _literal_getitem(form, parameters):
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    seen = []
    for p in parameters:
        if isinstance(p, _GenericAlias) and p.__origin__ is Literal:
            for q in p.__args__:
                if q not in seen:
                    seen.append(q)
        elif p not in seen:
            seen.append(p)
    return _LiteralAlias(tuple(seen))


def _concatenate_getitem(form, parameters):
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    return _GenericAlias(form, parameters, name="Concatenate")


Any = _SpecialForm("Any", "Special type compatible with every type.")
NoReturn = _SpecialForm("NoReturn", "A function that never returns.")
Never = _SpecialForm("Never", "The bottom type.")
Self = _SpecialForm("Self", "The class being defined.")
LiteralString = _SpecialForm("LiteralString", "A string literal type.")
TypeAlias = _SpecialForm("TypeAlias", "Marks an explicit type alias.")
ClassVar = _SpecialForm("ClassVar", "A class variable.", _one_arg)
Final = _SpecialForm("Final", "A name that cannot be re-assigned.", _one_arg)
Required = _SpecialForm("Required", "A required TypedDict key.", _one_arg)
NotRequired = _SpecialForm("NotRequired", "A TypedDict key that may be missing.", _one_arg)
TypeGuard = _SpecialForm("TypeGuard", "A type guard function's return type.", _one_arg)
Union = _SpecialForm("Union", "Union[X, Y]: X or Y.", _union_getitem)
Optional = _SpecialForm("Optional", "Optional[X]: Union[X, None].", _optional_getitem)
Literal = _SpecialForm("Literal", "Literal[v, ...]: one of these values.", _literal_getitem)
Concatenate = _SpecialForm("Concatenate", "Concatenate[X, P] for Callable.", _concatenate_getitem)


class _GenericAlias(_Alias):
    """A subscripted generic: origin[args]."""

    def __init__(self, origin, args, *, name=None, inst=True):
        if not isinstance(args, tuple):
            args = (args,)
        self.__origin__ = origin
        self.__args__ = tuple(... if a is ... else a for a in args)
        self._name = name
        self._inst = inst
        params = []
        for a in self.__args__:
            for p in _collect_parameters(a):
                if p not in params:
                    params.append(p)
        self.__parameters__ = tuple(params)

    def __repr__(self):
        if self._name:
            name = "typing." + self._name
        else:
            name = _type_repr(self.__origin__)
        if not self.__args__:
            return name + "[()]"
        return "%s[%s]" % (name, ", ".join(_type_repr(a) for a in self.__args__))

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if not self.__parameters__:
            raise TypeError("%s is not a generic class" % self)
        if len(params) != len(self.__parameters__):
            raise TypeError("Too %s arguments for %s; actual %d, expected %d"
                            % ("many" if len(params) > len(self.__parameters__) else "few", self,
                               len(params), len(self.__parameters__)))
        subst = dict(zip(self.__parameters__, params))
        new_args = tuple(_substitute(a, subst) for a in self.__args__)
        return self.copy_with(new_args)

    def copy_with(self, args):
        return self.__class__(self.__origin__, args, name=self._name, inst=self._inst)

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError("Type %s cannot be instantiated; use %s() instead"
                            % (self._name, self.__origin__.__name__.lower()))
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except AttributeError:
            pass
        return result

    def __mro_entries__(self, bases):
        res = []
        if self.__origin__ not in bases:
            res.append(self.__origin__)
        i = bases.index(self)
        for b in bases[i + 1:]:
            if isinstance(b, _GenericAlias) or (isinstance(b, type) and issubclass(b, Generic)):
                break
        else:
            if isinstance(self.__origin__, type) and not issubclass(self.__origin__, Generic) \
                    and self.__parameters__:
                res.append(Generic)
        return tuple(res)

    def __getattr__(self, attr):
        if attr.startswith("__") and attr.endswith("__"):
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)

    def __instancecheck__(self, obj):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __subclasscheck__(self, cls):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")


class _UnionAlias(_GenericAlias):
    def __init__(self, args):
        super().__init__(Union, args, name="Union")

    def copy_with(self, args):
        return Union[args]

    def __repr__(self):
        args = self.__args__
        if len(args) == 2:
            if args[0] is type(None):
                return "typing.Optional[%s]" % _type_repr(args[1])
            if args[1] is type(None):
                return "typing.Optional[%s]" % _type_repr(args[0])
        return super().__repr__()

    def __eq__(self, other):
        if not isinstance(other, _UnionAlias):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        for arg in self.__args__:
            if isinstance(arg, _GenericAlias):
                raise TypeError("Subscripted generics cannot be used with class and instance checks")
            if issubclass(cls, arg):
                return True
        return False


class _LiteralAlias(_GenericAlias):
    def __init__(self, args):
        super().__init__(Literal, args, name="Literal")
        self.__parameters__ = ()

    def __repr__(self):
        return "typing.Literal[%s]" % ", ".join(repr(a) for a in self.__args__)

    def __eq__(self, other):
        if not isinstance(other, _LiteralAlias):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))


class _CallableAlias(_GenericAlias):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and args[0] is ...:
            return "typing.Callable[..., %s]" % _type_repr(args[1])
        if len(args) == 2 and isinstance(args[0], (ParamSpec, _GenericAlias)):
            return "typing.Callable[%s, %s]" % (_type_repr(args[0]), _type_repr(args[1]))
        return "typing.Callable[[%s], %s]" % (", ".join(_type_repr(a) for a in args[:-1]),
                                             _type_repr(args[-1]))

    def copy_with(self, args):
        return _CallableAlias(self.__origin__, args, name=self._name, inst=self._inst)


class _SpecialGeneric(_Alias):
    """An unsubscripted alias of a class: List, Dict, Callable..."""

    def __init__(self, origin, nparams, name, inst=True):
        self.__origin__ = origin
        self._nparams = nparams
        self._name = name
        self._inst = inst

    def __repr__(self):
        return "typing." + self._name

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if self._name == "Tuple":
            if params == ((),) or params == ():
                return _GenericAlias(self.__origin__, (), name=self._name, inst=self._inst)
            return _GenericAlias(self.__origin__, tuple(_type_check(p, "") for p in params),
                                 name=self._name, inst=self._inst)
        if self._name == "Callable":
            if len(params) != 2:
                raise TypeError("Callable must be used as Callable[[arg, ...], result].")
            args, result = params
            if args is ...:
                flat = (..., _type_check(result, ""))
            elif isinstance(args, list):
                flat = tuple(_type_check(a, "") for a in args) + (_type_check(result, ""),)
            elif isinstance(args, (ParamSpec, _GenericAlias)):
                flat = (args, _type_check(result, ""))
            else:
                raise TypeError("Callable[args, result]: args must be a list. Got %s" % _type_repr(args))
            return _CallableAlias(self.__origin__, flat, name=self._name, inst=self._inst)
        if self._nparams >= 0 and len(params) != self._nparams:
            raise TypeError("Too %s arguments for %s; actual %d, expected %d"
                            % ("many" if len(params) > self._nparams else "few", self, len(params),
                               self._nparams))
        return _GenericAlias(self.__origin__, tuple(_type_check(p, "") for p in params),
                             name=self._name, inst=self._inst)

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError("Type %s cannot be instantiated; use %s() instead"
                            % (self._name, self.__origin__.__name__.lower()))
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        if not isinstance(self.__origin__, type):
            raise TypeError("Jyco: typing.%s has no runtime class to check against" % self._name)
        return issubclass(cls, self.__origin__)

    def __eq__(self, other):
        return isinstance(other, _SpecialGeneric) and self.__origin__ is other.__origin__ \
            and self._name == other._name

    def __hash__(self):
        return hash((self.__origin__, self._name))


class _AbstractOrigin:
    """The origin of an abstract collection alias (collections.abc is not in Jyco)."""

    def __init__(self, name):
        self.__name__ = self.__qualname__ = name
        self.__module__ = "collections.abc"

    def __repr__(self):
        return "<class 'collections.abc.%s'>" % self.__name__

    def __call__(self, *args, **kwargs):
        raise TypeError("Can't instantiate abstract class %s" % self.__name__)


def _abstract(name, nparams):
    return _SpecialGeneric(_AbstractOrigin(name), nparams, name, inst=False)


List = _SpecialGeneric(list, 1, "List", inst=False)
Dict = _SpecialGeneric(dict, 2, "Dict", inst=False)
Set = _SpecialGeneric(set, 1, "Set", inst=False)
FrozenSet = _SpecialGeneric(frozenset, 1, "FrozenSet", inst=False)
Tuple = _SpecialGeneric(tuple, -1, "Tuple", inst=False)
Type = _SpecialGeneric(type, 1, "Type", inst=False)
DefaultDict = _SpecialGeneric(collections.defaultdict, 2, "DefaultDict")
OrderedDict = _SpecialGeneric(collections.OrderedDict, 2, "OrderedDict")
Counter = _SpecialGeneric(collections.Counter, 1, "Counter")
Deque = _SpecialGeneric(collections.deque, 1, "Deque")
ChainMap = _SpecialGeneric(getattr(collections, "ChainMap", _AbstractOrigin("ChainMap")), 2, "ChainMap")
Callable = _SpecialGeneric(_AbstractOrigin("Callable"), -1, "Callable", inst=False)
Iterable = _abstract("Iterable", 1)
Iterator = _abstract("Iterator", 1)
Reversible = _abstract("Reversible", 1)
Sequence = _abstract("Sequence", 1)
MutableSequence = _abstract("MutableSequence", 1)
Mapping = _abstract("Mapping", 2)
MutableMapping = _abstract("MutableMapping", 2)
AbstractSet = _abstract("Set", 1)
AbstractSet._name = "AbstractSet"
MutableSet = _abstract("MutableSet", 1)
Collection = _abstract("Collection", 1)
Container = _abstract("Container", 1)
Hashable = _abstract("Hashable", 0)
Sized = _abstract("Sized", 0)
Generator = _abstract("Generator", 3)
AsyncGenerator = _abstract("AsyncGenerator", 2)
Awaitable = _abstract("Awaitable", 1)
Coroutine = _abstract("Coroutine", 3)
AsyncIterable = _abstract("AsyncIterable", 1)
AsyncIterator = _abstract("AsyncIterator", 1)
ItemsView = _abstract("ItemsView", 2)
KeysView = _abstract("KeysView", 1)
ValuesView = _abstract("ValuesView", 1)
ContextManager = _abstract("AbstractContextManager", 1)
ContextManager._name = "ContextManager"
IO = _abstract("IO", 1)
TextIO = _abstract("TextIO", 0)
BinaryIO = _abstract("BinaryIO", 0)
Pattern = _abstract("Pattern", 1)
Match = _abstract("Match", 1)
SupportsInt = _abstract("SupportsInt", 0)
SupportsFloat = _abstract("SupportsFloat", 0)
SupportsIndex = _abstract("SupportsIndex", 0)
SupportsAbs = _abstract("SupportsAbs", 1)
Text = str


class TypeVar(_Final, _root=True):
    """A type variable: T = TypeVar('T'), bounded or constrained."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        if constraints and bound is not None:
            raise TypeError("Constraints cannot be combined with bound=...")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        self.__constraints__ = tuple(_type_check(c, "") for c in constraints)
        self.__bound__ = _type_check(bound, "") if bound is not None else None
        try:
            self.__module__ = sys._getframe(1).f_globals.get("__name__", "__main__")
        except (AttributeError, ValueError):
            pass

    def __repr__(self):
        prefix = "+" if self.__covariant__ else "-" if self.__contravariant__ else "~"
        return prefix + self.__name__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __mro_entries__(self, bases):
        raise TypeError("Cannot subclass an instance of TypeVar")


class ParamSpec(_Final, _root=True):
    """A parameter specification variable: P = ParamSpec('P')."""

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__bound__ = bound
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)

    @property
    def args(self):
        return _ParamSpecPart(self, "args")

    @property
    def kwargs(self):
        return _ParamSpecPart(self, "kwargs")

    def __repr__(self):
        return "~" + self.__name__


class _ParamSpecPart:
    def __init__(self, origin, part):
        self.__origin__ = origin
        self._part = part

    def __repr__(self):
        return "%s.%s" % (self.__origin__.__name__, self._part)


AnyStr = TypeVar("AnyStr", bytes, str)


def _collect_parameters(arg):
    if isinstance(arg, (TypeVar, ParamSpec)):
        return (arg,)
    if isinstance(arg, _GenericAlias):
        return arg.__parameters__
    if isinstance(arg, (list, tuple)):
        out = []
        for a in arg:
            for p in _collect_parameters(a):
                if p not in out:
                    out.append(p)
        return tuple(out)
    return ()


def _substitute(arg, subst):
    if isinstance(arg, (TypeVar, ParamSpec)):
        return subst.get(arg, arg)
    if isinstance(arg, _GenericAlias) and arg.__parameters__:
        return arg[tuple(subst.get(p, p) for p in arg.__parameters__)]
    return arg


class Generic:
    """Base of user generic classes: class Box(Generic[T]): ..."""
    __slots__ = ()
    _is_protocol = False

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        if not params and cls is not Tuple:
            raise TypeError("Parameter list to %s[...] cannot be empty" % cls.__qualname__)
        params = tuple(_type_check(p, "") for p in params)
        if cls in (Generic, Protocol):
            for p in params:
                if not isinstance(p, (TypeVar, ParamSpec)):
                    raise TypeError("Parameters to %s[...] must all be type variables or parameter "
                                    "specification variables." % cls.__name__)
            if len(set(params)) != len(params):
                raise TypeError("Parameters to %s[...] must all be unique" % cls.__name__)
            return _GenericAlias(cls, params, name=cls.__name__)
        own = getattr(cls, "__parameters__", ())
        if len(params) != len(own):
            raise TypeError("Too %s arguments for %s; actual %d, expected %d"
                            % ("many" if len(params) > len(own) else "few", cls, len(params), len(own)))
        return _GenericAlias(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        tvars = []
        if "__orig_bases__" in cls.__dict__:
            error = Generic in cls.__orig_bases__
        else:
            error = Generic in cls.__bases__ and cls.__name__ != "Protocol"
        if error:
            raise TypeError("Cannot inherit from plain Generic")
        if "__orig_bases__" in cls.__dict__:
            gvars = None
            for base in cls.__orig_bases__:
                if isinstance(base, _GenericAlias) and base.__origin__ in (Generic, Protocol):
                    if gvars is not None:
                        raise TypeError("Cannot inherit from Generic[...] multiple types.")
                    gvars = base.__parameters__
            for p in _collect_parameters(cls.__orig_bases__):
                if p not in tvars:
                    tvars.append(p)
            if gvars is not None:
                missing = [t for t in tvars if t not in gvars]
                if missing:
                    raise TypeError("Some type variables (%s) are not listed in Generic[%s]"
                                    % (", ".join(str(t) for t in missing), ", ".join(str(g) for g in gvars)))
                tvars = list(gvars)
        cls.__parameters__ = tuple(tvars)


def _get_protocol_attrs(cls):
    attrs = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in ("Protocol", "Generic"):
            continue
        annotations = getattr(base, "__annotations__", {})
        for attr in list(base.__dict__.keys()) + list(annotations.keys()):
            if not attr.startswith("_abc_") and attr not in (
                    "__abstractmethods__", "__annotations__", "__weakref__", "_is_protocol",
                    "_is_runtime_protocol", "__dict__", "__args__", "__slots__", "__next_in_mro__",
                    "__parameters__", "__origin__", "__orig_bases__", "__extra__", "__tree_hash__",
                    "__doc__", "__subclasshook__", "__init__", "__new__", "__module__", "_MutableMapping__marker",
                    "__qualname__", "__orig_class__", "__protocol_attrs__", "__match_args__",
                    "__class_getitem__", "__init_subclass__"):
                attrs.add(attr)
    return attrs


class _ProtocolMeta(type):
    def __instancecheck__(cls, instance):
        if getattr(cls, "_is_protocol", False) and cls.__dict__.get("_is_protocol", False):
            if not getattr(cls, "_is_runtime_protocol", False):
                raise TypeError("Instance and class checks can only be used with @runtime_checkable protocols")
            for attr in _get_protocol_attrs(cls):
                if not hasattr(instance, attr):
                    return False
            return True
        return super().__instancecheck__(instance)

    def __subclasscheck__(cls, other):
        if getattr(cls, "_is_protocol", False) and cls.__dict__.get("_is_protocol", False):
            if not getattr(cls, "_is_runtime_protocol", False):
                raise TypeError("Instance and class checks can only be used with @runtime_checkable protocols")
            for attr in _get_protocol_attrs(cls):
                if not any(attr in base.__dict__ for base in other.__mro__):
                    return False
            return True
        return super().__subclasscheck__(other)


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base of structural types: class SupportsClose(Protocol): def close(self): ..."""
    __slots__ = ()
    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if not cls.__dict__.get("_is_protocol", False):
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)
        if cls._is_protocol and cls.__init__ is Protocol.__init__:
            pass

    def __new__(cls, *args, **kwargs):
        if cls.__dict__.get("_is_protocol", False):
            raise TypeError("Protocols cannot be instantiated")
        return super().__new__(cls)


def runtime_checkable(cls):
    """Class decorator: allows isinstance() with a Protocol (checks the attributes exist)."""
    if not (isinstance(cls, type) and issubclass(cls, Generic)) or not cls.__dict__.get("_is_protocol", False):
        raise TypeError("@runtime_checkable can be only applied to protocol classes, got %r" % cls)
    cls._is_runtime_protocol = True
    return cls


def cast(typ, val):
    """Returns val unchanged: tells a type checker that val has type typ."""
    return val


def assert_type(val, typ):
    """Returns val unchanged."""
    return val


def reveal_type(obj):
    """Prints the run-time type of obj to stderr and returns obj."""
    print("Runtime type is %r" % type(obj).__name__, file=sys.stderr)
    return obj


def assert_never(arg):
    """Raises AssertionError: the code should be unreachable."""
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + "..."
    raise AssertionError("Expected code to be unreachable, but got: %s" % value)


def _overload_dummy(*args, **kwds):
    raise NotImplementedError(
        "You should not call an overloaded function. A series of @overload-decorated functions "
        "outside a stub module should always be followed by an implementation that is not "
        "@overload-ed.")


def overload(func):
    """Decorator of the overload signatures of a function (the last, undecorated one runs)."""
    return _overload_dummy


def final(f):
    """Marks a method or class final (for type checkers); sets __final__."""
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    """Marks a function or class as not type checked."""
    try:
        arg.__no_type_check__ = True
    except TypeError:
        pass
    return arg


def get_origin(tp):
    """The unsubscripted form of a subscripted type (List[int] -> list), or None."""
    if isinstance(tp, _GenericAlias):
        return tp.__origin__
    if tp is Generic:
        return Generic
    return None


def get_args(tp):
    """The arguments of a subscripted type, as a tuple (() if none)."""
    if isinstance(tp, _CallableAlias):
        args = tp.__args__
        if args and args[0] is not ...:
            return (list(args[:-1]), args[-1])
        return args
    if isinstance(tp, _GenericAlias):
        return tp.__args__
    return ()


def _eval_hint(value, globalns, localns):
    if value is None:
        return type(None)
    if isinstance(value, str):
        value = eval(value, globalns, localns)
        return _eval_hint(value, globalns, localns)
    if isinstance(value, ForwardRef):
        return value._evaluate(globalns, localns)
    return value


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of a class, module or function, with strings evaluated."""
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            ann = base.__dict__.get("__annotations__", {})
            base_globals = globalns
            if base_globals is None:
                module = sys.modules.get(base.__module__)
                base_globals = getattr(module, "__dict__", {})
            for name, value in ann.items():
                hints[name] = _eval_hint(value, base_globals, dict(vars(base)) if localns is None else localns)
        return hints
    ann = getattr(obj, "__annotations__", None)
    if ann is None:
        raise TypeError("%r is not a module, class, method, or function." % (obj,))
    if globalns is None:
        globalns = getattr(obj, "__globals__", None)
        if globalns is None:
            globalns = getattr(obj, "__dict__", {})
    for name, value in ann.items():
        hints[name] = _eval_hint(value, globalns, localns)
    return hints


class NewType:
    """NewType('UserId', int): a callable returning its argument, distinct for type checkers."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        if "." in name:
            name = name.rpartition(".")[-1]
        self.__name__ = name
        self.__supertype__ = tp
        try:
            self.__module__ = sys._getframe(1).f_globals.get("__name__", "__main__")
        except (AttributeError, ValueError):
            self.__module__ = "__main__"

    def __repr__(self):
        return "%s.%s" % (self.__module__, self.__qualname__)

    def __call__(self, x):
        return x

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __mro_entries__(self, bases):
        raise TypeError("Cannot subclass an instance of NewType. Perhaps you were looking for: "
                        "`%s = NewType(%r, %s)`" % (self.__name__, self.__name__, self.__name__))


class Annotated:
    """Annotated[T, x, ...]: T with metadata."""

    def __new__(cls, *args, **kwargs):
        raise TypeError("Type Annotated cannot be instantiated.")

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple) or len(params) < 2:
            raise TypeError("Annotated[...] should be used with at least two arguments "
                            "(a type and an annotation).")
        return _AnnotatedAlias(_type_check(params[0], ""), params[1:])


class _AnnotatedAlias(_GenericAlias):
    def __init__(self, origin, metadata):
        super().__init__(origin, (origin,))
        self.__metadata__ = metadata

    def __repr__(self):
        return "typing.Annotated[%s, %s]" % (_type_repr(self.__origin__),
                                             ", ".join(repr(a) for a in self.__metadata__))

    def __eq__(self, other):
        if not isinstance(other, _AnnotatedAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__metadata__ == other.__metadata__

    def __hash__(self):
        return hash((self.__origin__, self.__metadata__))


_NT_RESERVED = frozenset({"__new__", "__init__", "__slots__", "__getnewargs__", "_fields",
                          "_field_defaults", "_make", "_replace", "_asdict", "_source"})


def _make_nmtuple(name, types, module, defaults=()):
    fields = [n for n, t in types]
    nm_tpl = collections.namedtuple(name, fields, defaults=defaults, module=module)
    nm_tpl.__annotations__ = dict(types)
    return nm_tpl


class NamedTupleMeta(type):
    def __new__(cls, typename, bases, ns):
        types = ns.get("__annotations__", {})
        default_names = []
        for field_name in types:
            if field_name in ns:
                default_names.append(field_name)
            elif default_names:
                raise TypeError("Non-default namedtuple field %s cannot follow default field%s %s"
                                % (field_name, "s" if len(default_names) > 1 else "",
                                   ", ".join(default_names)))
        nm_tpl = _make_nmtuple(typename, types.items(), ns["__module__"],
                               defaults=[ns[n] for n in default_names])
        for key in ns:
            if key in _NT_RESERVED:
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            if key not in ("__module__", "__qualname__", "__annotations__") and key not in nm_tpl._fields:
                setattr(nm_tpl, key, ns[key])
        return nm_tpl


def NamedTuple(typename, fields=None, /, **kwargs):
    """Typed namedtuple: class Point(NamedTuple): x: int; y: int = 0 (or the call form)."""
    if fields is None:
        fields = kwargs.items()
    elif kwargs:
        raise TypeError("Either list of fields or keywords can be provided to NamedTuple, not both")
    try:
        module = sys._getframe(1).f_globals.get("__name__", "__main__")
    except (AttributeError, ValueError):
        module = "__main__"
    return _make_nmtuple(typename, list(fields), module)


_NamedTuple = type.__new__(NamedTupleMeta, "NamedTuple", (), {})


def _namedtuple_mro_entries(bases):
    return (_NamedTuple,)


NamedTuple.__mro_entries__ = _namedtuple_mro_entries


class _TypedDictMeta(type):
    def __new__(cls, name, bases, ns, total=True):
        for base in bases:
            if type(base) is not _TypedDictMeta and base is not dict:
                raise TypeError("cannot inherit from both a TypedDict type and a non-TypedDict base class")
        tp_dict = type.__new__(_TypedDictMeta, name, (dict,), ns)
        annotations = {}
        required, optional = set(), set()
        for base in bases:
            annotations.update(base.__dict__.get("__annotations__", {}))
            required.update(base.__dict__.get("__required_keys__", ()))
            optional.update(base.__dict__.get("__optional_keys__", ()))
        own = ns.get("__annotations__", {})
        annotations.update(own)
        for key, tp in own.items():
            origin = getattr(tp, "__origin__", None)
            if origin is Required:
                required.add(key)
            elif origin is NotRequired:
                optional.add(key)
            elif total:
                required.add(key)
            else:
                optional.add(key)
        tp_dict.__annotations__ = annotations
        tp_dict.__required_keys__ = frozenset(required)
        tp_dict.__optional_keys__ = frozenset(optional)
        tp_dict.__total__ = total
        return tp_dict

    def __call__(cls, *args, **kwargs):
        return dict(*args, **kwargs)

    def __subclasscheck__(cls, other):
        raise TypeError("TypedDict does not support instance and class checks")

    __instancecheck__ = __subclasscheck__


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    """A dict with typed keys: class Movie(TypedDict): title: str (instances are plain dicts)."""
    if fields is None:
        fields = kwargs
    ns = {"__annotations__": dict(fields)}
    try:
        ns["__module__"] = sys._getframe(1).f_globals.get("__name__", "__main__")
    except (AttributeError, ValueError):
        pass
    return _TypedDictMeta(typename, (), ns, total=total)


_TypedDict = type.__new__(_TypedDictMeta, "TypedDict", (), {})


def _typeddict_mro_entries(bases):
    return (_TypedDict,)


TypedDict.__mro_entries__ = _typeddict_mro_entries
