import pickle
for p in (1, 4):
    for v in ([*range(2500)], {i: i for i in range(1001)}, set(range(2000)), [], {}, set(), [1], {1: 2}, {1}):
        d = pickle.dumps(v, p)
        print(p, len(d), pickle.loads(d) == v, d[-12:])
for p in (1, 4):
    for v in ([*range(1000)], [*range(1001)], {i: 0 for i in range(2000)}, set(range(1000)), set(range(1001)), [1, 2]):
        d = pickle.dumps(v, p)
        print(p, len(d), d[-14:])
