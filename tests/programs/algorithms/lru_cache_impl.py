# An LRU cache built on a dict (insertion order) plus hit/miss statistics and a decorator.
class LRU:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = {}
        self.hits = self.misses = self.evictions = 0
    def get(self, key, default=None):
        if key in self.data:
            value = self.data.pop(key)
            self.data[key] = value
            self.hits += 1
            return value
        self.misses += 1
        return default
    def put(self, key, value):
        if key in self.data:
            self.data.pop(key)
        elif len(self.data) >= self.capacity:
            oldest = next(iter(self.data))
            del self.data[oldest]
            self.evictions += 1
        self.data[key] = value
    def __repr__(self):
        return f"LRU({list(self.data.items())}, hits={self.hits}, misses={self.misses}, evictions={self.evictions})"
c = LRU(3)
for k in "abc":
    c.put(k, k.upper())
print(c)
print(c.get("a"), c.get("z"), c)
c.put("d", "D")
print(c)
c.put("c", "C2")
c.put("e", "E")
print(c)
def lru(capacity):
    def deco(fn):
        cache = LRU(capacity)
        def wrapper(*args):
            sentinel = object()
            v = cache.get(args, sentinel)
            if v is sentinel:
                v = fn(*args)
                cache.put(args, v)
            return v
        wrapper.cache = cache
        return wrapper
    return deco
@lru(100)
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    return paths(r - 1, c) + paths(r, c - 1)
print(paths(12, 12), paths.cache.hits, paths.cache.misses, len(paths.cache.data))
@lru(2)
def slow_square(n):
    print("  computing", n)
    return n * n
for n in [1, 2, 1, 3, 2, 1]:
    print(n, slow_square(n))
print(slow_square.cache)
