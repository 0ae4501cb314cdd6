# Graph algorithms with sets of ints: BFS, connected components, reachability.
edges = [(0, 1), (1, 2), (2, 0), (3, 4), (5, 6), (6, 7), (7, 5), (7, 8), (9, 9)]
adj = {}
for a, b in edges:
    adj.setdefault(a, set()).add(b)
    adj.setdefault(b, set()).add(a)
seen = set()
comps = []
for node in sorted(adj):
    if node in seen:
        continue
    comp = set()
    frontier = [node]
    while frontier:
        n = frontier.pop()
        if n in comp:
            continue
        comp.add(n)
        frontier.extend(sorted(adj[n] - comp))
    seen |= comp
    comps.append(sorted(comp))
print(comps)
def bfs(start):
    dist = {start: 0}
    q = [start]
    while q:
        n = q.pop(0)
        for m in sorted(adj[n]):
            if m not in dist:
                dist[m] = dist[n] + 1
                q.append(m)
    return dist
print(bfs(5), bfs(0))
primes = set(range(2, 100))
for i in range(2, 10):
    primes -= set(range(i * i, 100, i))
print(sorted(primes))
twin = {p for p in primes if p + 2 in primes}
print(sorted(twin))
