def show(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ':', e)
for enc in ['utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be', 'UTF16', 'utf_32_be', 'utf-8-sig']:
    show(lambda: '[1]'.encode(enc))
    show(lambda: 'a😀é'.encode(enc))
    show(lambda: ''.encode(enc))
    show(lambda: 'a😀é'.encode(enc).decode(enc))
    show(lambda: 'x\ud800y'.encode(enc))
    show(lambda: 'x\ud800y'.encode(enc, 'replace'))
    show(lambda: 'x\ud800y'.encode(enc, 'ignore'))
    show(lambda: 'x\ud800y'.encode(enc, 'backslashreplace'))
    show(lambda: 'x\ud800y'.encode(enc, 'surrogatepass'))
for data in [b'\xff\xfea\x00', b'\xfe\xff\x00a', b'a\x00', b'a\x00b', b'\xff\xfe', b'', b'\x00\xd8a\x00', b'\x00\xdca\x00', b'\x00\xd8']:
    for enc in ['utf-16', 'utf-16-le', 'utf-16-be']:
        show(lambda: data.decode(enc))
        show(lambda: data.decode(enc, 'replace'))
        show(lambda: data.decode(enc, 'ignore'))
        show(lambda: data.decode(enc, 'backslashreplace'))
for data in [b'\xff\xfe\x00\x00a\x00\x00\x00', b'\x00\x00\xfe\xff\x00\x00\x00a', b'a\x00\x00\x00', b'a\x00\x00', b'\x00\x00\x11\x00', b'\x00\xd8\x00\x00', b'']:
    for enc in ['utf-32', 'utf-32-le', 'utf-32-be']:
        show(lambda: data.decode(enc))
        show(lambda: data.decode(enc, 'replace'))
        show(lambda: data.decode(enc, 'ignore'))
for enc in ['latin-1', 'ascii', 'utf-8']:
    for err in ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'surrogateescape', 'namereplace', 'bogus']:
        show(lambda: 'aé€😀\udc80b'.encode(enc, err))
    for err in ['strict', 'ignore', 'replace', 'backslashreplace', 'surrogateescape']:
        show(lambda: b'a\xe9\x80\xff\xc3b'.decode(enc, err))
show(lambda: 'abc'.encode('nope'))
show(lambda: b'abc'.decode('nope'))
show(lambda: '\u20ac'.encode('cp1252'))
show(lambda: b'\x80'.decode('cp1252'))
show(lambda: b'\x81'.decode('cp1252'))
show(lambda: 'é'.encode('utf-8-sig'))
show(lambda: b'\xef\xbb\xbf\xc3\xa9'.decode('utf-8-sig'))
show(lambda: str(b'\xff\xfeh\x00i\x00', 'utf-16'))
try:
    b'ab\xffcd'.decode('utf-8')
except UnicodeDecodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason)
try:
    'ab\u1234'.encode('latin-1')
except UnicodeEncodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason)
show(lambda: b'\x00\xd8a'.decode('utf-16-le'))
show(lambda: b'\x00\xd8a'.decode('utf-16-le', 'replace'))
show(lambda: b'\x00\xd8\x00\xd8'.decode('utf-16-le'))
show(lambda: b'\x00\xd8\x00\xd8'.decode('utf-16-le', 'surrogatepass'))
show(lambda: b'\x00\xdc'.decode('utf-16-le', 'surrogatepass'))
show(lambda: b'\x00\xdc\x00\x00'.decode('utf-32-le', 'surrogatepass'))
show(lambda: b'\x00\xdc\x00\x00'.decode('utf-32-le', 'backslashreplace'))
show(lambda: 'a\udc80'.encode('utf-16', 'surrogateescape'))
show(lambda: 'a\udc80'.encode('utf-16-be', 'xmlcharrefreplace'))
show(lambda: 'a\udc80'.encode('UTF-16LE', 'namereplace'))
show(lambda: 'a\u4e00'.encode('ascii', 'namereplace'))
show(lambda: bytearray(b'\xff\xfeh\x00').decode('utf-16'))
show(lambda: 'ā'.encode('cp1252'))
show(lambda: 'aā'.encode('cp1252', 'replace'))
show(lambda: b'a\x81b'.decode('cp1252', 'replace'))
show(lambda: b'a\x81b'.decode('cp1252', 'backslashreplace'))
show(lambda: 'x'.encode('utf-16', 'bogus'))
show(lambda: b'\xff'.decode('utf-16', 'bogus'))
show(lambda: 'abc'.encode(encoding='utf-32-be'))
show(lambda: len('😀'.encode('utf-16-le')))
show(lambda: 'a😀'.encode('utf-16').decode('utf-16'))
show(lambda: 'a😀'.encode('utf-32').decode('utf-32'))
show(lambda: 'a😀'.encode('utf-16-be').decode('utf-16'))
show(lambda: b'\xef\xbb\xbfa\xff'.decode('utf-8-sig'))
show(lambda: 'é'.encode('latin-1', 'surrogateescape'))
show(lambda: '\udce9'.encode('latin-1', 'surrogateescape'))
show(lambda: '\udc41'.encode('ascii', 'surrogateescape'))
show(lambda: b'\x41\x80'.decode('ascii', 'surrogateescape').encode('ascii', 'surrogateescape'))
