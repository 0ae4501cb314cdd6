# Unpacking arbitrary iterables: generators, dicts, sets of ints, strings, ranges, custom iterators.
a, b, c = (x * 2 for x in range(3))
print(a, b, c)
k1, k2 = {"first": 1, "second": 2}
print(k1, k2)
(v1, v2), = [{"x": 1, "y": 2}.values()]
print(v1, v2)
s1, s2, s3 = {3, 1, 2}
print(sorted([s1, s2, s3]))
r1, *r2 = range(5)
print(r1, r2)
class Three:
    def __iter__(self):
        yield "one"
        yield "two"
        yield "three"
u, *v = Three()
print(u, v)
def gen():
    print("gen started")
    yield 1
    print("gen resumed")
    yield 2
try:
    only, = gen()
except ValueError as e:
    print("ValueError", e)
first, second = gen()
print(first, second)
