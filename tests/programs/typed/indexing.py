# Items indexed by typed int expressions (passed to the item sites as longs) and typed
# arithmetic inside other expressions (boxed once), with their failure cases.


class Echo:
    def __getitem__(self, k):
        return ("item", k, type(k).__name__)

    def __setitem__(self, k, v):
        print("set", k, v)


class MyList(list):
    def __getitem__(self, k):
        return ("mine", list.__getitem__(self, k))


def reads(seq, n):
    out = []
    for i in range(n):
        out.append(seq[i])
        out.append(seq[-i - 1])
        out.append(seq[(i * 7) % n])
    return out


def writes(n):
    a = [0] * n
    for i in range(n):
        a[i] = i * i
        a[n - 1 - i] += i
        a[i // 2] -= 1
    return a


def dict_items(n):
    d = {}
    for i in range(n):
        d[i % 3] = d.get(i % 3, 0) + i
        d[i * 4611686018427387904] = i
    return d


def aug_items(n):
    d = {0: 0, 1: 0}
    a = [[0, 0], [0, 0]]
    for i in range(n):
        d[i % 2] += i
        a[i % 2][(i + 1) % 2] += i * 10
    return d, a


def out_of_range(which):
    a = [1, 2, 3]
    t = (1, 2, 3)
    s = "abc"
    i = 3
    for _ in range(1):
        if which == 0:
            return a[i]
        if which == 1:
            a[i] = 0
        if which == 2:
            return t[i + 5]
        if which == 3:
            return s[-i - 1]
        if which == 4:
            return a[i * 4611686018427387904 * 4]
        if which == 5:
            a[i * 9223372036854775807] += 1
    return a


def args(n):
    out = []
    for i in range(n):
        out.append(i * 3)
        out.append(-i)
        out.append(i * 4611686018427387904)
        out.append((i + 1) / 2)
        out.append(i if i % 2 else -i)
        out.append(str(i << 62))
    return out


def strings_and_bytes(n):
    s = "héllo wörld"
    b = b"bytes!"
    ba = bytearray(b"abc")
    out = []
    for i in range(n):
        out.append(s[i])
        out.append(b[i % len(b)])
        ba[i % 3] = 65 + i
    return out, ba


print(reads([10, 20, 30, 40], 4))
print(reads((1, 2, 3), 3))
print(reads("xyz", 3))
print(reads(Echo(), 2))
print(reads(MyList([5, 6]), 2))
print(reads({0: "a", 1: "b", -1: "z", -2: "y"}, 2))
print(writes(6))
print(dict_items(5))
print(aug_items(5))
for w in range(6):
    try:
        print(out_of_range(w))
    except Exception as e:
        print(type(e).__name__, e)
print(args(4))
print(strings_and_bytes(5))


def echo_set(n):
    e = Echo()
    for i in range(n):
        e[i * 2] = i
        e[i - 4611686018427387904 * 4] = "big"


echo_set(2)
