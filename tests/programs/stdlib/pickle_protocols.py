import pickle
vals = [b"", b"bytes", bytearray(b"ba"), set(), {1, 2}, frozenset([3]), 2**63, -2**70, 1e300, -1e-310, "é€😀", "x"*300]
for p in (0, 1, 2):
    for v in vals:
        print(p, repr(v)[:20], pickle.dumps(v, p))
