# A Matrix class with operators, determinant (fraction-free), transpose, power, and formatting.
class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
        self.n = len(self.rows)
        self.m = len(self.rows[0]) if self.rows else 0
        if any(len(r) != self.m for r in self.rows):
            raise ValueError("ragged matrix")
    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])
    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]
    def __eq__(self, o):
        return isinstance(o, Matrix) and self.rows == o.rows
    def __add__(self, o):
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, o.rows)])
    def __sub__(self, o):
        return self + o * -1
    def __mul__(self, o):
        if isinstance(o, Matrix):
            if self.m != o.n:
                raise ValueError(f"shape mismatch {self.n}x{self.m} * {o.n}x{o.m}")
            cols = list(zip(*o.rows))
            return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])
        return Matrix([[a * o for a in r] for r in self.rows])
    __rmul__ = __mul__
    def __pow__(self, k):
        result = Matrix.identity(self.n)
        base = self
        while k:
            if k & 1:
                result = result * base
            base = base * base
            k >>= 1
        return result
    def T(self):
        return Matrix(zip(*self.rows))
    def det(self):
        a = [r[:] for r in self.rows]
        n = self.n
        sign = 1
        prev = 1
        for k in range(n - 1):
            if a[k][k] == 0:
                for i in range(k + 1, n):
                    if a[i][k] != 0:
                        a[k], a[i] = a[i], a[k]
                        sign = -sign
                        break
                else:
                    return 0
            for i in range(k + 1, n):
                for j in range(k + 1, n):
                    a[i][j] = (a[i][j] * a[k][k] - a[i][k] * a[k][j]) // prev
            prev = a[k][k]
        return sign * a[n - 1][n - 1]
    def __repr__(self):
        w = max(len(str(x)) for r in self.rows for x in r)
        return "\n".join("[" + " ".join(f"{x:>{w}}" for x in r) + "]" for r in self.rows)
A = Matrix([[1, 2], [3, 4]])
B = Matrix([[0, 1], [1, 0]])
print(A + B, A - B, A * B, B * A, 3 * A, A * 2, sep="\n--\n")
print(A.T(), A.det(), B.det(), Matrix.identity(3).det(), sep="\n--\n")
F = Matrix([[1, 1], [1, 0]])
print((F ** 10)[0, 1], (F ** 90)[0, 1])
M = Matrix([[2, -3, 1, 5], [4, 0, -2, 1], [1, 1, 1, 1], [3, 2, 0, -1]])
print(M.det(), (M * M).det() == M.det() ** 2, M.T().det() == M.det())
print(Matrix([[1, 2, 3], [4, 5, 6], [7, 8, 9]]).det(), Matrix([[0, 1], [1, 0]]).det())
try:
    A * Matrix([[1, 2, 3]])
except ValueError as e:
    print("ValueError", e)
try:
    Matrix([[1], [1, 2]])
except ValueError as e:
    print("ValueError", e)
print(A == Matrix([[1, 2], [3, 4]]), A == B, A ** 0 == Matrix.identity(2))
