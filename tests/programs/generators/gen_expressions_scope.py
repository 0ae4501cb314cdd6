# Generators capturing variables, closures in generators, generator used after source mutation.
def make_gens():
    gens = []
    for i in range(3):
        gens.append((i * x for x in range(3)))
    return gens
print([list(g) for g in make_gens()])
def make_gens_bound():
    return [(lambda i: (i * x for x in range(3)))(i) for i in range(3)]
print([list(g) for g in make_gens_bound()])
lst = [1, 2, 3]
g = (x for x in lst)
lst.append(4)
print(list(g))
def gen_with_default(n, scale=10):
    for i in range(n):
        yield i * scale
print(list(gen_with_default(3)), list(gen_with_default(3, scale=-1)))
class Container:
    def __init__(self, items):
        self.items = items
    def evens(self):
        return (x for x in self.items if x % 2 == 0)
    def doubled(self):
        for x in self.items:
            yield x * 2
c = Container([1, 2, 3, 4])
print(list(c.evens()), list(c.doubled()))
c.items.append(6)
print(list(c.evens()))
