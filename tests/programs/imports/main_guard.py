# A module usable as a program and as an import: the __main__ guard.
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
def main():
    print("running as main:", __name__)
    print([fib(i) for i in range(15)])
if __name__ == "__main__":
    main()
else:
    print("imported as", __name__)
