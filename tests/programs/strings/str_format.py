# str.format with positional, named, indexed and attribute fields.
print("{} {} {}".format(1, "two", 3.0), "{0}{1}{0}".format("ab", "cd"), "{name}!".format(name="hi"))
print("{0[1]} {0[0]}".format(["x", "y"]), "{d[key]}".format(d={"key": "val"}), "{{literal}} {}".format(5))
class P:
    def __init__(self):
        self.x = 3
        self.y = [10, 20]
p = P()
print("{0.x} {0.y[1]} {p.x}".format(p, p=p))
print("{:>8}|{:<8}|{:^8}|{:*^9}|{:08.3f}|{:+}|{:,}".format("r", "l", "c", "s", 3.14159, 5, 1234567))
print("{!r} {!s} {!a}".format("hi", "hi", "ñ"), "{0!r:>10}".format("x"))
print("{:{w}.{p}f}".format(3.14159, w=10, p=3), "{:{}}|".format("ab", 5), "{:>{}}".format(7, 4))
print("{:%}".format(0.256), "{:.1%}".format(0.256), "{:e}".format(123456), "{:b}".format(10))
print("{0:x} {0:#X} {0:o} {0:c}".format(77))
print(format("text", "^10"), format("text", "-<7"), format(3.5, "010.2f"), format([1, 2]))
for bad in ["{", "}", "{0} {}", "{:d}"]:
    try:
        print(bad.format("a", "b"))
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
try:
    "{missing}".format(x=1)
except KeyError as e:
    print("KeyError", e)
try:
    "{5}".format(1)
except IndexError as e:
    print("IndexError", e)
print("{a}-{b}".format_map({"a": 1, "b": 2}))
items = [("eggs", 12, 0.25), ("milk", 2, 1.1), ("bread", 1, 2.5)]
print("{:<8}{:>5}{:>8}".format("item", "qty", "price"))
for name, q, pr in items:
    print("{:<8}{:>5d}{:>8.2f}".format(name, q, pr))
