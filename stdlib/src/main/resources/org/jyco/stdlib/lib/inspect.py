"""Inspecting live objects (Jyco's standard library, written for Jyco): the is* predicates,
getmembers, docstrings and sources, signature() with Signature/Parameter/BoundArguments, and
the frames sys._getframe gives. Jyco compiles to JVM bytecode, so there is no CPython bytecode
(co_code is empty) and frames know no locals."""

import sys
import types
import functools
import collections.abc

__all__ = ["ismodule", "isclass", "ismethod", "isfunction", "isgeneratorfunction",
           "iscoroutinefunction", "isasyncgenfunction", "isgenerator", "iscoroutine",
           "isasyncgen", "isawaitable", "isbuiltin", "isroutine", "isabstract",
           "ismethoddescriptor", "isdatadescriptor", "istraceback", "isframe", "iscode",
           "getmembers", "getmro", "getdoc", "cleandoc", "getmodule", "getfile",
           "getsourcefile", "getsource", "getsourcelines", "signature", "Signature",
           "Parameter", "BoundArguments", "getfullargspec", "FullArgSpec", "getcallargs",
           "currentframe", "stack", "unwrap", "getattr_static", "isgetsetdescriptor",
           "ismemberdescriptor", "CO_GENERATOR", "CO_COROUTINE", "CO_ASYNC_GENERATOR"]

CO_OPTIMIZED = 1
CO_NEWLOCALS = 2
CO_VARARGS = 4
CO_VARKEYWORDS = 8
CO_NESTED = 16
CO_GENERATOR = 32
CO_NOFREE = 64
CO_COROUTINE = 128
CO_ITERABLE_COROUTINE = 256
CO_ASYNC_GENERATOR = 512


# ------------------------------------------------------------------ predicates

def ismodule(object):
    return isinstance(object, types.ModuleType)


def isclass(object):
    return isinstance(object, type)


def ismethod(object):
    return isinstance(object, types.MethodType)


def isfunction(object):
    return isinstance(object, types.FunctionType)


def _has_flag(f, flag):
    f = unwrap(f) if isfunction(f) else f
    while ismethod(f):
        f = f.__func__
    f = functools._unwrap_partial(f) if hasattr(functools, "_unwrap_partial") else f
    return isfunction(f) and bool(f.__code__.co_flags & flag)


def isgeneratorfunction(obj):
    return _has_flag(obj, CO_GENERATOR)


def iscoroutinefunction(obj):
    return _has_flag(obj, CO_COROUTINE)


def isasyncgenfunction(obj):
    return _has_flag(obj, CO_ASYNC_GENERATOR)


def isgenerator(object):
    return isinstance(object, types.GeneratorType)


def iscoroutine(object):
    return isinstance(object, types.CoroutineType)


def isasyncgen(object):
    return isinstance(object, types.AsyncGeneratorType)


def isawaitable(object):
    return (isinstance(object, types.CoroutineType) or isinstance(object, collections.abc.Awaitable))


def istraceback(object):
    return isinstance(object, types.TracebackType)


def isframe(object):
    return isinstance(object, types.FrameType)


def iscode(object):
    return isinstance(object, types.CodeType)


def isbuiltin(object):
    return isinstance(object, types.BuiltinFunctionType)


def ismethoddescriptor(object):
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    tp = type(object)
    return hasattr(tp, "__get__") and not hasattr(tp, "__set__")


def isdatadescriptor(object):
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    tp = type(object)
    return hasattr(tp, "__set__") or hasattr(tp, "__delete__")


def isgetsetdescriptor(object):
    return type(object).__name__ == "getset_descriptor"


def ismemberdescriptor(object):
    return type(object).__name__ == "member_descriptor"


def isroutine(object):
    return (isbuiltin(object) or isfunction(object) or ismethod(object) or ismethoddescriptor(object))


def isabstract(object):
    return bool(isinstance(object, type) and getattr(object, "__abstractmethods__", None))


# ------------------------------------------------------------------ members and docs

def getmembers(object, predicate=None):
    """All (name, value) attributes of object, sorted by name."""
    if isclass(object):
        mro = (object,) + getmro(object)
    else:
        mro = ()
    results = []
    processed = set()
    names = dir(object)
    if isclass(object):
        try:
            for base in object.__bases__:
                for k, v in base.__dict__.items():
                    if isinstance(v, types.DynamicClassAttribute):
                        names.append(k)
        except AttributeError:
            pass
    for key in names:
        try:
            value = getattr(object, key)
            if key in processed:
                raise AttributeError
        except AttributeError:
            for base in mro:
                if key in base.__dict__:
                    value = base.__dict__[key]
                    break
            else:
                continue
        if not predicate or predicate(value):
            results.append((key, value))
        processed.add(key)
    results.sort(key=lambda pair: pair[0])
    return results


