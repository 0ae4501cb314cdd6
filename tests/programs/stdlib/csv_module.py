import csv
import io
import os
import tempfile


def show_write(rows, **kw):
    buf = io.StringIO()
    w = csv.writer(buf, **kw)
    counts = [w.writerow(r) for r in rows]
    print(repr(buf.getvalue()), counts)


print("--- writer")
show_write([["a", "b c", "d,e", 'q"uote', "line\nbreak", ""], [1, 2.5, None, True, -0.0, 1e100]])
show_write([[""], [], ["", ""], [" lead", "trail "]])
show_write([["a", "b,c"]], quoting=csv.QUOTE_ALL)
show_write([["a", 1, 2.0, None, "", False]], quoting=csv.QUOTE_NONNUMERIC)
show_write([["a,b", 'c"d', "e\\f"]], quoting=csv.QUOTE_NONE, escapechar="\\")
show_write([['say "hi"', "x"]], doublequote=False, escapechar="\\")
show_write([["a;b", "c,d"]], delimiter=";")
show_write([["a|b", "c"]], quotechar="|")
show_write([["x", "y\r\nz"]], lineterminator="\n")
show_write([["tab\there", "x"]], dialect="excel-tab")
show_write([["u", 1]], dialect="unix")
buf = io.StringIO()
csv.writer(buf).writerows([[1, 2], (3, 4), "ab", range(3)])
print(repr(buf.getvalue()))

print("--- reader")
def show_read(text, **kw):
    r = csv.reader(io.StringIO(text, newline=""), **kw)
    rows = list(r)
    print(rows, r.line_num)

show_read('a,b,c\r\n1,"2,x",3\r\n"q""uote",,"multi\nline"\r\n\r\nlast')
show_read("a, b,  c\n", skipinitialspace=True)
show_read('a,"b" x,c\n')
show_read('1,"two",3.5\n', quoting=csv.QUOTE_NONNUMERIC)
show_read('a\\,b,c\\\nd\n', escapechar="\\")
show_read('a\\,b,"c""d"\n', quoting=csv.QUOTE_NONE, escapechar="\\")
show_read('"a\\"b",c\n', doublequote=False, escapechar="\\")
show_read("a;b;c\n", delimiter=";")
show_read("a\tb\n", dialect="excel-tab")
show_read('"unterminated\nstill')
print(list(csv.reader(["a,b", "c,d"])))
print(list(csv.reader(["", "x"])))

print("--- dialects")
print(sorted(csv.list_dialects()))
d = csv.get_dialect("excel")
print(d.delimiter, repr(d.quotechar), d.escapechar, d.doublequote, d.skipinitialspace,
      repr(d.lineterminator), d.quoting, d.strict)
csv.register_dialect("pipes", delimiter="|", quoting=csv.QUOTE_ALL)
p = csv.get_dialect("pipes")
print(p.delimiter, p.quoting, repr(p.lineterminator))
show_write([["a", "b"]], dialect="pipes")
show_write([["a", "b"]], dialect="pipes", quoting=csv.QUOTE_MINIMAL)
class Semi(csv.Dialect):
    delimiter = ";"
    quotechar = "'"
    doublequote = True
    skipinitialspace = False
    lineterminator = "\n"
    quoting = csv.QUOTE_MINIMAL
csv.register_dialect("semi", Semi)
show_write([["it's", "b;c"]], dialect="semi")
show_write([["it's", "b;c"]], dialect=Semi)
show_read("'a;b';c\n", dialect=Semi())
csv.unregister_dialect("pipes")
print(sorted(csv.list_dialects()))
try:
    p.delimiter = ","
except AttributeError as e:
    print("AttributeError", e)

print("--- errors")
def err(f, *a, **k):
    try:
        f(*a, **k)
        print("no error")
    except (csv.Error, TypeError, ValueError) as e:
        print(type(e).__name__, e)

err(csv.get_dialect, "nope")
err(csv.unregister_dialect, "nope")
err(csv.register_dialect, 1)
err(csv.writer, io.StringIO(), delimiter="")
err(csv.writer, io.StringIO(), delimiter=5)
err(csv.writer, io.StringIO(), delimiter="ab")
err(csv.writer, io.StringIO(), quoting=9)
err(csv.writer, io.StringIO(), lineterminator=5)
err(csv.writer, io.StringIO(), escapechar="ab")
err(csv.writer, io.StringIO(), quotechar=4)
err(csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow, [""])
err(csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow, ["a,b"])
err(csv.writer(io.StringIO()).writerow, 5)
err(list, csv.reader(['"abc'], strict=True))
err(list, csv.reader(['"a"b'], strict=True))
err(list, csv.reader(["a\rb"]))
err(list, csv.reader([b"ab"]))
err(list, csv.reader(["1,x"], quoting=csv.QUOTE_NONNUMERIC))
print(csv.Error.__module__, issubclass(csv.Error, Exception))
old = csv.field_size_limit(5)
print(old, csv.field_size_limit())
err(list, csv.reader(["abcdefgh"]))
print(list(csv.reader(["abcde"])))
csv.field_size_limit(old)

print("--- DictReader / DictWriter")
text = "name,age,city\r\nAnn,30,Oslo\r\n\r\nBob,25\r\nCid,41,Rome,extra,more\r\n"
r = csv.DictReader(io.StringIO(text, newline=""))
print(r.fieldnames)
for row in r:
    print(row, r.line_num)
r = csv.DictReader(io.StringIO(text, newline=""), restkey="rest", restval="?")
print(list(r))
r = csv.DictReader(["1;2", "3;4"], fieldnames=["x", "y"], delimiter=";")
print(list(r))
print(csv.DictReader(io.StringIO("")).fieldnames)

buf = io.StringIO()
w = csv.DictWriter(buf, fieldnames=["id", "name", "score"], restval="n/a")
print(w.writeheader())
print(w.writerow({"id": 1, "name": "Ann, A.", "score": 9.5}))
w.writerows([{"id": 2, "name": "Bob"}, {"name": "Cid", "id": 3, "score": 0}])
print(repr(buf.getvalue()))
err(w.writerow, {"id": 4, "bad": 1})
w2 = csv.DictWriter(io.StringIO(), ["a"], extrasaction="ignore")
w2.writerow({"a": 1, "b": 2})
err(csv.DictWriter, io.StringIO(), ["a"], extrasaction="skip")

print("--- files")
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "data.csv")
    with open(path, "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["k", "v"])
        w.writerows([[i, "x" * i] for i in range(3)])
        w.writerow(["multi", "a\nb"])
    with open(path, "rb") as f:
        print(f.read())
    with open(path, newline="") as f:
        print(list(csv.reader(f)))
    with open(path, newline="") as f:
        print([dict(row) for row in csv.DictReader(f)])

print("--- Sniffer")
s = csv.Sniffer()
for sample in ["a,b,c\n1,2,3\n4,5,6\n",
               "name;age\nann;30\nbob;25\n",
               '"x","y"\n"1","2"\n',
               "a\tb\tc\nd\te\tf\n",
               "one: two: three\nfour: five: six\n",
               "'a b',c\n'd e',f\n"]:
    d = s.sniff(sample)
    print(repr(d.delimiter), repr(d.quotechar), d.doublequote, d.skipinitialspace, s.has_header(sample))
print(s.has_header("name,age\nann,30\nbob,25\n"), s.has_header("1,2\n3,4\n5,6\n"))
print(s.sniff("a|b|c\nd|e|f\n", delimiters="|").delimiter)
try:
    s.sniff("abc\ndef\n")
except csv.Error as e:
    print(e)
