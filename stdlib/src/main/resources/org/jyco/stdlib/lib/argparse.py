"""Command-line parsing (Jyco's standard library, written for Jyco).

A practical subset of CPython 3.11's argparse: the same API, messages, usage and help layout for
common parsers (optionals, positionals, nargs, actions, choices, types, sub-commands, groups).
"""

import os as _os
import re as _re
import sys as _sys

__all__ = ["ArgumentParser", "ArgumentError", "ArgumentTypeError", "BooleanOptionalAction", "FileType",
           "HelpFormatter", "ArgumentDefaultsHelpFormatter", "RawDescriptionHelpFormatter",
           "RawTextHelpFormatter", "MetavarTypeHelpFormatter", "Namespace", "Action", "ONE_OR_MORE",
           "OPTIONAL", "PARSER", "REMAINDER", "SUPPRESS", "ZERO_OR_MORE"]

SUPPRESS = "==SUPPRESS=="
OPTIONAL = "?"
ZERO_OR_MORE = "*"
ONE_OR_MORE = "+"
PARSER = "A..."
REMAINDER = "..."
_UNRECOGNIZED_ARGS_ATTR = "_unrecognized_args"


# ---------------------------------------------------------------- errors and namespaces

class ArgumentError(Exception):
    """A problem with one argument (or with the command line as a whole when argument is None)."""

    def __init__(self, argument, message):
        self.argument_name = _action_name(argument)
        self.message = message

    def __str__(self):
        if self.argument_name is None:
            return self.message
        return "argument %s: %s" % (self.argument_name, self.message)


class ArgumentTypeError(Exception):
    """Raised by type functions to give their own error message."""


class Namespace:
    """A plain object holding the parsed attributes."""

    def __init__(self, **kwargs):
        for k, v in kwargs.items():
            setattr(self, k, v)

    def __repr__(self):
        shown = []
        odd = {}
        for name, value in self.__dict__.items():
            if name.isidentifier():
                shown.append("%s=%r" % (name, value))
            else:
                odd[name] = value
        if odd:
            shown.append("**%r" % (odd,))
        return "%s(%s)" % (type(self).__name__, ", ".join(shown))

    def __eq__(self, other):
        if not isinstance(other, Namespace):
            return NotImplemented
        return vars(self) == vars(other)

    def __contains__(self, key):
        return key in self.__dict__


def _action_name(action):
    if action is None:
        return None
    if action.option_strings:
        return "/".join(action.option_strings)
    if action.metavar not in (None, SUPPRESS):
        return action.metavar
    if action.dest not in (None, SUPPRESS):
        return action.dest
    if action.choices:
        return "{" + ",".join(action.choices) + "}"
    return None


# ---------------------------------------------------------------- actions

class Action:
    """What to do with an argument once it is found on the command line."""

    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None, choices=None,
                 required=False, help=None, metavar=None):
        self.option_strings = option_strings
        self.dest = dest
        self.nargs = nargs
        self.const = const
        self.default = default
        self.type = type
        self.choices = choices
        self.required = required
        self.help = help
        self.metavar = metavar

    def format_usage(self):
        return self.option_strings[0]

    def __repr__(self):
        names = ["option_strings", "dest", "nargs", "const", "default", "type", "choices", "required", "help",
                 "metavar"]
        return "%s(%s)" % (type(self).__name__, ", ".join("%s=%r" % (n, getattr(self, n)) for n in names))

    def __call__(self, parser, namespace, values, option_string=None):
        raise NotImplementedError(".__call__() not defined")


class _StoreAction(Action):
    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None, choices=None,
                 required=False, help=None, metavar=None):
        if nargs == 0:
            raise ValueError("nargs for store actions must be != 0; if you have nothing to store, actions such "
                             "as store true or store const may be more appropriate")
        if const is not None and nargs != OPTIONAL:
            raise ValueError("nargs must be %r to supply const" % OPTIONAL)
        super().__init__(option_strings, dest, nargs, const, default, type, choices, required, help, metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values)


class _StoreConstAction(Action):
    def __init__(self, option_strings, dest, const=None, default=None, required=False, help=None, metavar=None):
        super().__init__(option_strings, dest, 0, const, default, None, None, required, help)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, self.const)


class _StoreTrueAction(_StoreConstAction):
    def __init__(self, option_strings, dest, default=False, required=False, help=None):
        super().__init__(option_strings, dest, True, default, required, help)


class _StoreFalseAction(_StoreConstAction):
    def __init__(self, option_strings, dest, default=True, required=False, help=None):
        super().__init__(option_strings, dest, False, default, required, help)


def _copied_list(items):
    if items is None:
        return []
    return list(items)


