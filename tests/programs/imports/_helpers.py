# Helper module imported by several programs (not a program itself: name starts with '_').
print("_helpers: executing module body")
GREETING = "hello from _helpers"
calls = 0
def greet(name):
    global calls
    calls += 1
    return f"{GREETING}, {name}"
def square(x):
    return x * x
class Counter:
    def __init__(self):
        self.n = 0
    def tick(self):
        self.n += 1
        return self.n
_private = "underscore name"
