from pathlib import PurePath, PurePosixPath, Path, PosixPath
import os

for s in ['a/b', '/a/b/', 'a//b/./c', '//x/y', '///x', '', '.', '/', 'a/../b', 'foo.tar.gz', '.bashrc', 'a/b.', 'x/.hidden.txt', '/usr/lib/libc.so.6']:
    p = PurePath(s)
    print(repr(p), str(p), p.parts, repr(p.name), repr(p.stem), repr(p.suffix), p.suffixes, repr(p.parent), p.is_absolute(), repr(p.root), repr(p.anchor), repr(p.drive))
p = PurePosixPath('/usr/local/lib/python3.11/site.py')
print(list(p.parents), len(p.parents), p.parents[0], p.parents[-1], p.parents[1:3], p.parents)
print(PurePath('a/b/c').parents[-1], list(PurePath('a').parents), list(PurePath('/').parents))
print(p.with_name('x.txt'), p.with_suffix('.pyc'), p.with_suffix(''), p.with_stem('other'), PurePath('a.tar.gz').with_suffix('.bz2'), PurePath('README').with_suffix('.md'))
print(PurePath('a') / 'b' / 'c', 'x' / PurePath('y'), PurePath('a') / '/abs', PurePath('a').joinpath('b', PurePath('c/d')), PurePath('a', 'b', '/c', 'd'))
print(PurePath('/a/b/c').relative_to('/a'), PurePath('/a/b/c').relative_to('/a/b/c'), PurePath('a/b').relative_to('a'), PurePath('/a/b').is_relative_to('/a'), PurePath('/a/b').is_relative_to('/c'))
print(PurePath('a/b.py').match('*.py'), PurePath('/a/b/c.py').match('b/*.py'), PurePath('/a/b/c.py').match('a/*.py'), PurePath('/a/b.py').match('/*.py'), PurePath('a/b.py').match('/*.py'), PurePath('/a/b.py').match('/a/*.py'), PurePath('A.PY').match('*.py'))
print(PurePath('a') == PurePath('a'), PurePath('a') == PurePath('a/'), PurePath('a') == 'a', PurePath('a') < PurePath('b'), PurePath('a/b') > PurePath('a'), PurePath('/x') == PurePosixPath('/x'), PurePath('a') == Path('a'))
print(sorted([PurePath('b'), PurePath('a/c'), PurePath('a'), PurePath('/z')]), hash(PurePath('a/b')) == hash(PurePath('a//b')), len({PurePath('a'), PurePath('a/.'), PurePath('b')}))
print(os.fspath(PurePath('a/b')), bytes(PurePath('a/b')), PurePath('/a b/c').as_uri(), PurePath('a').as_posix(), str(PurePath(PurePath('x'), 'y')))
print(type(PurePath('a')).__name__, type(Path('a')).__name__, isinstance(Path('a'), PurePath), isinstance(Path('a'), PurePosixPath), Path('a/b'), repr(Path('/a/b')), repr(Path()))
for f in [lambda: PurePath('a', 5), lambda: PurePath('/a/b').relative_to('/c'), lambda: PurePath('a/b').relative_to('/a'),
          lambda: PurePath('a').with_name(''), lambda: PurePath('/').with_name('x'), lambda: PurePath('a').with_suffix('x'),
          lambda: PurePath('').with_suffix('.x'), lambda: PurePath('a').parents[5], lambda: PurePath('a').match(''),
          lambda: PurePath('a').as_uri(), lambda: PurePath('a') / 5, lambda: PurePath('a').with_name('b/c'), lambda: PurePath('a').with_suffix('.')]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
