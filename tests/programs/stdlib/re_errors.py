import re
bad = ['(', 'a)', '(?', '(?P<', '(?P<a', '(?P<1a>x)', '(?P<a>x)(?P<a>y)', '(?P=b)', '(?Q)', '(?<x)', '[a', '[z-a]', r'\q', '\\', r'\x4', r'\u12', '*', 'a|*', 'a**', 'a{2}{3}', r'\2', r'(a\1)', '(?<=a+)b', '(?<=a|bc)d', 'a(?i)b', '(?z)', '(?i', '^*', 'a{3,2}', r'(?P<a>x)(?P=a', '(?#abc', r'\g', '(?P>x)', r'[\q]', r'\N{foo}', '(?-i)a', '(?a)(?u)x', '(?i-:a)', 'x\n(', r'(?(1)a|b)']
for p in bad:
    try:
        re.compile(p); print(repr(p), "OK")
    except re.error as e:
        print(repr(p), "|", e, "|", e.msg, e.pos, e.lineno, e.colno)
    except Exception as e:
        print(repr(p), type(e).__name__, e)
print(re.findall(r'|a', 'a'), re.findall(r'a*', 'baaa'), re.sub('x*', '-', 'abxd'), re.split(r'\b', 'a b'), re.split('x*', 'axbc'))
print(re.compile('a', re.I|re.M).flags, re.compile('(?i)a').flags, re.compile(b'a').flags, repr(re.compile('(?s)a')), repr(re.compile(b'x', re.I)))
for p, f in [('(?L)a', 0), ('a', re.L), (b'(?u)a', 0), ('(?a)(?u)x', 0), (b'a', re.U), ('(?-a:x)', 0)]:
    try:
        re.compile(p, f); print(repr(p), "OK")
    except (re.error, ValueError) as e:
        print(repr(p), type(e).__name__, e)
e = re.error("boom", "ab\ncd", 4)
print(e, e.msg, e.pos, e.lineno, e.colno, re.error("plain").pos, isinstance(e, Exception))
try:
    re.sub("(a)", r"\g<2>", "a")
except re.error as e:
    print(e)
re.compile("a(b")
