# Maze generation (deterministic LCG + randomized DFS), solving with BFS, Dijkstra and A* using a
# hand-written binary heap, and rendering the maze and paths as text.

class Rng:
    def __init__(self, seed):
        self.s = seed & 0xFFFFFFFF
    def next(self):
        # xorshift32
        x = self.s
        x ^= (x << 13) & 0xFFFFFFFF
        x ^= x >> 17
        x ^= (x << 5) & 0xFFFFFFFF
        self.s = x
        return x
    def shuffle(self, items):
        for i in range(len(items) - 1, 0, -1):
            j = self.next() % (i + 1)
            items[i], items[j] = items[j], items[i]
        return items

class MinHeap:
    def __init__(self):
        self.data = []
    def __len__(self):
        return len(self.data)
    def push(self, item):
        d = self.data
        d.append(item)
        i = len(d) - 1
        while i > 0:
            parent = (i - 1) // 2
            if d[i] < d[parent]:
                d[i], d[parent] = d[parent], d[i]
                i = parent
            else:
                break
    def pop(self):
        d = self.data
        top = d[0]
        last = d.pop()
        if d:
            d[0] = last
            i = 0
            n = len(d)
            while True:
                l, r = 2 * i + 1, 2 * i + 2
                smallest = i
                if l < n and d[l] < d[smallest]:
                    smallest = l
                if r < n and d[r] < d[smallest]:
                    smallest = r
                if smallest == i:
                    break
                d[i], d[smallest] = d[smallest], d[i]
                i = smallest
        return top

class Maze:
    def __init__(self, width, height, seed):
        self.w, self.h = width, height
        self.grid = [["#"] * (2 * width + 1) for _ in range(2 * height + 1)]
        self.rng = Rng(seed)
        self._carve()
    def _carve(self):
        stack = [(0, 0)]
        seen = {(0, 0)}
        self.grid[1][1] = " "
        while stack:
            x, y = stack[-1]
            dirs = self.rng.shuffle([(1, 0), (-1, 0), (0, 1), (0, -1)])
            for dx, dy in dirs:
                nx, ny = x + dx, y + dy
                if 0 <= nx < self.w and 0 <= ny < self.h and (nx, ny) not in seen:
                    seen.add((nx, ny))
                    self.grid[2 * y + 1 + dy][2 * x + 1 + dx] = " "
                    self.grid[2 * ny + 1][2 * nx + 1] = " "
                    stack.append((nx, ny))
                    break
            else:
                stack.pop()
    def open_cells(self):
        return [(r, c) for r, row in enumerate(self.grid) for c, ch in enumerate(row) if ch != "#"]
    def neighbors(self, cell):
        r, c = cell
        for dr, dc in ((-1, 0), (1, 0), (0, -1), (0, 1)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < len(self.grid) and 0 <= nc < len(self.grid[0]) and self.grid[nr][nc] != "#":
                yield (nr, nc)
    def render(self, path=(), marks=None):
        rows = [row[:] for row in self.grid]
        for r, c in path:
            rows[r][c] = "."
        for (r, c), ch in (marks or {}).items():
            rows[r][c] = ch
        return "\n".join("".join(row) for row in rows)

def bfs(maze, start, goal):
    prev = {start: None}
    queue = [start]
    head = 0
    while head < len(queue):
        cur = queue[head]
        head += 1
        if cur == goal:
            break
        for n in maze.neighbors(cur):
            if n not in prev:
                prev[n] = cur
                queue.append(n)
    return rebuild(prev, goal), head

def rebuild(prev, goal):
    if goal not in prev:
        return None
    path = []
    cur = goal
    while cur is not None:
        path.append(cur)
        cur = prev[cur]
    return path[::-1]

def weighted_search(maze, start, goal, cost, heuristic):
    dist = {start: 0}
    prev = {start: None}
    heap = MinHeap()
    heap.push((heuristic(start), 0, start))
    expanded = 0
    done = set()
    while heap:
        f, g, cur = heap.pop()
        if cur in done:
            continue
        done.add(cur)
        expanded += 1
        if cur == goal:
            break
        for n in maze.neighbors(cur):
            ng = g + cost(n)
            if ng < dist.get(n, float("inf")):
                dist[n] = ng
                prev[n] = cur
                heap.push((ng + heuristic(n), ng, n))
    return rebuild(prev, goal), dist.get(goal), expanded

def manhattan(goal):
    return lambda cell: abs(cell[0] - goal[0]) + abs(cell[1] - goal[1])

def main():
    maze = Maze(12, 6, seed=20240601)
    start = (1, 1)
    goal = (len(maze.grid) - 2, len(maze.grid[0]) - 2)
    print(maze.render(marks={start: "S", goal: "G"}))
    print("open cells:", len(maze.open_cells()))
    path, visited = bfs(maze, start, goal)
    print(f"BFS: length {len(path) - 1}, visited {visited}")
    print(maze.render(path, {start: "S", goal: "G"}))
    unit = lambda cell: 1
    p2, d2, e2 = weighted_search(maze, start, goal, unit, lambda c: 0)
    p3, d3, e3 = weighted_search(maze, start, goal, unit, manhattan(goal))
    print(f"Dijkstra: cost {d2}, expanded {e2}; A*: cost {d3}, expanded {e3}")
    print("same paths:", p2 == path, p3 == path, "A* expands no more than Dijkstra:", e3 <= e2)
    heavy = lambda cell: 5 if cell[1] % 4 == 1 else 1
    p4, d4, e4 = weighted_search(maze, start, goal, heavy, lambda c: 0)
    print(f"weighted Dijkstra: cost {d4}, steps {len(p4) - 1}, expanded {e4}")
    h = MinHeap()
    for v in [5, 3, 9, 1, 7, 3, 8, 2, 6, 4, 0]:
        h.push(v)
    print("heap order:", [h.pop() for _ in range(len(h))])
    walled = Maze(3, 3, seed=7)
    walled.grid[len(walled.grid) - 2][len(walled.grid[0]) - 3] = "#"
    walled.grid[len(walled.grid) - 3][len(walled.grid[0]) - 2] = "#"
    blocked, _ = bfs(walled, (1, 1), (5, 5))
    print("blocked maze path:", blocked)
    print(walled.render())
    dead_ends = sum(1 for cell in maze.open_cells() if len(list(maze.neighbors(cell))) == 1)
    junctions = sum(1 for cell in maze.open_cells() if len(list(maze.neighbors(cell))) >= 3)
    print("dead ends:", dead_ends, "junctions:", junctions)

main()
