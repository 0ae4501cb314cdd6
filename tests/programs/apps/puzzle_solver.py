# Puzzle solvers: sudoku (constraint propagation + backtracking), N-queens, knight's tour, subset sum.

DIGITS = "123456789"
ROWS = "ABCDEFGHI"
COLS = DIGITS

def cross(a, b):
    return [x + y for x in a for y in b]

SQUARES = cross(ROWS, COLS)
UNITLIST = ([cross(ROWS, c) for c in COLS] +
            [cross(r, COLS) for r in ROWS] +
            [cross(rs, cs) for rs in ("ABC", "DEF", "GHI") for cs in ("123", "456", "789")])
UNITS = {s: [u for u in UNITLIST if s in u] for s in SQUARES}
PEERS = {s: sorted(set(x for u in UNITS[s] for x in u) - {s}) for s in SQUARES}

class Contradiction(Exception):
    pass

class Sudoku:
    def __init__(self, grid):
        self.stats = {"assign": 0, "eliminate": 0, "search": 0}
        chars = [c for c in grid if c in DIGITS or c in "0."]
        if len(chars) != 81:
            raise ValueError(f"grid has {len(chars)} cells, expected 81")
        self.values = {s: DIGITS for s in SQUARES}
        for s, d in zip(SQUARES, chars):
            if d in DIGITS:
                self.assign(self.values, s, d)

    def assign(self, values, s, d):
        self.stats["assign"] += 1
        for other in values[s].replace(d, ""):
            self.eliminate(values, s, other)
        return values

    def eliminate(self, values, s, d):
        if d not in values[s]:
            return values
        self.stats["eliminate"] += 1
        values[s] = values[s].replace(d, "")
        if len(values[s]) == 0:
            raise Contradiction(f"no values left for {s}")
        if len(values[s]) == 1:
            d2 = values[s]
            for p in PEERS[s]:
                self.eliminate(values, p, d2)
        for u in UNITS[s]:
            places = [sq for sq in u if d in values[sq]]
            if not places:
                raise Contradiction(f"no place for {d} in unit")
            if len(places) == 1:
                self.assign(values, places[0], d)
        return values

    def search(self, values):
        self.stats["search"] += 1
        if all(len(values[s]) == 1 for s in SQUARES):
            return values
        n, s = min((len(values[s]), s) for s in SQUARES if len(values[s]) > 1)
        for d in values[s]:
            try:
                return self.search(self.assign(dict(values), s, d))
            except Contradiction:
                continue
        raise Contradiction("search exhausted")

    def solve(self):
        self.values = self.search(self.values)
        return self

    def render(self):
        lines = []
        for i, r in enumerate(ROWS):
            if i in (3, 6):
                lines.append("------+-------+------")
            row = []
            for j, c in enumerate(COLS):
                if j in (3, 6):
                    row.append("|")
                v = self.values[r + c]
                row.append(v if len(v) == 1 else ".")
            lines.append(" ".join(row))
        return "\n".join(lines)

    def is_valid(self):
        for u in UNITLIST:
            if sorted(self.values[s] for s in u) != list(DIGITS):
                return False
        return True

PUZZLES = [
    "003020600900305001001806400008102900700000008006708200002609500800203009005010300",
    "4.....8.5.3..........7......2.....6.....8.4......1.......6.3.7.5..2.....1.4......",
    "..53.....8......2..7..1.5..4....53...1..7...6..32...8..6.5....9..4....3......97..",
]

def run_sudoku():
    for n, p in enumerate(PUZZLES, 1):
        print(f"Puzzle {n}: {sum(c in DIGITS for c in p)} givens")
        s = Sudoku(p).solve()
        print(s.render())
        print("valid:", s.is_valid(), "| stats:", s.stats)
        print()
    try:
        Sudoku("11" + "0" * 79)
    except Contradiction as e:
        print("contradiction detected:", e)
    try:
        Sudoku("123")
    except ValueError as e:
        print("ValueError:", e)

def n_queens(n):
    solutions = []
    cols = [0] * n
    used_c = [False] * n
    used_d1 = [False] * (2 * n)
    used_d2 = [False] * (2 * n)
    def place(row):
        if row == n:
            solutions.append(cols[:])
            return
        for c in range(n):
            if not used_c[c] and not used_d1[row + c] and not used_d2[row - c + n]:
                cols[row] = c
                used_c[c] = used_d1[row + c] = used_d2[row - c + n] = True
                place(row + 1)
                used_c[c] = used_d1[row + c] = used_d2[row - c + n] = False
    place(0)
    return solutions

def run_queens():
    for n in range(1, 9):
        sols = n_queens(n)
        print(f"{n}-queens: {len(sols)} solutions")
    first = n_queens(8)[0]
    for r in range(8):
        print(" ".join("Q" if first[r] == c else "." for c in range(8)))
    unique = set()
    for sol in n_queens(6):
        variants = []
        board = sol
        for _ in range(4):
            board = rotate(board)
            variants.append(tuple(board))
            variants.append(tuple(reversed(board)))
        unique.add(min(variants))
    print("6-queens distinct up to symmetry:", len(unique))

def rotate(cols):
    n = len(cols)
    out = [0] * n
    for r, c in enumerate(cols):
        out[c] = n - 1 - r
    return out

def knights_tour(n, start=(0, 0)):
    moves = [(2, 1), (1, 2), (-1, 2), (-2, 1), (-2, -1), (-1, -2), (1, -2), (2, -1)]
    board = [[0] * n for _ in range(n)]
    def onboard(r, c):
        return 0 <= r < n and 0 <= c < n and board[r][c] == 0
    def degree(r, c):
        return sum(1 for dr, dc in moves if onboard(r + dr, c + dc))
    r, c = start
    board[r][c] = 1
    for step in range(2, n * n + 1):
        options = [(degree(r + dr, c + dc), r + dr, c + dc) for dr, dc in moves if onboard(r + dr, c + dc)]
        if not options:
            return None
        _, r, c = min(options)
        board[r][c] = step
    return board

def run_knights():
    for n in (5, 6):
        board = knights_tour(n)
        if board is None:
            print(f"{n}x{n}: no tour found by Warnsdorff")
            continue
        print(f"{n}x{n} knight's tour:")
        for row in board:
            print(" ".join(f"{v:2d}" for v in row))

def subset_sum(nums, target):
    reachable = {0: []}
    for x in nums:
        for s, combo in list(reachable.items()):
            t = s + x
            if t <= target and t not in reachable:
                reachable[t] = combo + [x]
    return reachable.get(target)

def run_subset():
    nums = [3, 34, 4, 12, 5, 2, 27, 19]
    for target in (9, 30, 53, 100, 106):
        combo = subset_sum(nums, target)
        print(f"subset sum {target}: {combo}", "" if combo is None else f"(check {sum(combo)})")

run_sudoku()
run_queens()
run_knights()
run_subset()
