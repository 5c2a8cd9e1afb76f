"""Generates the expectation files under src/test/resources/pyj/parse/ from CPython 3.11 itself:

  float_repr.txt     double bits (hex), repr(float), repr of the imaginary literal's complex
  str_repr.txt       code points of a str (hex, '.'-separated), repr(str)
  bytes_repr.txt     bytes (hex), repr(bytes)
  unicode_names.txt  name, code point that "\\N{name}" gives (hex) or -1
  numbers.txt        NUMBER token text, repr(value) (or ERR message)
  strings.txt        one case per string atom: its STRING tokens (position + hex UTF-8 text) and
                     ast.dump(node, include_attributes=True) or the SyntaxError CPython raises

Run from the repository root with python3 (3.11):  python3 tools/gen_literal_testdata.py
The output is deterministic (fixed random seed).
"""
import ast
import io
import math
import random
import struct
import tokenize
import unicodedata

OUT = 'src/test/resources/pyj/parse/'
rnd = random.Random(20240611)


def bits(x):
    return struct.unpack('<Q', struct.pack('<d', x))[0]


def from_bits(b):
    return struct.unpack('<d', struct.pack('<Q', b))[0]


def floats():
    vals = [0.0, -0.0, 1.0, -1.0, 0.1, 0.5, 1e16, 1e-5, 1e-4, 1e15, 9999999999999998.0, 1e22, 1e23,
            100.0, 1.5e300, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, math.inf, -math.inf,
            math.nan, 123456789012345680.0, 0.3, 2 / 3, 1 / 3, 1e-7, 4.35, 0.0001, 0.00001]
    for e in range(-30, 31):
        x = 10.0 ** e
        vals += [x, math.nextafter(x, 0), math.nextafter(x, math.inf)]
    for k in range(1, 60):
        vals.append(float(2 ** k))
        vals.append(float(2 ** k - 1))
    for _ in range(4000):  # random bit patterns: all exponents, all digit counts
        x = from_bits(rnd.getrandbits(64))
        if math.isfinite(x):
            vals.append(x)
    for _ in range(2000):
        vals.append(rnd.uniform(0, 10 ** rnd.randint(0, 20)))
        vals.append(round(rnd.uniform(0, 1000), rnd.randint(0, 6)))
    for _ in range(500):  # one- and two-digit values, where Java prints at least two digits
        vals.append(float('%de%d' % (rnd.randint(1, 99), rnd.randint(-330, 300))))
    for _ in range(300):
        vals.append(from_bits(rnd.randint(1, 2 ** 52)))  # subnormals
    with open(OUT + 'float_repr.txt', 'w') as f:
        for x in vals:
            f.write('%016x %s %s\n' % (bits(x), repr(x), repr(complex(0.0, abs(x)))))


def rand_cp():
    r = rnd.random()
    if r < 0.3:
        return rnd.randint(0, 0x7f)
    if r < 0.45:
        return rnd.randint(0x80, 0xff)
    if r < 0.8:
        return rnd.randint(0x100, 0xffff)
    return rnd.randint(0x10000, 0x10ffff)


def strs():
    cases = ['', "'", '"', '\'"', 'a\'b', 'a"b', '\\', '\t\n\r\x0b\x0c\x00\x7f', '\ud800', '\udc80x',
             '\U0001f600', '\u2028\u2029\u00a0\u00ad\u200b\ufeff', 'é€', '\x85', ' ']
    for _ in range(3000):
        cases.append(''.join(chr(rand_cp()) for _ in range(rnd.randint(1, 8))))
    with open(OUT + 'str_repr.txt', 'w', encoding='utf-8') as f:
        for s in cases:
            f.write('%s %s\n' % ('.'.join('%x' % ord(c) for c in s) or '-', repr(s)))
    bcases = [b'', b"'", b'"', b'\'"', b'\\', bytes(range(256))]
    for _ in range(500):
        bcases.append(bytes(rnd.randint(0, 255) for _ in range(rnd.randint(1, 10))))
    with open(OUT + 'bytes_repr.txt', 'w', encoding='utf-8') as f:
        for b in bcases:
            f.write('%s %s\n' % (b.hex() or '-', repr(b)))


