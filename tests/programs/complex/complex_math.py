# Complex arithmetic used for a tiny Mandelbrot and polynomial evaluation.
def mandel(c, limit=30):
    z = 0j
    for i in range(limit):
        z = z * z + c
        if abs(z) > 2:
            return i
    return limit
rows = []
for y in range(-6, 7):
    row = ""
    for x in range(-20, 8):
        n = mandel(complex(x / 10, y / 6))
        row += " .:-=+*#%@"[min(n, 30) // 3 - (1 if n == 30 else 0)] if n < 30 else "@"
    rows.append(row)
print("\n".join(rows))
def poly(coeffs, z):
    r = 0
    for c in coeffs:
        r = r * z + c
    return r
print(poly([1, 0, 1], 1j), poly([1, -3, 3, -1], 1 + 1j), poly([2, 0.5], 2j))
roots = [1, 1j, -1, -1j]
print([r ** 4 for r in roots])
print(sum(roots), sum(r * r for r in roots))
