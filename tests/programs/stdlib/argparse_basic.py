import argparse, sys, io

def run(parser, argv):
    out, err = io.StringIO(), io.StringIO()
    old = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = out, err
    try:
        result = parser.parse_args(argv)
    except SystemExit as e:
        result = 'exit %r' % (e.code,)
    finally:
        sys.stdout, sys.stderr = old
    print('>>', argv, '->', result)
    if out.getvalue():
        print('[stdout]\n' + out.getvalue(), end='')
    if err.getvalue():
        print('[stderr]\n' + err.getvalue(), end='')

p = argparse.ArgumentParser(prog='tool', description='Process some files and do things with them in a configurable way.', epilog='See the manual for more.')
p.add_argument('src', help='source file')
p.add_argument('dst', nargs='?', default='out.txt', help='destination (default: %(default)s)')
p.add_argument('-v', '--verbose', action='store_true', help='be chatty')
p.add_argument('-q', action='store_false', dest='loud')
p.add_argument('-n', '--count', type=int, default=3, help='how many times')
p.add_argument('--mode', choices=['fast', 'slow'], default='fast', help='speed')
p.add_argument('-I', '--include', action='append', metavar='DIR', help='add a directory')
p.add_argument('-d', action='count', default=0, help='debug level')
p.add_argument('--const', action='store_const', const=42)
p.add_argument('--version', action='version', version='%(prog)s 1.0')
p.add_argument('--ratio', type=float)
p.add_argument('--pair', nargs=2, metavar=('A', 'B'))
p.add_argument('--many', nargs='*')
p.add_argument('--some', nargs='+', type=int)
for argv in [['a'], ['a', 'b'], ['a', '-v', '-n', '5'], ['-vdd', 'a', '--mode=slow'], ['a', '-I', 'x', '-I', 'y', '--include=z'],
             ['a', '--count', 'x'], ['a', '--mode', 'medium'], [], ['a', 'b', 'c'], ['a', '-x'], ['a', '--pair', '1'],
             ['a', '--pair', '1', '2', '--many', '--some', '1', '2'], ['a', '--some'], ['a', '-n'], ['--help'], ['--version'],
             ['a', '--ratio', '2.5', '-q', '--const'], ['a', '--cou', '7'], ['a', '--', '-b'], ['-n5', 'a'], ['a', '--ratio=-1.5'],
             ['a', '-n', '-3']]:
    run(p, argv)
print(repr(p.parse_args(['f'])))
ns, rest = p.parse_known_args(['f', '--unknown', 'x', '-v'])
print(ns.verbose, rest)
print(p.format_usage(), end='')

q = argparse.ArgumentParser(prog='calc')
q.add_argument('nums', nargs='+', type=int, help='numbers')
q.add_argument('--op', default='sum', choices=('sum', 'max'))
q.add_argument('rest', nargs='*')
for argv in [['1', '2', '3'], ['x'], [], ['1', '--op', 'max', '2'], ['--op', 'max']]:
    run(q, argv)
run(q, ['-h'])

r = argparse.ArgumentParser(prog='grp', add_help=False)
g = r.add_mutually_exclusive_group()
g.add_argument('--json', action='store_true')
g.add_argument('--xml', action='store_true')
g2 = r.add_mutually_exclusive_group(required=True)
g2.add_argument('-a', action='store_const', const='A', dest='letter')
g2.add_argument('-b', action='store_const', const='B', dest='letter')
ag = r.add_argument_group('output', 'Options controlling the output.')
ag.add_argument('--width', type=int, default=80, help='line width')
r.add_argument('file', nargs='*')
for argv in [['-a'], ['--json', '--xml', '-a'], [], ['-a', '-b'], ['-b', '--xml', 'f1', 'f2'], ['--width', '9', '-a']]:
    run(r, argv)
print(r.format_help())
ns = argparse.Namespace(a=1, b='x')
print(ns, ns == argparse.Namespace(b='x', a=1), 'a' in ns, vars(ns), argparse.Namespace(**{'a-b': 1, 'c': 2}))
