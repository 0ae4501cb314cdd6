# f-strings: expressions, nested specs, conversions, '=' debugging, quoting.
name = "World"
n = 42
pi = 3.14159265
items = ["a", "b", "c"]
print(f"Hello, {name}!", f"{n + 1}", f"{n * 2:>6}", f"{pi:.3f}", f"{pi:10.2e}", f"{items[1]}")
print(f"{name!r}", f"{name!s:>8}", f"{'ñ'!a}", f"{n!r:>5}")
print(f"{n=}", f"{pi=:.2f}", f"{name = }", f"{items[0]=!r}", f"{n + 1 = }")
width, prec = 12, 4
print(f"[{pi:{width}.{prec}f}]", f"[{name:^{width}}]", f"[{n:0{width}d}]")
print(f"{'quoted'}", f'{"double"}', f"{{braces}}", f"{{{n}}}", f"{len(items)} items")
print(f"{n:b} {n:o} {n:x} {n:#x} {n:,} {10**6:_}", f"{0.5:.0%}")
d = {"k": 1}
print(f"{d['k']}", f"{[x * 2 for x in range(3)]}", f"{(lambda x: x + 1)(5)}", f"{'yes' if n else 'no'}")
class Temp:
    def __init__(self, c):
        self.c = c
    def __format__(self, spec):
        if spec == "F":
            return f"{self.c * 9 / 5 + 32:.1f}F"
        return f"{self.c:.1f}C"
    def __repr__(self):
        return f"Temp({self.c})"
    def __str__(self):
        return f"{self.c} degrees"
t = Temp(21.5)
print(f"{t}", f"{t:F}", f"{t!r}", f"{t!s}", format(t, "F"), str(t))
rows = [("alpha", 1.5), ("beta", 22.25), ("gamma", 333.125)]
for label, v in rows:
    print(f"{label:<8}|{v:>10.3f}|{v:<10.1f}|")
multi = (f"a{1}"
         f"b{2}"
         "c")
print(multi)
print(f"{'nested ' + f'{n}'}", f"{3:{'>'}{5}}")
