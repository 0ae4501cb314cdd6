# Module-level control flow, globals modified in loops, counters, and conditional definitions.
import sys
DEBUG = False
if len(sys.argv) > 5:
    DEBUG = True
def log(msg):
    if DEBUG:
        print("DEBUG", msg)
    else:
        print("LOG", msg)
log("starting")
registry = []
for name in ["alpha", "beta"]:
    def handler(n=name):
        return f"handled {n}"
    registry.append(handler)
print([h() for h in registry])
if registry:
    def summary():
        return f"{len(registry)} handlers"
else:
    def summary():
        return "none"
print(summary())
total = 0
def add(n):
    global total
    total += n
for i in range(5):
    add(i)
print(total)
try:
    import nosuchmodule_here
except ImportError:
    nosuchmodule_here = None
print(nosuchmodule_here)
