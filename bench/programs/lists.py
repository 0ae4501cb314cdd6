def sieve(n):
    flags = [True] * (n + 1)
    flags[0] = flags[1] = False
    i = 2
    while i * i <= n:
        if flags[i]:
            for j in range(i * i, n + 1, i):
                flags[j] = False
        i += 1
    count = 0
    for k in range(n + 1):
        if flags[k]:
            count += 1
    return count


def lcs(a, b):
    n = len(a)
    m = len(b)
    prev = [0] * (m + 1)
    for i in range(1, n + 1):
        cur = [0] * (m + 1)
        ai = a[i - 1]
        for j in range(1, m + 1):
            if ai == b[j - 1]:
                cur[j] = prev[j - 1] + 1
            else:
                x = prev[j]
                y = cur[j - 1]
                cur[j] = x if x > y else y
        prev = cur
    return prev[m]


def matmul(n):
    a = [[(i * j) % 7 + 1 for j in range(n)] for i in range(n)]
    b = [[(i + j) % 5 - 2 for j in range(n)] for i in range(n)]
    c = [[0] * n for _ in range(n)]
    for i in range(n):
        ai = a[i]
        ci = c[i]
        for k in range(n):
            aik = ai[k]
            bk = b[k]
            for j in range(n):
                ci[j] += aik * bk[j]
    total = 0
    for row in c:
        total += sum(row)
    return total


def main():
    print(sieve(2_000_000))
    s1 = "".join("ACGT"[(i * i + 3 * i) % 4] for i in range(1500))
    s2 = "".join("ACGT"[(i * 7 + i // 3) % 4] for i in range(1500))
    print(lcs(s1, s2))
    print(matmul(120))


if __name__ == "__main__":
    main()
