import itertools as it
from itertools import *

print(list(islice(count(), 5)), list(islice(count(2.5, 0.5), 3)), repr(count(3)), repr(count(1, 2)))
c = count(5); next(c); print(c)
print(repr(repeat(1, 3)), repr(repeat("a")), list(repeat(None, 0)), list(repeat(7, -2)))
print(list(islice(cycle([1, 2, 3]), 7)), list(cycle([])))
print(list(accumulate([1, 2, 3], initial=100)), list(accumulate([], initial=5)), list(accumulate("abc")))
print(list(accumulate([1, 2, 3, 4], lambda a, b: a * b)))
print(list(chain()), list(chain("ab", [], "c")), list(chain.from_iterable(["ab", "cd"])))
print(list(compress(range(10), [1, 0, 1])), list(dropwhile(lambda x: x < 3, range(6))))
print(list(takewhile(lambda x: x < 3, range(6))), list(filterfalse(None, [0, 1, "", "a", None])))
print(list(filterfalse(lambda x: x % 2, range(8))))
print([(k, list(g)) for k, g in groupby([1, 1, 2, 3, 3, 3], key=lambda x: x % 2)])
gs = list(groupby("aabbc"))
print([(k, list(g)) for k, g in gs])
print([k for k, _ in groupby("")], [k for k, g in groupby("aaabbbcc")])
print(list(islice("abcdefgh", 2, 7, 2)), list(islice("abcdefgh", 3, None)), list(islice("abc", None)))
print(list(islice(range(100), 0, 10, 3)), list(islice([], 5)))
print(list(starmap(lambda a, b: a - b, [(5, 1), (9, 3)])))
a, b = tee(iter([1, 2, 3, 4]))
print(next(a), next(a), list(b), list(a))
x, y, z = tee("abc", 3)
print(list(x), list(y), list(z), tee([1], 0))
print(list(zip_longest("abc", "d")), list(zip_longest()), list(zip_longest([1, 2], [3], [4, 5, 6], fillvalue=0)))
print(list(product()), list(product([1, 2], "ab")), list(product([], [1])), list(product("ab", repeat=0)))
print(list(permutations("abc")), list(permutations([1, 2, 3], 1)), list(permutations([1, 2], 3)))
print(list(permutations(range(3), 0)))
print(list(combinations("abcd", 2)), list(combinations("ab", 0)), list(combinations("ab", 3)))
print(list(combinations_with_replacement([1, 2, 3], 2)), list(combinations_with_replacement([], 2)))
print(list(pairwise([1])), list(pairwise("abc")))
for t in (count(), cycle("a"), repeat(1), chain(), islice("a", 1), zip_longest(), product(), permutations(""), combinations("", 0),
          combinations_with_replacement("", 0), pairwise(""), starmap(pow, []), compress("", ""), groupby(""), accumulate([]),
          dropwhile(None, []), takewhile(None, []), filterfalse(None, [])):
    print(type(t).__name__, iter(t) is t)
print(type(tee([])[0]).__name__)
for bad in (lambda: islice("a", -1), lambda: islice("a", 1, 2, 0), lambda: combinations("a", -1), lambda: permutations("a", "x"),
            lambda: count("a"), lambda: repeat(), lambda: chain(x=1), lambda: product([1], repeat=-1), lambda: tee([], -1)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
g = count(10)
print([next(g) for _ in range(3)])
print(sum(1 for _ in product(range(3), repeat=3)), len(list(permutations(range(5)))))
