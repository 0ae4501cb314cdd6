# Classic algorithms on lists: binary search, merge sort, quicksort, two-sum, rotations.
def bsearch(xs, target):
    lo, hi = 0, len(xs)
    while lo < hi:
        mid = (lo + hi) // 2
        if xs[mid] < target:
            lo = mid + 1
        else:
            hi = mid
    return lo
xs = [1, 3, 3, 5, 8, 13, 21]
print([bsearch(xs, t) for t in (0, 1, 3, 4, 21, 22)])
def merge_sort(xs):
    if len(xs) <= 1:
        return xs
    mid = len(xs) // 2
    l, r = merge_sort(xs[:mid]), merge_sort(xs[mid:])
    out = []
    i = j = 0
    while i < len(l) and j < len(r):
        if l[i] <= r[j]:
            out.append(l[i]); i += 1
        else:
            out.append(r[j]); j += 1
    return out + l[i:] + r[j:]
def quicksort(xs):
    if len(xs) < 2:
        return xs
    p = xs[0]
    return quicksort([x for x in xs[1:] if x < p]) + [p] + quicksort([x for x in xs[1:] if x >= p])
data = [(i * 37 + 11) % 101 - 50 for i in range(40)]
print(merge_sort(data))
print(quicksort(data) == sorted(data) == merge_sort(data))
def two_sum(nums, target):
    seen = {}
    for i, n in enumerate(nums):
        if target - n in seen:
            return seen[target - n], i
        seen[n] = i
    return None
print(two_sum([2, 7, 11, 15], 9), two_sum([3, 2, 4], 6), two_sum([1, 2], 7))
def rotate(xs, k):
    k %= len(xs)
    return xs[-k:] + xs[:-k]
print([rotate([1, 2, 3, 4, 5], k) for k in range(-1, 7)])
def max_subarray(xs):
    best = cur = xs[0]
    for x in xs[1:]:
        cur = max(x, cur + x)
        best = max(best, cur)
    return best
print(max_subarray([-2, 1, -3, 4, -1, 2, 1, -5, 4]), max_subarray([-3, -1, -2]))
def permutations(xs):
    if not xs:
        return [[]]
    return [[x] + p for i, x in enumerate(xs) for p in permutations(xs[:i] + xs[i + 1:])]
print(permutations([1, 2, 3]), len(permutations(list(range(5)))))
def dedupe(xs):
    seen = set()
    return [x for x in xs if not (x in seen or seen.add(x))]
print(dedupe([3, 1, 3, 2, 1, 5, 2]))
