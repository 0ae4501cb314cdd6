import os
base = os.path.join(os.environ.get('TMPDIR', '/tmp'), 'jyco_os_files_' + os.urandom(6).hex())
if os.path.exists(base):
    for dp, dn, fn in os.walk(base, topdown=False):
        for f in fn: os.remove(os.path.join(dp, f))
        for d in dn: os.rmdir(os.path.join(dp, d))
    os.rmdir(base)
os.mkdir(base)
def rel(p): return os.path.relpath(p, base)
def err(f, *a):
    try:
        f(*a)
        print('no error')
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror, rel(e.filename) if e.filename else e.filename, e.filename2 and rel(e.filename2), str(e).replace(base, 'B'))
d = os.path.join(base, 'd')
os.makedirs(os.path.join(d, 'e', 'f'))
os.makedirs(os.path.join(d, 'e', 'f'), exist_ok=True)
err(os.makedirs, os.path.join(d, 'e'))
err(os.mkdir, d)
err(os.mkdir, os.path.join(base, 'no', 'x'))
with open(os.path.join(d, 'a.txt'), 'w') as f:
    f.write('hello\n')
with open(os.path.join(d, 'e', 'b.txt'), 'w') as f:
    f.write('x' * 100)
err(os.makedirs, os.path.join(d, 'a.txt'), 0o777, True)
print(sorted(os.listdir(d)))
err(os.listdir, os.path.join(d, 'a.txt'))
err(os.listdir, os.path.join(d, 'zz'))
with os.scandir(d) as it:
    for e in sorted(it, key=lambda e: e.name):
        print(e.name, rel(e.path), e.is_file(), e.is_dir(), e.is_symlink(), e.stat().st_size if e.is_file() else '-', repr(e), os.fspath(e) == e.path)
for dp, dn, fn in os.walk(base):
    dn.sort()
    print(rel(dp), dn, sorted(fn))
for dp, dn, fn in os.walk(base, topdown=False):
    print(rel(dp), sorted(dn), sorted(fn))
for dp, dn, fn in os.walk(base):
    dn[:] = [x for x in dn if x != 'e']
    print('pruned', rel(dp), dn)
print(list(os.walk(os.path.join(base, 'nope'))))
errs = []
print(list(os.walk(os.path.join(base, 'nope'), onerror=errs.append)), [type(e).__name__ for e in errs])
st = os.stat(os.path.join(d, 'e', 'b.txt'))

print(st.st_size, len(st), type(st.st_mtime), type(st[8]), oct(st.st_mode), st.st_mode & 0o170000 == 0o100000, st.st_mtime_ns // 10**9 == st[8])
print(type(st).__name__, os.path.getsize(os.path.join(d, 'a.txt')), os.path.getmtime(os.path.join(d, 'a.txt')) == os.stat(os.path.join(d, 'a.txt')).st_mtime)
print(os.path.exists(d), os.path.isdir(d), os.path.isfile(d), os.path.isfile(os.path.join(d, 'a.txt')), os.path.exists(os.path.join(d, 'q')), os.path.exists(''))
err(os.stat, os.path.join(d, 'q'))
err(os.remove, os.path.join(d, 'e'))
err(os.rmdir, os.path.join(d, 'a.txt'))
err(os.rmdir, os.path.join(d, 'e'))
err(os.remove, os.path.join(d, 'q'))
err(os.rename, os.path.join(d, 'q'), os.path.join(d, 'r'))
err(open, os.path.join(d, 'q'))
err(open, d)
err(open, d, 'w')
os.rename(os.path.join(d, 'a.txt'), os.path.join(d, 'c.txt'))
with open(os.path.join(d, 'x.txt'), 'w') as f:
    f.write('x')
os.replace(os.path.join(d, 'x.txt'), os.path.join(d, 'c.txt'))
print(sorted(os.listdir(d)), open(os.path.join(d, 'c.txt')).read())
os.symlink('c.txt', os.path.join(d, 'link'))
print(os.path.islink(os.path.join(d, 'link')), os.readlink(os.path.join(d, 'link')), rel(os.path.realpath(os.path.join(d, 'link'))))
print(os.path.samefile(os.path.join(d, 'link'), os.path.join(d, 'c.txt')), os.path.lexists(os.path.join(d, 'link')))
os.unlink(os.path.join(d, 'link'))
print(os.access(d, os.W_OK), os.access(os.path.join(d, 'q'), os.F_OK))
e = OSError(2, 'No such file or directory', 'x')
print(type(e).__name__, e.args, e, repr(e))
e = FileNotFoundError(2, 'msg', 'a', None, 'b')
print(e, e.filename2, e.args)
print(OSError(1, 2, 3, 4, 5, 6).errno, OSError('x').errno, OSError(17, 'File exists').__class__.__name__)
print(sorted(os.listdir(base)), sorted(os.listdir(os.fsencode(d))))
for dp, dn, fn in os.walk(base, topdown=False):
    for f in fn: os.remove(os.path.join(dp, f))
    for x in dn: os.rmdir(os.path.join(dp, x))
os.rmdir(base)
print(os.path.exists(base))