def names():
    named = []
    for cp in range(0x110000):
        n = unicodedata.name(chr(cp), None)
        if n and not n.startswith(('CJK UNIFIED IDEOGRAPH-', 'HANGUL SYLLABLE ')):
            named.append((n, cp))
    sample = named[::15] + [x for x in named if x[1] < 0x300]
    sample += [(n.lower(), cp) for n, cp in rnd.sample(named, 300)]
    cands = ['LF', 'BEL', 'NBSP', 'ZWJ', 'nul', 'NULL', 'BYTE ORDER MARK', 'LATIN CAPITAL LETTER GHA',
             'CJK UNIFIED IDEOGRAPH-4E00', 'CJK UNIFIED IDEOGRAPH-04E00', 'CJK UNIFIED IDEOGRAPH-4e00',
             'cjk unified ideograph-4e00', 'CJK UNIFIED IDEOGRAPH-9FFF', 'CJK UNIFIED IDEOGRAPH-A000',
             'CJK UNIFIED IDEOGRAPH-2A6DF', 'CJK UNIFIED IDEOGRAPH-3134A', 'CJK UNIFIED IDEOGRAPH-3134B',
             'CJK UNIFIED IDEOGRAPH-31350', 'CJK UNIFIED IDEOGRAPHS 4E00', 'HANGUL SYLLABLE GA',
             'HANGUL SYLLABLE A', 'HANGUL SYLLABLE GGAEGG', 'HANGUL SYLLABLE HIH', 'HANGUL SYLLABLE ',
             'HANGUL SYLLABLE ga', 'hangul syllable ga', 'HANGUL SYLLABLES AC00', 'TANGUT IDEOGRAPH-17000',
             'TANGUT COMPONENT-001', 'KHITAN SMALL SCRIPT CHARACTER-18B00', 'NUSHU CHARACTER-1B170',
             ' LATIN SMALL LETTER A', 'LATIN SMALL LETTER A ', 'LATIN SMALL  LETTER A', 'LATIN_SMALL_LETTER_A',
             'PADDING CHARACTER', 'LATIN 1 SUPPLEMENT 80', 'PRIVATE USE AREA E000', 'LATIN CAPITAL LETTER A WITH MACRON AND GRAVE',
             'NEXT LINE (NEL)', 'NEXT LINE', 'NEL', 'TOFU', 'ARABIC LETTER HAH WITH SMALL ARABIC LETTER TAH AND TWO DOTS',
             'LATIN CAPITAL LETTER A WITH STROKE AND DIAGONAL STROKE', 'EGYPTIAN HIEROGLYPH-13460']
    for n in rnd.sample(range(0x3400, 0x2EBE0), 50):
        cands.append('CJK UNIFIED IDEOGRAPH-%X' % n)
    for n in rnd.sample(range(0xAC00, 0xD7A4), 100):
        cands.append(unicodedata.name(chr(n)))
    with open(OUT + 'unicode_names.txt', 'w') as f:
        for n, _ in sample:
            cands.append(n)
        for n in cands:
            try:
                v = eval('"\\N{%s}"' % n)
                res = '%x' % ord(v) if len(v) == 1 else '-1'
            except SyntaxError:
                res = '-1'
            f.write('%s\t%s\n' % (n, res))


