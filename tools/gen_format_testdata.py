"""Generates the expectation files under src/test/resources/pyj/objects/ from CPython 3.11 itself,
for the pyj.objects formatting and hashing tests (FormattingTest, PercentFormatTest, FloatFormatTest,
PyHashTest):

  format_cases.txt   format(value, spec) for int, float, complex, str: random and hand-picked specs
  float_methods.txt  repr, float.hex, as_integer_ratio, round(x, n), round(x), float.fromhex, int round
  percent_cases.txt  str % args and bytes % args
  hash_cases.txt     hash() of str, bytes, int, float, complex, tuples, frozensets under several
                     PYTHONHASHSEED values (each seed runs in its own python3 subprocess)

Encoding (one case per line, tab-separated fields): text is escaped so that every character outside
'!'..'~' and the backslash itself becomes \\<hex>; (so no field holds a space, tab or newline). A
result is '=' + escaped text, or '!' + exception class + ':' + escaped message. Floats are their
IEEE bits in hex. Operands of % and hash are typed tokens separated by spaces:
  i:<decimal int> (hex in format_cases.txt)  f:<float bits>  c:<bits>,<bits>  s:<text>  b:<bytes as latin-1 text>  n:  T:  F:
  ( ... )  tuple    { k v ... }  dict    [ ]  empty list    < ... >  frozenset

Run from the repository root with python3 (3.11):  python3 tools/gen_format_testdata.py
The output is deterministic (fixed random seed).
"""
import math
import os
import random
import struct
import subprocess
import sys

OUT = 'src/test/resources/pyj/objects/'
rnd = random.Random(20240612)


def esc(s):
    out = []
    for ch in s:
        o = ord(ch)
        if 0x21 <= o <= 0x7e and ch != '\\':
            out.append(ch)
        else:
            out.append('\\%x;' % o)
    return ''.join(out)


def bits(x):
    return '%016x' % struct.unpack('<Q', struct.pack('<d', x))[0]


def from_bits(b):
    return struct.unpack('<d', struct.pack('<Q', b))[0]


def result(fn):
    try:
        r = fn()
    except Exception as e:  # noqa: BLE001 - every Python error is an expectation
        return '!%s:%s' % (type(e).__name__, esc(str(e)))
    if isinstance(r, bytes):
        r = r.decode('latin-1')
    return '=' + esc(r)


def token(v):
    if v is None:
        return 'n:'
    if v is True:
        return 'T:'
    if v is False:
        return 'F:'
    if isinstance(v, int):
        return 'i:%d' % v
    if isinstance(v, float):
        return 'f:' + bits(v)
    if isinstance(v, complex):
        return 'c:%s,%s' % (bits(v.real), bits(v.imag))
    if isinstance(v, str):
        return 's:' + esc(v)
    if isinstance(v, bytes):
        return 'b:' + esc(v.decode('latin-1'))
    if isinstance(v, tuple):
        return ' '.join(['('] + [token(x) for x in v] + [')'])
    if isinstance(v, frozenset):
        return ' '.join(['<'] + [token(x) for x in v] + ['>'])
    if isinstance(v, dict):
        parts = ['{']
        for k, x in v.items():
            parts += [token(k), token(x)]
        return ' '.join(parts + ['}'])
    if isinstance(v, list):
        assert not v
        return '[ ]'
    raise TypeError(v)


# ---------------------------------------------------------------- values

def random_float():
    kind = rnd.random()
    if kind < 0.3:
        return rnd.uniform(-1000, 1000)
    if kind < 0.5:
        return rnd.choice([-1, 1]) * 10.0 ** rnd.uniform(-30, 30)
    if kind < 0.6:
        return from_bits(rnd.getrandbits(64))
    if kind < 0.75:  # short decimals, where ties and rounding boundaries live
        return round(rnd.uniform(-100, 100), rnd.randint(0, 4))
    if kind < 0.85:
        return rnd.randint(-10**6, 10**6) / 8
    return rnd.choice([-1, 1]) * rnd.randint(0, 10**rnd.randint(1, 22)) * 10.0 ** rnd.randint(-25, 0)


