# Complex nested control flow: loops inside try inside loops, early returns from nested loops, flags.
def search(grid, target):
    for r, row in enumerate(grid):
        for c, v in enumerate(row):
            if v == target:
                return r, c
    return None
g = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(search(g, 5), search(g, 10), search([], 1))
def process(items):
    results = []
    for i, item in enumerate(items):
        try:
            if item is None:
                continue
            if item == "stop":
                break
            value = 100 // item
        except ZeroDivisionError:
            results.append(("div0", i))
            continue
        except TypeError:
            results.append(("type", i))
        else:
            results.append(("ok", value))
        finally:
            results.append(("done", i))
    else:
        results.append(("exhausted",))
    return results
print(process([5, 0, None, "x", 20]))
print(process([1, "stop", 2]))
def primes_upto(n):
    out = []
    candidate = 2
    while True:
        if candidate > n:
            break
        for p in out:
            if p * p > candidate:
                out.append(candidate)
                break
            if candidate % p == 0:
                break
        else:
            out.append(candidate)
        candidate += 1
    return out
print(primes_upto(60))
state = "start"
transitions = 0
while state != "end":
    transitions += 1
    if state == "start":
        state = "middle"
    elif state == "middle":
        state = "loop" if transitions < 5 else "end"
    elif state == "loop":
        state = "middle"
print("transitions", transitions)
