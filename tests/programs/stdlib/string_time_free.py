# A few more stdlib modules with deterministic output: string constants, operator, heapq, bisect.
import string
import operator
import heapq
import bisect
print(string.ascii_lowercase, string.digits, string.ascii_uppercase[:5], string.punctuation[:10])
print(operator.add(2, 3), operator.mul("ab", 2), operator.itemgetter(1)([5, 6]), operator.attrgetter("real")(3 + 4j))
print(sorted([("b", 2), ("a", 3)], key=operator.itemgetter(1)), list(map(operator.neg, [1, -2])))
h = [5, 1, 8, 3, 9, 2]
heapq.heapify(h)
print([heapq.heappop(h) for _ in range(3)], heapq.nsmallest(2, [7, 3, 9, 1]), heapq.nlargest(2, [7, 3, 9, 1]))
heapq.heappush(h, 0)
print(h[0], sorted(h))
xs = [1, 3, 3, 5, 8]
print(bisect.bisect_left(xs, 3), bisect.bisect_right(xs, 3), bisect.bisect(xs, 4))
bisect.insort(xs, 4)
print(xs)
tpl = string.Template("$who likes $what")
print(tpl.substitute(who="tim", what="kung pao"), string.capwords("hello   big world"))
