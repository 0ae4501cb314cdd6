print("hello", 1 + 2, 2.5 * 2, "a" + "b")
x = [1, 2, 3]
x.append(4)
print(x, len(x), x[-1])
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
print(fib(20))
d = {"a": 1}
d["b"] = 2
for k, v in d.items():
    print(k, v)
