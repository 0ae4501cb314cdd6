# min/max with key/default, sum with start, any/all.
nums = [5, -3, 8, 0, 8, -9]
print(min(nums), max(nums), min(nums, key=abs), max(nums, key=abs), max(3, 7, 5), min("b", "a", "c"))
print(max([], default="empty"), min([], default=None), max([1], default=0), max(nums, key=lambda x: -x))
words = ["kiwi", "fig", "banana", "apple", "date"]
print(min(words), max(words), min(words, key=len), max(words, key=len), max(words, key=lambda w: (len(w), w)))
print(max([(1, "b"), (1, "a"), (0, "z")]), min({"x": 9, "y": 1}), max({"x": 9, "y": 1}.items(), key=lambda kv: kv[1]))
print(max(5, 5.0), max(5.0, 5), min(0, False), max(True, 1))
try:
    max([])
except ValueError as e:
    print("ValueError", e)
try:
    min(1)
except TypeError as e:
    print("TypeError", e)
try:
    max(1, "a")
except TypeError as e:
    print("TypeError", e)
print(sum(nums), sum([]), sum(range(101)), sum([0.5, 0.25]), sum([[1], [2, 3]], []), sum((1, 2), 10), sum([1, 2], start=5))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError", e)
print(any([]), all([]), any([0, None, 3]), all([1, "x", [0]]), all(x > -10 for x in nums), any(x > 8 for x in nums))
print(sum(x for x in range(10) if x % 2), sum(1 for _ in "hello"), sum([True, True, False]))
