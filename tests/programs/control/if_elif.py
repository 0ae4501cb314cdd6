# if/elif/else chains, conditional expressions, truthiness in conditions, nested ifs.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"
print([classify(n) for n in (-5, 0, 3, 42, 1000)])
def fizz(n):
    out = ""
    if n % 3 == 0:
        out += "Fizz"
    if n % 5 == 0:
        out += "Buzz"
    return out or str(n)
print(" ".join(fizz(i) for i in range(1, 31)))
def grade(score):
    return "A" if score >= 90 else "B" if score >= 80 else "C" if score >= 70 else "F"
print([grade(s) for s in (95, 85, 75, 65)])
for val in [[], [0], "", "0", 0, 0.0, None, {}, {"": 0}]:
    if val:
        print(repr(val), "truthy")
    else:
        print(repr(val), "falsy")
x = 7
if x > 5:
    if x % 2:
        print("big odd")
    else:
        print("big even")
if x: print("one-liner if")
y = 1 if x else 2
print(y)
def leap(year):
    if year % 400 == 0:
        return True
    if year % 100 == 0:
        return False
    return year % 4 == 0
print([y for y in range(1896, 1920) if leap(y)], leap(2000), leap(1900))
