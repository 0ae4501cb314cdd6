# Basic complex numbers.
z = 3 + 4j
w = complex(1, -2)
print(z, w, repr(z), z.real, z.imag, abs(z), z.conjugate())
print(z + w, z - w, z * w, z / w, -z, +w)
print(z ** 2, w ** 3, (1j) ** 2, 2 ** (1j * 0))
print(complex(2), complex(0, 0), complex("1+2j"), complex("-3.5j"), complex(" 4 "))
print(1j, -1j, 0j, 2 + 0j, -0j, complex(-0.0, -0.0))
print(z == complex(3, 4), z == 3, complex(3, 0) == 3, z != w)
print(type(z).__name__, isinstance(z, complex), (1 + 2j).real.__class__.__name__)
print([complex(i, -i) for i in range(3)])
try:
    z < w
except TypeError as e:
    print("TypeError", e)
try:
    print(z / 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(f"{z}", str(1.5 + 2.25j), repr(complex(1e20, 1e-5)))
print((2 + 3j) * 1.5, 2 * (1 - 1j), (1 + 1j) + True)
print(hash(complex(5, 0)) == hash(5))
