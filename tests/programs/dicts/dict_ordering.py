# Insertion order is preserved through updates, deletions and re-insertions.
d = {}
for k in ["zeta", "alpha", "mu", "beta"]:
    d[k] = len(k)
print(list(d))
d["alpha"] = 0
print(list(d))
del d["zeta"]
d["zeta"] = 9
print(list(d), d)
d.pop("mu")
d["mu"] = 1
print(d)
nums = {}
for i in [5, 3, 9, 1, 7, 3, 5]:
    nums[i] = nums.get(i, 0) + 1
print(nums, list(nums.keys()))
print(dict(sorted(nums.items())), dict(sorted(nums.items(), key=lambda kv: -kv[0])))
big = {i: str(i) for i in range(1000)}
for i in range(0, 1000, 2):
    del big[i]
print(len(big), list(big)[:5], list(big)[-3:])
for i in range(0, 10):
    big[i] = "re"
print(list(big)[-12:])
print(next(iter(big)), next(reversed(big)))
