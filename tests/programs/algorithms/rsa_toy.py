# Toy RSA with big integers: Miller-Rabin with fixed bases, extended Euclid, modular inverse, CRT.
def is_probable_prime(n):
    if n < 2:
        return False
    small = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37]
    for p in small:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in small:
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True
def next_prime(n):
    n += 1 + (n % 2 == 1)
    while not is_probable_prime(n):
        n += 2
    return n
def egcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y
def modinv(a, m):
    g, x, _ = egcd(a, m)
    if g != 1:
        raise ValueError("not invertible")
    return x % m
print([n for n in range(90, 130) if is_probable_prime(n)])
print(is_probable_prime(2 ** 61 - 1), is_probable_prime(2 ** 61 + 1), is_probable_prime(561), is_probable_prime(2 ** 89 - 1))
p = next_prime(10 ** 30)
q = next_prime(3 * 10 ** 29 + 12345)
n = p * q
phi = (p - 1) * (q - 1)
e = 65537
d = modinv(e, phi)
print(p, q)
print(n, n.bit_length(), (e * d) % phi)
msg = int.from_bytes("Hello, JVM!".encode(), "big")
c = pow(msg, e, n)
m2 = pow(c, d, n)
print(c)
print(m2 == msg, m2.to_bytes((m2.bit_length() + 7) // 8, "big").decode())
dp, dq, qinv = d % (p - 1), d % (q - 1), modinv(q, p)
m1 = pow(c, dp, p)
m2b = pow(c, dq, q)
h = (qinv * (m1 - m2b)) % p
print("CRT agrees:", m2b + h * q == msg)
sig = pow(msg, d, n)
print("signature verifies:", pow(sig, e, n) == msg)
print(egcd(240, 46), modinv(3, 11), pow(3, -1, 11))
try:
    modinv(6, 9)
except ValueError as err:
    print("ValueError", err)
