print(int | None, list[int], dict[str, list[int]], isinstance(3, int | str), type(int | str).__name__)
def f(x: int | None = None) -> list[str]:
    return [str(x)]
print(f.__annotations__)
print((int | str).__args__, list[int].__origin__, list[int].__args__)
x = [1, 2, 3]
match x:
    case [1, *rest]:
        print("rest", rest)
print(f"{3.14159:.2f} {'a'!r:>5} {1e10:g} {255:#x} {1234567:,}")
print(sorted({3, 1, 2}), {**{"a": 1}, "b": 2}, [*range(3), *"ab"])
print(round(2.5), round(3.5), round(-0.5), divmod(-7, 2), 7 // -2, -7 % 3, 2 ** -1, 10 ** 20)
a = b = c = 5
print(a, b, c, (lambda *a, **k: (a, k))(1, x=2))
print(str.maketrans("ab", "xy"), "hello".translate(str.maketrans("el", "ip")))
print(bytes.fromhex("ff00").hex(), int.from_bytes(b"\x01\x00", "little"), (1024).to_bytes(2, "big"))
print(__name__, __doc__, type(__builtins__).__name__)
