# sort / sorted with key, reverse, stability; sorting records.
people = [("Ann", 31, "NYC"), ("bob", 25, "LA"), ("Cid", 31, "SF"), ("dee", 19, "NYC"), ("Eve", 25, "SF")]
print(sorted(people))
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: (p[2], -p[1])))
print(sorted(people, key=lambda p: p[0].lower()))
by_city = sorted(people, key=lambda p: p[0])
by_city.sort(key=lambda p: p[2])
print(by_city)
nums = [5, -3, 2, -8, 0, 7, -1]
nums.sort()
print(nums)
nums.sort(key=abs)
print(nums)
nums.sort(key=abs, reverse=True)
print(nums)
print(sorted("Sorting Letters"), sorted([3.5, 1, 2.25, -7]), sorted([]), sorted((3, 1, 2)))
words = "the quick brown fox jumps over the lazy dog".split()
print(sorted(words, key=len), sorted(words, key=lambda w: (-len(w), w)))
data = [[3, "c"], [1, "a"], [2, "b"], [1, "z"]]
data.sort()
print(data)
try:
    [1, "a"].sort()
except TypeError as e:
    print("TypeError", e)
class Item:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return f"Item({self.v})"
print(sorted([Item(3), Item(1), Item(2)]), max([Item(3), Item(9), Item(2)], key=lambda i: i.v))
big = [(i * 7919) % 1009 for i in range(300)]
sb = sorted(big)
print(sb[:10], sb[-10:], all(sb[i] <= sb[i + 1] for i in range(len(sb) - 1)))
