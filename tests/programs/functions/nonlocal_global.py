# global and nonlocal declarations at several nesting levels.
x = "global x"
counter = 0
def read_global():
    return x
def write_global():
    global x, counter
    x = "rebound"
    counter += 1
print(read_global())
write_global()
print(read_global(), counter, x)
def shadow():
    x = "local"
    return x
print(shadow(), x)
def level1():
    a = 1
    def level2():
        nonlocal a
        a += 10
        def level3():
            nonlocal a
            a *= 2
            return a
        return level3()
    r = level2()
    return a, r
print(level1())
def unbound():
    try:
        print(y)
    except NameError as e:
        print("NameError", e)
    y = 1
    return y
unbound()
def unbound_local():
    try:
        counter += 1
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
unbound_local()
def make_global_in_func():
    global created_later
    created_later = [1, 2, 3]
make_global_in_func()
print(created_later)
def gen_counter():
    n = 0
    def step():
        nonlocal n
        n += 1
        return n
    return [step() for _ in range(4)], n
print(gen_counter())
g = globals()
print("x" in g, g["counter"], "shadow" in g)
