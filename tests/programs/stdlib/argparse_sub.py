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

p = argparse.ArgumentParser(prog='git')
p.add_argument('--git-dir', default='.git')
sub = p.add_subparsers(dest='command', help='sub-command help')
c = sub.add_parser('commit', help='record changes')
c.add_argument('-m', '--message', required=True)
c.add_argument('--amend', action='store_true')
c.set_defaults(func='do_commit')
a = sub.add_parser('add', help='add files', aliases=['stage'])
a.add_argument('paths', nargs='+')
sub.add_parser('status')
for argv in [['commit', '-m', 'hi'], ['--git-dir', 'x', 'add', 'a', 'b'], ['stage', 'f'], ['status'], [], ['push'], ['commit'],
             ['add'], ['commit', '-m', 'x', '--bogus'], ['-h'], ['commit', '-h'], ['add', '--help']]:
    run(p, argv)

q = argparse.ArgumentParser(prog='tool')
q.add_argument('target')
s2 = q.add_subparsers(title='commands', description='valid commands', dest='cmd', required=True, metavar='COMMAND')
s2.add_parser('run', help='run it').add_argument('--fast', action='store_true')
s2.add_parser('stop', help='stop it')
for argv in [['t', 'run', '--fast'], ['t'], ['t', 'jump'], ['-h'], ['t', 'run', '-h']]:
    run(q, argv)

long = argparse.ArgumentParser(prog='a-program-with-a-rather-long-name')
for i in range(8):
    long.add_argument('--option-number-%d' % i, metavar='VALUE%d' % i, help='the option number %d which does something quite interesting and needs a long explanation' % i)
long.add_argument('input_files', nargs='+', help='inputs')
long.add_argument('output', help='output')
run(long, ['-h'])
run(long, [])

fmt = argparse.ArgumentParser(prog='fmt', formatter_class=argparse.ArgumentDefaultsHelpFormatter, description='first line\n  indented second')
fmt.add_argument('--level', type=int, default=2, help='the level')
fmt.add_argument('--name', default='x')
fmt.add_argument('--flag', action=argparse.BooleanOptionalAction, default=False, help='toggle')
fmt.add_argument('--hidden', help=argparse.SUPPRESS)
fmt.add_argument('--xx', '--extra-long-option-name', dest='xx', help='an option whose invocation is long')
run(fmt, ['-h'])
run(fmt, ['--no-flag', '--flag', '--hidden', 'h'])
raw = argparse.ArgumentParser(prog='raw', formatter_class=argparse.RawDescriptionHelpFormatter, description='line one\n    line two\n\nparagraph', epilog='bye\n  now')
run(raw, ['--help'])

def positive(s):
    v = int(s)
    if v <= 0:
        raise argparse.ArgumentTypeError('%r is not positive' % s)
    return v
t = argparse.ArgumentParser(prog='types', exit_on_error=False)
t.add_argument('--n', type=positive)
t.add_argument('--e', action='extend', nargs='+')
t.add_argument('--ac', action='append_const', const=1)
print(t.parse_args(['--n', '3', '--e', 'a', 'b', '--e', 'c', '--ac', '--ac']))
for argv in [['--n', '-2'], ['--n', 'x'], ['--zzz']]:
    try:
        print(t.parse_args(argv))
    except argparse.ArgumentError as e:
        print('ArgumentError', e)
    except SystemExit as e:
        print('exit', e.code)
parent = argparse.ArgumentParser(add_help=False)
parent.add_argument('--shared', default='s')
child = argparse.ArgumentParser(prog='child', parents=[parent])
child.add_argument('x')
print(child.parse_args(['--shared', 'v', '1']), child.format_usage(), end='')
try:
    child.add_argument('--shared')
except argparse.ArgumentError as e:
    print('ArgumentError', e)
print(argparse.ArgumentParser(prog='dflt').parse_args([]))
run(argparse.ArgumentParser(prog='amb', allow_abbrev=True), ['--x'])
amb = argparse.ArgumentParser(prog='amb')
amb.add_argument('--foo')
amb.add_argument('--far')
run(amb, ['--f', '1'])
run(amb, ['--fo', '1', '-1'])
sys.argv = ['myprog.py', '--foo', 'cli']
print(amb.parse_args().foo, argparse.ArgumentParser().prog)
run(amb, ['--foo'])
