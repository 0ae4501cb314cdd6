def f(a, b=2, /, c=3, *args, d, e=5, **kw):
    return a, b, c, args, d, e, kw
print(f(1, d=4))
print(f(1, 2, 3, 4, 5, d=6, z=7))
args = (10, 20)
kwargs = {"d": 1, "q": 2}
print(f(*args, **kwargs))
try:
    f(1)
except TypeError as e:
    print(e)
try:
    f(1, d=1, a=2)
except TypeError as e:
    print(e)

def deco(tag):
    def wrap(fn):
        def inner(*a, **k):
            return f"<{tag}>" + fn(*a, **k) + f"</{tag}>"
        inner.__name__ = fn.__name__
        return inner
    return wrap

@deco("b")
@deco("i")
def text(s):
    return s
print(text("hi"), text.__name__)

adders = [lambda x, i=i: x + i for i in range(3)]
print([a(10) for a in adders])
late = [lambda x: x + i for i in range(3)]
print([a(10) for a in late])

def counter():
    count = 0
    def inc(by=1):
        nonlocal count
        count += by
        return count
    return inc
c = counter()
c(); c(5)
print(c())

total = 0
def add_global(n):
    global total
    total += n
for i in range(4):
    add_global(i)
print(total)

def rec(n):
    return 1 if n <= 1 else n * rec(n - 1)
print(rec(30))
print((lambda *a, **k: (a, k))(1, 2, x=3))
print(sorted(["bb", "a", "ccc"], key=len), list(map(lambda x: x * 2, [1, 2])), list(filter(None, [0, 1, 2])))
def gen_defaults(x=[]):
    x.append(1)
    return len(x)
print(gen_defaults(), gen_defaults())
print(f.__name__, f.__defaults__, f.__kwdefaults__)
