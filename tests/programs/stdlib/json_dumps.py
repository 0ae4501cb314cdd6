import json
def show(f, *a, **k):
    try: print(repr(f(*a, **k)))
    except Exception as e: print(type(e).__name__ + ":", e)
show(json.dumps, float('nan'), allow_nan=False)
show(json.dumps, [float('inf')], allow_nan=False, indent=2)
show(json.dumps, {1: float('nan')}, allow_nan=False)
show(json.dumps, {float('nan'): 1}, allow_nan=False)
show(json.dumps, {(1,2): 1})
show(json.dumps, {(1,2): 1}, indent=1)
show(json.dumps, {(1,2): 1, 'a': 2}, skipkeys=True)
show(json.dumps, {1: 2, 'a': 3}, sort_keys=True)
show(json.dumps, object())
show(json.dumps, [object()], indent=2)
a = []; a.append(a)
show(json.dumps, a)
show(json.dumps, a, indent=2)
d = {}; d['x'] = d
show(json.dumps, d)
show(json.dumps, a, check_circular=False)
show(json.dumps, {True: 1, None: 2, 1.5: 3, 2: 4, False: 5})
show(json.dumps, "\x7f\x00\u2028é😀\ud800")
show(json.dumps, "\x7f\x00\u2028é😀", ensure_ascii=False)
show(json.dumps, {'a': [1, {'b': []}, {}]}, indent=2)
show(json.dumps, {'a': [1, 2]}, indent='\t')
show(json.dumps, {'a': [1, 2]}, indent=0)
show(json.dumps, {'a': [1, 2]}, indent='')
show(json.dumps, [1, 2], separators=(',', ':'))
show(json.dumps, {'a': 1}, indent=2, separators=(', ', ': '))
show(json.dumps, [1e16, 1.0, -0.0, 1e-7, 123456789.123, 2**70, True])
show(json.dumps, (1, 2))
show(json.dumps, set())
show(json.dumps, {"z": 1, "a": {"y": [3, 2], "b": None}}, sort_keys=True, indent=4)
show(json.dumps, "plain")
show(json.dumps, None)
show(json.dumps, [[], {}, [[]], {"a": {}}], indent=2)
show(json.dumps, {"k": "v"}, separators=(",", "="))
show(json.dumps, [1, [2, [3]]], indent=1, separators=(",", ":"))
show(json.dumps, {"a": 1}, ensure_ascii=False, indent=None)
show(json.dumps, ["\"quoted\" \\ back\n\t\r\b\f"])
show(json.dumps, 12345678901234567890123)
show(json.dumps, [0.1, 0.1 + 0.2, 1/3, 5e-324, 1.7976931348623157e308, float("nan"), float("-inf")])

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

def enc_point(o):
    if isinstance(o, Point):
        return {"x": o.x, "y": o.y}
    raise TypeError("no")

show(json.dumps, [Point(1, 2), Point(3, [4])], default=enc_point)
show(json.dumps, {"p": Point(1, 2)}, default=enc_point, indent=2)

class PointEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return [o.x, o.y]
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)

show(json.dumps, {"pts": [Point(0, 1)], "s": {3, 1, 2}}, cls=PointEncoder)
show(json.dumps, {"pts": [Point(0, 1)]}, cls=PointEncoder, indent=2, sort_keys=True)
show(json.dumps, [object()], cls=PointEncoder)
e = json.JSONEncoder(indent=2, sort_keys=True)
print(e.indent, e.sort_keys, repr(e.item_separator), repr(e.key_separator), e.skipkeys, e.ensure_ascii)
print(e.encode({"b": 1, "a": [1, 2]}))
print("".join(e.iterencode({"b": 1})))
print(json.JSONEncoder().encode("x\u00e9"), json.JSONEncoder(ensure_ascii=False).encode("x\u00e9"))
print(json.JSONEncoder(separators=(",", ":")).encode({"a": [1, 2]}))

class Upper(json.JSONEncoder):
    def encode(self, o):
        return super().encode(o).upper()

print(json.dumps({"a": "b"}, cls=Upper))
print(json.encoder.encode_basestring("a\"é\n"), json.encoder.encode_basestring_ascii("a\"é\n"))

TMP = "/tmp/_jyco_json_dump_test.json"
with open(TMP, "w") as f:
    json.dump({"a": [1, 2, {"b": None}], "c": "é"}, f, indent=2)
with open(TMP) as f:
    text = f.read()
print(text)
with open(TMP) as f:
    print(json.load(f))
show(json.dump, [float("nan")], open("/dev/null", "w"), allow_nan=False)
deep = []
for i in range(3000):
    deep = [deep]
show(json.dumps, deep, check_circular=False)
