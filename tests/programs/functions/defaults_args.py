# Default arguments, evaluation time, mutable default pitfall.
def greet(name, greeting="Hello", punct="!"):
    return f"{greeting}, {name}{punct}"
print(greet("Ann"), greet("Bob", "Hi"), greet("Cy", punct="?"), greet(greeting="Yo", name="Di"))
counter = 10
def snapshot(x=counter):
    return x
counter = 20
print(snapshot(), snapshot(5))
def append_to(item, bucket=[]):
    bucket.append(item)
    return bucket
print(append_to(1), append_to(2), append_to(3, []), append_to(4))
def safe_append(item, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(item)
    return bucket
print(safe_append(1), safe_append(2))
print(greet.__defaults__, snapshot.__defaults__, safe_append.__name__)
try:
    greet()
except TypeError as e:
    print("TypeError", e)
try:
    greet("a", "b", "c", "d")
except TypeError as e:
    print("TypeError", e)
try:
    greet("a", nme="x")
except TypeError as e:
    print("TypeError", e)
try:
    greet("a", name="b")
except TypeError as e:
    print("TypeError", e)
