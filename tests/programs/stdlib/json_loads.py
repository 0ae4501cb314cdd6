import json
cases = ['"\\u12zz"', '"ab\\u12"', '"\\ud800\\u12"', '"\\ud800\\uzzzz"', '"\\ud800"', '"abc\\', '"abc\\u', '[1,2', '{"a":1', '{"a"', '{"a":', '["a" , ]', '{ }', '[ ]', 'true false', 'tru', '-x', '1.', '1.e5', '1e', '-01', '2.5E-3', '[1e400]', '"\t"', '{"a":1 "b":2}', '{"a":1, "b"}', '"\\ud834\\udd1e"', '"\\u00e9\\n\\/\\b\\f\\r"']
for s in cases:
    try: print(repr(s), repr(json.loads(s)))
    except json.JSONDecodeError as e: print(repr(s), 'ERR', e)
print(json.loads('"a\tb"', strict=False))
print(json.loads('[1.5, 2]', parse_float=str, parse_int=lambda x: int(x)*10))
print(json.loads('{"a":1,"a":2}'), json.loads('{"a":1,"b":2}', object_pairs_hook=list))
print(json.decoder.JSONDecoder().raw_decode('  [1] xx', 2))
print(json.loads(b'[1, "\xc3\xa9"]'), json.loads(b'\xff\xfe[\x001\x00]\x00'), json.loads(b'\xef\xbb\xbf{"a": 2}'), json.loads(bytearray(b'3')))
def show(f, *a, **k):
    try: print(repr(f(*a, **k)))
    except Exception as e: print(type(e).__name__ + ":", e)
show(json.loads, 5)
show(json.loads, None)
show(json.loads, '{"a": [1, 2.5, -3e2, true, false, null, "x"], "b": {"c": {}}}')
show(json.loads, '  {"nested": [[[[]]]], "e": "", "u": "\\u00e9\\u20ac\\ud83d\\ude00"}  ')
show(json.loads, '[1, 2]', object_hook=lambda d: "never")
show(json.loads, '{"a": {"b": 1}}', object_hook=lambda d: sorted(d.items()))
show(json.loads, '{"a": 1, "b": {"c": 2}}', object_pairs_hook=lambda p: ("P", p), object_hook=lambda d: "ignored")
show(json.loads, '[NaN, Infinity, -Infinity]', parse_constant=lambda c: "const:" + c)
show(json.loads, '[1, 2.0, 3e1]', parse_int=float, parse_float=lambda s: "F" + s)
show(json.loads, '123456789012345678901234567890')
show(json.loads, '-123456789012345678')
show(json.loads, '"\\u0041\\u00DF"')
big = "[" * 50 + "]" * 50
print(json.loads(big) == eval(big))
show(json.loads, "[" * 5000 + "]" * 5000)
try:
    json.loads('{\n  "a": 1,\n  "b": tru\n}')
except json.JSONDecodeError as e:
    print(e.msg, e.pos, e.lineno, e.colno, repr(e.doc[:5]), isinstance(e, ValueError), e.args)
    print(type(e).__module__, type(e).__name__, json.JSONDecodeError is json.decoder.JSONDecodeError)
try:
    json.loads('["é😀", x]')
except ValueError as e:
    print(e)
e = json.JSONDecodeError("custom", "ab\ncd", 4)
print(e, e.lineno, e.colno)

class Dec(json.JSONDecoder):
    def __init__(self, **kw):
        super().__init__(object_hook=self.hook, **kw)
    def hook(self, d):
        return {k.upper(): v for k, v in d.items()}

print(json.loads('{"a": {"b": 2}}', cls=Dec))
d = json.JSONDecoder(strict=False)
print(repr(d.decode('"a\nb"')), d.raw_decode('[1] [2]'), d.raw_decode('😀 "x"', 2))
show(d.raw_decode, ' 1')
show(d.raw_decode, '1', 5)
show(json.loads, '"\\u1234')
show(json.loads, '[1, 2] ]')
show(json.loads, '{"a" : 1 , "b" : [ ] }')
json.loads('{"a": 1,}')