class _AppendAction(Action):
    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None, choices=None,
                 required=False, help=None, metavar=None):
        if nargs == 0:
            raise ValueError("nargs for append actions must be != 0; if arg strings are not supplying the value "
                             "to append, the append const action may be more appropriate")
        super().__init__(option_strings, dest, nargs, const, default, type, choices, required, help, metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        items = _copied_list(getattr(namespace, self.dest, None))
        items.append(values)
        setattr(namespace, self.dest, items)


class _AppendConstAction(Action):
    def __init__(self, option_strings, dest, const=None, default=None, required=False, help=None, metavar=None):
        super().__init__(option_strings, dest, 0, const, default, None, None, required, help, metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        items = _copied_list(getattr(namespace, self.dest, None))
        items.append(self.const)
        setattr(namespace, self.dest, items)


class _ExtendAction(_AppendAction):
    def __call__(self, parser, namespace, values, option_string=None):
        items = _copied_list(getattr(namespace, self.dest, None))
        items.extend(values)
        setattr(namespace, self.dest, items)


class _CountAction(Action):
    def __init__(self, option_strings, dest, default=None, required=False, help=None):
        super().__init__(option_strings, dest, 0, None, default, None, None, required, help)

    def __call__(self, parser, namespace, values, option_string=None):
        count = getattr(namespace, self.dest, None)
        setattr(namespace, self.dest, (count or 0) + 1)


class _HelpAction(Action):
    def __init__(self, option_strings, dest=SUPPRESS, default=SUPPRESS, help=None):
        super().__init__(option_strings, dest, 0, None, default, None, None, False, help)

    def __call__(self, parser, namespace, values, option_string=None):
        parser.print_help()
        parser.exit()


class _VersionAction(Action):
    def __init__(self, option_strings, version=None, dest=SUPPRESS, default=SUPPRESS,
                 help="show program's version number and exit"):
        super().__init__(option_strings, dest, 0, None, default, None, None, False, help)
        self.version = version

    def __call__(self, parser, namespace, values, option_string=None):
        version = self.version if self.version is not None else parser.version
        text = version % {"prog": parser.prog}
        _sys.stdout.write(text + "\n")
        parser.exit()


class BooleanOptionalAction(Action):
    """--flag / --no-flag pairs."""

    def __init__(self, option_strings, dest, default=None, type=None, choices=None, required=False, help=None,
                 metavar=None):
        strings = []
        for s in option_strings:
            strings.append(s)
            if s.startswith("--"):
                strings.append("--no-" + s[2:])
        if help is not None and default is not None and default is not SUPPRESS:
            help += " (default: %(default)s)"
        super().__init__(strings, dest, 0, None, default, type, choices, required, help, metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        if option_string in self.option_strings:
            setattr(namespace, self.dest, not option_string.startswith("--no-"))

    def format_usage(self):
        return " | ".join(self.option_strings)


class _ChoicePseudoAction(Action):
    def __init__(self, name, aliases, help):
        metavar = name
        if aliases:
            metavar += " (%s)" % ", ".join(aliases)
        super().__init__([], name, help=help, metavar=metavar)


class _SubParsersAction(Action):
    def __init__(self, option_strings, prog, parser_class, dest=SUPPRESS, required=False, help=None, metavar=None):
        self._prog_prefix = prog
        self._parser_class = parser_class
        self._name_parser_map = {}
        self._choices_actions = []
        super().__init__(option_strings, dest, PARSER, None, None, None, self._name_parser_map, required, help,
                         metavar)

    def add_parser(self, name, **kwargs):
        if kwargs.get("prog") is None:
            kwargs["prog"] = "%s %s" % (self._prog_prefix, name)
        aliases = kwargs.pop("aliases", ())
        if name in self._name_parser_map:
            raise ArgumentError(self, "conflicting subparser: %s" % name)
        for alias in aliases:
            if alias in self._name_parser_map:
                raise ArgumentError(self, "conflicting subparser alias: %s" % alias)
        if "help" in kwargs:
            self._choices_actions.append(_ChoicePseudoAction(name, aliases, kwargs.pop("help")))
        parser = self._parser_class(**kwargs)
        self._name_parser_map[name] = parser
        for alias in aliases:
            self._name_parser_map[alias] = parser
        return parser

    def _get_subactions(self):
        return self._choices_actions

    def __call__(self, parser, namespace, values, option_string=None):
        name = values[0]
        rest = values[1:]
        if self.dest is not SUPPRESS:
            setattr(namespace, self.dest, name)
        try:
            sub = self._name_parser_map[name]
        except KeyError:
            choices = ", ".join(map(repr, self._name_parser_map))
            raise ArgumentError(self, "unknown parser %r (choices: %s)" % (name, choices))
        subns, rest = sub.parse_known_args(rest, None)
        for k, v in vars(subns).items():
            setattr(namespace, k, v)
        if rest:
            vars(namespace).setdefault(_UNRECOGNIZED_ARGS_ATTR, [])
            getattr(namespace, _UNRECOGNIZED_ARGS_ATTR).extend(rest)


class FileType:
    """A type= factory opening the named file (only '-' and text modes)."""

    def __init__(self, mode="r", bufsize=-1, encoding=None, errors=None):
        self._mode = mode
        self._encoding = encoding
        self._errors = errors

    def __call__(self, string):
        if string == "-":
            return _sys.stdin if "r" in self._mode else _sys.stdout
        try:
            return open(string, self._mode, encoding=self._encoding, errors=self._errors)
        except OSError as e:
            raise ArgumentTypeError("can't open '%s': %s" % (string, e))


_ACTIONS = {
    None: _StoreAction, "store": _StoreAction, "store_const": _StoreConstAction, "store_true": _StoreTrueAction,
    "store_false": _StoreFalseAction, "append": _AppendAction, "append_const": _AppendConstAction,
    "count": _CountAction, "help": _HelpAction, "version": _VersionAction, "parsers": _SubParsersAction,
    "extend": _ExtendAction,
}


# ---------------------------------------------------------------- help formatting

def _wrap(text, width):
    """Greedy word wrap of whitespace-separated words (long words stay whole)."""
    words = text.split()
    lines = []
    line = ""
    for w in words:
        if line and len(line) + 1 + len(w) > width:
            lines.append(line)
            line = w
        else:
            line = line + " " + w if line else w
    if line:
        lines.append(line)
    return lines


class HelpFormatter:
    """Lays out usage and help: a usage line, sections of actions with help in a column."""

    def __init__(self, prog, indent_increment=2, max_help_position=24, width=None):
        if width is None:
            try:
                width = int(_os.environ.get("COLUMNS", "80"))
            except ValueError:
                width = 80
            width -= 2
        self._prog = prog
        self._indent_increment = indent_increment
        self._width = width
        self._max_help_position = min(max_help_position, max(width - 20, indent_increment * 2))

    # ---- text

    def _split_lines(self, text, width):
        return _wrap(text, width)

    def _fill_text(self, text, width, indent):
        return "\n".join(indent + line for line in _wrap(text, width))

    def _get_help_string(self, action):
        return action.help

    def _expand_help(self, action):
        params = dict(vars(action), prog=self._prog)
        for name in list(params):
            if params[name] is SUPPRESS:
                del params[name]
        for name in list(params):
            if hasattr(params[name], "__name__"):
                params[name] = params[name].__name__
        if params.get("choices") is not None:
            params["choices"] = ", ".join([str(c) for c in params["choices"]])
        return self._get_help_string(action) % params

    # ---- metavars

    def _get_default_metavar_for_optional(self, action):
        return action.dest.upper()

    def _get_default_metavar_for_positional(self, action):
        return action.dest

    def _metavar_formatter(self, action, default):
        if action.metavar is not None:
            result = action.metavar
        elif action.choices is not None:
            result = "{%s}" % ",".join(map(str, action.choices))
        else:
            result = default

        def fmt(n):
            if isinstance(result, tuple):
                return result
            return (result,) * n
        return fmt

    def _format_args(self, action, default):
        get = self._metavar_formatter(action, default)
        n = action.nargs
        if n is None:
            return "%s" % get(1)
        if n == OPTIONAL:
            return "[%s]" % get(1)
        if n == ZERO_OR_MORE:
            m = get(1)
            if len(m) == 2:
                return "[%s [%s ...]]" % m
            return "[%s ...]" % m
        if n == ONE_OR_MORE:
            return "%s [%s ...]" % get(2)
        if n == REMAINDER:
            return "..."
        if n == PARSER:
            return "%s ..." % get(1)
        if n == SUPPRESS:
            return ""
        try:
            parts = ["%s" % m for m in get(n)]
        except TypeError:
            raise ValueError("invalid nargs value") from None
        return " ".join(parts)

    def _format_action_invocation(self, action):
        if not action.option_strings:
            default = self._get_default_metavar_for_positional(action)
            return " ".join(self._metavar_formatter(action, default)(1))
        if action.nargs == 0:
            return ", ".join(action.option_strings)
        default = self._get_default_metavar_for_optional(action)
        args = self._format_args(action, default)
        return ", ".join("%s %s" % (s, args) for s in action.option_strings)

    # ---- usage

    def _usage_part(self, action):
        if not action.option_strings:
            default = self._get_default_metavar_for_positional(action)
            part = self._format_args(action, default)
            return part
        if action.nargs == 0:
            part = action.format_usage()
        else:
            default = self._get_default_metavar_for_optional(action)
            part = "%s %s" % (action.option_strings[0], self._format_args(action, default))
        return part

    def _usage_parts(self, actions, groups):
        """Usage words of optionals and positionals, with mutually exclusive groups bracketed."""
        group_of = {}
        for g in groups:
            for a in g._group_actions:
                group_of.setdefault(id(a), g)
        opt, pos = [], []
        done = set()
        for a in actions:
            if a.help is SUPPRESS or id(a) in done:
                continue
            g = group_of.get(id(a))
            target = opt if a.option_strings else pos
            if g is not None and len([x for x in g._group_actions if x.help is not SUPPRESS]) > 0:
                members = [x for x in g._group_actions if x.help is not SUPPRESS and x in actions]
                for x in g._group_actions:
                    done.add(id(x))
                if len(members) == 1 and not g.required:
                    part = self._usage_part(members[0])
                    if members[0].option_strings and not members[0].required:
                        part = "[%s]" % part
                    target.append(part)
                    continue
                inner = " | ".join(self._usage_part(x) for x in members)
                target.append(("(%s)" if g.required else "[%s]") % inner)
                continue
            done.add(id(a))
            part = self._usage_part(a)
            if a.option_strings and not a.required:
                part = "[%s]" % part
            if part:
                target.append(part)
        return opt, pos

    def format_usage(self, usage, actions, groups, prefix="usage: "):
        prog = self._prog
        if usage is not None:
            return "%s%s\n\n" % (prefix, usage % {"prog": prog})
        opt, pos = self._usage_parts(actions, groups)
        text = " ".join([prog] + opt + pos)
        width = self._width
        if len(prefix) + len(text) > width:
            def lines_of(parts, indent, first_prefix=None):
                lines = []
                line = []
                used = len(first_prefix) - 1 if first_prefix is not None else len(indent) - 1
                for p in parts:
                    if line and used + 1 + len(p) > width:
                        lines.append(indent + " ".join(line))
                        line = []
                        used = len(indent) - 1
                    line.append(p)
                    used += len(p) + 1
                if line:
                    lines.append(indent + " ".join(line))
                if first_prefix is not None:
                    lines[0] = lines[0][len(indent):]
                return lines
            if len(prefix) + len(prog) <= 0.75 * width:
                indent = " " * (len(prefix) + len(prog) + 1)
                if opt:
                    lines = lines_of([prog] + opt, indent, prefix)
                    lines.extend(lines_of(pos, indent))
                elif pos:
                    lines = lines_of([prog] + pos, indent, prefix)
                else:
                    lines = [prog]
            else:
                indent = " " * len(prefix)
                lines = lines_of(opt + pos, indent)
                if len(lines) > 1:
                    lines = lines_of(opt, indent)
                    lines.extend(lines_of(pos, indent))
                lines = [prog] + lines
            text = "\n".join(lines)
        return "%s%s\n\n" % (prefix, text)

    # ---- sections

    def _invocation_lengths(self, actions, indent):
        n = 0
        for a in actions:
            if a.help is SUPPRESS:
                continue
            n = max(n, len(self._format_action_invocation(a)) + indent)
            sub = getattr(a, "_get_subactions", None)
            if sub is not None:
                n = max(n, self._invocation_lengths(sub(), indent + self._indent_increment))
        return n

    def _format_action(self, action, indent, help_position):
        help_width = max(self._width - help_position, 11)
        action_width = help_position - indent - 2
        header = self._format_action_invocation(action)
        out = []
        if not action.help:
            out.append("%*s%s\n" % (indent, "", header))
        else:
            lines = self._split_lines(self._expand_help(action), help_width)
            if len(header) <= action_width:
                out.append("%*s%-*s  " % (indent, "", action_width, header))
                first = True
            else:
                out.append("%*s%s\n" % (indent, "", header))
                first = False
            for i, line in enumerate(lines):
                if i == 0 and first:
                    out.append(line + "\n")
                else:
                    out.append("%*s%s\n" % (help_position, "", line))
            if not lines and first:
                out.append("\n")
        sub = getattr(action, "_get_subactions", None)
        if sub is not None:
            for s in sub():
                out.append(self._format_action(s, indent + self._indent_increment, help_position))
        return "".join(out)

    def format_help(self, parser):
        parts = [self.format_usage(parser.usage, parser._actions, parser._mutually_exclusive_groups)]
        if parser.description:
            parts.append(self._fill_text(parser.description, self._width, "") + "\n\n")
        all_actions = [a for g in parser._action_groups for a in g._group_actions]
        longest = self._invocation_lengths(all_actions, self._indent_increment)
        help_position = min(longest + 2, self._max_help_position)
        for g in parser._action_groups:
            shown = [a for a in g._group_actions if a.help is not SUPPRESS]
            if not shown and not g.description:
                continue
            block = ["%s:\n" % g.title] if g.title else []
            if g.description:
                block.append(self._fill_text(g.description, max(self._width - 2, 11), "  ") + "\n\n")
            for a in shown:
                block.append(self._format_action(a, self._indent_increment, help_position))
            parts.append("".join(block) + "\n")
        if parser.epilog:
            parts.append(self._fill_text(parser.epilog, self._width, "") + "\n\n")
        text = _re.sub(r"\n\n\n+", "\n\n", "".join(parts))
        return text.strip("\n") + "\n"


class RawDescriptionHelpFormatter(HelpFormatter):
    """Keeps the description and epilog as written."""

    def _fill_text(self, text, width, indent):
        return "".join(indent + line for line in text.splitlines(keepends=True))


class RawTextHelpFormatter(RawDescriptionHelpFormatter):
    """Keeps all help text as written."""

    def _split_lines(self, text, width):
        return text.splitlines()


class ArgumentDefaultsHelpFormatter(HelpFormatter):
    """Adds ' (default: ...)' to each help text."""

    def _get_help_string(self, action):
        text = action.help
        if text is None:
            text = ""
        if "%(default)" not in text and action.default is not SUPPRESS:
            if action.option_strings or action.nargs in (OPTIONAL, ZERO_OR_MORE):
                text += " (default: %(default)s)"
        return text


class MetavarTypeHelpFormatter(HelpFormatter):
    """Uses the type's name as the default metavar."""

    def _get_default_metavar_for_optional(self, action):
        return action.type.__name__

    def _get_default_metavar_for_positional(self, action):
        return action.type.__name__


# ---------------------------------------------------------------- containers and groups

class _ActionsContainer:
    def __init__(self, description, prefix_chars, argument_default, conflict_handler):
        self.description = description
        self.prefix_chars = prefix_chars
        self.argument_default = argument_default
        self.conflict_handler = conflict_handler

    def set_defaults(self, **kwargs):
        self._defaults.update(kwargs)
        for a in self._actions:
            if a.dest in kwargs:
                a.default = kwargs[a.dest]

    def get_default(self, dest):
        for a in self._actions:
            if a.dest == dest and a.default is not None:
                return a.default
        return self._defaults.get(dest, None)

    def add_argument(self, *args, **kwargs):
        chars = self.prefix_chars
        if not args or (len(args) == 1 and args[0][:1] not in chars):
            if args and "dest" in kwargs:
                raise ValueError("dest supplied twice for positional argument")
            kwargs = self._positional_kwargs(*args, **kwargs)
        else:
            kwargs = self._optional_kwargs(*args, **kwargs)
        if "default" not in kwargs:
            dest = kwargs["dest"]
            if dest in self._defaults:
                kwargs["default"] = self._defaults[dest]
            elif self.argument_default is not None:
                kwargs["default"] = self.argument_default
        action_name = kwargs.pop("action", None)
        action_class = _ACTIONS.get(action_name, action_name) if not callable(action_name) or \
            isinstance(action_name, str) else action_name
        if isinstance(action_name, str) and action_name not in _ACTIONS:
            raise ValueError("unknown action \"%s\"" % (action_name,))
        if not callable(action_class):
            raise ValueError("unknown action \"%s\"" % (action_class,))
        action = action_class(**kwargs)
        type_func = action.type
        if type_func is not None and not callable(type_func):
            raise ValueError("%r is not callable" % (type_func,))
        if type_func is FileType:
            raise ValueError("%r is a FileType class object, instance of it must be passed" % (type_func,))
        return self._add_action(action)

    def _positional_kwargs(self, dest, **kwargs):
        if "required" in kwargs:
            raise TypeError("'required' is an invalid argument for positionals")
        if kwargs.get("nargs") not in (OPTIONAL, ZERO_OR_MORE):
            kwargs["required"] = True
        if kwargs.get("nargs") == ZERO_OR_MORE and "default" not in kwargs:
            kwargs["required"] = True
        return dict(kwargs, dest=dest, option_strings=[])

    def _optional_kwargs(self, *args, **kwargs):
        option_strings = []
        long_strings = []
        for s in args:
            if s[:1] not in self.prefix_chars:
                raise ValueError("invalid option string %r: must start with a character %r"
                                 % (s, self.prefix_chars))
            option_strings.append(s)
            if len(s) > 1 and s[1] in self.prefix_chars:
                long_strings.append(s)
        dest = kwargs.pop("dest", None)
        if dest is None:
            first = long_strings[0] if long_strings else option_strings[0]
            dest = first.lstrip(self.prefix_chars)
            if not dest:
                raise ValueError("dest= is required for options like %r" % (first,))
            dest = dest.replace("-", "_")
        return dict(kwargs, dest=dest, option_strings=option_strings)

    def _add_action(self, action):
        for s in action.option_strings:
            if s in self._option_string_actions:
                other = self._option_string_actions[s]
                if self.conflict_handler == "resolve":
                    other.option_strings.remove(s)
                    del self._option_string_actions[s]
                    if not other.option_strings:
                        other.container._remove_action(other)
                else:
                    raise ArgumentError(action, "conflicting option string: %s" % s)
        self._actions.append(action)
        action.container = self
        for s in action.option_strings:
            self._option_string_actions[s] = action
            if _NEGATIVE_NUMBER.match(s) and not self._has_negative_number_optionals:
                self._has_negative_number_optionals.append(True)
        return action

    def _remove_action(self, action):
        self._actions.remove(action)

    def add_argument_group(self, *args, **kwargs):
        group = _ArgumentGroup(self, *args, **kwargs)
        self._action_groups.append(group)
        return group

    def add_mutually_exclusive_group(self, **kwargs):
        group = _MutuallyExclusiveGroup(self, **kwargs)
        self._mutually_exclusive_groups.append(group)
        return group


_NEGATIVE_NUMBER = _re.compile(r"^-\d+$|^-\d*\.\d+$")


class _ArgumentGroup(_ActionsContainer):
    def __init__(self, container, title=None, description=None, **kwargs):
        super().__init__(description, kwargs.get("prefix_chars", container.prefix_chars),
                         kwargs.get("argument_default", container.argument_default),
                         kwargs.get("conflict_handler", container.conflict_handler))
        self.title = title
        self._group_actions = []
        self._container = container
        self._actions = container._actions
        self._option_string_actions = container._option_string_actions
        self._defaults = container._defaults
        self._has_negative_number_optionals = container._has_negative_number_optionals
        self._mutually_exclusive_groups = container._mutually_exclusive_groups
        self._action_groups = container._action_groups

    def _add_action(self, action):
        action = super()._add_action(action)
        self._group_actions.append(action)
        return action

    def _remove_action(self, action):
        super()._remove_action(action)
        self._group_actions.remove(action)

    def add_argument_group(self, *args, **kwargs):
        return self._container.add_argument_group(*args, **kwargs)


class _MutuallyExclusiveGroup(_ArgumentGroup):
    def __init__(self, container, required=False):
        super().__init__(container)
        self.required = required

    def _add_action(self, action):
        if action.required:
            raise ValueError("mutually exclusive arguments must be optional")
        action = self._container._add_action(action)
        self._group_actions.append(action)
        return action

    def _remove_action(self, action):
        self._container._remove_action(action)
        self._group_actions.remove(action)


# ---------------------------------------------------------------- the parser

class ArgumentParser(_ActionsContainer):
    """Parses command-line strings into a Namespace."""

    def __init__(self, prog=None, usage=None, description=None, epilog=None, parents=[],
                 formatter_class=HelpFormatter, prefix_chars="-", fromfile_prefix_chars=None,
                 argument_default=None, conflict_handler="error", add_help=True, allow_abbrev=True,
                 exit_on_error=True):
        super().__init__(description, prefix_chars, argument_default, conflict_handler)
        if prog is None:
            prog = _os.path.basename(_sys.argv[0]) if _sys.argv else "python"
        self.prog = prog
        self.usage = usage
        self.epilog = epilog
        self.formatter_class = formatter_class
        self.fromfile_prefix_chars = fromfile_prefix_chars
        self.add_help = add_help
        self.allow_abbrev = allow_abbrev
        self.exit_on_error = exit_on_error
        self._actions = []
        self._option_string_actions = {}
        self._action_groups = []
        self._mutually_exclusive_groups = []
        self._defaults = {}
        self._has_negative_number_optionals = []
        self._subparsers = None
        self._positionals = self.add_argument_group("positional arguments")
        self._optionals = self.add_argument_group("options")
        default_prefix = "-" if "-" in prefix_chars else prefix_chars[0]
        if add_help:
            self.add_argument(default_prefix + "h", default_prefix * 2 + "help", action="help", default=SUPPRESS,
                              help="show this help message and exit")
        for parent in parents:
            self._defaults.update(parent._defaults)
            group_map = {}
            for g in parent._action_groups:
                if g.title == "positional arguments":
                    group_map[id(g)] = self._positionals
                elif g.title == "options":
                    group_map[id(g)] = self._optionals
                else:
                    group_map[id(g)] = self.add_argument_group(g.title, g.description)
            for g in parent._action_groups:
                for a in g._group_actions:
                    group_map[id(g)]._add_action(a)
            for mg in parent._mutually_exclusive_groups:
                new = self.add_mutually_exclusive_group(required=mg.required)
                new._group_actions.extend(mg._group_actions)

    def _add_action(self, action):
        if action.option_strings:
            self._optionals._add_action(action)
        else:
            self._positionals._add_action(action)
        return action

    def add_subparsers(self, **kwargs):
        if self._subparsers is not None:
            self.error("cannot have multiple subparser arguments")
        kwargs.setdefault("parser_class", type(self))
        if "title" in kwargs or "description" in kwargs:
            title = kwargs.pop("title", "subcommands")
            description = kwargs.pop("description", None)
            self._subparsers = self.add_argument_group(title, description)
        else:
            self._subparsers = self._positionals
        if kwargs.get("prog") is None:
            formatter = self._get_formatter()
            positionals = [a for a in self._actions if not a.option_strings]
            _, pos = formatter._usage_parts(positionals, self._mutually_exclusive_groups)
            kwargs["prog"] = " ".join([self.prog] + pos)
        action_class = kwargs.pop("action", _SubParsersAction)
        action = action_class(option_strings=[], **kwargs)
        self._subparsers._add_action(action)
        return action

    # ---- parsing

    def parse_args(self, args=None, namespace=None):
        args, argv = self.parse_known_args(args, namespace)
        if argv:
            self.error("unrecognized arguments: %s" % " ".join(argv))
        return args

    def parse_known_args(self, args=None, namespace=None):
        if args is None:
            args = _sys.argv[1:]
        else:
            args = list(args)
        if namespace is None:
            namespace = Namespace()
        for a in self._actions:
            if a.dest is not SUPPRESS and not hasattr(namespace, a.dest) and a.default is not SUPPRESS:
                setattr(namespace, a.dest, a.default)
        for dest, value in self._defaults.items():
            if not hasattr(namespace, dest):
                setattr(namespace, dest, value)
        if self.exit_on_error:
            try:
                namespace, args = self._parse_known_args(args, namespace)
            except ArgumentError as err:
                self.error(str(err))
        else:
            namespace, args = self._parse_known_args(args, namespace)
        if hasattr(namespace, _UNRECOGNIZED_ARGS_ATTR):
            args.extend(getattr(namespace, _UNRECOGNIZED_ARGS_ATTR))
            delattr(namespace, _UNRECOGNIZED_ARGS_ATTR)
        return namespace, args

    def _classify(self, args):
        """Per argument: 'O' for an option string, 'A' for a value; '--' becomes '-'."""
        kinds = []
        found = {}
        rest_are_args = False
        for i, s in enumerate(args):
            if rest_are_args:
                kinds.append("A")
            elif s == "--":
                kinds.append("-")
                rest_are_args = True
            else:
                opt = self._parse_optional(s)
                if opt is None:
                    kinds.append("A")
                else:
                    found[i] = opt
                    kinds.append("O")
        return "".join(kinds), found

    def _parse_optional(self, s):
        """(action or None, option string, explicit value or None) if s is an option, else None."""
        if not s or s[0] not in self.prefix_chars:
            return None
        if s in self._option_string_actions:
            return self._option_string_actions[s], s, None
        if len(s) == 1:
            return None
        if "=" in s:
            name, value = s.split("=", 1)
            if name in self._option_string_actions:
                return self._option_string_actions[name], name, value
        matches = self._prefix_matches(s)
        if len(matches) > 1:
            options = ", ".join(m[1] for m in matches)
            self.error("ambiguous option: %s could match %s" % (s, options))
        if len(matches) == 1:
            return matches[0]
        if _NEGATIVE_NUMBER.match(s) and not self._has_negative_number_optionals:
            return None
        if " " in s:
            return None
        return None, s, None

    def _prefix_matches(self, s):
        out = []
        chars = self.prefix_chars
        if s[0] in chars and len(s) > 1 and s[1] in chars:
            if not self.allow_abbrev:
                return out
            if "=" in s:
                prefix, value = s.split("=", 1)
            else:
                prefix, value = s, None
            for name, action in self._option_string_actions.items():
                if name.startswith(prefix):
                    out.append((action, name, value))
        else:
            short = s[:2]
            value = s[2:]
            for name, action in self._option_string_actions.items():
                if name == short:
                    out.append((action, name, value))
                elif self.allow_abbrev and len(name) > 2 and name[1] not in chars and name.startswith(s):
                    out.append((action, name, None))
        return out

    @staticmethod
    def _nargs_regex(action):
        n = action.nargs
        if n is None:
            r = "(-*A-*)"
        elif n == OPTIONAL:
            r = "(-*A?-*)"
        elif n == ZERO_OR_MORE:
            r = "(-*[A-]*)"
        elif n == ONE_OR_MORE:
            r = "(-*A[A-]*)"
        elif n == REMAINDER:
            r = "([-AO]*)"
        elif n == PARSER:
            r = "(-*A[-AO]*)"
        elif n == SUPPRESS:
            r = "(-*-*)"
        else:
            r = "(-*%s-*)" % "-*".join("A" * n)
        if action.option_strings:
            r = r.replace("-*", "").replace("-", "")
        return r

    def _parse_known_args(self, args, namespace):
        conflicts = {}
        for g in self._mutually_exclusive_groups:
            for i, a in enumerate(g._group_actions):
                conflicts.setdefault(id(a), []).extend(g._group_actions[:i] + g._group_actions[i + 1:])
        pattern, options = self._classify(args)
        seen = set()
        seen_non_default = set()
        extras = []
        positionals = [a for a in self._actions if not a.option_strings]

        def take(action, strings, option_string=None):
            seen.add(id(action))
            value = self._get_values(action, strings)
            if value is not action.default:
                seen_non_default.add(id(action))
                for other in conflicts.get(id(action), []):
                    if id(other) in seen_non_default:
                        raise ArgumentError(action, "not allowed with argument %s" % _action_name(other))
            if value is not SUPPRESS:
                action(self, namespace, value, option_string)

        def consume_optional(start):
            action, option_string, explicit = options[start]
            while True:
                if action is None:
                    extras.append(args[start])
                    return start + 1
                if explicit is not None:
                    nargs_re = self._nargs_regex(action)
                    if re_full(nargs_re, "A") is None and option_string[1] not in self.prefix_chars:
                        # combined short flags: -xyz
                        take(action, [], option_string)
                        nxt = option_string[0] + explicit[0]
                        rest = explicit[1:] or None
                        if nxt in self._option_string_actions:
                            action = self._option_string_actions[nxt]
                            option_string = nxt
                            explicit = rest
                            continue
                        raise ArgumentError(action, "ignored explicit argument %r" % explicit)
                    if re_full(nargs_re, "A") is not None:
                        take(action, [explicit], option_string)
                        return start + 1
                    raise ArgumentError(action, "ignored explicit argument %r" % explicit)
                m = _re.match(self._nargs_regex(action), pattern[start + 1:])
                if m is None:
                    raise ArgumentError(action, self._nargs_error(action))
                count = len(m.group(1))
                take(action, args[start + 1:start + 1 + count], option_string)
                return start + 1 + count

        def consume_positionals(start):
            rest = pattern[start:]
            for k in range(len(positionals), 0, -1):
                regex = "".join(self._nargs_regex(a) for a in positionals[:k])
                m = _re.match(regex, rest)
                if m is not None:
                    lengths = [len(g) for g in m.groups()]
                    break
            else:
                return start
            pos = start
            for a, n in zip(positionals[:k], lengths):
                strings = args[pos:pos + n]
                pos += n
                if a.nargs not in (PARSER, REMAINDER):
                    strings = [s for s in strings if s != "--"] if "--" in strings else strings
                take(a, strings)
            del positionals[:k]
            return pos

        option_indices = sorted(options)
        last_option = option_indices[-1] if option_indices else -1
        start = 0
        while start <= last_option:
            nxt = min(i for i in option_indices if i >= start)
            if start != nxt:
                end = consume_positionals(start)
                if end > start:
                    start = end
                    continue
                start = end
            if start not in options:
                extras.extend(args[start:nxt])
                start = nxt
            start = consume_optional(start)
        end = consume_positionals(start)
        extras.extend(args[end:])

        required_missing = []
        for a in self._actions:
            if id(a) not in seen:
                if a.required:
                    required_missing.append(_action_name(a))
                elif a.default is not None and isinstance(a.default, str) and hasattr(namespace, a.dest) \
                        and a.default is getattr(namespace, a.dest):
                    setattr(namespace, a.dest, self._convert(a, a.default))
        if required_missing:
            raise ArgumentError(None, "the following arguments are required: %s" % ", ".join(required_missing))
        for g in self._mutually_exclusive_groups:
            if g.required and not any(id(a) in seen_non_default for a in g._group_actions):
                names = [_action_name(a) for a in g._group_actions if a.help is not SUPPRESS]
                raise ArgumentError(None, "one of the arguments %s is required" % " ".join(names))
        return namespace, extras

    def _nargs_error(self, action):
        n = action.nargs
        if n is None:
            return "expected one argument"
        if n == OPTIONAL:
            return "expected at most one argument"
        if n == ONE_OR_MORE:
            return "expected at least one argument"
        return "expected %s argument%s" % (n, "" if n == 1 else "s")

    def _convert(self, action, s):
        func = action.type
        if func is None:
            return s
        if not callable(func):
            raise ArgumentError(action, "%r is not callable" % (func,))
        try:
            return func(s)
        except ArgumentTypeError as e:
            raise ArgumentError(action, str(e))
        except (TypeError, ValueError):
            name = getattr(func, "__name__", repr(func))
            raise ArgumentError(action, "invalid %s value: %r" % (name, s))

    def _check_choice(self, action, value):
        if action.choices is not None and value not in action.choices:
            choices = ", ".join(map(repr, action.choices))
            raise ArgumentError(action, "invalid choice: %r (choose from %s)" % (value, choices))

    def _get_values(self, action, strings):
        n = action.nargs
        if not strings and n == OPTIONAL:
            value = action.const if action.option_strings else action.default
            if isinstance(value, str):
                value = self._convert(action, value)
                self._check_choice(action, value)
        elif not strings and n == ZERO_OR_MORE and not action.option_strings:
            value = action.default if action.default is not None else strings
            if value is strings:
                value = []
        elif len(strings) == 1 and n in (None, OPTIONAL):
            value = self._convert(action, strings[0])
            self._check_choice(action, value)
        elif n == REMAINDER:
            value = [self._convert(action, s) for s in strings]
        elif n == PARSER:
            value = [self._convert(action, s) for s in strings]
            self._check_choice(action, value[0])
        elif n == SUPPRESS:
            value = SUPPRESS
        elif n == 0:
            value = []
        else:
            value = [self._convert(action, s) for s in strings]
            for v in value:
                self._check_choice(action, v)
        return value

    # ---- output

    def _get_formatter(self):
        return self.formatter_class(prog=self.prog)

    def format_usage(self):
        f = self._get_formatter()
        return f.format_usage(self.usage, self._actions, self._mutually_exclusive_groups).rstrip("\n") + "\n"

    def format_help(self):
        return self._get_formatter().format_help(self)

    def print_usage(self, file=None):
        self._print_message(self.format_usage(), file)

    def print_help(self, file=None):
        self._print_message(self.format_help(), file)

    def _print_message(self, message, file=None):
        if message:
            (file if file is not None else _sys.stdout).write(message)

    def exit(self, status=0, message=None):
        if message:
            self._print_message(message, _sys.stderr)
        _sys.exit(status)

    def error(self, message):
        self.print_usage(_sys.stderr)
        self.exit(2, "%s: error: %s\n" % (self.prog, message))


def re_full(regex, text):
    return _re.fullmatch(regex, text)
