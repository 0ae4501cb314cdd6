# Generator state inspection without CPython internals: independence of instances, exhaustion.
def countdown(n):
    while n > 0:
        yield n
        n -= 1
a = countdown(3)
b = countdown(2)
print(next(a), next(b), next(a), next(b), next(a))
print(next(b, "b done"), next(a, "a done"))
def windowed(seq, n):
    window = []
    for x in seq:
        window.append(x)
        if len(window) > n:
            window.pop(0)
        if len(window) == n:
            yield tuple(window)
print(list(windowed(range(7), 3)))
def chunks(seq, n):
    chunk = []
    for x in seq:
        chunk.append(x)
        if len(chunk) == n:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
print(list(chunks("abcdefgh", 3)))
def pairwise(it):
    it = iter(it)
    prev = next(it, None)
    for x in it:
        yield prev, x
        prev = x
print(list(pairwise([1, 4, 9, 16])), [b - a for a, b in pairwise([1, 4, 9, 16])])
def interleave(*its):
    its = [iter(i) for i in its]
    while its:
        nxt = []
        for it in its:
            try:
                yield next(it)
                nxt.append(it)
            except StopIteration:
                pass
        its = nxt
print(list(interleave("abc", [1, 2], "XYZW")))
def gen_in_class():
    class Tree:
        def __init__(self, v, *kids):
            self.v = v
            self.kids = kids
        def __iter__(self):
            yield self.v
            for k in self.kids:
                yield from k
    return Tree(1, Tree(2, Tree(3)), Tree(4, Tree(5), Tree(6)))
print(list(gen_in_class()))
