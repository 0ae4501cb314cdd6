# Argument passing semantics: mutation visible to caller, rebinding not; evaluation order.
def mutate(lst):
    lst.append("added")
def rebind(lst):
    lst = ["new"]
    return lst
a = [1]
mutate(a)
r = rebind(a)
print(a, r)
order = []
def val(tag, v):
    order.append(tag)
    return v
def three(a, b, c):
    return a + b + c
print(three(val("a", 1), val("b", 2), c=val("c", 3)), order)
order.clear()
d = {val("k1", "x"): val("v1", 1), val("k2", "y"): val("v2", 2)}
print(d, order)
order.clear()
val("left", [0, 0])[val("idx", 1)] = val("rhs", 5)
print(order)
order.clear()
x = val("a", 1) + val("b", 2) * val("c", 3)
print(x, order)
def kw_order(**kw):
    return list(kw)
print(kw_order(z=1, a=2, m=3))
def ret_multiple():
    return 1, [2], {"three": 3}
one, two, three_ = ret_multiple()
print(one, two, three_)
def no_return():
    x = 1
print(no_return())
def early(n):
    for i in range(n):
        if i * i > 20:
            return i
    return -1
print(early(10), early(3))