def getmro(cls):
    return cls.__mro__


def cleandoc(doc):
    """A docstring without the indentation its continuation lines share."""
    lines = doc.expandtabs().split("\n")
    margin = sys.maxsize
    for line in lines[1:]:
        content = len(line.lstrip())
        if content:
            margin = min(margin, len(line) - content)
    if lines:
        lines[0] = lines[0].lstrip()
    if margin < sys.maxsize:
        for i in range(1, len(lines)):
            lines[i] = lines[i][margin:]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return "\n".join(lines)


def getdoc(object):
    try:
        doc = object.__doc__
    except AttributeError:
        return None
    if doc is None and isclass(object):
        for base in object.__mro__[1:]:
            if base is object.__mro__[-1]:
                break
            doc = getattr(base, "__doc__", None)
            if doc is not None:
                break
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


def getmodule(object, _filename=None):
    if ismodule(object):
        return object
    name = getattr(object, "__module__", None)
    if name is not None:
        return sys.modules.get(name)
    return None


def getfile(object):
    if ismodule(object):
        f = getattr(object, "__file__", None)
        if f:
            return f
        raise TypeError("{!r} is a built-in module".format(object))
    if isclass(object):
        module = sys.modules.get(object.__module__)
        if getattr(module, "__file__", None):
            return module.__file__
        raise TypeError("{!r} is a built-in class".format(object))
    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        object = object.__code__
    if istraceback(object):
        object = object.tb_frame
    if isframe(object):
        object = object.f_code
    if iscode(object):
        return object.co_filename
    raise TypeError("module, class, method, function, traceback, frame, or code object was expected, got {}"
                    .format(type(object).__name__))


def getsourcefile(object):
    return getfile(object)


def _read_lines(filename):
    if filename.startswith("<jyco-stdlib>"):
        raise OSError("could not get source code")
    try:
        with open(filename, encoding="utf-8") as f:
            return f.read().splitlines(True)
    except OSError:
        raise OSError("could not get source code") from None


def getsourcelines(object):
    """(lines, first line number) of the source of a module, class, function or method."""
    object = unwrap(object) if isfunction(object) else object
    lines = _read_lines(getfile(object))
    if ismodule(object):
        return lines, 0
    if isclass(object):
        import re
        pat = re.compile(r"^(\s*)class\s*" + object.__name__ + r"\b")
        for i, line in enumerate(lines):
            if pat.match(line):
                return _block(lines, i), i + 1
        raise OSError("could not find class definition")
    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        object = object.__code__
    if iscode(object):
        start = object.co_firstlineno - 1
        # decorators come first; the def line follows
        return _block(lines, start), start + 1
    raise TypeError("module, class, method, function, traceback, frame, or code object was expected")


def _block(lines, start):
    """The lines of the statement starting at lines[start], with its indented body."""
    first = lines[start]
    indent = len(first) - len(first.lstrip())
    end = start + 1
    # through decorators to the def/class line
    while first.lstrip().startswith("@") and end < len(lines):
        first = lines[end]
        end += 1
    depth = 0
    for ch in first:
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
    while depth > 0 and end < len(lines):
        for ch in lines[end]:
            if ch in "([{":
                depth += 1
            elif ch in ")]}":
                depth -= 1
        end += 1
    if first.rstrip().endswith(":") or depth == 0 and first.rstrip().endswith(":"):
        while end < len(lines):
            line = lines[end]
            if line.strip() and len(line) - len(line.lstrip()) <= indent:
                break
            end += 1
        while end > start + 1 and not lines[end - 1].strip():
            end -= 1
    return lines[start:end]


def getsource(object):
    lines, _ = getsourcelines(object)
    return "".join(lines)


def unwrap(func, *, stop=None):
    """Follows __wrapped__ (functools.wraps) to the innermost function."""
    f = func
    seen = {id(f)}
    while hasattr(f, "__wrapped__") and not (stop is not None and stop(f)):
        f = f.__wrapped__
        if id(f) in seen:
            raise ValueError("wrapper loop when unwrapping {!r}".format(func))
        seen.add(id(f))
    return f


_sentinel = object()