FLOATS = [0.0, -0.0, 1.0, -1.0, 0.1, 0.5, 1.5, 2.5, -2.5, 0.125, 0.375, 2.675, 9.995, 1e16, 1e-5, 1e-4,
          1e15, 123.456, -123.456, 1e22, 1e23, 1.5e300, 5e-324, 2.2250738585072014e-308,
          1.7976931348623157e308, 1 / 3, 2 / 3, 123456789.0, 1234567.891, 0.000123456, 99.5, 999999.5,
          9.5, 0.05, 0.95, 1e100, 123e-310, math.inf, -math.inf, math.nan, 4.35, 1e-7, 0.3, 100.0,
          12345678901234567890.0, 0.6, 5e-5]


def random_int():
    k = rnd.random()
    if k < 0.4:
        return rnd.randint(-1000, 1000)
    if k < 0.7:
        return rnd.randint(-2**40, 2**40)
    if k < 0.85:
        return rnd.randint(-2**64, 2**64)
    return rnd.randint(-10**60, 10**60)


INTS = [0, 1, -1, 7, 10, 65, 255, -255, 1000, 1234567, -1234567, 2**31, 2**63 - 1, -2**63, 2**63, 2**64 + 1,
        10**30, -10**30, 0x10ffff, 0x110000, 2**1030, 123456789012345678901234567890]

STRS = ['', 'a', 'hello', 'héllo', '日本語', '😀x', 'a😀b', 'tab\there', 'abcdefghijklmnop', ' ', '\x00z']

# ---------------------------------------------------------------- specs

FILLS = ['', '', '', '*', '0', 'x', 'é', '😀', ' ', '{']
ALIGNS = ['', '', '<', '>', '=', '^']
SIGNS = ['', '', '+', '-', ' ']
WIDTHS = ['', '', '', '1', '5', '8', '12', '20', '30']
GROUPS = ['', '', '', ',', '_']
PRECS = ['', '', '.0', '.1', '.2', '.3', '.5', '.6', '.10', '.16', '.17', '.20', '.30', '.60']


def random_spec(types):
    fill = rnd.choice(FILLS)
    align = rnd.choice(ALIGNS)
    if not align:
        fill = ''
    spec = fill + align + rnd.choice(SIGNS)
    if rnd.random() < 0.1:
        spec += 'z'
    if rnd.random() < 0.2:
        spec += '#'
    if rnd.random() < 0.2:
        spec += '0'
    spec += rnd.choice(WIDTHS) + rnd.choice(GROUPS) + rnd.choice(PRECS) + rnd.choice(types)
    return spec


