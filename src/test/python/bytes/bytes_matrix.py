# bytes and bytearray methods over a matrix of values and arguments
samples = [b'', b'a', b'abc', b'Hello World', b'  padded\t', b'a,b,,c,', b'x\ny\r\nz\r', b'\x00\xff\x80', b'123', b'MiXeD cAsE',
           b'tab\there', b'\x1c\x1d \x0b', b"it's \"q\"", b'\\']
subs = [b'', b'a', b'l', b'o', b',', b'xyz', 108]

def show(f):
    try:
        return repr(f())
    except Exception as e:
        return type(e).__name__

for raw in samples:
    for s in (raw, bytearray(raw)):
        print(repr(s), len(s), show(lambda: s.hex('-', 2)), show(s.decode), show(lambda: s.decode('latin-1')))
        print(' case', s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase())
        print(' is', [getattr(s, m)() for m in ('isalpha', 'isdigit', 'isalnum', 'isspace', 'isupper', 'islower', 'istitle', 'isascii')])
        print(' split', s.split(), s.split(None, 1), s.rsplit(None, 1), s.splitlines(), s.splitlines(True))
        print(' pad', s.center(12, b'.'), s.ljust(3), s.rjust(12), s.zfill(8), s.expandtabs(), s.strip(), s.strip(b'a\t '))
        for sub in subs:
            print('  ', repr(sub), s.find(sub), s.rfind(sub), s.count(sub), s.find(sub, 1, -1), s.rfind(sub, -5), sub in s,
                  show(lambda: s.index(sub, 2)), show(lambda: s.split(sub)), show(lambda: s.partition(sub)),
                  show(lambda: s.replace(sub, b'<>')), show(lambda: s.startswith(sub)), show(lambda: s.endswith((sub, b'z'))))
        print(' slices', s[::2], s[::-1], s[1:-1], s[-3:], s[5:1:-1], s[100:])
print(bytes(reversed(b'abc')), b'ab' + bytearray(b'cd'), bytearray(b'ab') + b'cd', b'%s|%-5s|%r|%a' % (b'x', b'y', 'é', 'é'))
ba = bytearray(b'hello world')
ba[0:5] = b'HELLO THERE'
del ba[::2]
ba.reverse()
print(ba, ba.count(b'E'), ba.copy() == ba, ba.copy() is ba, ba * 2, ba.pop(0), ba.remove(ord('L')), ba)
ba.clear()
print(ba, len(ba), bytearray(b'x').join([b'a', b'b']), bytearray.fromhex('41 42'), bytes.fromhex(''), b'\x00'.hex())
for f in [lambda: ba.pop(), lambda: bytearray(b'a').remove(5), lambda: b'a'.center(3, b'ab'), lambda: b'a'.split(b''),
          lambda: b'a'.count(256), lambda: b'a'.find('a'), lambda: b'a'.join(['a']), lambda: b'a'[::0], lambda: bytearray(b'a')[5],
          lambda: b'ab'.hex('::'), lambda: b'a'.startswith('a'), lambda: bytearray()[0:1] == b'', lambda: int.from_bytes(b'\x01\x02', 'middle')]:
    print(show(f))
