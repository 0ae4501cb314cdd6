from typing import (TYPE_CHECKING, Any, Optional, Union, List, Dict, Tuple, Callable, TypeVar, Generic,
                    NamedTuple, cast, overload, Protocol, final, runtime_checkable, Set, Literal, ClassVar,
                    get_origin, get_args, NewType, TypedDict, Iterable, Sequence, get_type_hints, Type)
import typing
if TYPE_CHECKING:
    import nothing_here
print(TYPE_CHECKING, Any, Optional[int], Union[int, str], Union[int, None], Union[int, int], Union[int, Union[str, float]])
print(List[int], Dict[str, List[int]], Tuple[int, ...], Tuple[()], Callable[[int, str], bool], Callable[..., int], Set[bytes])
print(Optional[List["Foo"]], Literal["a", 1], ClassVar[int], Iterable[int], Sequence[str], Type[int])
print(get_origin(List[int]), get_args(Dict[str, int]), get_args(Callable[[int], str]), get_origin(Union[int, str]) is Union)
print(List[int] == List[int], Union[int, str] == Union[str, int], hash(List[int]) == hash(List[int]))
T = TypeVar("T")
K = TypeVar("K", bound=str)
V_co = TypeVar("V_co", covariant=True)
print(T, K, V_co, K.__bound__, T.__name__)
class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item
    def get(self) -> T:
        return self.item
print(Box(3).get(), Box[int], Box.__parameters__, Box[int](5).item)
class Pair(Generic[K, T]): pass
print(Pair[str, int], Pair.__parameters__)
class IntBox(Box[int]): pass
print(IntBox(2).get(), IntBox.__mro__[1].__name__, IntBox.__parameters__)
class Point(NamedTuple):
    x: int
    y: int = 0
    def norm(self) -> int: return abs(self.x) + abs(self.y)
p = Point(3, -4)
print(p, p.norm(), p._asdict(), Point._fields, Point(1), isinstance(p, tuple))
Emp = NamedTuple("Emp", [("name", str), ("id", int)])
print(Emp("a", 1))
print(cast(int, "x"), cast("List[int]", [1]))
@overload
def f(x: int) -> int: ...
@overload
def f(x: str) -> str: ...
def f(x): return x * 2
print(f(2), f("a"))
@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...
class R:
    def close(self): pass
print(isinstance(R(), Closable), isinstance(3, Closable))
class NotRT(Protocol):
    def x(self): ...
try: isinstance(R(), NotRT)
except TypeError as e: print(e)
try: Closable()
except TypeError as e: print(e)
@final
class Leaf: pass
print(Leaf.__final__)
UserId = NewType("UserId", int)
print(UserId(5), UserId)
class Movie(TypedDict):
    title: str
    year: int
m = Movie(title="x", year=1)
print(m, type(m).__name__, Movie.__required_keys__ == {"title", "year"})
def g(a: "int", b: Optional[str] = None) -> List[int]: return []
print(get_type_hints(g))
print(isinstance([], List), isinstance({}, Dict), issubclass(list, List))
try: isinstance([], List[int])
except TypeError as e: print(e)
try: List()
except TypeError as e: print(e)
try: Union[()]
except TypeError as e: print(e)
try: Any()
except TypeError as e: print(e)
try: Dict[int]
except TypeError as e: print(e)
try:
    class G(Generic[int]): pass
except TypeError as e: print(e)
def h(x: int, y: "List[str]") -> None: pass
print(h.__annotations__)
print(typing.Text, typing.AnyStr, repr(Optional[Callable[[int], None]]))
print(Union[int, str] | None, List[int] | None)
