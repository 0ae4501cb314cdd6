import os, tempfile
from pathlib import Path

with tempfile.TemporaryDirectory() as td:
    T = Path(td)
    def rel(ps):
        return sorted(str(p.relative_to(td)) for p in ps)
    def err(e):
        return str(e).replace(td + '/', '')
    base = T / 'work'
    base.mkdir()
    print(base.exists(), base.is_dir(), base.is_file(), (T / 'nope').exists(), (T / 'nope').is_dir())
    (base / 'sub' / 'deep').mkdir(parents=True)
    (base / 'sub').mkdir(exist_ok=True)
    f = base / 'hello.txt'
    print(f.write_text('hello\nworld\n'), f.read_text(), f.read_text().splitlines(), f.is_file(), f.stat().st_size)
    print((base / 'data.bin').write_bytes(b'\x00\x01\x02'), (base / 'data.bin').read_bytes())
    with (base / 'sub' / 'a.py').open('w') as fh:
        fh.write('print(1)\n')
    with (base / 'sub' / 'a.py').open() as fh:
        print(repr(fh.read()))
    (base / 'sub' / 'deep' / 'b.py').write_text('x')
    (base / 'sub' / 'deep' / 'c.txt').write_text('y')
    (base / '.hidden.py').write_text('z')
    (base / 'sub' / 'empty').touch()
    print(rel(base.iterdir()), type(next(base.iterdir())).__name__)
    print(rel(base.glob('*.py')), rel(base.glob('*')), rel(base.glob('*/*.py')))
    print(rel(base.glob('**/*.py')), rel(base.rglob('*.py')), rel(base.rglob('*.txt')))
    print(rel(base.glob('**')), rel(base.glob('sub/**/*')), rel(base.glob('s?b/deep/[bc].*')), rel(base.glob('sub/a.py')), rel(base.glob('sub/zz.py')))
    print(rel(T.glob('work/*.txt')), sorted(p.name for p in base.rglob('*')), rel(base.glob('*/')), rel(base.glob('**/')))
    print(sorted(str(p.relative_to(base)) for p in base.glob('**/*')))
    g = base / 'data.bin'
    h = g.rename(base / 'moved.bin')
    print(h.relative_to(T), g.exists(), h.exists(), h.read_bytes())
    h2 = h.replace(base / 'sub' / 'm.bin')
    print(h2.relative_to(T), h2.exists())
    h2.unlink()
    print(h2.exists())
    h2.unlink(missing_ok=True)
    (base / 'sub' / 'empty').unlink()
    (T / 'tmpdir').mkdir()
    (T / 'tmpdir').rmdir()
    print((T / 'tmpdir').exists())
    print(Path.cwd() == Path(os.getcwd()), Path.cwd().is_absolute(), Path('work').absolute() == Path.cwd() / 'work', Path('x').resolve() == Path.cwd().resolve() / 'x')
    print((base / 'sub' / '..' / 'hello.txt').resolve() == f.resolve(), Path.home().is_absolute(), Path('~').expanduser() == Path.home(), Path('~/x').expanduser() == Path.home() / 'x', Path('a/~').expanduser())
    print(base.samefile(str(base)), os.path.isdir(base), os.path.relpath(os.path.join(base, 'x'), td), open(base / 'hello.txt').read(5), os.fspath(f) == str(f))
    print(rel([f.parent, f.with_suffix('.md')]), f.stem, f.suffix, f.stat().st_mode & 0o170000 == 0o100000)
    for bad in [lambda: (T / 'nope').read_text(), lambda: base.mkdir(), lambda: (T / 'x/y/z').mkdir(), lambda: (T / 'nope').rmdir(),
                lambda: (T / 'nope').unlink(), lambda: (T / 'nope').stat(), lambda: f.write_text(5), lambda: list(base.glob('')),
                lambda: list(base.glob('/x')), lambda: (base / 'sub').rmdir(), lambda: f.touch(exist_ok=False)]:
        try:
            print(bad())
        except Exception as e:
            print(type(e).__name__, err(e))
