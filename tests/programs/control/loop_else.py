# for/else and while/else with break/continue.
def find(items, target):
    for i, v in enumerate(items):
        if v == target:
            print(f"found {target} at {i}")
            break
    else:
        print(f"{target} not found")
find([1, 2, 3], 2)
find([1, 2, 3], 5)
find([], 1)
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, "is prime")
i = 0
while i < 5:
    i += 1
    if i == 3:
        continue
    print("while", i)
else:
    print("while finished normally")
j = 0
while True:
    j += 1
    if j > 3:
        break
else:
    print("never printed")
print("j =", j)
k = 10
while k < 5:
    print("never")
else:
    print("else runs when condition false initially")
for x in []:
    pass
else:
    print("empty for runs else")
for outer in range(3):
    for inner in range(3):
        if inner == outer:
            continue
        if inner > outer:
            break
        print("pair", outer, inner)
