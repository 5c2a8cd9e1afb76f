# str methods over a matrix of strings and arguments (results or exception types)
samples = ['', 'a', 'abc', 'Hello World', '  padded\t', 'a,b,,c,', 'ﬁnal ΣΑΣ', 'x\ny\r\nz\r', 'ǅungla', 'ß€😀',
           '123', 'hello_world', 'MiXeD cAsE', 'tab\there', 'ǈ ǉ Ǌ', "o'neil", 'İstanbul', 'ΌΣΟΣ', 'a\u0301b', '\x00\x85\u2028']
subs = ['', 'a', 'l', 'o', ',', 'Σ', 'xyz', '😀']

def show(f):
    try:
        return repr(f())
    except Exception as e:
        return type(e).__name__

for s in samples:
    print(repr(s))
    print(' case', show(s.upper), show(s.lower), show(s.casefold), show(s.title), show(s.capitalize), show(s.swapcase))
    print(' is', [getattr(s, m)() for m in ('isalpha', 'isdigit', 'isdecimal', 'isnumeric', 'isalnum', 'isspace',
                                             'isupper', 'islower', 'istitle', 'isidentifier', 'isprintable', 'isascii')])
    print(' split', show(s.split), show(lambda: s.split(None, 1)), show(lambda: s.rsplit(None, 1)), show(s.splitlines),
          show(lambda: s.splitlines(True)))
    print(' pad', show(lambda: s.center(12, '.')), show(lambda: s.ljust(3)), show(lambda: s.rjust(12)), show(lambda: s.zfill(8)),
          show(s.expandtabs), show(s.strip), show(lambda: s.strip('a\t ')))
    for sub in subs:
        print('  ', repr(sub), s.find(sub), s.rfind(sub), s.count(sub), s.find(sub, 1, -1), s.rfind(sub, -5), s.count(sub, 2),
              s.startswith(sub), s.endswith(sub, 1), s.startswith(sub, -3, 5), show(lambda: s.index(sub, 2)),
              show(lambda: s.split(sub)), show(lambda: s.rsplit(sub, 1)), show(lambda: s.partition(sub)),
              show(lambda: s.rpartition(sub)), show(lambda: s.replace(sub, '<>')), show(lambda: s.replace(sub, '', 1)),
              s.removeprefix(sub) == s, s.removesuffix(sub) == s, sub in s)
    print(' slices', s[::2], s[::-1], s[1:-1], s[-3:], s[5:1:-1], s[::3], s[100:], s[-100:2])
