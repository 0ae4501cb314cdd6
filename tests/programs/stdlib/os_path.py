import os, os.path
import sys
from os import path
print(path is os.path, sys.modules['os.path'] is os.path, os.path.__name__)
print(os.name, os.sep, repr(os.linesep), os.curdir, os.pardir, os.pathsep, os.devnull)
j = os.path.join
print(j('a', 'b', 'c'), j('/a', '/b'), j('a/', 'b'), j('', 'x'), j(b'a', b'b'))
for p in ['a/b/c', '/', '//', '///a//b/', 'a', '', 'a/b/', '/a']:
    print(repr(p), os.path.split(p), os.path.basename(p), os.path.dirname(p), os.path.normpath(p))
for p in ['a.txt', '.bashrc', 'a/b.tar.gz', 'a.b/c', '...x', 'x.', '/a/..b']:
    print(repr(p), os.path.splitext(p))
for p in ['a/./b/../c', '../../a', '/../a', '//a/b', 'a//b///c/.', './', '..', 'a/..']:
    print(repr(p), repr(os.path.normpath(p)))
print(os.path.isabs('/x'), os.path.isabs('x'))
print(os.path.relpath('/a/b/c', '/a/d'), os.path.relpath('/a', '/a'), os.path.relpath('/a/b', '/'))
print(os.path.commonprefix(['interstellar', 'internet', 'interval']), repr(os.path.commonprefix([])))
print(os.path.commonprefix([[1,2,3],[1,2,4]]))
print(os.path.commonpath(['/usr/lib', '/usr/local/lib', '/usr/lib/x']), os.path.commonpath(['a/b', 'a/c']))
for f, a in [(os.path.join, (1,)), (os.path.join, ('a', 1)), (os.path.basename, (None,)), (os.path.relpath, ('',)),
             (os.path.commonpath, ([],)), (os.path.commonpath, (['/a', 'b'],)), (os.path.join, ('a', b'b')),
             (os.stat, (1.5,)), (os.fspath, (1,)), (os.path.exists, (1.5,))]:
    try:
        print(f.__name__, f(*a))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)
print(os.path.abspath('x') == os.path.join(os.getcwd(), 'x'))
print(os.path.expanduser('~') == os.environ['HOME'], os.path.expanduser('~/x').endswith('/x'), os.path.expanduser('x~'))
os.environ['JYCO_T'] = 'v1'
print(os.environ['JYCO_T'], os.getenv('JYCO_T'), os.getenv('NOPE'), os.getenv('NOPE', 'd'), os.environ.get('NOPE'))
print(os.path.expandvars('$JYCO_T/${JYCO_T}/$NOPE/$'), 'JYCO_T' in os.environ)
try:
    os.environ['a'] = 1
except TypeError as e:
    print(e)
del os.environ['JYCO_T']
print('JYCO_T' in os.environ, type(os.environ).__name__, type(os.environ.copy()).__name__)
print(os.fspath('x'), os.fsencode('é'), os.fsdecode(b'\xc3\xa9'))
class PL:
    def __fspath__(self): return 'pl/x'
print(os.path.join(PL(), 'y'), os.fspath(PL()), os.path.basename(PL()))
print(type(os.getpid()), os.cpu_count() > 0, len(os.urandom(5)), os.strerror(2))
tmp = os.path.join(os.environ.get('TMPDIR', '/tmp'), 'jyco_os_path_' + os.urandom(6).hex())
with open(tmp, 'w') as f:
    f.write('abc')
st = os.stat(tmp)
os.remove(tmp)
print(repr(st).startswith('os.stat_result(st_mode='), st.n_fields, st.n_sequence_fields)
print(os.path.realpath('a/../b/./c') == os.path.join(os.getcwd(), 'b', 'c'))
print(os.path.splitdrive('/a/b'), os.path.normcase('A/B'), os.path.dirname(b'/x/y'), os.path.splitext(b'a.b'))
print(os.path.split(PL()), os.path.isdir('.'), os.path.isfile(tmp))
