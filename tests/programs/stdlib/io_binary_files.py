import tempfile, os
td = tempfile.mkdtemp()
P = os.path.join(td, 't3.bin')
with open(P,'wb') as f:
    print(repr(f).replace(td, "TD"), f.write(b'ab\ncd'), f.tell(), f.mode, f.name == P, f.writable(), f.readable())
with open(P,'ab') as f:
    f.write(bytearray(b'\nef'))
with open(P,'rb') as f:
    print(repr(f).replace(td, "TD"), f.read(2), f.readline(), list(f), f.tell(), f.seek(0), f.read(), f.read())
with open(P,'r+b') as f:
    f.seek(1); f.write(b'X'); f.seek(0); print(f.read())
for bad in [lambda: open('/nonexist/x', 'rb'), lambda: open(td, 'rb'), lambda: open(P, 'xb'), lambda: open(P,'rb').write(b'x'), lambda: open(P,'wb').write('s')]:
    try: print(bad())
    except Exception as e: print('OSError' if type(e).__name__ == 'UnsupportedOperation' else type(e).__name__, str(e).replace(td, 'TD'))
f = open(P,'rb'); f.close()
try: f.read()
except ValueError as e: print(e)
import shutil; shutil.rmtree(td)
