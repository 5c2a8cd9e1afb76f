# overrides on subclasses of builtins win over the fast paths
class L(list):
    def __init__(self, *args):
        super().__init__(*args)
        self.inits = getattr(self, 'inits', 0) + 1
    def __len__(self):
        return super().__len__() * 10
    def __iter__(self):
        return iter(['it'])
    def __contains__(self, x):
        return x == 'magic'
    def __add__(self, other):
        return 'added'
    def __eq__(self, other):
        return True
    __hash__ = None
l = L([1, 2])
print(len(l), list(l), 'magic' in l, 1 in l, l + [3], l == 5, l.inits, [*l], sorted(l), bool(l), l[0], str(l), repr(l))

class S(str):
    def __hash__(self):
        return 42
    def __eq__(self, other):
        return str.__eq__(self.lower(), other.lower()) if isinstance(other, str) else NotImplemented
    def __str__(self):
        return 'S<' + str.__str__(self) + '>'
    def __len__(self):
        return -1 + 2
    def __getitem__(self, i):
        return 'G'
s = S('AbC')
print(hash(s), s == 'abc', s != 'ABC', str(s), repr(s), f'{s}', '%s' % s, len(s), s[0], s.upper(), s + '!', 'x' + s, s * 2)
d = {s: 1}
print(d[S('abc')], list(d), 'AbC' in d)

class I(int):
    def __add__(self, other):
        return I(int(self) + int(other) + 100)
    def __radd__(self, other):
        return 'radd'
    def __bool__(self):
        return True
    def __index__(self):
        return 2
    def __str__(self):
        return 'I' + int.__repr__(self)
i = I(0)
print(i + 1, 1 + i, bool(i), [10, 20, 30][i], str(i), repr(i), f'{i}', f'{i:d}', i == 0, i * 5, type(i * 5).__name__, hash(i) == hash(0))

class F(float):
    def __repr__(self):
        return 'F!'
    def __neg__(self):
        return 'negated'
    def __lt__(self, other):
        return 'lt'
f = F(1.5)
print(repr(f), str(f), -f, f < 2, f > 1, f + 1, round(f), int(f), f'{f}', f'{f:.2f}', format(f), [f])

class DD(dict):
    def __getitem__(self, k):
        return 'dd-' + str(k)
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 2)
    def __len__(self):
        return 99
dd = DD()
dd['a'] = 1
dd.update(b=2)
print(dd['zz'], dict.__getitem__(dd, 'a'), dd.get('a'), len(dd), dict(dd), sorted(dd.items()), list(dd), '{a}'.format_map(dd))

class Tup(tuple):
    def __new__(cls, *items):
        return super().__new__(cls, items)
    def __getitem__(self, i):
        return 'tg'
t = Tup(1, 2, 3)
print(t, t[0], len(t), list(t), tuple(t), t == (1, 2, 3), type(t[1:]).__name__, a := t.count(1))

class Ctr(dict):
    def __missing__(self, k):
        return 0
c = Ctr()
print(c['x'], c.get('x'), 'x' in c, c.setdefault('y', 5), c)

class NoMissing(dict):
    pass
try:
    NoMissing()['q']
except KeyError as e:
    print('KeyError', e)
class Attr(list):
    pass
a = Attr()
a.x = 1
print(a.__dict__, vars(a), isinstance(a, Attr), type(a) is Attr, Attr.__mro__[1:])