INT_TYPES = ['', '', 'd', 'd', 'b', 'o', 'x', 'X', 'n', 'c', 'e', 'f', 'g', '%', 'E', 'G', 's', 'y']
FLOAT_TYPES = ['', '', 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%', 'd', 'x']
STR_TYPES = ['', '', 's', 'd']
FIXED_SPECS = ['', 'd', 'x', '#x', '#X', '#o', '#b', ',', '_', '_x', '_b', '+', ' ', '010', '010,', '08_',
               '=+10', '^10', '<10', '>10', '*^11,', '0=12,', 'c', '.2f', '.3e', '.4g', 'g', 'e', 'f', '%', '.0%',
               'n', 'abc', ',_', '_,', ',x', '.', '.2', 'z', '#c', '+c', '99999999999999999999', 'é', '\x00',
               ',\x01', '٣', '.3000000000', '.99999999999999999999', 'z.1f', 'z.0f', '#.0f', '#.0e', '#g', '#.3g',
               '.0g', '.1g', '.17g', '.100f', '.40e', '.25g', 'zg', '+.3', '.3', '.0', '.17', '.16', '#.3', ' 20.10%',
               '0<20', '0>20', '0^20', 's', ' ', '=', '#', '10.3s', '.0s', '^7.2s', '😀^9', 'x<3', '+s', 'zs',
               '=10', '010', '0<10', 'n', '.2n', ',g', '_.2f', '30,.2f', '030,.2f', '0=30_.3e']


def hexint(v):
    return ('-' if v < 0 else '') + '%x' % abs(v)


def gen_format():
    lines = []

    def add(kind, enc, value, spec):
        lines.append('%s\t%s\t%s\t%s' % (kind, enc, esc(spec), result(lambda: format(value, spec))))

    ints = INTS + [random_int() for _ in range(60)]
    for v in ints:
        for spec in FIXED_SPECS:
            add('i', hexint(v), v, spec)
        for _ in range(40):
            add('i', hexint(v), v, random_spec(INT_TYPES))
    for v in [10**4299, 10**4300, -10**4300, 2**20000]:
        for spec in ['', 'd', ',', 'x', '_b', 'e', 'n']:
            add('i', hexint(v), v, spec)
    floats = FLOATS + [random_float() for _ in range(100)]
    for v in floats:
        for spec in FIXED_SPECS:
            add('f', bits(v), v, spec)
        for _ in range(40):
            add('f', bits(v), v, random_spec(FLOAT_TYPES))
    # Precision sweeps: correct rounding in e/f/g at every digit count.
    for _ in range(1500):
        v = random_float()
        p = rnd.randint(0, 25)
        for t in 'efg':
            add('f', bits(v), v, '.%d%s' % (p, t))
    complexes = [0j, 1j, -1j, 1 + 2j, -1.5 - 2.5j, complex(0.0, -0.0), complex(-0.0, 0.0), complex(1e20, 1e-20),
                 complex(math.inf, math.nan), complex(-math.inf, 1), complex(123.456, -7.5), complex(1e16, 3)]
    complexes += [complex(random_float(), random_float()) for _ in range(30)]
    for v in complexes:
        enc = '%s,%s' % (bits(v.real), bits(v.imag))
        for spec in FIXED_SPECS:
            add('c', enc, v, spec)
        for _ in range(30):
            add('c', enc, v, random_spec(FLOAT_TYPES))
    for v in STRS:
        for spec in FIXED_SPECS:
            add('s', esc(v), v, spec)
        for _ in range(60):
            add('s', esc(v), v, random_spec(STR_TYPES))
    return lines


def gen_float_methods():
    lines = []
    floats = FLOATS + [random_float() for _ in range(2000)]
    for _ in range(300):
        floats.append(from_bits(rnd.getrandbits(52)))  # subnormals
    for v in floats:
        ratio = result(lambda: '%d/%d' % v.as_integer_ratio())
        lines.append('R\t%s\t%s\t%s\t%s\t%s' % (bits(v), esc(repr(v)), esc(v.hex()), ratio,
                                                result(lambda: str(round(v)))))
        for n in [0, 1, 2, 3, rnd.randint(-20, 20), rnd.randint(-310, 330), -308, -309, 323, 324]:
            lines.append('N\t%s\t%d\t%s' % (bits(v), n, result(lambda: bits(round(v, n)))))
    hexes = ['0x1p-1075', '0x1.0000000000001p-1075', ' 0X1.8P+3 ', '-inf', '+Infinity', 'nan', '-NaN', '0x', '1.',
             '.8', '0x1p', '0x1p+', 'x1', '1p99999999999999999999999', '0x1p-99999999999999999999', '0x.p1', '1e3',
             '  -0x0p0', '0x1.fffffffffffff8p1023', '0x1.fffffffffffff7p1023', '1' * 400, '0x1.8p-1074',
             '0x1.7p-1074', '0x0.0000000000001p-1022', '0x1.00000000000008p0', '0x1.00000000000018p0', '',
             '   ', '0x1 2', '0xg', '\t0x10\n', 'infinit', '-0x1.4p+1', '0x.8', '0X1P-1', '1p', '0x1p1.5', '+-1',
             '0x1.000000000000080000000000001p0', '0x' + 'f' * 40, '0x0.' + '0' * 300 + '1p1200']
    for v in floats[:400]:
        hexes.append(v.hex())
    for _ in range(300):
        digits = ''.join(rnd.choice('0123456789abcdefABCDEF') for _ in range(rnd.randint(1, 30)))
        point = rnd.randint(0, len(digits))
        hexes.append('%s0x%s.%sp%d' % (rnd.choice(['', '-', '+']), digits[:point], digits[point:],
                                      rnd.randint(-1100, 1100)))
    for s in hexes:
        lines.append('H\t%s\t%s' % (esc(s), result(lambda: bits(float.fromhex(s)))))
    for v in INTS + [random_int() for _ in range(200)] + [5, 15, 25, -25, 150, 250, 1250, -1250]:
        for n in [-1, -2, -3, rnd.randint(-70, 0), 0, 3]:
            lines.append('I\t%d\t%d\t%s' % (v, n, result(lambda: str(round(v, n)))))
    return lines


# ---------------------------------------------------------------- % formatting

PCT_FORMATS = ['%s', '%r', '%a', '%d', '%i', '%u', '%o', '%x', '%X', '%e', '%E', '%f', '%F', '%g', '%G', '%c', '%%',
               '%5s', '%-5s', '%.2s', '%5.2s', '%+d', '% d', '%05d', '%-05d', '%#x', '%#X', '%#o', '%#08x', '%-#08x',
               '%#8X', '%#.5o', '%#.5X', '%.3d', '%+.3d', '%010.3f', '%-10.3e', '%+g', '% g', '%#g', '%#.0e',
               '%#.0f', '%.0f', '%.15g', '%.20f', '%5c', '%-3c', '%05c', '%*d', '%-*d', '%.*f', '%*.*f', '%ld',
               '%hi', '%Ls', '%y', '%5%', '%', 'abc%', '%(a)s', '%(a', '%(a)', '%s %s', 'x%sy%sz', '%s%%', '%.1s',
               '%\xff', '%\u1234', '%b', '%010s', '%+s', '%+05s', '%#.3x', '%0-8d', '%-08.3f', '%#5o',
               '%(a)s %(b)d', '%(a)s%s', '%s%(a)s', '%((a))s', '%.99999999999f', '%99999999999999999999d',
               '%.*d', '%c%c', '%.0s', '%3$s', '%z', '%-+5d', '% +5d', '%+ 5d', '%#-8o', '%0*d']
PCT_ARGS = [1, -1, 0, 42, 255, -255, 3.5, -2.5, 0.1, 1e100, 1e-10, -0.0, math.inf, math.nan, 'abc', 'é😀', '',
            None, True, 2**70, -2**70, (), (1,), (1, 2), (3, 4.5), ('x', 'y'), (5, 7, 2.25), (2**70, 1), (-3, 1),
            (2**40, 1), ('a', 1), {'a': 1, 'b': 2}, {'a': 'x'}, {'(a)': 9}, {}, [], 65, 0x10ffff, 0x110000, 'A',
            'ab', b'xy', 12345678901234567890, 2.7, (1.5, 2), (65, 'b'), ([], 1) if False else ('é',)]

BPCT_FORMATS = ['%s', '%b', '%r', '%a', '%d', '%i', '%u', '%x', '%X', '%o', '%f', '%e', '%g', '%c', '%%', '%5s',
                '%-5b', '%.1s', '%5.1b', '%.2r', '%.2a', '%+d', '%05d', '%#x', '%#08x', '%*d', '%.*f', '%(a)s',
                '%(a)d', '%y', '%\xff', '%\x01', '%', 'abc%', '%5%', '%s %s', '%5c', '%.99999999999f',
                '%99999999999999999999d', '%-05d', '%#o', '%+.2e']
BPCT_ARGS = [1, -1, 42, 255, 256, -255, 3.5, 'a', b'abc', b'', b'x', (), (1, 2), (b'a', b'b'), (3, b'z'),
             {b'a': b'v'}, {b'a': 5}, {'a': 1}, None, 2**70, 1e10, (2, 1.5)]


def gen_percent():
    lines = []
    for f in PCT_FORMATS:
        for a in PCT_ARGS:
            lines.append('S\t%s\t%s\t%s' % (esc(f), token(a), result(lambda: f % a)))
    for _ in range(1500):
        flags = ''.join(rnd.choice('-+ #0') for _ in range(rnd.randint(0, 3)))
        width = rnd.choice(['', '', '1', '6', '12', '*'])
        prec = rnd.choice(['', '', '.0', '.2', '.5', '.12', '.*'])
        conv = rnd.choice('sradiouxXeEfFgGc')
        f = 'a%' + flags + width + prec + conv + 'b'
        vals = []
        if width == '*':
            vals.append(rnd.choice([5, -5, 0, 12]))
        if prec == '.*':
            vals.append(rnd.choice([0, 3, -1, 7]))
        vals.append(rnd.choice([rnd.randint(-10**6, 10**6), random_float(), 'txt', 'é', 65, 2**65, -7, 0.0, True]))
        a = tuple(vals)
        lines.append('S\t%s\t%s\t%s' % (esc(f), token(a), result(lambda: f % a)))
    for f in BPCT_FORMATS:
        fb = f.encode('latin-1')
        for a in BPCT_ARGS:
            lines.append('B\t%s\t%s\t%s' % (esc(f), token(a), result(lambda: fb % a)))
    return lines


# ---------------------------------------------------------------- hashing

HASH_CHILD = r'''
import random, struct, sys
sys.path.insert(0, 'tools')
from gen_format_testdata import esc, bits, token, random_float as any_float
rnd = random.Random(7)
def random_float():  # NaN hashes by identity: keep it out
    x = any_float()
    return x if x == x else 1.0
out = []
def add(v):
    out.append('%s\t%d' % (token(v), hash(v)))
strs = ['', 'a', 'ab', 'abcdefg', 'abcdefgh', 'abcdefghi', 'é', 'ÿ', 'Ā', 'ā日本', '\ud7ff', '\uffff', '😀', 'a😀',
        '\U0010ffff', 'x' * 100]
for _ in range(1500):
    n = rnd.randint(0, 40)
    top = rnd.choice([0x7f, 0xff, 0xd7ff, 0x10ffff])
    s = ''.join(chr(rnd.randint(1, top)) for _ in range(n))
    if top == 0x10ffff:
        s = ''.join(c for c in s if not 0xd800 <= ord(c) < 0xe000)
    strs.append(s)
for s in strs:
    add(s)
for _ in range(600):
    add(bytes(rnd.getrandbits(8) for _ in range(rnd.randint(0, 40))))
ints = [0, 1, -1, -2, 2**61 - 2, 2**61 - 1, 2**61, -2**61 + 1, -2**61, 2**63 - 1, -2**63, 2**64, -2**64, 10**100,
        -10**100, 2**1000 - 1]
ints += [rnd.randint(-2**rnd.randint(1, 200), 2**rnd.randint(1, 200)) for _ in range(800)]
for v in ints:
    add(v)
floats = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 1.5, 2.0**61, 2.0**62, 2.0**-61, 1e300, -1e300, 5e-324,
          2.2250738585072014e-308, 1.7976931348623157e308, float('inf'), float('-inf'), 0.1, 1/3]
floats += [random_float() for _ in range(800)]
for v in floats:
    add(v)
for _ in range(200):
    add(complex(random_float(), random_float()))
add(complex(0.0, 0.0)); add(complex(-1.0, 0.0)); add(complex(float('inf'), -1)); add(complex(0, 1))
atoms = [0, -1, 1.5, 'a', 'é', '😀', b'x', (), -2, 2**70, 0.25]
def rtuple(d):
    items = []
    for _ in range(rnd.randint(0, 5)):
        if d < 3 and rnd.random() < 0.3:
            items.append(rtuple(d + 1))
        else:
            items.append(rnd.choice(atoms + [rnd.randint(-99, 99), random_float(), str(rnd.random())]))
    return tuple(items)
add(()); add((-1,)); add((-2,)); add(((),)); add((1, 2)); add((2, 1))
for _ in range(600):
    add(rtuple(0))
add(frozenset()); add(frozenset({-1})); add(frozenset({1, 2, 3}))
for _ in range(200):
    add(frozenset(rnd.choice(atoms + [rnd.randint(-9999, 9999), random_float()]) for _ in range(rnd.randint(0, 8))))
print('\n'.join(out))
'''


def gen_hash():
    lines = []
    for seed in ['0', '1', '12345', '4294967295']:
        env = dict(os.environ, PYTHONHASHSEED=seed)
        res = subprocess.run([sys.executable, '-c', HASH_CHILD], env=env, check=True, capture_output=True, text=True)
        for line in res.stdout.splitlines():
            lines.append(seed + '\t' + line)
    return lines


def write(name, lines):
    with open(OUT + name, 'w', encoding='ascii', newline='\n') as f:
        f.write('\n'.join(lines) + '\n')
    print(name, len(lines))


if __name__ == '__main__':
    assert sys.version_info[:2] == (3, 11), sys.version
    write('format_cases.txt', gen_format())
    write('float_methods.txt', gen_float_methods())
    write('percent_cases.txt', gen_percent())
    write('hash_cases.txt', gen_hash())
