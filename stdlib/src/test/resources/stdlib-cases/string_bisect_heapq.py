import string, bisect, heapq
print(string.ascii_letters, string.hexdigits, string.octdigits, repr(string.whitespace), len(string.printable))
print(string.capwords(" a  b c "), string.capwords("x-y-z", "-"), string.capwords(""))
t = string.Template("${a}x $b $$ $c")
print(t.substitute(a=1, b=2, c=3), t.substitute({"a": "A", "b": "B", "c": "C"}), t.safe_substitute(a=1), t.template)
for bad in (lambda: t.substitute(a=1), lambda: string.Template("$").substitute(), lambda: string.Template("x ${ y").substitute(y=1)):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(string.Template("$ x").safe_substitute(), string.Template("$a$b").substitute(a=1, b=2))
a = [1, 2, 2, 2, 5, 9]
print(bisect.bisect_left(a, 2), bisect.bisect_right(a, 2), bisect.bisect(a, 0), bisect.bisect(a, 10), bisect.bisect_left(a, 2, 2, 3))
recs = [("a", 1), ("b", 4), ("c", 7)]
print(bisect.bisect_left(recs, 4, key=lambda r: r[1]), bisect.bisect_right(recs, 4, key=lambda r: r[1]))
bisect.insort_left(a, 2); bisect.insort_right(a, 6); bisect.insort(a, 0); print(a)
bisect.insort(recs, ("d", 5), key=lambda r: r[1]); print(recs)
try:
    bisect.bisect([], 1, -1)
except ValueError as e:
    print(e)
h = []
for v in [5, 3, 8, 1, 9, 2, 7]:
    heapq.heappush(h, v)
print(h, heapq.heappop(h), h, heapq.heappushpop(h, 0), heapq.heapreplace(h, 10), h)
data = [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]
heapq.heapify(data); print(data, [heapq.heappop(data) for _ in range(10)])
print(heapq.nlargest(3, [1, 5, 2, 8, 3]), heapq.nsmallest(3, "hello"), heapq.nlargest(2, ["a", "bbb", "cc"], key=len))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6])), list(heapq.merge([3, 1], [4, 2], reverse=True)), list(heapq.merge()))
print(list(heapq.merge(["b", "aa"], ["c"], key=len)))
for bad in (lambda: heapq.heappop([]), lambda: heapq.heappush((), 1), lambda: heapq.heapreplace([], 1)):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
