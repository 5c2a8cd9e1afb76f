# str methods with CPython's results and errors
s = 'Hello, World'
print(s.split(), s.split(','), s.rsplit('o', 1), 'a  b \t c\n'.split(None, 1), '  a b  '.rsplit(None, 1), 'a,b,,c'.split(',', 2))
print('x\ny\r\nz\x0bw\x1cv\u2028u'.splitlines(), 'a\nb\n'.splitlines(True), ''.splitlines(), ''.split(), ''.split(','))
print(s.find('o'), s.rfind('o'), s.find('o', 5), s.find('o', -3), s.find('', 20), s.index('W'), s.rindex('l', 0, 5), s.count('l'), s.count(''), s.count('l', 3, -1))
print(s.startswith(('x', 'He')), s.endswith('ld', 0, 12), s.startswith('', 12), s.startswith('', 13), s.endswith(('World',), -5))
print(s.replace('l', 'L'), s.replace('l', 'L', 1), 'abc'.replace('', '-'), 'abc'.replace('', '-', 2), s.partition(', '), s.rpartition('x'))
print(' x '.strip(), 'xxhixx'.strip('x'), 'abcba'.lstrip('ab'), 'abcba'.rstrip('ab'), '\u3000x\x85'.strip(), '-'.join(['a', 'b', 'c']))
print('ß'.upper(), 'ǆ'.title(), 'ǆ'.capitalize(), 'ΟΔΟΣ ΟΔΟΣ.'.lower(), 'ΣΑ'.lower(), 'İ'.lower(), 'ﬁ'.upper(), 'Straße'.casefold(), 'ŉ'.upper())
print("they're bill's friends".title(), 'hello wORLD'.capitalize(), 'Hello World'.swapcase(), 'ß'.swapcase(), '3rd'.title(), 'ǅ'.swapcase())
print('abc'.center(9, '*'), 'abc'.center(8), 'abc'.ljust(6, 'é'), 'abc'.rjust(2), '-42'.zfill(6), '+x'.zfill(4), 'a\tbc\td'.expandtabs(), 'a\tb'.expandtabs(2))
for t in ['abc', 'ABC', 'Abc Def', 'abc1', '123', '١٢٣', '½', '²', '一', ' \t', '', 'a b', '_x1', '1x', 'é', '\x07', 'Ⅷ', 'ǅ', 'Σς']:
    print(repr(t), t.isalpha(), t.isdigit(), t.isdecimal(), t.isnumeric(), t.isalnum(), t.isspace(), t.isupper(),
          t.islower(), t.istitle(), t.isidentifier(), t.isprintable(), t.isascii())
tbl = str.maketrans('abc', 'xyz', 'd')
print(sorted(tbl.items()), 'abcdd'.translate(tbl), 'abc'.translate({97: 'AA', 98: None}), str.maketrans({'a': 1}))
print('prefix_x'.removeprefix('prefix_'), 'x.py'.removesuffix('.py'), 'x'.removesuffix(''), 'ab' * 3, 3 * 'x', 'a' in 'cat', 'ab' < 'b')
print('hello'[::2], 'hello'[::-1], 'hello'[-3:], 'h😀llo'[1], len('h😀llo'), 'h😀llo'[::-1], 'h😀llo'.find('l'), 'h😀llo'.upper())
for f in [lambda: 'a'.split(''), lambda: 'a'.find(1), lambda: 'a'.join([1]), lambda: 'a'.center(5, 'ab'), lambda: 'a'.strip(1),
          lambda: 'a'.startswith(1), lambda: 'a'.index('b'), lambda: 'a'.replace(1, 'b'), lambda: 'a'.partition(''),
          lambda: str.maketrans('ab', 'c'), lambda: 1 in 'a', lambda: 'a' * 'b', lambda: 'a'.encode('nope'), lambda: 'a'.ljust(5, 1),
          lambda: 'a'.startswith((1,)), lambda: 'x'.translate({120: 2**40})]:
    try:
        print(f())
    except (TypeError, ValueError, LookupError) as e:
        print(type(e).__name__, e)
