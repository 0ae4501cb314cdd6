# Globals read by compiled code are folded as constants until rebound; names rebound often are
# read from the module dictionary instead. Both must always see the current binding.


def f():
    return "f1"


def call_f(n):
    return [f() for _ in range(n)]


print(call_f(2))


def f():
    return "f2"


print(call_f(2))

counter = 0


def bump():
    global counter
    counter += 1
    return counter


def read():
    return counter


for i in range(10):
    bump()
    if i % 3 == 0:
        print("read", read(), counter, i)

total = 0
for i in range(1000):
    total += i
print(total, i)


def uses_len(x):
    return len(x)


print(uses_len("abc"))
len = lambda x: 42  # noqa: E731
print(uses_len("abc"))
del len
print(uses_len("abc"))

try:
    del counter
    print(read())
except NameError as e:
    print("NameError:", e)
counter = 7
print(read())

import builtins
builtins.some_new_name = "from builtins"


def new_name():
    return some_new_name  # noqa: F821


print(new_name())
some_new_name = "shadowed"
print(new_name())
del some_new_name
print(new_name())
globals()["x_dyn"] = 1
for k in range(5):
    globals()["x_dyn"] += k
print(x_dyn)  # noqa: F821
d = {}
for k in range(100):
    d[k % 7] = k
print(sorted(d.items()))