def getattr_static(obj, attr, default=_sentinel):
    """An attribute found without running descriptors or __getattr__."""
    try:
        d = object.__getattribute__(obj, "__dict__")
    except AttributeError:
        d = {}
    if not isclass(obj) and attr in d:
        return d[attr]
    klass = obj if isclass(obj) else type(obj)
    for entry in klass.__mro__:
        if attr in entry.__dict__:
            return entry.__dict__[attr]
    if default is not _sentinel:
        return default
    raise AttributeError(attr)


# ------------------------------------------------------------------ frames

def currentframe():
    return sys._getframe(1)


class FrameInfo(tuple):
    def __new__(cls, frame, filename, lineno, function, code_context, index):
        return tuple.__new__(cls, (frame, filename, lineno, function, code_context, index))

    frame = property(lambda self: self[0])
    filename = property(lambda self: self[1])
    lineno = property(lambda self: self[2])
    function = property(lambda self: self[3])
    code_context = property(lambda self: self[4])
    index = property(lambda self: self[5])


def stack(context=1):
    out = []
    f = sys._getframe(1)
    while f is not None:
        out.append(FrameInfo(f, f.f_code.co_filename, f.f_lineno, f.f_code.co_name, None, None))
        f = f.f_back
    return out


# ------------------------------------------------------------------ signatures

class _empty:
    """Marker of a missing default or annotation."""


class _ParameterKind(int):
    def __new__(cls, value, name, description):
        self = int.__new__(cls, value)
        self._name = name
        self.description = description
        return self

    @property
    def name(self):
        return self._name

    def __repr__(self):
        return "<_ParameterKind.%s: %d>" % (self._name, int(self))

    def __str__(self):
        return self._name


_POSITIONAL_ONLY = _ParameterKind(0, "POSITIONAL_ONLY", "positional-only")
_POSITIONAL_OR_KEYWORD = _ParameterKind(1, "POSITIONAL_OR_KEYWORD", "positional or keyword")
_VAR_POSITIONAL = _ParameterKind(2, "VAR_POSITIONAL", "variadic positional")
_KEYWORD_ONLY = _ParameterKind(3, "KEYWORD_ONLY", "keyword-only")
_VAR_KEYWORD = _ParameterKind(4, "VAR_KEYWORD", "variadic keyword")


def _annotation_repr(a):
    if isinstance(a, type) and not isinstance(a, types.GenericAlias):
        if a.__module__ == "builtins":
            return a.__qualname__
        return a.__module__ + "." + a.__qualname__
    return repr(a)


class Parameter:
    """One parameter of a Signature: name, kind, default, annotation."""

    __slots__ = ("_name", "_kind", "_default", "_annotation")

    POSITIONAL_ONLY = _POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _VAR_POSITIONAL
    KEYWORD_ONLY = _KEYWORD_ONLY
    VAR_KEYWORD = _VAR_KEYWORD
    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        if kind not in (0, 1, 2, 3, 4):
            raise ValueError("value %r is not a valid Parameter.kind" % (kind,))
        kind = (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD, _VAR_POSITIONAL, _KEYWORD_ONLY, _VAR_KEYWORD)[kind]
        if default is not _empty and kind in (_VAR_POSITIONAL, _VAR_KEYWORD):
            raise ValueError("%s parameters cannot have default values" % kind.description)
        if not isinstance(name, str):
            raise TypeError("name must be a str, not a {}".format(type(name).__name__))
        if not name.isidentifier():
            raise ValueError("{!r} is not a valid parameter name".format(name))
        self._name = name
        self._kind = kind
        self._default = default
        self._annotation = annotation

    name = property(lambda self: self._name)
    kind = property(lambda self: self._kind)
    default = property(lambda self: self._default)
    annotation = property(lambda self: self._annotation)

    def replace(self, *, name=_sentinel, kind=_sentinel, annotation=_sentinel, default=_sentinel):
        return type(self)(self._name if name is _sentinel else name,
                          self._kind if kind is _sentinel else kind,
                          default=self._default if default is _sentinel else default,
                          annotation=self._annotation if annotation is _sentinel else annotation)

    def __str__(self):
        kind = self._kind
        formatted = self._name
        if self._annotation is not _empty:
            formatted = "{}: {}".format(formatted, _annotation_repr(self._annotation))
        if self._default is not _empty:
            if self._annotation is not _empty:
                formatted = "{} = {}".format(formatted, repr(self._default))
            else:
                formatted = "{}={}".format(formatted, repr(self._default))
        if kind == _VAR_POSITIONAL:
            formatted = "*" + formatted
        elif kind == _VAR_KEYWORD:
            formatted = "**" + formatted
        return formatted

    def __repr__(self):
        return '<{} "{}">'.format(self.__class__.__name__, self)

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._name == other._name and self._kind == other._kind
                and self._default == other._default and self._annotation == other._annotation)

    def __hash__(self):
        return hash((self._name, int(self._kind), self._annotation, self._default))


