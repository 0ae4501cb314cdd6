# pprint: pformat / pprint / pp / PrettyPrinter options on nested structures, long strings,
# recursion, readability; plus a seeded sweep of random structures and widths.
import collections
import io
import pprint
import random

data = {
    'name': 'example',
    'numbers': list(range(30)),
    'nested': {'a': [1, 2, {'b': (3, 4, 5)}], 'c': {'d': {'e': {'f': 'deep'}}}},
    'text': 'a rather long string that will not fit on one line when printed with a narrow width ' * 2,
    'tuple1': (1,),
    'empty': [[], {}, (), set(), ''],
    'set': {5, 3, 1, 4},
    'frozen': frozenset({'x'}),
    'bytes': b'0123456789' * 5,
    'bytearray': bytearray(b'abcdefgh' * 6),
    'floats': [1.5, -0.0, 1e100, float('inf')],
    'big': 12345678901234567890,
}
pprint.pprint(data)
pprint.pprint(data, width=40)
pprint.pprint(data, width=30, indent=4)
pprint.pprint(data, depth=2)
pprint.pprint(data, compact=True, width=50)
pprint.pp(data, width=60)
print(pprint.pformat(data, sort_dicts=False, width=120))
pprint.pprint(list(range(100)), compact=True)
pprint.pprint(list(range(40)), width=20, compact=True, indent=3)
pprint.pprint("word " * 40)
pprint.pprint(["word " * 40, "line\n" * 3])
pprint.pprint(("a", "b" * 100), width=30)
pprint.pprint(123456789, underscore_numbers=True)
pprint.pprint([123456789], underscore_numbers=True)
pprint.pprint({'k': collections.OrderedDict([('x', 1), ('y', [1, 2, 3] * 10)])})
pprint.pprint(collections.Counter('abracadabra' * 5), width=30)
pprint.pprint(collections.defaultdict(list, {'a': list(range(20)), 'b': []}), width=40)
pprint.pprint(collections.deque(range(30), maxlen=40), width=40)
pprint.pprint(collections.deque(range(30)), width=40)
pprint.pprint(collections.ChainMap({'a': 1}, {'b': list(range(25))}), width=40)
pprint.pprint({3: 'c', 1: 'a', 'x': 2, (1, 2): 'tuple key', None: 0}, width=20)

# recursion and readability
r = [1, 2]
r.append(r)
print(pprint.saferepr(r).startswith("[1, 2, <Recursion on list with id="))
print(pprint.isrecursive(r), pprint.isreadable(r))
print(pprint.isreadable([1, 'a', (2.0, None)]), pprint.isreadable([object]), pprint.isrecursive([1]))
print(pprint.saferepr({'b': 1, 'a': [1, 2]}))
d = {}
d['self'] = d
print(pprint.pformat(d).startswith("{'self': <Recursion on dict with id="))

# a printer object and a stream
out = io.StringIO()
pp = pprint.PrettyPrinter(indent=2, width=25, stream=out)
pp.pprint({'alpha': [1, 2, 3], 'beta': ('x', 'y'), 'gamma': {'delta': 'epsilon' * 3}})
print(out.getvalue(), end='')
print(pp.pformat([list(range(8))] * 2))
print(pp.isreadable({1: 2}), pp.isrecursive({1: 2}))
for bad in [dict(indent=-1), dict(depth=0), dict(width=0)]:
    try:
        pprint.PrettyPrinter(**bad)
    except ValueError as e:
        print("ValueError:", e)

# random sweep
random.seed(7)
WORDS = ["a", "bb", "ccc dd", "e" * 25, "long words in a string " * 3, "x\ny\n"]


def gen(depth):
    r = random.random()
    if depth > 3 or r < 0.35:
        return random.choice([0, -7, 3.25, None, True, 10 ** 12, random.choice(WORDS), (), [], {}])
    if r < 0.55:
        return [gen(depth + 1) for _ in range(random.randint(0, 6))]
    if r < 0.65:
        return tuple(gen(depth + 1) for _ in range(random.randint(0, 4)))
    if r < 0.85:
        return {random.choice("abcdefgh") * random.randint(1, 6): gen(depth + 1) for _ in range(random.randint(0, 5))}
    return set(random.randint(0, 60) for _ in range(random.randint(0, 10)))


for i in range(40):
    obj = gen(0)
    width = random.choice([80, 40, 20, 8])
    indent = random.choice([1, 2, 4])
    compact = random.random() < 0.3
    print("#", i, width, indent, compact)
    print(pprint.pformat(obj, width=width, indent=indent, compact=compact))
