# Exception handling inside loops and comprehensions; EAFP idioms.
data = ["1", "2", "x", "4", None, "6.5", "7"]
total = 0
errors = []
for item in data:
    try:
        total += int(item)
    except ValueError as e:
        errors.append(("ValueError", item))
    except TypeError as e:
        errors.append(("TypeError", item))
    else:
        continue
    finally:
        pass
print(total, errors)
def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return float("inf")
print([safe_div(10, b) for b in [1, 2, 0, 4]])
d = {"a": 1}
for key in ["a", "b", "a", "c"]:
    try:
        d[key] += 1
    except KeyError:
        d[key] = 100
print(d)
def first_int(values):
    for v in values:
        try:
            return int(v)
        except (ValueError, TypeError):
            continue
    raise LookupError("no int found")
print(first_int(["a", None, "12", "13"]))
try:
    first_int(["a"])
except LookupError as e:
    print("LookupError", e)
attempts = 0
while True:
    attempts += 1
    try:
        if attempts < 4:
            raise ConnectionError(f"try {attempts}")
        print("connected after", attempts)
        break
    except ConnectionError as e:
        print("failed:", e)
results = []
for i in range(-2, 3):
    try:
        results.append(10 // i)
    except ZeroDivisionError:
        results.append(None)
print(results)