class BoundArguments:
    """The result of Signature.bind: arguments (a dict) by parameter name."""

    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    signature = property(lambda self: self._signature)

    @property
    def args(self):
        args = []
        for name, param in self._signature.parameters.items():
            if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                break
            try:
                arg = self.arguments[name]
            except KeyError:
                break
            if param.kind == _VAR_POSITIONAL:
                args.extend(arg)
            else:
                args.append(arg)
        return tuple(args)

    @property
    def kwargs(self):
        kwargs = {}
        started = False
        for name, param in self._signature.parameters.items():
            if not started:
                if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                    started = True
                elif name not in self.arguments:
                    started = True
                    continue
            if not started:
                continue
            try:
                arg = self.arguments[name]
            except KeyError:
                pass
            else:
                if param.kind == _VAR_KEYWORD:
                    kwargs.update(arg)
                else:
                    kwargs[name] = arg
        return kwargs

    def apply_defaults(self):
        arguments = self.arguments
        new = []
        for name, param in self._signature.parameters.items():
            try:
                new.append((name, arguments[name]))
            except KeyError:
                if param.default is not _empty:
                    val = param.default
                elif param.kind == _VAR_POSITIONAL:
                    val = ()
                elif param.kind == _VAR_KEYWORD:
                    val = {}
                else:
                    continue
                new.append((name, val))
        self.arguments = dict(new)

    def __eq__(self, other):
        if not isinstance(other, BoundArguments):
            return NotImplemented
        return self.signature == other.signature and self.arguments == other.arguments

    def __repr__(self):
        args = ["{}={!r}".format(arg, value) for arg, value in self.arguments.items()]
        return "<{} ({})>".format(self.__class__.__name__, ", ".join(args))


