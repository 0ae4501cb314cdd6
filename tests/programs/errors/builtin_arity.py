"""Wrong argument counts to built-ins give CPython's wording."""
import collections
import functools
import heapq

calls = [
    "range()", "len()", "len(1, 2)", "divmod(1)", "'a'.upper(1)", "list(1, 2)",
    "isinstance(1)", "abs()", "sorted()", "sorted(key=len)", "[].append()", "{}.get()",
    "functools.reduce()", "heapq.heappush([])", "ord()", "chr(1, 2)", "hash()", "iter()",
    "next()", "getattr(1)", "setattr(1, 2)", "pow(1)", "round()", "repr()", "[].insert(1)",
    "''.join()", "'a'.split(1, 2, 3)", "set().add()", "tuple(1, 2)", "frozenset(1, 2)", "int(1, 2, 3)", "collections.deque(1, 2, 3)", "float(1, 2)", "str(1, 2, 3, 4)",
]
for c in calls:
    try:
        eval(c)
    except TypeError as e:
        print(f"{c:22} {e}")
