import operator as op
print(op.add(1, 2), op.sub(5, 3), op.mul(3, 4), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3), op.pow(2, 10))
print(op.neg(5), op.pos(-5), op.abs(-3), op.not_(0), op.truth([]), op.invert(5), op.inv(0), op.index(7))
print(op.eq(1, 1), op.ne(1, 2), op.lt(1, 2), op.le(2, 2), op.gt(1, 2), op.ge(3, 2), op.is_(None, None), op.is_not(1, None))
print(op.contains([1, 2], 2), op.getitem("abc", 1), op.concat([1], [2]), op.and_(6, 3), op.or_(6, 3), op.xor(6, 3))
print(op.lshift(1, 4), op.rshift(32, 2), op.countOf([1, 2, 1], 1), op.indexOf("abc", "c"), op.__add__(1, 1))
l = [1, 2, 3]
op.setitem(l, 0, 9); op.delitem(l, 1); print(l)
x = [1]; y = op.iadd(x, [2]); print(x, y is x, op.iadd(1, 2), op.imul("a", 3), op.ior({1}, {2}))
print(op.itemgetter(1)("abc"), op.itemgetter(0, 2)("abc"), op.itemgetter("k")({"k": 5}), op.itemgetter(slice(1, None))([1, 2, 3]))
class P:
    def __init__(self):
        self.a = 1
        self.b = self
        self.name = "p"
    def greet(self, who, punct="!"):
        return "hi " + who + punct
p = P()
print(op.attrgetter("a")(p), op.attrgetter("b.b.a", "name")(p), op.methodcaller("greet", "bob")(p))
print(op.methodcaller("greet", "al", punct="?")(p), op.methodcaller("upper")("x"))
print(repr(op.itemgetter(1, "a")), repr(op.attrgetter("x.y")), repr(op.methodcaller("f", 1, k=2)))
print(sorted([(1, "b"), (0, "c"), (1, "a")], key=op.itemgetter(0, 1)), op.length_hint([1, 2]), op.length_hint(iter([])))
for bad in (lambda: op.concat(1, 2), lambda: op.itemgetter(), lambda: op.attrgetter(1), lambda: op.methodcaller(),
            lambda: op.add(1, "a"), lambda: op.indexOf([1], 2), lambda: op.itemgetter(5)([1])):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