class Signature:
    """The parameters and return annotation of a callable."""

    __slots__ = ("_return_annotation", "_parameters")

    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty, __validate_parameters__=True):
        params = {}
        if parameters is not None:
            top_kind = _POSITIONAL_ONLY
            seen_default = False
            for param in parameters:
                kind = param.kind
                name = param.name
                if __validate_parameters__:
                    if kind < top_kind:
                        raise ValueError("wrong parameter order: {} parameter before {} parameter"
                                         .format(top_kind.description, kind.description))
                    elif kind > top_kind:
                        top_kind = kind
                    if kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
                        if param.default is _empty:
                            if seen_default:
                                raise ValueError("non-default argument follows default argument")
                        else:
                            seen_default = True
                if name in params:
                    raise ValueError("duplicate parameter name: {!r}".format(name))
                params[name] = param
        self._parameters = types.MappingProxyType(params)
        self._return_annotation = return_annotation

    parameters = property(lambda self: self._parameters)
    return_annotation = property(lambda self: self._return_annotation)

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
        return _signature_of(obj, follow_wrapped)

    def replace(self, *, parameters=_sentinel, return_annotation=_sentinel):
        if parameters is _sentinel:
            parameters = self.parameters.values()
        if return_annotation is _sentinel:
            return_annotation = self._return_annotation
        return type(self)(parameters, return_annotation=return_annotation)

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Signature):
            return NotImplemented
        return (self._return_annotation == other._return_annotation
                and list(self.parameters.items()) == list(other.parameters.items()))

    def __hash__(self):
        return hash((tuple(self.parameters.values()), self._return_annotation))

    def _bind(self, args, kwargs, *, partial=False):
        arguments = {}
        parameters = iter(self.parameters.values())
        parameters_ex = ()
        arg_vals = iter(args)
        while True:
            try:
                arg_val = next(arg_vals)
            except StopIteration:
                try:
                    param = next(parameters)
                except StopIteration:
                    break
                else:
                    if param.kind == _VAR_POSITIONAL:
                        break
                    elif param.name in kwargs:
                        if param.kind == _POSITIONAL_ONLY:
                            raise TypeError("{arg!r} parameter is positional only, but was passed as a keyword"
                                            .format(arg=param.name))
                        parameters_ex = (param,)
                        break
                    elif param.kind == _VAR_KEYWORD or param.default is not _empty:
                        parameters_ex = (param,)
                        break
                    else:
                        if partial:
                            parameters_ex = (param,)
                            break
                        raise TypeError("missing a required argument: {arg!r}".format(arg=param.name)) from None
            else:
                try:
                    param = next(parameters)
                except StopIteration:
                    raise TypeError("too many positional arguments") from None
                else:
                    if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                        raise TypeError("too many positional arguments") from None
                    if param.kind == _VAR_POSITIONAL:
                        values = [arg_val]
                        values.extend(arg_vals)
                        arguments[param.name] = tuple(values)
                        break
                    if param.name in kwargs and param.kind != _POSITIONAL_ONLY:
                        raise TypeError("multiple values for argument {arg!r}".format(arg=param.name)) from None
                    arguments[param.name] = arg_val
        kwargs_param = None
        for param in parameters_ex + tuple(parameters):
            if param.kind == _VAR_KEYWORD:
                kwargs_param = param
                continue
            if param.kind == _VAR_POSITIONAL:
                continue
            param_name = param.name
            try:
                arg_val = kwargs.pop(param_name)
            except KeyError:
                if not partial and param.kind != _VAR_POSITIONAL and param.default is _empty:
                    raise TypeError("missing a required argument: {arg!r}".format(arg=param_name)) from None
            else:
                if param.kind == _POSITIONAL_ONLY:
                    raise TypeError("{arg!r} parameter is positional only, but was passed as a keyword"
                                    .format(arg=param.name))
                arguments[param_name] = arg_val
        if kwargs:
            if kwargs_param is not None:
                arguments[kwargs_param.name] = kwargs
            else:
                raise TypeError("got an unexpected keyword argument {arg!r}".format(arg=next(iter(kwargs))))
        return BoundArguments(self, arguments)

    def bind(self, /, *args, **kwargs):
        return self._bind(args, kwargs)

    def bind_partial(self, /, *args, **kwargs):
        return self._bind(args, kwargs, partial=True)

    def __str__(self):
        result = []
        render_pos_only_separator = False
        render_kw_only_separator = True
        for param in self.parameters.values():
            formatted = str(param)
            kind = param.kind
            if kind == _POSITIONAL_ONLY:
                render_pos_only_separator = True
            elif render_pos_only_separator:
                result.append("/")
                render_pos_only_separator = False
            if kind == _VAR_POSITIONAL:
                render_kw_only_separator = False
            elif kind == _KEYWORD_ONLY and render_kw_only_separator:
                result.append("*")
                render_kw_only_separator = False
            result.append(formatted)
        if render_pos_only_separator:
            result.append("/")
        rendered = "({})".format(", ".join(result))
        if self.return_annotation is not _empty:
            rendered += " -> {}".format(_annotation_repr(self.return_annotation))
        return rendered

    def __repr__(self):
        return "<{} {}>".format(self.__class__.__name__, self)


def _signature_from_function(func):
    code = func.__code__
    pos_count = code.co_argcount
    posonly = code.co_posonlyargcount
    kwonly_count = code.co_kwonlyargcount
    names = code.co_varnames
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    annotations = func.__annotations__ or {}
    params = []
    non_default = pos_count - len(defaults)
    for i, name in enumerate(names[:pos_count]):
        kind = _POSITIONAL_ONLY if i < posonly else _POSITIONAL_OR_KEYWORD
        default = defaults[i - non_default] if i >= non_default else _empty
        params.append(Parameter(name, kind, default=default, annotation=annotations.get(name, _empty)))
    index = pos_count + kwonly_count
    if code.co_flags & CO_VARARGS:
        name = names[index]
        params.append(Parameter(name, _VAR_POSITIONAL, annotation=annotations.get(name, _empty)))
        index += 1
    for name in names[pos_count:pos_count + kwonly_count]:
        params.append(Parameter(name, _KEYWORD_ONLY, default=kwdefaults.get(name, _empty),
                                annotation=annotations.get(name, _empty)))
    if code.co_flags & CO_VARKEYWORDS:
        name = names[index]
        params.append(Parameter(name, _VAR_KEYWORD, annotation=annotations.get(name, _empty)))
    return Signature(params, return_annotation=annotations.get("return", _empty), __validate_parameters__=False)