def numbers():
    cases = ['0', '00', '1', '123', '1_000', '0x_ff', '0XFF', '0o17', '0O7_7', '0b101', '0B1_0', '9' * 18, '9' * 19,
             '18446744073709551616', '0x' + 'f' * 15, '0x' + 'f' * 16, '0x' + 'f' * 40, '0o' + '7' * 21,
             '0b' + '1' * 63, '0b' + '1' * 64, '1.0', '1.', '.5', '1e5', '1E-5', '1_0.0_1e1_0', '1e400', '1e-400',
             '0.1', '3.14159', '1j', '1.5J', '0j', '1e400j', '1_0j', '.5j', '1e-5j', '1' * 4300, '1' * 4301,
             '1_' * 4300 + '1', '0' * 4301, '1' * 4301 + '.0', '1' * 5000 + 'j', '0e0', '00.5', '0_0', '2e-324',
             '4.9406564584124654e-324', '9007199254740993', '0.30000000000000004', '1.7976931348623159e308']
    with open(OUT + 'numbers.txt', 'w') as f:
        for c in cases:
            try:
                node = ast.parse(c, mode='eval').body
                val = node.value
                if isinstance(val, int) and len(c) > 4000:
                    r = 'BIGINT %d %s' % (len(str(val)) if val else 1, hex(val))
                else:
                    r = repr(val)
            except SyntaxError as e:
                r = 'ERR ' + e.msg
            f.write('%s %s\n' % (c, r))


# One string atom per line (single-line cases), as written after 'x = '.
STRING_CASES = open('tools/literal_cases.txt', encoding='utf-8').read().rstrip('\n').split('\n')

MULTI_LINE_CASES = [
    '"""abc\ndef"""',
    "'''a\\\nb'''",
    '"a\\\nb"',
    'r"""a\\\nb"""',
    'f"""ab\n  {y}\ncd {\nz}"""',
    'f"""{\nx = }"""',
    'f"""{x=\n}"""',
    'f"""{x\n!r}"""',
    'f"""{\n  y}""" f"""\n{\n  z}"""',
    '("a"\r\n  f"""ab\r\n  {y}""")',
    '("a"\n  f"{y}" f"{y}")',
    '(f"{x}"\n  f"{y!r:>{w}}")',
    '("a"\n  f"""ab\n  {y} {y}\ncd {\nz}""")',
    '(f"""a\n{y}""" "b"\n  f"{z}")',
    '(f"""{y}\n""" "b"\n  f"{z}")',
    '(f"{z}" f"""{y}\n""")',
    '(b"a"\n "b")',
    '(\n"a"\n b"b")',
    '(u"a"\n "b")',
    '("a"\n\n  "b"\n)',
    '(f"""\n   {\n       b}""")',
    '(f"""\n   {   a}""")',
    '(1, f"""x\n   {  é}""")',
]


def string_cases():
    out = []
    for src in STRING_CASES + MULTI_LINE_CASES:
        full = 'x = ' + src + '\n'
        toks = list(tokenize.generate_tokens(io.StringIO(full).readline))
        lines = full.split('\n')

        def bcol(row, col):
            return len(lines[row - 1][:col].encode('utf-8'))

        strings = []
        for t in toks:
            if t.type == tokenize.STRING:
                strings.append(t)
            elif strings and t.type not in (tokenize.NL, tokenize.COMMENT):
                break
        after = toks[toks.index(strings[-1]) + 1:]
        after = [t for t in after if t.type not in (tokenize.NL, tokenize.COMMENT)][0]
        try:
            tree = ast.parse(full)
            val = tree.body[0].value
            if isinstance(val, ast.Tuple):
                val = val.elts[-1]
            res = 'OK ' + ast.dump(val, include_attributes=True)
        except SyntaxError as e:
            # Which token does CPython point at: one of the strings, or the one after them?
            where = '?'
            for t in strings:
                if e.lineno == t.start[0] and e.offset == t.start[1] + 1:
                    where = 'TOKEN %d' % strings.index(t)
            if e.lineno == after.start[0] and e.offset == after.start[1] + 1:
                where = 'LAST_TOKEN'
            res = 'ERR %s|%s' % (where, e.msg)
        out.append('CASE ' + repr(src))
        for t in strings:
            out.append('TOK %d %d %d %d %s' % (t.start[0], bcol(*t.start), t.end[0], bcol(*t.end),
                                             t.string.encode('utf-8').hex()))
        out.append(res)
    with open(OUT + 'strings.txt', 'w', encoding='utf-8') as f:
        f.write('\n'.join(out) + '\n')


floats()
strs()
names()
numbers()
string_cases()
