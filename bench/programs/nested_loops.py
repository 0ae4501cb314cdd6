def work(n):
    total = 0
    for i in range(n):
        for j in range(n):
            total += (i * j) % 7
    return total


def floats(n):
    acc = 0.0
    x = 0.5
    for i in range(n):
        acc += x * x - acc / (i + 1.0)
        x = x * 1.0000001 + 0.000001
    return acc


def main():
    print(work(1500))
    print(round(floats(2_000_000), 6))


if __name__ == "__main__":
    main()
