import os, glob, fnmatch, tempfile, shutil
print(fnmatch.fnmatch('a.py', '*.py'), fnmatch.fnmatch('a.pyc', '*.py'), fnmatch.fnmatchcase('A.PY', '*.py'))
print(fnmatch.filter(['a.py', 'b.txt', 'c.py', '.x.py'], '*.py'))
for pat in ['[abc]x', '[!abc]x', '[a-c]?', '[]]x', '[!]]x', '[x', 'a*b*c', '*', '?', '[z-a]', 'a[\\]b', '*.[ch]']:
    print(pat, [n for n in ['ax', 'dx', 'bz', ']x', '[x', 'aXbYc', '', 'a', 'a\\b', 'f.c', 'g.h', 'z'] if fnmatch.fnmatch(n, pat)])
print(glob.escape('a*b?[c]'), glob.has_magic('a*'), glob.has_magic('ab'))
with tempfile.TemporaryDirectory() as td:
    print(os.path.isdir(td), os.path.dirname(td) == tempfile.gettempdir(), os.path.basename(td).startswith('tmp'))
    def mk(p, text='x'):
        full = os.path.join(td, p)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, 'w') as f:
            f.write(text)
    for p in ['a.py', 'b.py', 'c.txt', '.hidden.py', 'sub/d.py', 'sub/deep/e.py', 'sub/deep/f.txt', 'sub/.h/g.py', 'other/h.py']:
        mk(p)
    rel = lambda l: sorted(os.path.relpath(x, td) for x in l)
    print(rel(glob.glob(os.path.join(td, '*.py'))))
    print(rel(glob.glob(os.path.join(td, '*'))))
    print(rel(glob.glob(os.path.join(td, '*', '*.py'))))
    print(rel(glob.glob(os.path.join(td, '**', '*.py'), recursive=True)))
    print(rel(glob.glob(os.path.join(td, '**'), recursive=True)))
    print(rel(glob.glob(os.path.join(td, '**', ''), recursive=True)))
    print(rel(glob.glob(os.path.join(td, '**', '*.py'))))
    print(rel(glob.glob(os.path.join(td, 's?b', 'deep', '[ef].*'))))
    print(rel(glob.glob(os.path.join(td, 'nope', '*'))), rel(glob.glob(os.path.join(td, 'a.py'))), rel(glob.glob(os.path.join(td, 'zz.py'))))
    print(sorted(glob.glob('*.py', root_dir=td)), sorted(glob.glob('**/*.py', root_dir=td, recursive=True)))
    print(sorted(glob.glob('*.py', root_dir=td, include_hidden=True)), sorted(glob.glob('.*', root_dir=td)))
    print(sorted(glob.iglob('sub/*', root_dir=td)))
    d2 = tempfile.mkdtemp(prefix='pre_', suffix='_suf', dir=td)
    print(os.path.basename(d2).startswith('pre_'), d2.endswith('_suf'), oct(os.stat(d2).st_mode & 0o777))
    src = os.path.join(td, 'a.py')
    print(os.path.relpath(shutil.copy(src, d2), d2), os.path.relpath(shutil.copyfile(src, os.path.join(d2, 'z.py')), d2))
    print(os.path.relpath(shutil.copy2(src, os.path.join(d2, 'y.py')), d2), sorted(os.listdir(d2)))
    shutil.rmtree(d2)
    try:
        shutil.copyfile(src, src)
    except shutil.SameFileError as e:
        print('SameFileError', str(e).replace(td, 'T'), isinstance(e, OSError))
    try:
        shutil.copyfile(os.path.join(td, 'nope'), os.path.join(td, 'x'))
    except OSError as e:
        print(type(e).__name__, e.strerror)
    print(os.path.relpath(shutil.copytree(os.path.join(td, 'sub'), os.path.join(td, 'sub2')), td))
    print(rel(glob.glob(os.path.join(td, 'sub2', '**'), recursive=True)))
    print(os.path.relpath(shutil.move(os.path.join(td, 'sub2'), os.path.join(td, 'other')), td))
    print(os.path.relpath(shutil.move(os.path.join(td, 'c.txt'), os.path.join(td, 'c2.txt')), td))
    print(sorted(os.listdir(td)), sorted(os.listdir(os.path.join(td, 'other'))))
    shutil.rmtree(os.path.join(td, 'other'))
    try:
        shutil.rmtree(os.path.join(td, 'other'))
    except FileNotFoundError as e:
        print('FNF', e.errno)
    shutil.rmtree(os.path.join(td, 'other'), ignore_errors=True)
    calls = []
    shutil.rmtree(os.path.join(td, 'other'), onerror=lambda f, p, ei: calls.append((f.__name__, os.path.relpath(p, td), ei[0].__name__)))
    print(calls)
    print(sorted(os.listdir(td)))
    t2 = tempfile.TemporaryDirectory(suffix='x')
    print(repr(t2).startswith('<TemporaryDirectory '), os.path.isdir(t2.name))
    t2.cleanup()
    print(os.path.exists(t2.name))
print(os.path.exists(td))
print(shutil.which('sh') is not None, shutil.which('definitely-not-a-command-xyz'))
print(tempfile.gettempprefix())
