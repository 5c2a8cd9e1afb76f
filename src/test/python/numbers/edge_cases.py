# edge cases: huge sizes give MemoryError/OverflowError, clamped slice indices, codecs, pow(x, y, z), object.__new__ refusals
def show(f):
    try:
        r = f()
        return repr(r)[:60]
    except Exception as e:
        return type(e).__name__ + ': ' + str(e)[:80]
tests = [lambda: 'a'.center(-5), lambda: 'a'.zfill(-1), lambda: 'ab'.ljust(2**40),
         lambda: 'a'.expandtabs(10**9) if False else 'x', lambda: '\t'.expandtabs(2**40), lambda: 'a' * (2**40), lambda: b'a' * (2**40),
         lambda: bytes(2**40), lambda: bytearray(-1), lambda: 'abc'[10**20], lambda: 'abc'[::10**20], lambda: 'abc'.find('a', 10**30),
         lambda: b'abc'.find(b'a', -10**30), lambda: 'a'.replace('a', 'b', 10**30), lambda: 'a'.split('a', 10**30),
         
         lambda: round(1.5, 10**30), lambda: complex('1e999j'),
         lambda: (1e308 + 1e308j) * 2, lambda: abs(complex(1e308, 1e308)), lambda: 'x'.encode('utf-8', 'strict').decode('utf-8', 'strict'),
         lambda: bytes.fromhex('a'), lambda: b'%c' % 300, lambda: '%c' % -1, lambda: 'é'.encode('latin-1').decode('ascii', 'replace'),
         lambda: '\ud800'.encode(), lambda: '\ud800'.encode('utf-8', 'surrogatepass'), lambda: b'\xed\xa0\x80'.decode('utf-8', 'surrogatepass'),
         lambda: '{0[-1]}'.format([1]), lambda: '{0[a]}'.format({'a': 1}),
         lambda: str(b'abc', 'utf-8'), lambda: str(b'abc'), lambda: str('x', 'utf-8'), lambda: int('١٢٣'), lambda: float('١.٥'),
         lambda: 'ǅ'.istitle(), lambda: 'a\u0345'.upper(), lambda: ''.join(chr(c) for c in range(0x1f0, 0x1f8)).title(),
         lambda: bytearray(b'abc').__init__(b'xyz'), lambda: list.__new__(dict), lambda: int.__new__(str), lambda: str.__new__(list),
         lambda: object.__new__(list), lambda: 1j ** (2**100), lambda: (-8.0) ** 0.5, lambda: 0.0 ** -0.5, lambda: pow(1j, 2, 3)]
for i, t in enumerate(tests):
    print(i, show(t))
