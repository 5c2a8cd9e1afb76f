"""Generates src/test/python/modules/sre_direct.py: _sre driven with code lists from CPython 3.11s compiler
(pyj cannot import re yet: re._constants subclasses int)."""
import sys
import re, re._compiler as C, re._parser as P
out = sys.stdout
BODY = r'''
p = P['a(b)(?P<x>c)?']
print(p, p.groups, p.groupindex, p.flags)
m = p.match('abcd')
print(m, m.groups(), m.group(0, 1, 'x'), m.span(2), m.regs, m.lastindex, m.lastgroup, m.groupdict(), m['x'], m.string, m.re is p, m.pos, m.endpos)
print(m.groups('-'), m.start(), m.end('x'), m.groupdict(default=0), m.group())
print(p.findall('ab abc xab'), p.split('zabqabc!'), p.sub('-', 'xxabyabc'), p.subn(lambda m: m[0].upper(), 'ab ab'))
print([x.span() for x in p.finditer('ab abc ab')], p.sub(lambda m: None, 'xaby'), p.sub('z', 'ababab', 2), p.sub('z', 'ababab', count=1))
q = P['\\d+|(?P<w>[a-z]+)']
print(q, q.search('  Hello 42'), q.fullmatch('42'), q.match('42', 1), q.split('a1b2c', maxsplit=1), q.search('hello', endpos=2), q.match(string='x'))
s = q.scanner('ab 12 cd')
print(s.search(), s.search(), s.match(), s.search(), s.search(), s.pattern is q)
print(P['x*'].sub('-', 'abxd'), P[''].split('abc'), P['x*'].findall('axxb'))
print(P['a'*300], P['é+'].search('aéééb'), P['\U0001F600'].search('x\U0001F600y').span(), P['(a)|b'].findall('ab'), P['(a)|b'].match('b').groups())
print(p == P['a(b)(?P<x>c)?'], p != q, hash(p) == hash(p), P['(a)|b'].match('b').lastindex)
for f in [lambda: m.group(5), lambda: p.match(3), lambda: p.sub('a', 'b', count='x'), lambda: p.sub(lambda m: 1, 'ab'), lambda: m.group(-1), lambda: m.start(9), lambda: _sre.compile('a', 0, [1, 2], 0, {}, ()), lambda: p.match()]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
print(_sre.MAGIC, _sre.CODESIZE, _sre.MAXREPEAT, _sre.MAXGROUPS, _sre.getcodesize(), _sre.unicode_iscased(ord('ß')), _sre.ascii_tolower(65), _sre.unicode_tolower(0x130), _sre.ascii_iscased(48))
'''
pats = [('a(b)(?P<x>c)?', 0), ('\\d+|(?P<w>[a-z]+)', 2), ('x*', 0), ('', 0), ('a'*300, 2|8|64), ('é+', 0), ('\U0001F600', 0), ('(a)|b', 0)]
print("import _sre")
print("P = {}")
for pat, fl in pats:
    p = P.parse(pat, fl)
    code = C._code(p, fl)
    flags = p.state.flags
    ig = [None]*p.state.groups
    for k, i in p.state.groupdict.items(): ig[i] = k
    print(f"P[{pat!r}] = _sre.compile({pat!r}, {flags}, {[int(c) for c in code]!r}, {p.state.groups - 1}, {p.state.groupdict!r}, {tuple(ig)!r})")
print(BODY, end="")
