# bytes and bytearray: construction, indexing, methods, repr
b = b'hello world'
print(b, repr(b), len(b), b[0], b[-1], b[1:4], b[::-2], b'a' + b'b', b'ab' * 3, 104 in b, b'lo' in b)
print(bytes(3), bytes([65, 66]), bytes('é', 'utf-8'), bytes(b'x'), bytes(range(5)), b"it's", b'q"q', b'\x00\t\n\xff\\')
print(b.upper(), b.title(), b.split(), b.split(b'o'), b.rsplit(b'o', 1), b.replace(b'l', b'L', 2), b.find(b'o'), b.rfind(b'o'))
print(b.count(b'l'), b.count(108), b.index(b'w'), b.startswith(b'he'), b.endswith((b'x', b'ld')), b.strip(b'hd'), b'  x '.strip())
print(b.partition(b' '), b.rpartition(b'o'), b'-'.join([b'a', b'b', bytearray(b'c')]), b.center(15, b'*'), b'12'.zfill(5))
print(b.hex(), b.hex(':'), b.hex(' ', 4), bytes.fromhex('de ad BE EF'), b'a\tb'.expandtabs(4), b'x\ny\r\nz'.splitlines(True))
print(b'abc'.isalpha(), b'123'.isdigit(), b'a1'.isalnum(), b' \t'.isspace(), b'ABC'.isupper(), b'Ab Cd'.istitle(), b'\x80'.isascii())
print(b'caf\xc3\xa9'.decode(), b'caf\xc3\xa9'.decode('latin-1'), b'abc'.decode('ascii'), b'x\xffy'.decode('utf-8', 'replace'))
print(b'x\xffy'.decode('utf-8', 'ignore'), b'x\xffy'.decode('utf-8', 'backslashreplace'), repr(b'x\xffy'.decode('utf-8', 'surrogateescape')))
print(b'abc' < b'abd', b'abc' == bytearray(b'abc'), b'' < b'a', hash(b'abc'), hash(b''), b.removeprefix(b'hello '), b.translate(None, b'lo'))
print(b.translate(bytes.maketrans(b'lo', b'01')), list(b'ab'), sorted({b'b', b'a'}), bytes.fromhex('00ff').hex())
ba = bytearray(b'abc')
ba.append(100)
ba.extend(b'ef')
ba[0] = 65
ba[1:3] = b'XYZ'
del ba[-1]
ba.insert(0, 33)
print(ba, len(ba), ba.pop(), ba, ba.upper(), bytearray(3), bytearray('hi', 'ascii'), ba == b'!AXYZde', ba.decode())
ba += b'!!'
print(ba, ba[2], ba[1:3], bytearray(b'x') * 2, ba.find(b'Y'))
for f in [lambda: bytes('x'), lambda: bytes([256]), lambda: b'a' + 'b', lambda: b'abc'[5], lambda: b'x'.decode('nope'),
          lambda: b'\xff'.decode(), lambda: b'a\xe2\x82'.decode(), lambda: bytes.fromhex('0g'), lambda: hash(bytearray()),
          lambda: b'abc'.index(b'z'), lambda: bytes(-1), lambda: b'%d' % 'x', lambda: 'é'.encode('ascii'), lambda: b'\xe2\x28\xa1'.decode()]:
    try:
        print(f())
    except (TypeError, ValueError, IndexError, LookupError) as e:
        print(type(e).__name__, e)
print('héllo'.encode(), 'héllo'.encode('latin-1'), 'h€llo'.encode('ascii', 'replace'), 'h€llo'.encode('ascii', 'xmlcharrefreplace'))
print('h€llo'.encode('latin-1', 'backslashreplace'), 'h€llo'.encode('ascii', 'ignore'), 'a\udcffb'.encode('utf-8', 'surrogateescape'))
for f in [lambda: int(b'12'), lambda: int(b' 1_0 ', 16), lambda: int(bytearray(b'7')), lambda: int(b'x'), lambda: float(b'1.5'),
          lambda: float(bytearray(b'x')), lambda: int(b'\xff'), lambda: float(b' -2e3 ')]:
    try:
        print(f())
    except ValueError as e:
        print(type(e).__name__, e)
try:
    b'ab\xff'.decode()
except UnicodeDecodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason, e.args)
try:
    'a€'.encode('latin-1')
except UnicodeEncodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason, isinstance(e, UnicodeError), isinstance(e, ValueError))