def _signature_of(obj, follow_wrapped=True, skip_bound_arg=True):
    if not callable(obj):
        raise TypeError("{!r} is not a callable object".format(obj))
    if isinstance(obj, types.MethodType):
        sig = _signature_of(obj.__func__, follow_wrapped)
        params = tuple(sig.parameters.values())
        if not params or params[0].kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
            raise ValueError("invalid method signature")
        if params[0].kind == _VAR_POSITIONAL:
            return sig
        return sig.replace(parameters=params[1:])
    if follow_wrapped:
        obj = unwrap(obj, stop=lambda f: hasattr(f, "__signature__"))
    sig = getattr(obj, "__signature__", None)
    if sig is not None:
        if not isinstance(sig, Signature):
            raise TypeError("unexpected object {!r} in __signature__ attribute".format(sig))
        return sig
    if isfunction(obj):
        return _signature_from_function(obj)
    if isinstance(obj, functools.partial):
        sig = _signature_of(obj.func, follow_wrapped)
        return _partial_signature(sig, obj.args, obj.keywords)
    if isclass(obj):
        for name in ("__init__", "__new__"):
            for base in obj.__mro__:
                if name in base.__dict__:
                    meth = base.__dict__[name]
                    if base is object:
                        break
                    if isinstance(meth, staticmethod):
                        meth = meth.__func__
                    if isfunction(meth):
                        sig = _signature_from_function(meth)
                        params = tuple(sig.parameters.values())
                        return sig.replace(parameters=params[1:], return_annotation=_empty)
                    break
        return Signature()
    call = getattr(type(obj), "__call__", None)
    if isfunction(call):
        sig = _signature_from_function(call)
        return sig.replace(parameters=tuple(sig.parameters.values())[1:])
    raise ValueError("no signature found for {!r}".format(obj))


def _partial_signature(sig, args, keywords):
    params = list(sig.parameters.values())
    bound = sig.bind_partial(*args, **keywords)
    new_params = []
    for p in params:
        if p.name in bound.arguments and p.kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD) \
                and p.name not in keywords:
            continue
        if p.name in keywords:
            new_params.append(p.replace(default=keywords[p.name], kind=_KEYWORD_ONLY))
        elif p.kind == _POSITIONAL_OR_KEYWORD and any(q.kind == _KEYWORD_ONLY for q in new_params):
            new_params.append(p.replace(kind=_KEYWORD_ONLY))
        else:
            new_params.append(p)
    return sig.replace(parameters=new_params)


def signature(obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
    """The Signature of a callable."""
    return _signature_of(obj, follow_wrapped)


class FullArgSpec(tuple):
    _fields = ("args", "varargs", "varkw", "defaults", "kwonlyargs", "kwonlydefaults", "annotations")

    def __new__(cls, args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, annotations):
        return tuple.__new__(cls, (args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, annotations))

    args = property(lambda self: self[0])
    varargs = property(lambda self: self[1])
    varkw = property(lambda self: self[2])
    defaults = property(lambda self: self[3])
    kwonlyargs = property(lambda self: self[4])
    kwonlydefaults = property(lambda self: self[5])
    annotations = property(lambda self: self[6])

    def __repr__(self):
        return "FullArgSpec(" + ", ".join("%s=%r" % (f, v) for f, v in zip(self._fields, self)) + ")"


def getfullargspec(func):
    try:
        sig = _signature_of(func, follow_wrapped=False, skip_bound_arg=False)
    except Exception as ex:
        raise TypeError("unsupported callable") from ex
    args, kwonlyargs, annotations, defaults, kwdefaults = [], [], {}, (), {}
    varargs = varkw = None
    if sig.return_annotation is not _empty:
        annotations["return"] = sig.return_annotation
    for param in sig.parameters.values():
        kind = param.kind
        name = param.name
        if kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
            args.append(name)
            if param.default is not _empty:
                defaults += (param.default,)
        elif kind == _VAR_POSITIONAL:
            varargs = name
        elif kind == _KEYWORD_ONLY:
            kwonlyargs.append(name)
            if param.default is not _empty:
                kwdefaults[name] = param.default
        elif kind == _VAR_KEYWORD:
            varkw = name
        if param.annotation is not _empty:
            annotations[name] = param.annotation
    return FullArgSpec(args, varargs, varkw, defaults or None, kwonlyargs, kwdefaults or None, annotations)


def getcallargs(func, /, *positional, **named):
    """The arguments a call would bind, by parameter name (bound method's self included)."""
    if ismethod(func):
        positional = (func.__self__,) + positional
        func = func.__func__
    ba = signature(func).bind(*positional, **named)
    ba.apply_defaults()
    return dict(ba.arguments)
