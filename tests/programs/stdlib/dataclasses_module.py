from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, InitVar, KW_ONLY, make_dataclass, FrozenInstanceError
from typing import List, ClassVar, Optional
import dataclasses
@dataclass
class Item:
    name: str
    price: float = 0.0
    tags: List[str] = field(default_factory=list)
    count: ClassVar[int] = 0
it = Item("pen", 1.5)
print(it, it == Item("pen", 1.5), it != Item("pen"), it.tags is not Item("x").tags)
print([f.name for f in fields(Item)], Item.count, Item.price, hasattr(Item, "tags"))
print(asdict(it), astuple(it), is_dataclass(it), is_dataclass(Item), is_dataclass(3))
print(replace(it, price=2.0), it.__match_args__)
@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default="", compare=False)
vs = sorted([Version(1, 2), Version(1, 0, "b"), Version(0, 9)])
print(vs, Version(1) < Version(1, 1), Version(2) >= Version(1, 9), hash(Version(1, 2)) == hash(Version(1, 2, "x")))
print({Version(1): "one"}[Version(1, 0, "z")])
try:
    vs[0].major = 5
except FrozenInstanceError as e:
    print("frozen:", e, isinstance(e, AttributeError))
@dataclass
class Rect:
    w: float
    h: float
    area: float = field(init=False)
    scale: InitVar[float] = 1.0
    def __post_init__(self, scale):
        self.w *= scale
        self.h *= scale
        self.area = self.w * self.h
print(Rect(2, 3), Rect(2, 3, 2), [f.name for f in fields(Rect)])
@dataclass
class Base:
    x: int
    y: int = 1
@dataclass
class Derived(Base):
    z: int = 2
    x: int = 10
print(Derived(), Derived(1, 2, 3), Derived.__mro__[1].__name__)
@dataclass
class K:
    a: int
    _: KW_ONLY
    b: int = 2
    c: int
print(K(1, c=3), K(a=1, b=5, c=6))
try: K(1, 2, 3)
except TypeError as e: print(e)
try: K(1)
except TypeError as e: print(e)
@dataclass(kw_only=True)
class KO:
    p: int
    q: int = 0
print(KO(p=1))
@dataclass(eq=False)
class NoEq:
    v: int
print(NoEq(1) == NoEq(1), NoEq(1).__hash__ is not None)
@dataclass
class Mut:
    v: int
print(Mut.__hash__)
@dataclass(unsafe_hash=True)
class UH:
    v: int
print(hash(UH(3)) == hash((3,)))
@dataclass(repr=False)
class NR:
    v: int
print(repr(NR(1)).startswith("<__main__.NR object"))
@dataclass
class Node:
    val: int
    children: list = field(default_factory=list)
n = Node(1, [Node(2), Node(3, [Node(4)])])
print(n)
print(asdict(n))
print(astuple(n))
P3 = make_dataclass("P3", ["x", ("y", int), ("z", int, field(default=5))])
print(P3(1, 2), P3.__name__, [f.name for f in fields(P3)])
@dataclass(slots=True)
class S:
    a: int
    b: int = 0
s = S(1)
print(s, S.__slots__, hasattr(s, "__dict__"))
@dataclass
class Self:
    items: list = field(default_factory=list)
x = Self(); x.items.append(x)
print(x)
@dataclass
class Opt:
    a: Optional[int] = None
    meta: dict = field(default_factory=dict, metadata={"unit": "m"}, repr=False)
print(Opt(), fields(Opt)[1].metadata["unit"], Opt(1) == Opt(1, {"k": 1}))
match Item("book", 9.0):
    case Item(name, price):
        print("matched", name, price)
